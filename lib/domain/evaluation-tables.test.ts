import { describe, expect, it } from "vitest";
import {
  categoryKey,
  choiceTable,
  countryTables,
  multipleChoiceTable,
  shareOf,
  sideTables,
  tallyGroups,
  topCountries,
  UNANSWERED,
  type AnswerGroup,
} from "./evaluation-tables";

const STATUSES = ["very_good", "good", "maintaining_contact", "suspended"] as const;
const g = (over: Partial<AnswerGroup> & { n: number }): AnswerGroup => ({
  country: "JP",
  status: "good",
  trend: "about_same",
  category: "youth",
  imported: false,
  effect: "unaffected",
  partnerStatus: null,
  ...over,
});

// Hand-counted: 10 answers. JP: 4 very good (2 also answered by the partner: good), 3 good; KR: 2 good, 1 without a status (imported).
const GROUPS: AnswerGroup[] = [
  g({ status: "very_good", partnerStatus: "good", n: 2 }),
  g({ status: "very_good", n: 2, category: null }),
  g({ status: "good", n: 3, partnerStatus: "suspended", effect: "constrained" }),
  g({ country: "KR", status: "good", n: 2, effect: null }),
  g({ country: "KR", status: null, n: 1, category: null, imported: true, trend: null, partnerStatus: "good" }),
];

describe("choiceTable", () => {
  it("has a row for every choice and for not answered, and its total is the number of answers", () => {
    const t = choiceTable(
      STATUSES,
      tallyGroups(GROUPS, (x) => x.status ?? UNANSWERED),
    );
    expect(t.rows.map((r) => [r.key, r.count, r.percent])).toEqual([
      ["very_good", 4, 40],
      ["good", 5, 50],
      ["maintaining_contact", 0, 0],
      ["suspended", 0, 0],
      [UNANSWERED, 1, 10],
    ]);
    expect(t.total).toBe(10);
  });

  it("keeps 'none happened' apart from 'not answered' (imported) for the most frequent activity", () => {
    const t = choiceTable(
      ["youth", "official_visit"],
      tallyGroups(GROUPS, (x) => categoryKey(x.category, x.imported)),
      ["none", UNANSWERED],
      [UNANSWERED],
    );
    expect(t.rows.map((r) => [r.key, r.count, r.percent])).toEqual([
      ["youth", 7, 70],
      ["official_visit", 0, 0],
      ["none", 2, 20],
      [UNANSWERED, 1, 10],
    ]);
    expect(t.total).toBe(10);
    // An empty "not answered" row is left out when it is optional; "none" stays.
    const noImports = choiceTable(["youth"], new Map([["youth", 3]]), ["none", UNANSWERED], [UNANSWERED]);
    expect(noImports.rows.map((r) => r.key)).toEqual(["youth", "none"]);
  });

  it("shares add up to 100.0 by largest remainder", () => {
    const t = choiceTable(
      ["a", "b", "c"],
      new Map([
        ["a", 1],
        ["b", 1],
        ["c", 1],
      ]),
      [],
    );
    expect(t.rows.map((r) => r.percent)).toEqual([33.4, 33.3, 33.3]);
  });
});

describe("multipleChoiceTable", () => {
  it("gives the share of respondents (the base) and the share of all choices beside it", () => {
    // 8 answers, 6 answered the question: 5 chose a, 3 chose b, 1 chose c (9 choices).
    const t = multipleChoiceTable(
      ["a", "b", "c"],
      new Map([
        ["a", 5],
        ["b", 3],
        ["c", 1],
      ]),
      6,
      8,
    );
    expect(t.rows.map((r) => [r.key, r.count, r.percent, r.choiceShare])).toEqual([
      ["a", 5, 83.3, 55.6],
      ["b", 3, 50, 33.3],
      ["c", 1, 16.7, 11.1],
    ]);
    expect(t.rows.reduce((s, r) => s + r.percent, 0)).toBeGreaterThan(100);
    expect(t).toMatchObject({ respondents: 6, choices: 9, unanswered: 2 });
  });

  it("has shares of zero when nobody answered", () => {
    expect(multipleChoiceTable(["a"], new Map(), 0, 3).rows[0]).toMatchObject({ count: 0, percent: 0, choiceShare: 0 });
    expect(shareOf(1, 3)).toBe(33.3);
    expect(shareOf(2, 3)).toBe(66.7);
  });
});

describe("sideTables and countryTables", () => {
  it("compares our answers with the partner side's for the same pairs only", () => {
    const s = sideTables(STATUSES, GROUPS);
    // 5 pairs have both a status of ours and a partner answer (the imported answer without a status does not count).
    expect(s.pairs).toBe(5);
    expect(s.ours.rows.map((r) => [r.key, r.count, r.percent])).toEqual([
      ["very_good", 2, 40],
      ["good", 3, 60],
      ["maintaining_contact", 0, 0],
      ["suspended", 0, 0],
    ]);
    expect(s.partner.rows.map((r) => [r.key, r.count])).toEqual([
      ["very_good", 0],
      ["good", 2],
      ["maintaining_contact", 0],
      ["suspended", 3],
    ]);
    expect(s.partner.total).toBe(s.ours.total);
  });

  it("splits the answers by partner country, largest first, each row summing to its answers", () => {
    const c = countryTables(STATUSES, GROUPS);
    expect(c.map((x) => [x.country, x.table.total])).toEqual([
      ["JP", 7],
      ["KR", 3],
    ]);
    expect(c[1]?.table.rows.map((r) => [r.key, r.count, r.percent])).toEqual([
      ["very_good", 0, 0],
      ["good", 2, 66.7],
      ["maintaining_contact", 0, 0],
      ["suspended", 0, 0],
      [UNANSWERED, 1, 33.3],
    ]);
    expect(c[0]?.table.rows.map((r) => r.key)).not.toContain(UNANSWERED);
  });

  it("names the largest countries and puts the rest in one row that sums their answers", () => {
    const many: AnswerGroup[] = [
      g({ country: "JP", n: 5 }),
      g({ country: "KR", n: 4 }),
      g({ country: "US", status: "suspended", n: 2 }),
      g({ country: "FR", status: "very_good", n: 1 }),
      g({ country: "DE", status: null, imported: true, n: 1 }),
    ];
    const c = countryTables(STATUSES, many);
    const { top, others } = topCountries(STATUSES, c, 2);
    expect(top.map((x) => x.country)).toEqual(["JP", "KR"]);
    expect(others?.countries).toBe(3);
    // 2 suspended, 1 very good, 1 not answered: 4 answers, shares by largest remainder summing to 100.
    expect(others?.table.total).toBe(4);
    expect(others?.table.rows.map((r) => [r.key, r.count, r.percent])).toEqual([
      ["very_good", 1, 25],
      ["good", 0, 0],
      ["maintaining_contact", 0, 0],
      ["suspended", 2, 50],
      [UNANSWERED, 1, 25],
    ]);
    // One country more than the limit is named rather than called "1 other country".
    expect(topCountries(STATUSES, c, 4).others).toBeNull();
  });
});
