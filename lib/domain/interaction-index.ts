import type { LeaderRank } from "./enums";

/** What the index reads from the log for one partnership and one year. */
export type IndexInputs = {
  /** The year evaluated. */
  year: number;
  /** Year the agreement was signed, if known. */
  signedYear: number | null;
  /** Distinct activity categories logged in the year. */
  categories: number;
  /** Delegations in the year (cancelled ones excluded), by the leader's rank. */
  delegationsByRank: Partial<Record<LeaderRank, number>>;
  /** Activities of the "official visit" category in the year. */
  officialVisits: number;
  /** Participants of both sides in the year's activities. */
  participants: number;
  /** Activities logged in the year. */
  activities: number;
  /** Delegations in the year (cancelled ones excluded). */
  delegations: number;
};

export const INDEX_DIMENSIONS = ["length", "breadth", "depth", "intensity", "frequency"] as const;
export type IndexDimension = (typeof INDEX_DIMENSIONS)[number];
export type InteractionIndex = Record<IndexDimension, number> & { total: number };

/** The constants of the formula, shown as they are on the formula page. */
export const INDEX_FORMULA = {
  /** Years since signing that give full marks for length. */
  lengthFullYears: 40,
  /** Distinct categories in the year that give full marks for breadth. */
  breadthFullCategories: 5,
  /** Depth points per delegation by the leader's protocol grade (省部级, 厅局级, 县处级, other), and per official visit; capped at 100. */
  depthPoints: { ministerial: 40, bureau: 25, division: 15, other: 5 } satisfies Record<LeaderRank, number>,
  officialVisitPoints: 10,
  /** Participants in the year that give full marks for intensity (log scale). */
  intensityFullParticipants: 500,
  /** Activities and delegations in the year that give full marks for frequency. */
  frequencyFullEvents: 6,
  /** Weights of the dimensions in the total (they sum to 1). */
  weights: { length: 0.1, breadth: 0.2, depth: 0.2, intensity: 0.2, frequency: 0.3 } satisfies Record<IndexDimension, number>,
} as const;

const clamp = (value: number) => Math.max(0, Math.min(100, value));

/**
 * The interaction index along the five dimensions of the CPAFFC: length,
 * breadth, depth, intensity, frequency, each 0–100, and their weighted total.
 * Scores are rounded to whole numbers; the total is computed from the
 * unrounded scores.
 */
export function computeInteractionIndex(inputs: IndexInputs): InteractionIndex {
  const f = INDEX_FORMULA;
  const age = inputs.signedYear === null ? 0 : Math.max(0, inputs.year - inputs.signedYear);
  const depthPoints =
    Object.entries(inputs.delegationsByRank).reduce((sum, [rank, n]) => sum + f.depthPoints[rank as LeaderRank] * (n ?? 0), 0) +
    f.officialVisitPoints * inputs.officialVisits;
  const raw: Record<IndexDimension, number> = {
    length: clamp((100 * age) / f.lengthFullYears),
    breadth: clamp((100 * inputs.categories) / f.breadthFullCategories),
    depth: clamp(depthPoints),
    intensity: clamp((100 * Math.log10(1 + Math.max(0, inputs.participants))) / Math.log10(1 + f.intensityFullParticipants)),
    frequency: clamp((100 * (inputs.activities + inputs.delegations)) / f.frequencyFullEvents),
  };
  const total = INDEX_DIMENSIONS.reduce((sum, d) => sum + raw[d] * f.weights[d], 0);
  return {
    length: Math.round(raw.length),
    breadth: Math.round(raw.breadth),
    depth: Math.round(raw.depth),
    intensity: Math.round(raw.intensity),
    frequency: Math.round(raw.frequency),
    total: Math.round(total),
  };
}

/** Inputs for a year with nothing logged. */
export function emptyIndexInputs(year: number, signedYear: number | null): IndexInputs {
  return { year, signedYear, categories: 0, delegationsByRank: {}, officialVisits: 0, participants: 0, activities: 0, delegations: 0 };
}
