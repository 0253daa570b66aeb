import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import {
  activities,
  attachments,
  delegationItinerary,
  delegationMembers,
  delegations,
  evaluationCampaigns,
  evaluations,
  partnerships,
  partnershipStatusHistory,
} from "@/db/schema";
import { addLocality, addUser, createTestDb } from "@/test/test-db";

/** The SQLite error code a write fails with (undefined when it succeeds). */
function failure(write: () => unknown): string | undefined {
  try {
    write();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

const CHECK = "SQLITE_CONSTRAINT_CHECK";
const FOREIGN_KEY = "SQLITE_CONSTRAINT_FOREIGNKEY";

describe("the schema guards itself", () => {
  let db: Db;
  let tianjin: number;
  let kobe: number;
  let userId: number;
  beforeEach(() => {
    db = createTestDb();
    tianjin = addLocality(db, { nameLocal: "天津市", nameRomanised: "Tianjin", countryCode: "CN", provinceCode: "TJ" });
    kobe = addLocality(db, { nameLocal: "神戸市", nameRomanised: "Kobe", countryCode: "JP" });
    userId = addUser(db, "national_admin").id;
  });

  const pair = () => db.insert(partnerships).values({ ourLocalityId: tianjin, partnerLocalityId: kobe }).returning().get().id;
  const activity = (values: Partial<typeof activities.$inferInsert>) =>
    db
      .insert(activities)
      .values({
        title: "Visit",
        category: "official_visit",
        startDate: "2025-06-10",
        location: "here",
        organiserLocalityId: tianjin,
        ...values,
      })
      .run();
  const delegation = (values: Partial<typeof delegations.$inferInsert>) =>
    db
      .insert(delegations)
      .values({ direction: "incoming", ourLocalityId: tianjin, leaderName: "Li", leaderRank: "bureau", startDate: "2025-06-10", ...values })
      .returning()
      .get().id;
  const campaign = (values: Partial<typeof evaluationCampaigns.$inferInsert>) =>
    db
      .insert(evaluationCampaigns)
      .values({ year: 2025, title: "2025", opensOn: "2026-01-10", closesOn: "2026-03-31", ...values })
      .returning()
      .get().id;

  it("refuses a partnership with the same locality on both sides", () => {
    expect(failure(() => db.insert(partnerships).values({ ourLocalityId: tianjin, partnerLocalityId: tianjin }).run())).toBe(CHECK);
    expect(failure(pair)).toBeUndefined();
  });

  it("refuses an activity or delegation that ends before it starts; a one-day or open end is fine", () => {
    expect(failure(() => activity({ endDate: "2025-06-09" }))).toBe(CHECK);
    expect(failure(() => activity({ endDate: "2025-06-10" }))).toBeUndefined();
    expect(failure(() => activity({ endDate: null }))).toBeUndefined();
    expect(failure(() => delegation({ endDate: "2025-05-31" }))).toBe(CHECK);
    expect(failure(() => delegation({ endDate: "2025-06-12" }))).toBeUndefined();
  });

  it("refuses a campaign that closes before it opens", () => {
    expect(failure(() => campaign({ closesOn: "2026-01-09" }))).toBe(CHECK);
    expect(failure(() => campaign({ closesOn: "2026-01-10" }))).toBeUndefined();
  });

  it("refuses negative counts, costs, positions and sizes; zero and unknown are fine", () => {
    expect(failure(() => activity({ participantsOurs: -1 }))).toBe(CHECK);
    expect(failure(() => activity({ participantsPartner: -3 }))).toBe(CHECK);
    expect(failure(() => activity({ costAmount: -0.5 }))).toBe(CHECK);
    expect(failure(() => activity({ participantsOurs: 0, participantsPartner: null, costAmount: 0 }))).toBeUndefined();
    const d = delegation({});
    expect(failure(() => db.insert(delegationMembers).values({ delegationId: d, name: "Wang", position: -1 }).run())).toBe(CHECK);
    expect(
      failure(() => db.insert(delegationItinerary).values({ delegationId: d, date: "2025-06-10", description: "x", position: -1 }).run()),
    ).toBe(CHECK);
    const file = { ownerType: "activity" as const, ownerId: 1, fileName: "a.pdf", mimeType: "application/pdf", sha256: "x" };
    expect(
      failure(() =>
        db
          .insert(attachments)
          .values({ ...file, sizeBytes: -1, storageKey: "a" })
          .run(),
      ),
    ).toBe(CHECK);
    expect(
      failure(() =>
        db
          .insert(attachments)
          .values({ ...file, sizeBytes: 0, storageKey: "b" })
          .run(),
      ),
    ).toBeUndefined();
  });

  it("refuses a created_by or updated_by that names no user, in every editable table", () => {
    const ghost = userId + 100;
    expect(failure(() => activity({ createdBy: ghost }))).toBe(FOREIGN_KEY);
    expect(failure(() => activity({ updatedBy: ghost }))).toBe(FOREIGN_KEY);
    expect(failure(() => db.insert(partnerships).values({ ourLocalityId: tianjin, partnerLocalityId: kobe, createdBy: ghost }).run())).toBe(
      FOREIGN_KEY,
    );
    expect(failure(() => delegation({ updatedBy: ghost }))).toBe(FOREIGN_KEY);
    expect(failure(() => campaign({ createdBy: ghost }))).toBe(FOREIGN_KEY);
    expect(failure(() => addLocality(db, { nameLocal: "x", nameRomanised: "x", countryCode: "JP" }))).toBeUndefined();
    expect(failure(() => activity({ createdBy: userId, updatedBy: userId }))).toBeUndefined();
  });

  it("refuses a status history row whose evaluation or recorder does not exist", () => {
    const p = pair();
    const history = (values: Partial<typeof partnershipStatusHistory.$inferInsert>) =>
      db
        .insert(partnershipStatusHistory)
        .values({ partnershipId: p, year: 2024, status: "good", source: "evaluation", ...values })
        .run();
    expect(failure(() => history({ evaluationId: 999 }))).toBe(FOREIGN_KEY);
    expect(failure(() => history({ recordedBy: userId + 100 }))).toBe(FOREIGN_KEY);
    const c = campaign({});
    const e = db.insert(evaluations).values({ campaignId: c, partnershipId: p, localityId: tianjin }).returning().get().id;
    expect(failure(() => history({ evaluationId: e, recordedBy: userId }))).toBeUndefined();
  });
});
