import { PageSkeleton } from "@/components/ui/page-skeleton";

/** Shown while the list loads; in the (list) group so that the record pages beside it keep their own 404s. */
export default function Loading() {
  return <PageSkeleton />;
}
