import { AUDIT_ACTIONS, AUDITED_ENTITIES, ROLES } from "@/lib/domain/enums";
import { isoDateParam } from "./iso-date";
import { listParamsSchema, optionalEnum, optionalInt } from "./list-params";
import { z } from "./zod";

export const USER_SORT_KEYS = ["name", "email", "role", "lastSignInAt"] as const;

/** /admin/users?q&role&province&active=1|0&sort&dir&page&pageSize&cols */
export const userListSchema = listParamsSchema(USER_SORT_KEYS, { sort: "name" }).extend({
  role: optionalEnum(ROLES),
  province: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  active: optionalEnum(["1", "0"] as const),
});
export type UserListParams = z.output<typeof userListSchema>;

/** /admin/audit?user&entity&entityId&action&from&to&page&pageSize */
export const auditListSchema = listParamsSchema(["at"] as const, { sort: "at", dir: "desc" }).extend({
  user: optionalInt(1, 2_147_483_647),
  entity: optionalEnum(AUDITED_ENTITIES),
  entityId: optionalInt(1, 2_147_483_647),
  action: optionalEnum(AUDIT_ACTIONS),
  from: isoDateParam,
  to: isoDateParam,
});
export type AuditListParams = z.output<typeof auditListSchema>;
