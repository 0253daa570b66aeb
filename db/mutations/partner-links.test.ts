import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { auditLog, evaluations, partnerLinks } from "@/db/schema";
import { getPartnerLinkView } from "@/db/queries/evaluations-partner-links";
import { openWholeCampaign, seedEvaluationWorld } from "@/test/fixtures/evaluations";
import { errorCode } from "@/test/error-code";
import { createTestDb } from "@/test/test-db";
import { answerPartnerLink, createPartnerLink, revokePartnerLink } from "./partner-links";

let db: Db;
let w: ReturnType<typeof seedEvaluationWorld>;
let kobeEval: number;
let incheonEval: number;
const answer = { status: "good" as const, trend: "rising_slowly" as const, purposes: [], comments: "よろしく" };
const code = errorCode;

beforeEach(() => {
  db = createTestDb();
  w = seedEvaluationWorld(db);
  openWholeCampaign(db, w);
  const idOf = (pid: number) => db.select().from(evaluations).where(eq(evaluations.partnershipId, pid)).get()!.id;
  kobeEval = idOf(w.tianjinKobe);
  incheonEval = idOf(w.tianjinIncheon);
});

describe("partner links", () => {
  it("store only a hash, keep the token out of the audit log, and are scoped like answering", () => {
    expect(
      code(() => createPartnerLink(db, w.sdStaff, { evaluationId: kobeEval, language: "ja", recipientEmail: "", validDays: 14 })),
    ).toBe("forbidden");
    const { token } = createPartnerLink(db, w.tjStaff, { evaluationId: kobeEval, language: "ja", recipientEmail: "", validDays: 14 });
    const row = db.select().from(partnerLinks).get()!;
    expect(row.tokenHash).not.toBe(token);
    expect(JSON.stringify(db.select().from(auditLog).all())).not.toContain(token);
    expect(JSON.stringify(db.select().from(auditLog).all())).not.toContain(row.tokenHash);
  });

  it("work once, for their own partnership only", () => {
    const { token } = createPartnerLink(db, w.tjStaff, { evaluationId: kobeEval, language: "ja", recipientEmail: "", validDays: 14 });
    expect(getPartnerLinkView(db, token)).toMatchObject({ problem: null, language: "ja", partner: { nameLocal: "神戸市" } });
    answerPartnerLink(db, token, answer);
    const links = db.select().from(partnerLinks).all();
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ evaluationId: kobeEval, status: "good", comments: "よろしく" });
    expect(code(() => answerPartnerLink(db, token, answer))).toBe("partnerLink_answered");
    expect(db.select().from(partnerLinks).where(eq(partnerLinks.evaluationId, incheonEval)).all()).toHaveLength(0);
  });

  it("refuse expired, revoked, unknown and malformed tokens, writing nothing", () => {
    const now = new Date();
    const { token } = createPartnerLink(db, w.tjStaff, { evaluationId: kobeEval, language: "ko", recipientEmail: "", validDays: 1 }, now);
    const later = new Date(now.getTime() + 2 * 24 * 3600_000);
    expect(getPartnerLinkView(db, token, later).problem).toBe("expired");
    expect(code(() => answerPartnerLink(db, token, answer, later))).toBe("partnerLink_expired");
    const second = createPartnerLink(db, w.tjStaff, { evaluationId: incheonEval, language: "en", recipientEmail: "a@b.org", validDays: 5 });
    revokePartnerLink(db, w.tjStaff, { id: second.id });
    expect(code(() => answerPartnerLink(db, second.token, answer))).toBe("partnerLink_revoked");
    expect(code(() => answerPartnerLink(db, "A".repeat(43), answer))).toBe("partnerLinkInvalid");
    expect(code(() => answerPartnerLink(db, "' or 1=1 --", answer))).toBe("partnerLinkInvalid");
    expect(
      db
        .select()
        .from(partnerLinks)
        .all()
        .every((l) => l.answeredAt === null),
    ).toBe(true);
  });

  it("keep one live link per evaluation: a new one revokes the one still waiting, audited", () => {
    const first = createPartnerLink(db, w.tjStaff, { evaluationId: kobeEval, language: "ja", recipientEmail: "", validDays: 14 });
    const other = createPartnerLink(db, w.tjStaff, { evaluationId: incheonEval, language: "ko", recipientEmail: "", validDays: 14 });
    const second = createPartnerLink(db, w.tjStaff, { evaluationId: kobeEval, language: "en", recipientEmail: "", validDays: 14 });
    expect(code(() => answerPartnerLink(db, first.token, answer))).toBe("partnerLink_revoked");
    const live = db
      .select()
      .from(partnerLinks)
      .all()
      .filter((l) => l.revokedAt === null && l.answeredAt === null);
    expect(live.map((l) => l.id).sort()).toEqual([other.id, second.id].sort());
    const revocations = db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityType, "partner_link"))
      .all()
      .filter((a) => a.action === "archive");
    expect(revocations.map((a) => a.entityId)).toEqual([first.id]);
    answerPartnerLink(db, second.token, answer);
    // An answered link is not live: a new link leaves it (and its answer) alone.
    createPartnerLink(db, w.tjStaff, { evaluationId: kobeEval, language: "ja", recipientEmail: "", validDays: 14 });
    expect(db.select().from(partnerLinks).where(eq(partnerLinks.id, second.id)).get()).toMatchObject({ revokedAt: null, status: "good" });
  });
});
