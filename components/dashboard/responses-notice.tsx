import type { Viewer } from "@/lib/auth/viewer";

/** New responses to the viewer's partner-seeking posts (filled in by the partner-seeking board). */
export async function ResponsesNotice({ viewer }: { viewer: Viewer }) {
  void viewer;
  return null;
}
