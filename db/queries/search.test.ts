import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createActivity } from "@/db/mutations/activities";
import { evaluationCampaigns, evaluations, partnerships } from "@/db/schema";
import { activityListSchema } from "@/lib/validation/activity-list";
import { evaluationListParamsSchema } from "@/lib/validation/evaluation-list";
import { parseListParams } from "@/lib/validation/list-params";
import { addLocality, addUser, createTestDb } from "@/test/test-db";
import { activityInput, exchangeWorld } from "@/test/fixtures/activities";
import { listActivities } from "./activities";
import { listEvaluations } from "./evaluations";
import { containsText, escapeLike, searchTerms, startsWithText } from "./search";

describe("search helpers", () => {
  it("split a query into folded words, at most five", () => {
    expect(searchTerms("  Kōbe  TIANJIN ")).toEqual(["kobe", "tianjin"]);
    expect(searchTerms("%_ \\")).toEqual([]);
    expect(searchTerms("a b c d e f g")).toHaveLength(5);
  });

  it("escape LIKE's wildcards so that SQLite matches the text literally", () => {
    expect(escapeLike("50%_a\\b")).toBe("50\\%\\_a\\\\b");
    const db = createTestDb();
    const like = (value: string, find: (v: ReturnType<typeof sql>) => ReturnType<typeof sql>) =>
      db.get<{ m: number }>(sql`select ${find(sql`${value}`)} as m`)?.m;
    expect(like("up to 50% off", (v) => containsText(v, "50%"))).toBe(1);
    expect(like("up to 500 off", (v) => containsText(v, "50%"))).toBe(0);
    expect(like("plan a_b", (v) => containsText(v, "a_b"))).toBe(1);
    expect(like("plan axb", (v) => containsText(v, "a_b"))).toBe(0);
    expect(like("C:\\temp", (v) => containsText(v, ":\\t"))).toBe(1);
    expect(like("a_b plan", (v) => startsWithText(v, "a_b"))).toBe(1);
    expect(like("axb plan", (v) => startsWithText(v, "a_b"))).toBe(0);
  });
});

describe("the activity list's search", () => {
  it('matches "50%" and "a_b" in titles literally, not as wildcards', () => {
    const w = exchangeWorld();
    const titled = (title: string) => createActivity(w.db, w.users.tianjin, activityInput([w.p.tianjinKobe], { title })).id;
    const fifty = titled("Tickets 50% off");
    titled("Tickets 500 yuan");
    const ab = titled("Plan a_b");
    titled("Plan axb");
    const found = (q: string) => listActivities(w.db, w.users.viewer, parseListParams(activityListSchema, { q })).rows.map((r) => r.id);
    expect(found("50%")).toEqual([fifty]);
    expect(found("a_b")).toEqual([ab]);
    // Names still match word by word, folded: "tianjin kobe" finds all four.
    expect(found("TIANJIN Kōbe")).toHaveLength(4);
  });
});

describe("the evaluation list's search", () => {
  function world() {
    const db = createTestDb();
    const tianjin = addLocality(db, { nameLocal: "天津市", nameRomanised: "Tianjin", countryCode: "CN", provinceCode: "TJ" });
    const partners = {
      kobe: addLocality(db, { nameLocal: "神戸市", nameRomanised: "Kobe", countryCode: "JP" }),
      fifty: addLocality(db, { nameLocal: "Town 50%", nameRomanised: "Town 50%", countryCode: "JP" }),
      fiveHundred: addLocality(db, { nameLocal: "Town 5x0", nameRomanised: "Town 5x0", countryCode: "JP" }),
      ab: addLocality(db, { nameLocal: "A_B", nameRomanised: "A_B", countryCode: "KR" }),
      axb: addLocality(db, { nameLocal: "Axb", nameRomanised: "Axb", countryCode: "KR" }),
    };
    const campaign = db
      .insert(evaluationCampaigns)
      .values({ year: 2026, title: "2026", opensOn: "2026-01-01", closesOn: "2026-12-31", state: "open" })
      .returning({ id: evaluationCampaigns.id })
      .get().id;
    const ids: Record<string, number> = {};
    for (const [name, partner] of Object.entries(partners)) {
      const partnershipId = db
        .insert(partnerships)
        .values({ ourLocalityId: tianjin, partnerLocalityId: partner, signedOn: "2000-01-01" })
        .returning({ id: partnerships.id })
        .get().id;
      ids[name] = db
        .insert(evaluations)
        .values({ campaignId: campaign, partnershipId, localityId: tianjin })
        .returning({ id: evaluations.id })
        .get().id;
    }
    const admin = addUser(db, "national_admin");
    const found = (q: string) =>
      listEvaluations(db, admin, parseListParams(evaluationListParamsSchema, { q }), "answer")
        .rows.map((r) => r.id)
        .sort();
    return { ids, found };
  }

  it("finds a pair by both sides' names, word by word (it used to fold the query into one word)", () => {
    const { ids, found } = world();
    expect(found("Tianjin Kobe")).toEqual([ids.kobe]);
    expect(found("神戸 天津")).toEqual([ids.kobe]);
  });

  it('reads "50%" and "a_b" as those characters (folded like the names), never as wildcards', () => {
    const { ids, found } = world();
    expect(found("50%")).toEqual([ids.fifty]);
    expect(found("a_b")).toEqual([ids.ab]);
  });
});
