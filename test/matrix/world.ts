import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/connection";
import {
  activities,
  activityPartnerships,
  attachments,
  contacts,
  delegationPartnerships,
  delegations,
  evaluationCampaigns,
  evaluations,
  partnerLinks,
  partnerships,
  users,
} from "@/db/schema";
import { createPartnerToken } from "@/lib/domain/evaluation-token";
import type { Viewer } from "@/lib/auth/viewer";
import { addLocality, addUser, createTestDb } from "@/test/test-db";

export const ROLE_KEYS = ["national_admin", "province_admin", "city_staff", "viewer", "anonymous"] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];
/** Own: Tianjin (province TJ), where the province administrator and the city staff work. Foreign: Qingdao (province SD). */
export type Scope = "own" | "foreign";

let serial = 0;
/** A name no other record has, so that every case makes its own records (no case sees another's writes). */
export const fresh = (prefix: string) => `${prefix}${++serial}q`;

/**
 * A small national registry for the in-process tests: Tianjin (TJ) and Qingdao (SD)
 * on our side, partners abroad, an open campaign, and one user of each role
 * (plus staff and an administrator of the other province, whose records are "foreign").
 */
export function matrixWorld() {
  const db = createTestDb();
  // Thousands of small writes: durability on power loss is tested elsewhere, speed matters here.
  db.$client.pragma("synchronous = OFF");
  const tianjin = addLocality(db, { nameLocal: "天津市", nameRomanised: "Tianjin", countryCode: "CN", provinceCode: "TJ" });
  const qingdao = addLocality(db, { nameLocal: "青岛市", nameRomanised: "Qingdao", countryCode: "CN", provinceCode: "SD" });
  const sharedPartner = addLocality(db, { nameLocal: "神戸市", nameRomanised: "Kobe", countryCode: "JP" });
  const admin = addUser(db, "national_admin");
  const people = {
    national_admin: admin,
    province_admin: addUser(db, "province_admin", { provinceCode: "TJ" }),
    city_staff: addUser(db, "city_staff", { provinceCode: "TJ", localityId: tianjin }),
    viewer: addUser(db, "viewer"),
  };
  const foreignStaff = addUser(db, "city_staff", { provinceCode: "SD", localityId: qingdao });
  const foreignAdmin = addUser(db, "province_admin", { provinceCode: "SD" });
  const ours = { own: tianjin, foreign: qingdao } as const;
  const staffOf = { own: people.city_staff, foreign: foreignStaff } as const;

  const campaign = (state: "draft" | "open" | "closed", scopeProvinces: string[] = []) =>
    db
      .insert(evaluationCampaigns)
      .values({
        year: 2026,
        title: fresh("Campaign"),
        opensOn: "2026-01-10",
        closesOn: "2099-03-31",
        scopeProvinces,
        state,
        openedAt: state === "draft" ? null : new Date(),
      })
      .returning({ id: evaluationCampaigns.id })
      .get().id;
  const openCampaign = campaign("open");

  const w = {
    db,
    people,
    admin,
    foreignStaff,
    foreignAdmin,
    ours,
    staffOf,
    sharedPartner,
    openCampaign,
    campaign,
    /** A locality abroad, new, so that a pair with it is never a duplicate. */
    partnerLocality: (): number => addLocality(db, { nameLocal: fresh("Partner"), nameRomanised: fresh("Partner"), countryCode: "JP" }),
    ourLocality: (scope: Scope): number =>
      addLocality(db, {
        nameLocal: fresh("City"),
        nameRomanised: fresh("City"),
        countryCode: "CN",
        provinceCode: scope === "own" ? "TJ" : "SD",
      }),
    partnership: (scope: Scope, partner: number = w.partnerLocality(), ourLocality: number = ours[scope]): number =>
      db
        .insert(partnerships)
        .values({ ourLocalityId: ourLocality, partnerLocalityId: partner, signedOn: "1990-05-01" })
        .returning({ id: partnerships.id })
        .get().id,
    contact: (scope: Scope): number =>
      db
        .insert(contacts)
        .values({ partnershipId: w.partnership(scope), side: "ours", personName: fresh("Contact") })
        .returning({ id: contacts.id })
        .get().id,
    activity: (scope: Scope, archived = false): { id: number; partnershipId: number } => {
      const partnershipId = w.partnership(scope);
      const id = db
        .insert(activities)
        .values({
          title: fresh("Activity"),
          category: "youth",
          startDate: "2025-07-01",
          location: "here",
          organiserLocalityId: ours[scope],
          archivedAt: archived ? new Date() : null,
        })
        .returning({ id: activities.id })
        .get().id;
      db.insert(activityPartnerships).values({ activityId: id, partnershipId }).run();
      return { id, partnershipId };
    },
    delegation: (scope: Scope, archived = false): { id: number; partnershipId: number } => {
      const partnershipId = w.partnership(scope);
      const id = db
        .insert(delegations)
        .values({
          direction: "outgoing",
          ourLocalityId: ours[scope],
          leaderName: fresh("Leader"),
          leaderRank: "bureau",
          startDate: "2025-09-01",
          status: "completed",
          archivedAt: archived ? new Date() : null,
        })
        .returning({ id: delegations.id })
        .get().id;
      db.insert(delegationPartnerships).values({ delegationId: id, partnershipId }).run();
      return { id, partnershipId };
    },
    attachment: (scope: Scope, storageKey = `matrix${String(++serial).padStart(16, "0")}`): number =>
      db
        .insert(attachments)
        .values({
          ownerType: "activity",
          ownerId: w.activity(scope).id,
          fileName: "notes.txt",
          mimeType: "text/plain",
          sizeBytes: 5,
          storageKey,
          sha256: "0",
          uploadedBy: w.admin.id,
        })
        .returning({ id: attachments.id })
        .get().id,
    /** An evaluation of a new partnership in the open campaign; submitted by `submitter` when given. */
    evaluation: (scope: Scope, submitter?: Viewer): number => {
      const partnershipId = w.partnership(scope);
      return db
        .insert(evaluations)
        .values({
          campaignId: openCampaign,
          partnershipId,
          localityId: ours[scope],
          ...(submitter
            ? {
                state: "submitted" as const,
                status: "good" as const,
                trend: "about_same" as const,
                purposes: ["widen_external_exchanges" as const],
                politicalEffect: "unaffected" as const,
                submittedAt: new Date(),
                submittedBy: submitter.id,
              }
            : {}),
        })
        .returning({ id: evaluations.id })
        .get().id;
    },
    /** A live partner link of a pending evaluation, and its token. */
    partnerLink: (scope: Scope): { id: number; token: string } => {
      const { token, hash } = createPartnerToken();
      const id = db
        .insert(partnerLinks)
        .values({
          evaluationId: w.evaluation(scope),
          tokenHash: hash,
          language: "en",
          expiresAt: new Date(Date.now() + 86_400_000),
          createdBy: w.admin.id,
        })
        .returning({ id: partnerLinks.id })
        .get().id;
      return { id, token };
    },
    /** A user of our side in the scope's locality, to be managed by administrators. */
    user: (scope: Scope, active = true): Viewer => {
      const user = addUser(db, "city_staff", { provinceCode: scope === "own" ? "TJ" : "SD", localityId: ours[scope] });
      if (!active) db.update(users).set({ active: false }).where(eq(users.id, user.id)).run();
      return user;
    },
    /** Rows in every table, to prove that a refused call wrote nothing anywhere. */
    tableCounts: (): Record<string, number> => countRows(db),
  };
  return w;
}

export type World = ReturnType<typeof matrixWorld>;

function countRows(db: Db): Record<string, number> {
  const tables = db.all<{ name: string }>(
    sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'`,
  );
  return Object.fromEntries(tables.map(({ name }) => [name, db.get<{ n: number }>(sql.raw(`select count(*) as n from "${name}"`))!.n]));
}

/** The audit log's length: every write adds to it, a refusal must not. */
export function auditCount(db: Db): number {
  return db.get<{ n: number }>(sql`select count(*) as n from audit_log`)!.n;
}
