import { PageSkeleton } from "@/components/ui/page-skeleton";

/**
 * Shown while the dashboard loads; in the (dashboard) group so that it wraps the dashboard only: a
 * loading boundary higher up would stream every page under it and turn their 404s into 200s.
 */
export default function Loading() {
  return <PageSkeleton variant="dashboard" />;
}
