import { NAV_SECTIONS, canOpenSection, type NavSection } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";

export const SECTION_HREF: Record<NavSection, string> = {
  dashboard: "/",
  partnerships: "/partnerships",
  activities: "/activities",
  delegations: "/delegations",
  evaluations: "/evaluations",
  localities: "/localities",
  contacts: "/contacts",
  map: "/map",
  reports: "/reports",
  imports: "/imports",
  sharing: "/sharing",
  administration: "/admin",
};

/** The sections this viewer's role may open, in menu order. */
export function visibleSections(viewer: Pick<Viewer, "role">): NavSection[] {
  return NAV_SECTIONS.filter((section) => canOpenSection(viewer, section));
}
