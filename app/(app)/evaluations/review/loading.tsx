import { PageSkeleton } from "@/components/ui/page-skeleton";

/** Shown while the list loads. */
export default function Loading() {
  return <PageSkeleton />;
}
