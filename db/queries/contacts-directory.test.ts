import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { activityContacts, auditLog, contacts, delegationMembers, delegations } from "@/db/schema";
import { createActivity, updateActivity } from "@/db/mutations/activities";
import { createContact } from "@/db/mutations/contacts";
import { AppError } from "@/lib/errors/app-error";
import { contactListSchema } from "@/lib/validation/contact-list";
import { parseListParams } from "@/lib/validation/list-params";
import { activityInput, exchangeWorld } from "@/test/fixtures/activities";
import { contactParticipation } from "./contacts-detail";
import { contactExportQuery, contactExportSelection } from "./exports/contacts";
import { iterateRows } from "./exports/reader";
import { listContactDirectory } from "./contacts-directory";

const params = (raw: Record<string, string> = {}) => parseListParams(contactListSchema, raw);
const contact = (partnershipId: number, personName: string, side: "ours" | "partner", more: { office?: string; email?: string } = {}) => ({
  partnershipId,
  side,
  office: more.office ?? null,
  personName,
  role: null,
  email: more.email ?? null,
  phone: null,
  languages: null,
});

function world() {
  const w = exchangeWorld();
  const yamada = createContact(
    w.db,
    w.users.admin,
    contact(w.p.tianjinKobe, "山田太郎", "partner", { office: "国際交流課", email: "yamada@city.kobe.lg.jp" }),
  );
  const li = createContact(w.db, w.users.admin, contact(w.p.tianjinKobe, "李明", "ours", { office: "天津市外办" }));
  const kim = createContact(w.db, w.users.admin, contact(w.p.tianjinIncheon, "김철수", "partner"));
  const tanaka = createContact(w.db, w.users.admin, contact(w.p.qingdaoShimonoseki, "田中一郎", "partner"));
  return { ...w, c: { yamada, li, kim, tanaka } };
}

describe("contacts directory", () => {
  it("searches names, offices and email addresses, and filters by side, country and partnership", () => {
    const w = world();
    const names = (raw: Record<string, string>) =>
      listContactDirectory(w.db, { ...params(raw), reader: w.users.admin })
        .rows.map((r) => r.personName)
        .sort();
    expect(names({ q: "山田" })).toEqual(["山田太郎"]);
    expect(names({ q: "国際交流" })).toEqual(["山田太郎"]);
    expect(names({ q: "kobe.lg" })).toEqual(["山田太郎"]);
    expect(names({ q: "100%_" })).toEqual([]);
    expect(names({ side: "ours" })).toEqual(["李明"]);
    expect(names({ country: "KR" })).toEqual(["김철수"]);
    expect(names({ partnership: String(w.p.tianjinKobe) })).toEqual(["山田太郎", "李明"]);
    expect(listContactDirectory(w.db, { ...params(), reader: w.users.admin }).total).toBe(4);
  });

  it("narrows to the viewer's scope when the switch says so, and leaves archived contacts out", () => {
    const w = world();
    const tianjin = listContactDirectory(w.db, {
      ...params(),
      reader: w.users.admin,
      within: { kind: "locality", localityId: w.localities.tianjin },
    });
    expect(tianjin.rows.map((r) => r.personName).sort()).toEqual(["山田太郎", "李明", "김철수"].sort());
    const shandong = listContactDirectory(w.db, { ...params(), reader: w.users.admin, within: { kind: "province", provinceCode: "SD" } });
    expect(shandong.rows.map((r) => r.personName)).toEqual(["田中一郎"]);
    w.db.update(contacts).set({ archivedAt: new Date() }).where(eq(contacts.id, w.c.tanaka)).run();
    expect(listContactDirectory(w.db, { ...params(), reader: w.users.admin }).total).toBe(3);
  });

  it("shows, searches and sorts personal details of the reader's own office's contacts only (issue 13)", () => {
    const w = world();
    const seen = (reader: typeof w.users.admin, raw: Record<string, string> = {}) =>
      listContactDirectory(w.db, { ...params({ sort: "name", ...raw }), reader }).rows.map((r) => [r.office, r.personName, r.email]);
    // Tianjin's staff: their own partnerships' contacts in full, Qingdao's (Shandong) by office and role only.
    expect(seen(w.users.tianjin)).toEqual(
      expect.arrayContaining([
        ["国際交流課", "山田太郎", "yamada@city.kobe.lg.jp"],
        [null, null, null],
      ]),
    );
    expect(seen(w.users.tianjin)).toHaveLength(4);
    expect(seen(w.users.tianjin).filter((r) => r[1] === "田中一郎")).toEqual([]);
    // Shandong's administrators: the reverse; a search by a Tianjin contact's email or name finds nothing.
    expect(
      seen(w.users.shandong)
        .filter((r) => r[1] !== null)
        .map((r) => r[1]),
    ).toEqual(["田中一郎"]);
    expect(seen(w.users.shandong, { q: "kobe.lg" })).toEqual([]);
    expect(seen(w.users.shandong, { q: "山田" })).toEqual([]);
    expect(seen(w.users.shandong, { q: "国際交流" })).toEqual([["国際交流課", null, null]]);
    // Readers see no one's; national administrators everyone's.
    expect(seen(w.users.viewer).every((r) => r[1] === null && r[2] === null)).toBe(true);
    expect(seen(w.users.admin).every((r) => r[1] !== null)).toBe(true);
    // The export: the same rows, the same blanks.
    const exported = (reader: typeof w.users.admin) =>
      [...iterateRows(w.db.$client, contactExportQuery(w.db, { ...params({ sort: "name" }), reader }), contactExportSelection(reader))].map(
        (r) => [r.office, r.personName, r.email],
      );
    expect(exported(w.users.shandong)).toEqual(seen(w.users.shandong));
    expect(JSON.stringify(exported(w.users.shandong))).not.toContain("yamada@");
  });

  it("links contacts of the activity's partnerships, counts and lists what they took part in", () => {
    const w = world();
    const { id } = createActivity(w.db, w.users.tianjin, activityInput([w.p.tianjinKobe], { contactIds: [w.c.yamada] }));
    const delegation = w.db
      .insert(delegations)
      .values({
        direction: "incoming",
        ourLocalityId: w.localities.tianjin,
        leaderName: "久元喜造",
        leaderRank: "bureau",
        startDate: "2025-10-01",
      })
      .returning()
      .get();
    w.db.insert(delegationMembers).values({ delegationId: delegation.id, name: "山田太郎", contactId: w.c.yamada }).run();
    const row = listContactDirectory(w.db, { ...params({ q: "山田" }), reader: w.users.admin }).rows[0];
    expect(row).toMatchObject({ activities: 1, delegations: 1 });
    const seen = contactParticipation(w.db, w.c.yamada);
    expect(seen.activities.map((a) => a.id)).toEqual([id]);
    expect(seen.delegations.map((d) => d.id)).toEqual([delegation.id]);
  });

  it("refuses a contact of another partnership, and audits a change of the linked contacts", () => {
    const w = world();
    expect(() => createActivity(w.db, w.users.tianjin, activityInput([w.p.tianjinKobe], { contactIds: [w.c.kim] }))).toThrow(AppError);
    expect(w.db.select().from(activityContacts).all()).toHaveLength(0);
    const { id } = createActivity(w.db, w.users.tianjin, activityInput([w.p.tianjinKobe], { contactIds: [w.c.yamada] }));
    updateActivity(w.db, w.users.tianjin, { ...activityInput([w.p.tianjinKobe], { contactIds: [w.c.li] }), id, version: 1 } as never);
    expect(w.db.select({ id: activityContacts.contactId }).from(activityContacts).where(eq(activityContacts.activityId, id)).all()).toEqual(
      [{ id: w.c.li }],
    );
    const entry = w.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "activity"), eq(auditLog.summary, "contacts")))
      .get();
    expect(entry).toMatchObject({ before: { contactIds: [w.c.yamada] }, after: { contactIds: [w.c.li] } });
  });
});
