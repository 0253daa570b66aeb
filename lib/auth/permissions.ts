import type { Role } from "@/lib/domain/enums";
import type { OwnedRecord, Viewer } from "./viewer";

/**
 * Every authorisation decision of the app is taken here, and only here are
 * roles compared. Pages use it to hide what actions enforce with it again.
 */
export type Capability =
  | "records.read"
  | "records.edit"
  | "localities.edit"
  | "localities.merge"
  | "evaluations.answer"
  | "evaluations.review"
  | "campaigns.manage"
  | "reports.export"
  | "users.manage"
  | "audit.read"
  | "admin.access";

const GRANTS: Record<Role, readonly Capability[]> = {
  national_admin: [
    "records.read",
    "records.edit",
    "localities.edit",
    "localities.merge",
    "evaluations.answer",
    "evaluations.review",
    "campaigns.manage",
    "reports.export",
    "users.manage",
    "audit.read",
    "admin.access",
  ],
  province_admin: [
    "records.read",
    "records.edit",
    "localities.edit",
    "localities.merge",
    "evaluations.answer",
    "evaluations.review",
    "reports.export",
    "users.manage",
    "admin.access",
  ],
  city_staff: ["records.read", "records.edit", "localities.edit", "evaluations.answer", "reports.export"],
  viewer: ["records.read"],
};

/** Whether the role holds the capability at all, whatever the record. */
export function hasCapability(viewer: Pick<Viewer, "role">, capability: Capability): boolean {
  return GRANTS[viewer.role].includes(capability);
}

/** Whether the record lies within the viewer's scope (nation, province or locality). */
export function isInScope(viewer: Viewer, record: OwnedRecord): boolean {
  switch (viewer.role) {
    case "national_admin":
      return true;
    case "province_admin":
      return viewer.provinceCode !== null && record.ownerProvinceCode === viewer.provinceCode;
    case "city_staff":
      return viewer.localityId !== null && record.ownerLocalityId === viewer.localityId;
    case "viewer":
      return false;
  }
}

/**
 * The one question every page, action and route handler asks. Reading is
 * shared nationally (the platform's purpose); writing is scoped.
 */
export function can(viewer: Viewer, capability: Capability, record?: OwnedRecord): boolean {
  if (!hasCapability(viewer, capability)) return false;
  if (capability === "records.read" || !record) return true;
  return isInScope(viewer, record);
}

/** Whether an administrator may manage (create, edit, deactivate) a user with this role and scope. */
export function canManageUser(viewer: Viewer, target: { role: Role; provinceCode: string | null }): boolean {
  if (!hasCapability(viewer, "users.manage")) return false;
  if (viewer.role === "national_admin") return true;
  return (
    (target.role === "city_staff" || target.role === "viewer") &&
    target.provinceCode !== null &&
    target.provinceCode === viewer.provinceCode
  );
}

/** Roles an administrator may give. */
export function assignableRoles(viewer: Viewer): Role[] {
  if (viewer.role === "national_admin") return ["national_admin", "province_admin", "city_staff", "viewer"];
  if (viewer.role === "province_admin") return ["city_staff", "viewer"];
  return [];
}

export type NavSection =
  | "dashboard"
  | "partnerships"
  | "activities"
  | "delegations"
  | "evaluations"
  | "localities"
  | "reports"
  | "sharing"
  | "administration";

const SECTION_CAPABILITY: Record<NavSection, Capability> = {
  dashboard: "records.read",
  partnerships: "records.read",
  activities: "records.read",
  delegations: "records.read",
  evaluations: "evaluations.answer",
  localities: "records.read",
  reports: "reports.export",
  sharing: "records.read",
  administration: "admin.access",
};

export const NAV_SECTIONS = Object.keys(SECTION_CAPABILITY) as NavSection[];

export function canOpenSection(viewer: Pick<Viewer, "role">, section: NavSection): boolean {
  return hasCapability(viewer, SECTION_CAPABILITY[section]);
}
