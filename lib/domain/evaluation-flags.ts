import type { PartnershipStatus } from "./enums";

export const DISAGREEMENT_FLAGS = ["goodWithoutExchange", "veryGoodLowIndex", "suspendedButActive", "contactOnlyButActive"] as const;
export type DisagreementFlag = (typeof DISAGREEMENT_FLAGS)[number];

/** Activities plus delegations per year, oldest first, ending with the year evaluated. */
export type FlagInputs = { status: PartnershipStatus | null; eventsByYear: readonly number[]; indexTotal: number };

/** Thresholds, shown on the formula page. */
export const FLAG_RULES = { quietYears: 3, lowIndex: 20, highIndex: 60, activeEvents: 3 } as const;

/**
 * Where the self-reported status and the log disagree strongly, for the
 * reviewer to look at: a good status with no exchange logged in three years,
 * "very good" with a low index, "suspended" or "maintaining contact" with a
 * busy year.
 */
export function disagreementFlags({ status, eventsByYear, indexTotal }: FlagInputs): DisagreementFlag[] {
  if (!status) return [];
  const recent = eventsByYear.slice(-FLAG_RULES.quietYears).reduce((s, n) => s + n, 0);
  const thisYear = eventsByYear.at(-1) ?? 0;
  const busy = thisYear >= FLAG_RULES.activeEvents || indexTotal >= FLAG_RULES.highIndex;
  const flags: DisagreementFlag[] = [];
  if ((status === "very_good" || status === "good") && recent === 0) flags.push("goodWithoutExchange");
  if (status === "very_good" && indexTotal < FLAG_RULES.lowIndex) flags.push("veryGoodLowIndex");
  if (status === "suspended" && busy) flags.push("suspendedButActive");
  if (status === "maintaining_contact" && busy) flags.push("contactOnlyButActive");
  return flags;
}
