import type { AccountKey } from "./accounts";

/**
 * Every page the accessibility scan visits, in both languages, with the
 * account that may open it. Each feature adds its pages here.
 */
export const A11Y_PAGES: { path: string; account: AccountKey | "anonymous" }[] = [
  { path: "/sign-in", account: "anonymous" },
  { path: "/", account: "admin" },
  { path: "/", account: "city" },
  { path: "/sharing", account: "viewer" },
  { path: "/forbidden", account: "viewer" },
  { path: "/admin", account: "admin" },
  { path: "/admin/users", account: "admin" },
  { path: "/admin/users", account: "province" },
  { path: "/admin/users/new", account: "admin" },
  { path: "/admin/users/2", account: "admin" },
  { path: "/admin/audit", account: "admin" },
  { path: "/account", account: "city" },
  { path: "/account", account: "viewer" },
  { path: "/activities", account: "viewer" },
  { path: "/activities/new", account: "city" },
  { path: "/activities/1", account: "admin" },
  { path: "/activities/1/edit", account: "admin" },
  { path: "/delegations", account: "province" },
  { path: "/delegations/new", account: "city" },
  { path: "/delegations/1", account: "viewer" },
  { path: "/delegations/1/edit", account: "admin" },
  { path: "/calendar", account: "city" },
  { path: "/?country=JP", account: "province" },
  { path: "/map", account: "admin" },
  { path: "/map", account: "city" },
  { path: "/reports", account: "admin" },
  { path: "/reports", account: "city" },
];
