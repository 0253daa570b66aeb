import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, partnerRequests, partnerResponses } from "@/db/schema";
import { listResponses, unreadResponses } from "@/db/queries/partner-requests";
import { officeOf } from "@/lib/auth/permissions";
import { setClockForTests } from "@/lib/domain/clock";
import { AppError, ForbiddenError, StaleVersionError } from "@/lib/errors/app-error";
import { partnerRequestSchema } from "@/lib/validation/partner-request";
import { addLocality, addUser, createTestDb } from "@/test/test-db";
import {
  archivePartnerRequest,
  createPartnerRequest,
  markResponsesRead,
  respondToPartnerRequest,
  setPartnerRequestStatus,
  updatePartnerRequest,
} from "./partner-requests";

function board() {
  const db = createTestDb();
  const tianjin = addLocality(db, { nameLocal: "天津市", nameRomanised: "Tianjin", countryCode: "CN", provinceCode: "TJ" });
  const qingdao = addLocality(db, { nameLocal: "青岛市", nameRomanised: "Qingdao", countryCode: "CN", provinceCode: "SD" });
  const busan = addLocality(db, { nameLocal: "부산광역시", nameRomanised: "Busan", countryCode: "KR" });
  return {
    db,
    tianjin,
    qingdao,
    busan,
    tianjinStaff: addUser(db, "city_staff", { provinceCode: "TJ", localityId: tianjin }),
    tianjinColleague: addUser(db, "city_staff", { provinceCode: "TJ", localityId: tianjin }),
    qingdaoStaff: addUser(db, "city_staff", { provinceCode: "SD", localityId: qingdao }),
    shandong: addUser(db, "province_admin", { provinceCode: "SD" }),
    tianjinAdmin: addUser(db, "province_admin", { provinceCode: "TJ" }),
    admin: addUser(db, "national_admin"),
    reader: addUser(db, "viewer", { provinceCode: "SD" }),
  };
}
type Board = ReturnType<typeof board>;

const oursInput = (seekerLocalityId: number, extra: Record<string, unknown> = {}) =>
  partnerRequestSchema.parse({
    side: "ours",
    seekerLocalityId,
    wantedCountryCode: "KR",
    wantedProvinceCode: "",
    wantedRegion: "",
    wantedLevels: [],
    purposes: ["widen_external_exchanges"],
    categories: ["youth"],
    title: "Seeking a Korean partner",
    description: "Ports and youth.",
    closesOn: "2099-12-31",
    ...extra,
  });
const foreignInput = (b: Board) => oursInput(b.busan, { side: "foreign", wantedCountryCode: "", wantedProvinceCode: "SD" });
const post = (b: Board, id: number) => b.db.select().from(partnerRequests).where(eq(partnerRequests.id, id)).get()!;
const audits = (b: Board, entityType: "partner_request" | "partner_response") =>
  b.db.select().from(auditLog).where(eq(auditLog.entityType, entityType)).all();

describe("posting on the partner-seeking board", () => {
  it("a city posts for its own locality, owned by it, audited", () => {
    const b = board();
    const id = createPartnerRequest(b.db, b.tianjinStaff, oursInput(b.tianjin));
    expect(post(b, id)).toMatchObject({
      side: "ours",
      ownerLocalityId: b.tianjin,
      ownerProvinceCode: "TJ",
      wantedCountryCode: "KR",
      status: "open",
    });
    expect(audits(b, "partner_request")).toMatchObject([{ action: "create", entityId: id }]);
  });

  it("refuses a post for another city, by a reader, or naming a foreign place as ours", () => {
    const b = board();
    expect(() => createPartnerRequest(b.db, b.tianjinStaff, oursInput(b.qingdao))).toThrow(ForbiddenError);
    expect(() => createPartnerRequest(b.db, b.reader, oursInput(b.qingdao))).toThrow(ForbiddenError);
    expect(() => createPartnerRequest(b.db, b.shandong, oursInput(b.tianjin))).toThrow(ForbiddenError);
    expect(() => createPartnerRequest(b.db, b.admin, oursInput(b.busan))).toThrow(AppError);
    expect(b.db.select().from(partnerRequests).all()).toEqual([]);
    expect(audits(b, "partner_request")).toEqual([]);
  });

  it("a province's administrator posts for a locality of the province; a foreign seeker is recorded by administrators only, owned by their province", () => {
    const b = board();
    expect(post(b, createPartnerRequest(b.db, b.shandong, oursInput(b.qingdao)))).toMatchObject({ ownerLocalityId: b.qingdao });
    const foreign = createPartnerRequest(b.db, b.shandong, foreignInput(b));
    expect(post(b, foreign)).toMatchObject({ side: "foreign", ownerLocalityId: null, ownerProvinceCode: "SD", wantedCountryCode: null });
    expect(post(b, createPartnerRequest(b.db, b.admin, foreignInput(b)))).toMatchObject({ ownerLocalityId: null, ownerProvinceCode: null });
    expect(() => createPartnerRequest(b.db, b.qingdaoStaff, foreignInput(b))).toThrow(ForbiddenError);
  });

  it("edits at the loaded version only; a stale save, another city's staff or another province's administrator change nothing", () => {
    const b = board();
    const id = createPartnerRequest(b.db, b.tianjinStaff, oursInput(b.tianjin));
    updatePartnerRequest(b.db, b.tianjinColleague, { ...oursInput(b.tianjin, { title: "Korea or Japan" }), id, version: 1 });
    expect(post(b, id)).toMatchObject({ title: "Korea or Japan", version: 2 });
    expect(() => updatePartnerRequest(b.db, b.tianjinStaff, { ...oursInput(b.tianjin, { title: "Stale" }), id, version: 1 })).toThrow(
      StaleVersionError,
    );
    expect(() => updatePartnerRequest(b.db, b.qingdaoStaff, { ...oursInput(b.tianjin, { title: "Hijack" }), id, version: 2 })).toThrow(
      ForbiddenError,
    );
    expect(() => updatePartnerRequest(b.db, b.shandong, { ...oursInput(b.tianjin, { title: "Hijack" }), id, version: 2 })).toThrow(
      ForbiddenError,
    );
    // Moving the post to a city the editor does not answer for is refused too.
    expect(() => updatePartnerRequest(b.db, b.tianjinStaff, { ...oursInput(b.qingdao), id, version: 2 })).toThrow(ForbiddenError);
    expect(post(b, id)).toMatchObject({ title: "Korea or Japan", version: 2, ownerLocalityId: b.tianjin });
  });

  it("a foreign post recorded by a province is edited by its administrators and national ones, not by another province's", () => {
    const b = board();
    const id = createPartnerRequest(b.db, b.shandong, foreignInput(b));
    expect(() => updatePartnerRequest(b.db, b.tianjinAdmin, { ...foreignInput(b), id, version: 1 })).toThrow(ForbiddenError);
    updatePartnerRequest(b.db, b.admin, { ...foreignInput(b), title: "By the nation", id, version: 1 });
    expect(post(b, id)).toMatchObject({ title: "By the nation", ownerProvinceCode: "SD" });
  });

  it("marks a post found, then reopens it, keeping the day; archives it instead of deleting", () => {
    const b = board();
    const id = createPartnerRequest(b.db, b.tianjinStaff, oursInput(b.tianjin));
    setPartnerRequestStatus(b.db, b.tianjinStaff, { id, version: 1, status: "found" });
    expect(post(b, id)).toMatchObject({ status: "found", version: 2 });
    expect(post(b, id).statusChangedAt).toBeInstanceOf(Date);
    expect(() => setPartnerRequestStatus(b.db, b.qingdaoStaff, { id, version: 2, status: "closed" })).toThrow(ForbiddenError);
    expect(() => setPartnerRequestStatus(b.db, b.tianjinStaff, { id, version: 1, status: "open" })).toThrow(StaleVersionError);
    setPartnerRequestStatus(b.db, b.tianjinStaff, { id, version: 2, status: "open" });
    archivePartnerRequest(b.db, b.tianjinStaff, { id, version: 3 });
    expect(post(b, id).archivedAt).toBeInstanceOf(Date);
    expect(audits(b, "partner_request").map((a) => a.action)).toEqual(["create", "update", "update", "archive"]);
  });
});

describe("responding to a post", () => {
  it("stores a response from another office, audited, unread until the post's office opens it", () => {
    const b = board();
    const id = createPartnerRequest(b.db, b.tianjinStaff, oursInput(b.tianjin));
    respondToPartnerRequest(b.db, b.shandong, { requestId: id, message: "Qingdao knows Busan well." });
    respondToPartnerRequest(b.db, b.qingdaoStaff, { requestId: id, message: "We can introduce you." });
    expect(audits(b, "partner_response").map((a) => a.action)).toEqual(["create", "create"]);
    expect(unreadResponses(b.db, officeOf(b.tianjinStaff)!)).toMatchObject([{ id, unread: 2 }]);
    expect(unreadResponses(b.db, officeOf(b.shandong)!)).toEqual([]);
    expect(listResponses(b.db, id).map((r) => [r.authorName, r.locality.id])).toEqual([
      [b.shandong.name, null],
      [b.qingdaoStaff.name, b.qingdao],
    ]);
    // A province administrator who may edit the post reading it does not mark it read for the city.
    markResponsesRead(b.db, b.tianjinAdmin, { ...post(b, id), id });
    expect(unreadResponses(b.db, officeOf(b.tianjinStaff)!)).toHaveLength(1);
    markResponsesRead(b.db, b.tianjinColleague, { ...post(b, id), id });
    expect(unreadResponses(b.db, officeOf(b.tianjinStaff)!)).toEqual([]);
  });

  it("refuses a response from the post's own office or a reader, and to a post found or past its closing day", () => {
    const b = board();
    const id = createPartnerRequest(b.db, b.tianjinStaff, oursInput(b.tianjin));
    expect(() => respondToPartnerRequest(b.db, b.tianjinColleague, { requestId: id, message: "Me?" })).toThrow(ForbiddenError);
    expect(() => respondToPartnerRequest(b.db, b.reader, { requestId: id, message: "Hi" })).toThrow(ForbiddenError);
    const foreign = createPartnerRequest(b.db, b.shandong, foreignInput(b));
    expect(() => respondToPartnerRequest(b.db, b.shandong, { requestId: foreign, message: "Own" })).toThrow(ForbiddenError);
    respondToPartnerRequest(b.db, b.qingdaoStaff, { requestId: foreign, message: "Qingdao is interested." });
    setPartnerRequestStatus(b.db, b.tianjinStaff, { id, version: 1, status: "found" });
    expect(() => respondToPartnerRequest(b.db, b.qingdaoStaff, { requestId: id, message: "Late" })).toThrow(AppError);
    try {
      setClockForTests("2026-02-01T08:00:00Z");
      const expiring = createPartnerRequest(b.db, b.tianjinStaff, oursInput(b.tianjin, { closesOn: "2026-03-01" }));
      respondToPartnerRequest(b.db, b.qingdaoStaff, { requestId: expiring, message: "In time" });
      setClockForTests("2026-03-02T08:00:00Z");
      expect(() => respondToPartnerRequest(b.db, b.qingdaoStaff, { requestId: expiring, message: "Late" })).toThrow(AppError);
    } finally {
      setClockForTests(null);
    }
    expect(
      b.db
        .select()
        .from(partnerResponses)
        .where(and(eq(partnerResponses.requestId, id)))
        .all(),
    ).toEqual([]);
  });
});
