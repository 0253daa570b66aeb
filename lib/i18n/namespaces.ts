/**
 * Message files live in messages/<locale>/<namespace>.json, one namespace a
 * feature, so that features do not edit each other's files. List new ones here.
 */
export const NAMESPACES = [
  "common",
  "nav",
  "auth",
  "errors",
  "validation",
  "enums",
  "admin",
  "account",
  "dashboard",
  "map",
  "reports",
  "reportNotes",
  "activities",
  "delegations",
  "calendar",
  "partnerships",
  "localities",
  "evaluations",
  "partner",
  "campaignProgress",
  "views",
  "localityDuplicates",
  "chineseNames",
  "history",
  "contacts",
  "imports",
  "sharing",
  "sharingWho",
] as const;
