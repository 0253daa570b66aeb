// Test data for the evaluation tests: a small registry with a hand-made log.
import type { Db } from "@/db/connection";
import { activities, activityPartnerships, delegationPartnerships, delegations, partnerships } from "@/db/schema";
import { now } from "@/lib/domain/clock";
import type { ActivityCategory, LeaderRank, PartnershipStatus } from "@/lib/domain/enums";
import { addLocality, addUser } from "@/test/test-db";

export function seedEvaluationWorld(db: Db) {
  const tianjin = addLocality(db, { nameLocal: "天津市", nameRomanised: "Tianjin", countryCode: "CN", provinceCode: "TJ" });
  const qingdao = addLocality(db, { nameLocal: "青岛市", nameRomanised: "Qingdao", countryCode: "CN", provinceCode: "SD" });
  const kobe = addLocality(db, { nameLocal: "神戸市", nameRomanised: "Kobe", countryCode: "JP" });
  const incheon = addLocality(db, { nameLocal: "인천광역시", nameRomanised: "Incheon", countryCode: "KR" });
  const shimonoseki = addLocality(db, { nameLocal: "下関市", nameRomanised: "Shimonoseki", countryCode: "JP" });
  const pair = (our: number, other: number, signedOn: string, status: PartnershipStatus = "good") =>
    db.insert(partnerships).values({ ourLocalityId: our, partnerLocalityId: other, signedOn, status }).returning({ id: partnerships.id }).get().id;
  const world = {
    tianjin,
    qingdao,
    tianjinKobe: pair(tianjin, kobe, "1973-06-24", "very_good"),
    tianjinIncheon: pair(tianjin, incheon, "1993-12-07"),
    qingdaoShimonoseki: pair(qingdao, shimonoseki, "1979-10-03"),
    admin: addUser(db, "national_admin"),
    tjStaff: addUser(db, "city_staff", { localityId: tianjin, provinceCode: "TJ" }),
    sdStaff: addUser(db, "city_staff", { localityId: qingdao, provinceCode: "SD" }),
    sdAdmin: addUser(db, "province_admin", { provinceCode: "SD" }),
    viewer: addUser(db, "viewer"),
  };
  return world;
}

export function logActivity(
  db: Db,
  partnershipId: number,
  organiser: number,
  v: { date: string; category: ActivityCategory; ours?: number; partner?: number; archived?: boolean },
) {
  const id = db
    .insert(activities)
    .values({
      title: `Activity ${v.date}`,
      category: v.category,
      startDate: v.date,
      location: "here",
      organiserLocalityId: organiser,
      participantsOurs: v.ours ?? null,
      participantsPartner: v.partner ?? null,
      archivedAt: v.archived ? now() : null,
    })
    .returning({ id: activities.id })
    .get().id;
  db.insert(activityPartnerships).values({ activityId: id, partnershipId }).run();
  return id;
}

export function logDelegation(db: Db, partnershipId: number, ours: number, v: { date: string; rank: LeaderRank; cancelled?: boolean }) {
  const id = db
    .insert(delegations)
    .values({ direction: "outgoing", ourLocalityId: ours, leaderName: "Leader", leaderRank: v.rank, startDate: v.date, status: v.cancelled ? "cancelled" : "completed" })
    .returning({ id: delegations.id })
    .get().id;
  db.insert(delegationPartnerships).values({ delegationId: id, partnershipId }).run();
  return id;
}
