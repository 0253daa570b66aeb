import { DELEGATION_DIRECTIONS, DELEGATION_STATUSES, LEADER_RANKS } from "@/lib/domain/enums";
import { exchangeFilterFields } from "./activity-list";
import { listParamsSchema, optionalEnum } from "./list-params";
import { z } from "./zod";

export const DELEGATION_SORTS = ["startDate", "leaderName", "direction", "status", "ourLocality"] as const;

export const delegationListSchema = listParamsSchema(DELEGATION_SORTS, { sort: "startDate", dir: "desc" }).extend({
  ...exchangeFilterFields,
  direction: optionalEnum(DELEGATION_DIRECTIONS),
  status: optionalEnum(DELEGATION_STATUSES),
  rank: optionalEnum(LEADER_RANKS),
  /** Leaves cancelled delegations out, as the statistics do. */
  notCancelled: z.literal("1").optional().catch(undefined),
});
export type DelegationListParams = z.output<typeof delegationListSchema>;
