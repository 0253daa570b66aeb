import { DORMANT_MONTHS_RANGE } from "@/lib/domain/dormancy";
import { intFromForm } from "./number";
import { z } from "./zod";

/**
 * The national settings' form: months without an exchange before a partnership counts as dormant,
 * and the value the form was opened with (a change made meanwhile by another administrator is not
 * overwritten: the setting has no version of its own).
 */
export const dormancySettingSchema = z
  .object({
    months: intFromForm(DORMANT_MONTHS_RANGE.min, DORMANT_MONTHS_RANGE.max),
    current: z.number().int().min(1).max(1000),
  })
  .strict();
export type DormancySettingValues = z.output<typeof dormancySettingSchema>;
