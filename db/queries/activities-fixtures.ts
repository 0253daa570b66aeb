import type { Db } from "@/db/connection";
import { partnerships } from "@/db/schema";
import { addLocality, addUser, createTestDb } from "@/test/test-db";

/**
 * A small world for the exchange tests: Tianjin (TJ) with Kobe and Incheon,
 * Qingdao (SD) with Shimonoseki, and a user of each role.
 */
export function exchangeWorld() {
  const db = createTestDb();
  const tianjin = addLocality(db, { nameLocal: "天津市", nameRomanised: "Tianjin", countryCode: "CN", provinceCode: "TJ" });
  const qingdao = addLocality(db, { nameLocal: "青岛市", nameRomanised: "Qingdao", countryCode: "CN", provinceCode: "SD" });
  const kobe = addLocality(db, { nameLocal: "神戸市", nameRomanised: "Kōbe", countryCode: "JP" });
  const incheon = addLocality(db, { nameLocal: "인천광역시", nameRomanised: "Incheon", countryCode: "KR" });
  const shimonoseki = addLocality(db, { nameLocal: "下関市", nameRomanised: "Shimonoseki", countryCode: "JP" });
  const pair = (ours: number, partner: number) =>
    db.insert(partnerships).values({ ourLocalityId: ours, partnerLocalityId: partner, signedOn: "1973-06-24" }).returning({ id: partnerships.id }).get().id;
  const p = { tianjinKobe: pair(tianjin, kobe), tianjinIncheon: pair(tianjin, incheon), qingdaoShimonoseki: pair(qingdao, shimonoseki) };
  const users = {
    admin: addUser(db, "national_admin"),
    shandong: addUser(db, "province_admin", { provinceCode: "SD" }),
    tianjin: addUser(db, "city_staff", { provinceCode: "TJ", localityId: tianjin }),
    viewer: addUser(db, "viewer"),
  };
  return { db, localities: { tianjin, qingdao, kobe, incheon, shimonoseki }, p, users };
}

export type ExchangeWorld = ReturnType<typeof exchangeWorld>;

/** The smallest valid activity form for some partnerships. */
export function activityInput(partnershipIds: number[], over: Record<string, unknown> = {}) {
  return {
    title: "Youth robotics camp",
    category: "youth" as const,
    startDate: "2025-07-01",
    endDate: null,
    location: "here" as const,
    locationDetail: null,
    partnershipIds,
    organiserLocalityId: null,
    participantsOurs: 12,
    participantsPartner: 10,
    participantNames: null,
    description: null,
    outcomes: null,
    costAmount: null,
    costCurrency: null,
    tags: ["robotics"],
    ...over,
  };
}

export type { Db };
