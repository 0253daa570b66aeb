import type { Metadata } from "next";
import { SectionPlaceholder, sectionTitle } from "@/components/ui/section-placeholder";
import { requireCapability } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: await sectionTitle("evaluations") };
}

export default async function Page() {
  await requireCapability("evaluations.answer");
  return <SectionPlaceholder section="evaluations" />;
}
