import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES, PARTNER_LANGUAGES } from "@/lib/domain/enums";
import * as enums from "@/lib/domain/enums";
import { NAMESPACES } from "./namespaces";
import { PARTNER_NAMESPACE, partnerTranslator } from "./partner-questionnaire";

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
    const listed = (locale: string) =>
      fs
        .readdirSync(path.join(dir, locale))
        .map((f) => f.replace(/\.json$/, ""))
        .sort();
    for (const locale of LOCALES) expect(listed(locale)).toEqual([...NAMESPACES, PARTNER_NAMESPACE].sort());
    // The partner's languages that the interface does not have hold the partner questionnaire only.
    const partnerOnly = PARTNER_LANGUAGES.filter((l) => !(LOCALES as readonly string[]).includes(l));
    expect(partnerOnly.length).toBeGreaterThan(0);
    for (const language of partnerOnly) expect(listed(language)).toEqual([PARTNER_NAMESPACE]);
    expect(fs.readdirSync(dir).sort()).toEqual([...new Set<string>([...LOCALES, ...PARTNER_LANGUAGES])].sort());
  });

  it("has the same keys in every partner language in the partner questionnaire", () => {
    const [first, ...rest] = PARTNER_LANGUAGES.map((l) => keys(load(l, PARTNER_NAMESPACE)).sort());
    for (const other of rest) expect(other).toEqual(first);
    for (const language of PARTNER_LANGUAGES)
      for (const key of keys(load(language, PARTNER_NAMESPACE)))
        expect(
          String(key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], load(language, PARTNER_NAMESPACE))).trim(),
          `${language}:${key}`,
        ).not.toBe("");
  });

  it("names every answer of the partner questionnaire, with its placeholders filled, in every partner language", () => {
    const en = load("en", PARTNER_NAMESPACE) as { statuses: object; trends: object; purposeLabels: object };
    expect(Object.keys(en.statuses).sort()).toEqual([...enums.PARTNERSHIP_STATUSES].sort());
    expect(Object.keys(en.trends).sort()).toEqual([...enums.ACTIVITY_TRENDS].sort());
    expect(Object.keys(en.purposeLabels).sort()).toEqual([...enums.PARTNERSHIP_PURPOSES].sort());
    for (const language of PARTNER_LANGUAGES) {
      const t = partnerTranslator(language);
      const intro = t("intro", { ours: "OURS", partner: "PARTNER", year: "2025" });
      expect(intro, language).toMatch(/OURS/);
      expect(intro, language).toMatch(/PARTNER/);
      expect(intro, language).toMatch(/2025/);
      expect(t("problems.tooMany", { minutes: "7" }), language).toMatch(/7/);
      expect(t("sentBy", { office: "OFFICE" }), language).toMatch(/OFFICE/);
    }
    expect(partnerTranslator("ja")("submit")).toBe("回答を送信する");
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
