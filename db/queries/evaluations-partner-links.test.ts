import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { evaluations, users } from "@/db/schema";
import { createPartnerLink } from "@/db/mutations/partner-links";
import { createTestDb } from "@/test/test-db";
import { openWholeCampaign, seedEvaluationWorld } from "@/test/fixtures/evaluations";
import { getPartnerLinkView } from "./evaluations-partner-links";

let db: Db;
let w: ReturnType<typeof seedEvaluationWorld>;
const evaluationOf = (partnershipId: number) => db.select().from(evaluations).where(eq(evaluations.partnershipId, partnershipId)).get()!.id;
const link = (viewer: typeof w.admin, partnershipId: number) =>
  createPartnerLink(db, viewer, { evaluationId: evaluationOf(partnershipId), language: "en", recipientEmail: "", validDays: 14 }).token;

beforeEach(() => {
  db = createTestDb();
  w = seedEvaluationWorld(db);
  openWholeCampaign(db, w);
});

describe("the partner page's view of a link", () => {
  it("names the sender, their email and their locality's office, and every form of both names", () => {
    const view = getPartnerLinkView(db, link(w.tjStaff, w.tianjinKobe));
    const staff = db.select().from(users).where(eq(users.id, w.tjStaff.id)).get()!;
    expect(view).toMatchObject({
      ours: { nameLocal: "天津市", nameRomanised: "Tianjin", countryCode: "CN" },
      partner: { nameLocal: "神戸市", nameRomanised: "Kobe", countryCode: "JP" },
      sender: { office: { kind: "locality", locality: { nameLocal: "天津市" } }, contact: { name: staff.name, email: staff.email } },
    });
  });

  it("names a province administrator's province as the office", () => {
    const view = getPartnerLinkView(db, link(w.sdAdmin, w.qingdaoShimonoseki));
    expect(view).toMatchObject({
      sender: { office: { kind: "province", province: { nameEn: expect.any(String), nameZh: expect.any(String) } } },
    });
  });

  it("says nothing of the sender for an unknown token", () => {
    expect(getPartnerLinkView(db, "A".repeat(43))).toEqual({ problem: "invalid" });
  });
});
