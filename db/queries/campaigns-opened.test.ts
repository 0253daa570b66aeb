import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { closeCampaign, createCampaign, openCampaign } from "@/db/mutations/campaigns";
import { evaluationCampaigns } from "@/db/schema";
import { seedEvaluationWorld } from "@/test/fixtures/evaluations";
import { createTestDb } from "@/test/test-db";
import { listOpenedCampaigns } from "./campaigns-opened";

describe("listOpenedCampaigns", () => {
  it("lists opened and closed campaigns, newest year first, never a draft or an archived one", () => {
    const db = createTestDb();
    const w = seedEvaluationWorld(db);
    const make = (title: string, year: number) =>
      createCampaign(db, w.admin, {
        title,
        year,
        opensOn: `${year + 1}-01-01`,
        closesOn: `${year + 1}-03-31`,
        scopeProvinces: [],
        scopeCountries: [],
        instructions: "",
      }).id;
    const old = make("old", 2024);
    const recent = make("recent", 2026);
    const archived = make("archived", 2025);
    make("draft", 2027);
    openCampaign(db, w.admin, { id: old, version: 1 });
    closeCampaign(db, w.admin, { id: old, version: 2 });
    openCampaign(db, w.admin, { id: recent, version: 1 });
    openCampaign(db, w.admin, { id: archived, version: 1 });
    db.update(evaluationCampaigns)
      .set({ archivedAt: new Date("2026-01-01T00:00:00Z") })
      .where(eq(evaluationCampaigns.id, archived))
      .run();
    expect(listOpenedCampaigns(db)).toEqual([
      { id: recent, title: "recent" },
      { id: old, title: "old" },
    ]);
  });
});
