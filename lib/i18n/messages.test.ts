import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/domain/enums";
import * as enums from "@/lib/domain/enums";
import { NAMESPACES } from "./namespaces";

const dir = path.join(process.cwd(), "messages");

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function load(locale: string, ns: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(dir, locale, `${ns}.json`), "utf8"));
}

describe("translations", () => {
  it("has a file for every namespace in every language, and no unlisted file", () => {
    for (const locale of LOCALES) {
      const files = fs.readdirSync(path.join(dir, locale)).map((f) => f.replace(/\.json$/, "")).sort();
      expect(files).toEqual([...NAMESPACES].sort());
    }
  });

  it.each(NAMESPACES)("has the same keys in both languages in %s", (ns) => {
    const [first, ...rest] = LOCALES.map((l) => keys(load(l, ns)).sort());
    for (const other of rest) expect(other).toEqual(first);
  });

  it("has no empty message", () => {
    for (const locale of LOCALES)
      for (const ns of NAMESPACES) {
        const flat = keys(load(locale, ns));
        const data = load(locale, ns);
        for (const key of flat) {
          const value = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], data);
          expect(String(value).trim(), `${locale}/${ns}:${key}`).not.toBe("");
        }
      }
  });

  it("names every value of every translated enumeration", () => {
    const en = load("en", "enums") as Record<string, Record<string, string>>;
    const pairs: [string, readonly string[]][] = [
      ["role", enums.ROLES],
      ["region", enums.REGIONS],
      ["localityLevel", enums.LOCALITY_LEVELS],
      ["partnershipType", enums.PARTNERSHIP_TYPES],
      ["partnershipLevel", enums.PARTNERSHIP_LEVELS],
      ["partnershipStatus", enums.PARTNERSHIP_STATUSES],
      ["activityCategory", enums.ACTIVITY_CATEGORIES],
      ["activityLocation", enums.ACTIVITY_LOCATIONS],
      ["delegationDirection", enums.DELEGATION_DIRECTIONS],
      ["leaderRank", enums.LEADER_RANKS],
      ["delegationStatus", enums.DELEGATION_STATUSES],
      ["campaignState", enums.CAMPAIGN_STATES],
      ["evaluationState", enums.EVALUATION_STATES],
      ["activityTrend", enums.ACTIVITY_TRENDS],
      ["purpose", enums.PARTNERSHIP_PURPOSES],
      ["politicalEffect", enums.POLITICAL_EFFECTS],
      ["auditAction", enums.AUDIT_ACTIONS],
      ["auditedEntity", enums.AUDITED_ENTITIES],
    ];
    for (const [group, values] of pairs) expect(Object.keys(en[group] ?? {}).sort(), group).toEqual([...values].sort());
  });
});
