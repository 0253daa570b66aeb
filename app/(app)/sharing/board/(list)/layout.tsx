import { capabilityLayout } from "@/components/shell/capability-layout";

export default capabilityLayout("records.read");
