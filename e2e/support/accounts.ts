import path from "node:path";

export const DEMO_PASSWORD = "amity-demo-2026";

export const ACCOUNTS = {
  admin: { email: "admin@amity.test", role: "national_admin" },
  province: { email: "shandong@amity.test", role: "province_admin" },
  city: { email: "tianjin@amity.test", role: "city_staff" },
  viewer: { email: "viewer@amity.test", role: "viewer" },
} as const;

export type AccountKey = keyof typeof ACCOUNTS;

export function storageStatePath(account: AccountKey): string {
  return path.join(process.cwd(), process.env.AMITY_E2E_DIR ?? ".e2e", `state-${account}.json`);
}
