import type { RowProblem } from "@/lib/import/types";
import type { DirPair, Directory } from "./directory";
import { mayEdit, type PlanInput, type RowContext } from "./plan";

/** Between the two names of a pair: a dash with spaces, an en or em dash, a slash, a bar, 与 or 和. */
const BETWEEN = /\s+[-–—]\s+|\s*[–—↔⇄/／|｜]\s*|与|和/u;

function splitPair(item: string): [string, string] | null {
  const parts = item
    .split(BETWEEN)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 2) return [parts[0]!, parts[1]!];
  // "天津-神戸" with a bare hyphen, as long as it is the only one (never "Saint-Étienne").
  const hyphen = item.split("-").map((p) => p.trim());
  return hyphen.length === 2 && hyphen[0] && hyphen[1] ? [hyphen[0], hyphen[1]] : null;
}

/** The registered partnership of a Chinese locality and a partner, named in either order. */
function findPair(dir: Directory, a: string, b: string): DirPair | RowProblem {
  for (const [ours, partner] of [
    [a, b],
    [b, a],
  ] as const) {
    const found = dir.find("CN", [ours]);
    if ("ambiguous" in found) return { field: "pairs", key: "ambiguous", values: { count: found.ambiguous.length } };
    if (!("found" in found)) continue;
    const pairs = dir.pairsNamed(found.found.id, partner);
    if (pairs.length === 1) return pairs[0]!;
    if (pairs.length > 1) return { field: "pairs", key: "ambiguous", values: { count: pairs.length } };
  }
  return { field: "pairs", key: "pairNotFound", values: { pair: `${a} – ${b}`.slice(0, 120) } };
}

/**
 * The partnerships a row is about: from a pairs cell ("天津市–神戸市; 天津市/仁川广域市", either order)
 * and/or the two name columns. Only registered, current partnerships: an activity or an answer never
 * creates one.
 */
export function resolvePairs(dir: Directory, v: Record<string, unknown>): DirPair[] | RowProblem {
  const found: DirPair[] = [];
  const items: [string, string][] = [];
  if (typeof v.ourName === "string" && typeof v.partnerName === "string") items.push([v.ourName, v.partnerName]);
  else if (typeof v.ourName === "string" || typeof v.partnerName === "string")
    return { field: typeof v.ourName === "string" ? "partnerName" : "ourName", key: "required" };
  if (typeof v.pairs === "string") {
    for (const item of v.pairs.split(/[;；\n]+/)) {
      if (!item.trim()) continue;
      const pair = splitPair(item.trim());
      if (!pair) return { field: "pairs", key: "pairUnreadable", values: { pair: item.trim().slice(0, 120) } };
      items.push(pair);
    }
  }
  for (const [a, b] of items) {
    const pair = findPair(dir, a, b);
    if ("key" in pair) return { ...pair, field: typeof v.pairs === "string" ? "pairs" : "partnerName" };
    if (!found.includes(pair)) found.push(pair);
  }
  return found;
}

/** A row's partnerships, all of one Chinese locality the viewer may edit; else the row fails and this is null. */
export function pairsInScope(input: PlanInput, row: RowContext): DirPair[] | null {
  const pairs = resolvePairs(input.directory, row.v);
  if (!Array.isArray(pairs)) return (row.fail([pairs]), null);
  const organiserId = pairs[0]!.ourLocalityId;
  if (pairs.some((p) => p.ourLocalityId !== organiserId)) return (row.fail([{ field: "pairs", key: "severalOrganisers" }]), null);
  if (!mayEdit(input, organiserId)) return (row.fail([{ field: "pairs", key: "outsideScope" }]), null);
  return pairs;
}
