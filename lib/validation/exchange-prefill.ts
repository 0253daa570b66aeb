import { optionalInt } from "./list-params";
import { z } from "./zod";

const id = optionalInt(1, 2_000_000_000);

/** `/activities/new?partnership=<id>`: the quick-log's pre-filled partnership; anything malformed is ignored. */
export const activityPrefillSchema = z.object({ partnership: id });

/** `/delegations/new?partnership=<id>&activity=<id>`: a pre-filled partnership and linked activity. */
export const delegationPrefillSchema = z.object({ partnership: id, activity: id });
