import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/connection";
import { localities, partnerRequests } from "@/db/schema";
import { addDays, today } from "@/lib/domain/clock";
import type { ActivityCategory, PartnershipPurpose, SeekingStatus } from "@/lib/domain/enums";

type DemoPost = {
  seeker: [country: string, romanised: string];
  title: string;
  description: string;
  wantedCountryCode?: string;
  wantedProvinceCode?: string;
  purposes: PartnershipPurpose[];
  categories: ActivityCategory[];
  closesInDays: number | null;
  status?: SeekingStatus;
};

/** A western city, Tianjin, a foreign city recorded nationally, and one found already: the board as the report pictures it. */
const POSTS: DemoPost[] = [
  {
    seeker: ["CN", "Lanzhou"],
    title: "兰州市寻求德国友好城市",
    description: "兰州希望与德国一座工业转型城市缔结友好城市，开展新能源、职业教育和城市规划交流。",
    wantedCountryCode: "DE",
    purposes: ["learn_urban_development", "economic_trade_foundation"],
    categories: ["economy_trade", "culture_science_education_health_sports"],
    closesInDays: 90,
  },
  {
    seeker: ["CN", "Tianjin"],
    title: "天津市寻求韩国友好交流城市",
    description: "以港口物流和青少年交流为重点，寻求韩国沿海城市建立友好交流关系。",
    wantedCountryCode: "KR",
    purposes: ["widen_external_exchanges"],
    categories: ["youth", "economy_trade"],
    closesInDays: 60,
  },
  {
    seeker: ["DE", "Cologne"],
    title: "科隆市寻求四川省友好城市",
    description: "据外方寻友名单：科隆市希望在四川省寻找一座城市，开展文化和会展交流。",
    wantedProvinceCode: "SC",
    purposes: ["promote_culture_science_education"],
    categories: ["culture_science_education_health_sports"],
    closesInDays: 120,
  },
  {
    seeker: ["CN", "Kunming"],
    title: "昆明市寻求日本友好城市",
    description: "围绕花卉产业和旅游合作，寻求日本地方城市缔结友好城市。",
    wantedCountryCode: "JP",
    purposes: ["specialty_industry_cooperation"],
    categories: ["local_specialty_industry"],
    closesInDays: 45,
  },
  {
    seeker: ["CN", "Chengdu"],
    title: "成都市寻求法国友好交流城市",
    description: "已与法方城市签署意向书。",
    wantedCountryCode: "FR",
    purposes: ["promote_culture_science_education"],
    categories: ["civil_society"],
    closesInDays: null,
    status: "found",
  },
];

function findLocality(db: Db, [countryCode, romanised]: DemoPost["seeker"]) {
  return db
    .select({ id: localities.id, provinceCode: localities.provinceCode })
    .from(localities)
    .where(and(eq(localities.countryCode, countryCode), eq(localities.nameRomanised, romanised), isNull(localities.mergedIntoId)))
    .get();
}

/** Demonstration partner-seeking posts, closing relative to the clock's today; a seeker missing from the directory is skipped. */
export function seedDemoBoard(db: Db, adminId: number): void {
  const day = today();
  for (const post of POSTS) {
    const seeker = findLocality(db, post.seeker);
    if (!seeker) continue;
    const ours = post.seeker[0] === "CN";
    db.insert(partnerRequests)
      .values({
        side: ours ? "ours" : "foreign",
        seekerLocalityId: seeker.id,
        // Ours: the seeking locality's; foreign: recorded by the national administration.
        ownerLocalityId: ours ? seeker.id : null,
        ownerProvinceCode: ours ? seeker.provinceCode : null,
        wantedCountryCode: post.wantedCountryCode ?? null,
        wantedProvinceCode: post.wantedProvinceCode ?? null,
        purposes: post.purposes,
        categories: post.categories,
        title: post.title,
        description: post.description,
        closesOn: post.closesInDays === null ? null : addDays(day, post.closesInDays),
        status: post.status ?? "open",
        createdBy: adminId,
        updatedBy: adminId,
      })
      .run();
  }
}
