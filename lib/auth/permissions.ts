import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
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

/**
 * Capabilities that do not depend on a record: reading is shared nationally,
 * and the others are either national-only or checked by their own rule
 * (users by `canManageUser`, reports by `scopeContains`). Every other
 * capability is scoped, and `can` refuses it without a record.
 */
const UNSCOPED: ReadonlySet<Capability> = new Set<Capability>([
  "records.read",
  "campaigns.manage",
  "reports.export",
  "users.manage",
  "audit.read",
  "admin.access",
]);

/** Whether the role holds the capability at all, whatever the record. For navigation and wrappers only. */
export function hasCapability(viewer: Pick<Viewer, "role">, capability: Capability): boolean {
  return GRANTS[viewer.role].includes(capability);
}

/** The records a viewer answers for: the nation, a province, one locality, or none (readers, or a broken account). */
export type ViewerScope =
  | { kind: "nation" }
  | { kind: "province"; provinceCode: string }
  | { kind: "locality"; localityId: number; provinceCode: string | null }
  | { kind: "none" };

/** A scope that covers something: what statistics and reports are about. */
export type CoveringScope = Exclude<ViewerScope, { kind: "none" }>;

/** The viewer's own scope, from their role. An account missing its province or locality has none. */
export function viewerScope(viewer: Viewer): ViewerScope {
  switch (viewer.role) {
    case "national_admin":
      return { kind: "nation" };
    case "province_admin":
      return viewer.provinceCode ? { kind: "province", provinceCode: viewer.provinceCode } : { kind: "none" };
    case "city_staff":
      return viewer.localityId ? { kind: "locality", localityId: viewer.localityId, provinceCode: viewer.provinceCode } : { kind: "none" };
    case "viewer":
      return { kind: "none" };
  }
}

/** Where the viewer may use a capability: their scope if the role holds it, else none. */
export function scopeFor(viewer: Viewer, capability: Capability): ViewerScope {
  return hasCapability(viewer, capability) ? viewerScope(viewer) : { kind: "none" };
}

/**
 * Whose numbers a viewer's dashboard, map and reports show by default: their
 * own scope, or the nation for those without one (reading is national, so
 * this shows nothing they could not read record by record).
 */
export function statisticsScope(viewer: Viewer): CoveringScope {
  const scope = viewerScope(viewer);
  return scope.kind === "none" ? { kind: "nation" } : scope;
}

/** The two halves of the lists' "my city / whole country" switch (`scope=mine|all` in the URL). */
export type ListScopeChoice = "mine" | "all";

/**
 * What "mine" narrows a list to, for the switch's wording ("我的城市" or "本省"):
 * a locality, a province, or nothing for those who answer for the nation or
 * for nothing (national administrators, readers), who see no switch.
 */
export function ownListScopeKind(viewer: Viewer): "locality" | "province" | null {
  const scope = viewerScope(viewer);
  return scope.kind === "locality" || scope.kind === "province" ? scope.kind : null;
}

/** Where a list opens when neither the URL nor a remembered choice says: the viewer's own scope if they have one. */
export function defaultListScope(viewer: Viewer): ListScopeChoice {
  return ownListScopeKind(viewer) ? "mine" : "all";
}

/**
 * The rows a list, the calendar or the map shows for the switch's choice:
 * the whole nation, or the viewer's own scope (the nation for those without
 * one, as their dashboard). Reading stays national: this narrows what is
 * shown, never what may be read.
 */
export function listScope(viewer: Viewer, choice: ListScopeChoice): CoveringScope {
  return choice === "all" ? { kind: "nation" } : statisticsScope(viewer);
}

/**
 * The office a saved view can be shared with: a city's staff share with their
 * locality, a province's administrators with their province, national
 * administrators with one another (the nation); a reader has no office and
 * keeps private views only.
 */
export function savedViewOffice(viewer: Viewer): ViewerScope {
  return viewerScope(viewer);
}

/** Whether the scope covers the record. */
export function scopeCovers(scope: ViewerScope, record: OwnedRecord): boolean {
  switch (scope.kind) {
    case "nation":
      return true;
    case "province":
      return record.ownerProvinceCode === scope.provinceCode;
    case "locality":
      return record.ownerLocalityId === scope.localityId;
    case "none":
      return false;
  }
}

/** Whether everything in `inner` lies within `outer` (a report on a province or one of its localities, say). */
export function scopeContains(outer: ViewerScope, inner: ViewerScope): boolean {
  if (inner.kind === "none") return false;
  switch (outer.kind) {
    case "nation":
      return true;
    case "province":
      return inner.kind !== "nation" && inner.provinceCode === outer.provinceCode;
    case "locality":
      return inner.kind === "locality" && inner.localityId === outer.localityId;
    case "none":
      return false;
  }
}

/** Whether the record lies within the viewer's scope (nation, province or locality). */
export function isInScope(viewer: Viewer, record: OwnedRecord): boolean {
  return scopeCovers(viewerScope(viewer), record);
}

/** Whether the viewer answers for the whole nation (national decisions: a locality's province, shared foreign places). */
export function isNationalScope(viewer: Viewer): boolean {
  return viewerScope(viewer).kind === "nation";
}

/**
 * The one question every page, action and route handler asks. Reading is
 * shared nationally (the platform's purpose); writing is scoped, and a
 * scoped capability asked without a record is refused (fail closed): a
 * missing owner must never mean "anyone's". To ask only whether the role
 * holds a capability, use `hasCapability`.
 */
export function can(viewer: Viewer, capability: Capability, record?: OwnedRecord | null): boolean {
  if (!hasCapability(viewer, capability)) return false;
  if (UNSCOPED.has(capability)) return true;
  if (!record) return false;
  return isInScope(viewer, record);
}

/** A scope as queries filter by it (report and statistics scopes name a locality without its province). */
export type QueryScope =
  { kind: "nation" } | { kind: "province"; provinceCode: string } | { kind: "locality"; localityId: number } | { kind: "none" };

/** Columns (or expressions) a scoped query filters by: the owner locality's id and its province. */
export type ScopeColumns = { localityId: SQLWrapper; provinceCode: SQLWrapper };

/**
 * The one WHERE condition for "rows in this scope", for every scoped query:
 * undefined (no condition) for the nation, false for none.
 */
export function scopeCondition(scope: QueryScope, columns: ScopeColumns): SQL | undefined {
  switch (scope.kind) {
    case "nation":
      return undefined;
    case "province":
      return sql`${columns.provinceCode} = ${scope.provinceCode}`;
    case "locality":
      return sql`${columns.localityId} = ${scope.localityId}`;
    case "none":
      return sql`0`;
  }
}

/** Whether the viewer submitted the answers under review: a reviewer never reviews their own (a national administrator can instead). */
export function isOwnSubmission(viewer: Pick<Viewer, "id">, evaluation: { submittedBy: number | null }): boolean {
  return evaluation.submittedBy === viewer.id;
}

/** Whether an administrator may manage (create, edit, deactivate) a user with this role and scope. */
export function canManageUser(viewer: Viewer, target: { role: Role; provinceCode: string | null }): boolean {
  if (!hasCapability(viewer, "users.manage")) return false;
  const scope = viewerScope(viewer);
  if (scope.kind === "nation") return true;
  return (
    scope.kind === "province" && (target.role === "city_staff" || target.role === "viewer") && target.provinceCode === scope.provinceCode
  );
}

/** Roles an administrator may give. */
export function assignableRoles(viewer: Viewer): Role[] {
  if (!hasCapability(viewer, "users.manage")) return [];
  const scope = viewerScope(viewer);
  if (scope.kind === "nation") return ["national_admin", "province_admin", "city_staff", "viewer"];
  if (scope.kind === "province") return ["city_staff", "viewer"];
  return [];
}

/** What scope a user of this role is given: a province (required or optional), a locality, or nothing. */
export function roleScopeField(role: Role): { province: "required" | "optional" | "none"; locality: boolean } {
  switch (role) {
    case "national_admin":
      return { province: "none", locality: false };
    case "province_admin":
      return { province: "required", locality: false };
    case "city_staff":
      return { province: "none", locality: true };
    case "viewer":
      return { province: "optional", locality: false };
  }
}

export type NavSection =
  | "dashboard"
  | "partnerships"
  | "activities"
  | "delegations"
  | "evaluations"
  | "localities"
  | "contacts"
  | "map"
  | "reports"
  | "imports"
  | "sharing"
  | "administration";

const SECTION_CAPABILITY: Record<NavSection, Capability> = {
  dashboard: "records.read",
  partnerships: "records.read",
  activities: "records.read",
  delegations: "records.read",
  evaluations: "evaluations.answer",
  localities: "records.read",
  contacts: "records.read",
  map: "records.read",
  reports: "reports.export",
  imports: "records.edit",
  sharing: "records.read",
  administration: "admin.access",
};

export const NAV_SECTIONS = Object.keys(SECTION_CAPABILITY) as NavSection[];

export function canOpenSection(viewer: Pick<Viewer, "role">, section: NavSection): boolean {
  return hasCapability(viewer, SECTION_CAPABILITY[section]);
}

/** Whose imports a viewer sees and may undo: everyone's (national), their province's people's, or their own. */
export function importsVisibleTo(viewer: Viewer): { kind: "all" } | { kind: "province"; provinceCode: string } | { kind: "own" } {
  if (viewer.role === "national_admin") return { kind: "all" };
  if (viewer.role === "province_admin" && viewer.provinceCode) return { kind: "province", provinceCode: viewer.provinceCode };
  return { kind: "own" };
}

/* Sharing platform, who works with whom (issue 13): contacts' personal details. */

/**
 * Whether the viewer may see a contact's personal details (name, email, phone,
 * languages): the record's own office — the owning city's staff, its province's
 * administrators, the national administrators. Everyone else reads the office
 * and role only; readers never see them.
 */
export function canSeeContactDetails(viewer: Viewer, owned: OwnedRecord): boolean {
  return isInScope(viewer, owned);
}

/** The same rule as a WHERE condition on the owner's columns, for lists and exports (undefined: every row). */
export function contactDetailsCondition(viewer: Viewer, columns: ScopeColumns): SQL | undefined {
  return scopeCondition(viewerScope(viewer), columns);
}

// ── Sharing: the offices that own cases, announcements and partner-seeking posts (issue 13) ──

/**
 * The office a viewer writes for on the sharing platform (a case, a partner-seeking post or a
 * response): a city's staff their locality (and its province), a province's administrators their
 * province alone, national administrators the nation (neither). Null for those who write nothing
 * (readers, an account without a scope).
 */
export function officeOf(viewer: Viewer): OwnedRecord | null {
  const scope = scopeFor(viewer, "records.edit");
  switch (scope.kind) {
    case "nation":
      return { ownerLocalityId: null, ownerProvinceCode: null };
    case "province":
      return { ownerLocalityId: null, ownerProvinceCode: scope.provinceCode };
    case "locality":
      return { ownerLocalityId: scope.localityId, ownerProvinceCode: scope.provinceCode };
    case "none":
      return null;
  }
}

/** Whether the record belongs to exactly the viewer's office (not merely to their scope): who reads a post's responses as its author. */
export function isOwnOffice(viewer: Viewer, owned: OwnedRecord): boolean {
  const office = officeOf(viewer);
  if (!office) return false;
  if (owned.ownerLocalityId !== null) return office.ownerLocalityId === owned.ownerLocalityId;
  return office.ownerLocalityId === null && office.ownerProvinceCode === owned.ownerProvinceCode;
}

/** Who may feature, hide and show a case again: national administrators any, a province's administrators those owned in it. */
export function canModerateCase(viewer: Viewer, owner: OwnedRecord): boolean {
  return hasCapability(viewer, "admin.access") && hasCapability(viewer, "records.edit") && isInScope(viewer, owner);
}

/** The cases a viewer sees besides the published, shown ones: those of the offices they may edit (drafts, hidden, archived). */
export function caseEditorScope(viewer: Viewer): QueryScope {
  return scopeFor(viewer, "records.edit");
}

/** Whether the viewer may record a foreign locality's search for a Chinese partner: national and province administrators. */
export function canRecordForeignSeeker(viewer: Viewer): boolean {
  const scope = scopeFor(viewer, "records.edit");
  return scope.kind === "nation" || scope.kind === "province";
}

/** Whether the viewer may respond to a partner-seeking post: anyone who writes for an office, except the post's own. */
export function canRespondToPartnerRequest(viewer: Viewer, post: OwnedRecord): boolean {
  return officeOf(viewer) !== null && !isOwnOffice(viewer, post);
}

// ── Sharing: announcements and materials; attachments of offices' records (issue 13) ──

/**
 * Whether the viewer may edit a record owned by an office that may be a locality, a province
 * alone, or the nation (cases, announcements, partner-seeking posts): a locality's records as
 * `records.edit` says; a province's by that province's administrators and national
 * administrators; the nation's by national administrators only. `can` already reads a missing
 * locality so.
 */
export function canEditOffice(viewer: Viewer, owned: OwnedRecord): boolean {
  return can(viewer, "records.edit", owned);
}

/**
 * Whether the viewer may read a record that is public once published (a case): everyone signed
 * in while it is public, otherwise only the office that owns it (and those above it).
 */
export function canReadOfficeRecord(viewer: Viewer, owned: OwnedRecord, isPublic: boolean): boolean {
  if (!hasCapability(viewer, "records.read")) return false;
  return isPublic || canEditOffice(viewer, owned);
}

/** Whether an announcement to this audience (null: everyone; else a province) is addressed to the viewer. */
export function isInAnnouncementAudience(viewer: Viewer, audienceProvinceCode: string | null): boolean {
  if (!hasCapability(viewer, "records.read")) return false;
  return audienceProvinceCode === null || viewer.provinceCode === audienceProvinceCode;
}

/**
 * The audiences the viewer may post announcements to: national administrators to everyone or
 * any province ("any"), a province's administrators to their own province only, others none.
 */
export function announcementAudiences(viewer: Viewer): { kind: "any" } | { kind: "province"; provinceCode: string } | { kind: "none" } {
  if (viewer.role === "national_admin") return { kind: "any" };
  if (viewer.role === "province_admin" && viewer.provinceCode) return { kind: "province", provinceCode: viewer.provinceCode };
  return { kind: "none" };
}

/** Whether the viewer may post an announcement to this audience (null: everyone). */
export function canPostAnnouncement(viewer: Viewer, audienceProvinceCode: string | null): boolean {
  const audiences = announcementAudiences(viewer);
  if (audiences.kind === "any") return true;
  return audiences.kind === "province" && audienceProvinceCode === audiences.provinceCode;
}

/** Whether the viewer may read an announcement: its audience while it is not archived, and the office that owns it. */
export function canReadAnnouncement(
  viewer: Viewer,
  a: { audienceProvinceCode: string | null; ownerProvinceCode: string | null; archived: boolean },
): boolean {
  if (canEditOffice(viewer, { ownerLocalityId: null, ownerProvinceCode: a.ownerProvinceCode })) return true;
  return !a.archived && isInAnnouncementAudience(viewer, a.audienceProvinceCode);
}

// ---------------------------------------------------------------------------------------------
// Reminders and the calendar feed (issue 13)
// ---------------------------------------------------------------------------------------------

/**
 * Whose reminders a viewer's dashboard and calendar feed hold: their own scope. A reader answers for
 * nothing, and reads the whole registry: their reminders are the nation's, as their dashboard's numbers.
 */
export function remindersScope(viewer: Viewer): CoveringScope {
  return statisticsScope(viewer);
}

/** Whether the viewer is reminded of evaluations to submit: only those who answer them (not readers). */
export function remindsOfEvaluations(viewer: Pick<Viewer, "role">): boolean {
  return hasCapability(viewer, "evaluations.answer");
}

/** National settings (the dormancy threshold) are the national administrators'. */
export function canChangeSettings(viewer: Viewer): boolean {
  return hasCapability(viewer, "admin.access") && viewerScope(viewer).kind === "nation";
}

/**
 * A calendar feed is private to its owner: only they create, renew or revoke it. Everyone signed in
 * may have one, readers too: it holds only what its owner reads on the dashboard.
 */
export function ownsCalendarFeed(viewer: Pick<Viewer, "id">, feed: { userId: number }): boolean {
  return feed.userId === viewer.id;
}

// Issue 14, part A: the evaluation results tables (page and export).

/**
 * Whether the viewer may see a campaign's results for the scope the filters name: a locality (with its
 * province), a province, or else their own scope. National administrators anything; a province
 * administrator their province or a locality in it; city staff (who export) their own locality; readers nothing.
 */
export function canSeeResultsScope(
  viewer: Viewer,
  filters: { province?: string; locality?: number },
  localityProvince: string | null,
): boolean {
  const own = viewerScope(viewer);
  if (own.kind === "none") return false;
  const wanted: ViewerScope = filters.locality
    ? { kind: "locality", localityId: filters.locality, provinceCode: localityProvince }
    : filters.province
      ? { kind: "province", provinceCode: filters.province }
      : own;
  return scopeContains(own, wanted);
}

// Issue 14, part C: the annual development report.

/** The scope of an annual report: a region (East/Central/West) besides the statistics' scopes. */
export type AnnualReportScope =
  | { kind: "nation" }
  | { kind: "region" }
  | { kind: "province"; provinceCode: string }
  | { kind: "locality"; localityId: number; provinceCode: string | null };

/**
 * Whether the viewer may have the annual report of a scope: it must lie within their own
 * statistics scope (a province administrator their province or a locality in it, city staff
 * their locality); a region spans provinces, so it is the national administrators' only.
 */
export function canHaveAnnualReport(viewer: Viewer, scope: AnnualReportScope): boolean {
  if (!hasCapability(viewer, "reports.export")) return false;
  const own = statisticsScope(viewer);
  if (scope.kind === "region") return own.kind === "nation";
  return scopeContains(own, scope);
}
