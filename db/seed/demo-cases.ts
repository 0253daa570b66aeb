import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/connection";
import { activities, caseLinks, cases, localities, partnerships } from "@/db/schema";
import { caseSearchText } from "@/lib/domain/case-search";
import type { ActivityCategory, PartnerLanguage } from "@/lib/domain/enums";

type DemoCase = {
  /** The writing office: a city of ours by its romanised name, a province by its code, or the nation. */
  city?: string;
  /** The partner abroad whose partnership with the city the case is about (else the city's first). */
  partner?: string;
  province?: string;
  title: string;
  summary: string;
  body: string;
  category: ActivityCategory;
  language: PartnerLanguage;
  tags: string[];
  publishedOn: string;
  featured?: boolean;
};

const DEMO_CASES: DemoCase[] = [
  {
    city: "Tianjin",
    partner: "Kobe",
    title: "天津与神户：五十年青少年交流的“接力棒”机制",
    summary: "两市教育部门每年轮流主办青少年友好交流营，由往届营员担任志愿者，形成持续半个世纪的交流传统。",
    body: "## 背景\n\n天津与神户于1973年缔结友好城市关系，是中日间首对友好城市。\n\n## 主要做法\n\n- 每年暑期轮流主办交流营，学校间结对\n- 往届营员担任志愿者和翻译，形成“**接力棒**”\n- 外办与教育局共同制定安全预案\n\n## 成效\n\n累计参与学生逾三千人，多所学校建立长期姊妹校关系。",
    category: "youth",
    language: "zh-CN",
    tags: ["青少年", "教育", "日本"],
    publishedOn: "2025-09-15",
    featured: true,
  },
  {
    city: "Qingdao",
    partner: "Shimonoseki",
    title: "青岛与下关：以港口合作带动经贸往来",
    summary: "依托两市港口的传统联系，建立港务部门定期会商机制，推动航线开通和企业对接。",
    body: "## 做法\n\n1. 港务局年度会商，轮流举办\n2. 外办牵头组织企业对接会\n3. 利用友城网络邀请第三方城市参与\n\n## 经验\n\n友城关系为经贸合作提供了**信任基础**，但需要行业部门深度参与。",
    category: "economy_trade",
    language: "zh-CN",
    tags: ["港口", "经贸"],
    publishedOn: "2025-10-20",
  },
  {
    city: "Xi'an",
    partner: "Kyoto",
    title: "Xi'an and Kyoto: heritage conservation exchange of experts",
    summary: "Conservation specialists of both cities spend a month in each other's institutions every other year.",
    body: "## What we did\n\nThe cultural heritage bureaus agreed a **two-year rotation** of specialists, funded by each host.\n\n## What we learnt\n\n- Start small: two experts a year are enough\n- Agree publication rights at the outset\n- Keep the partnership office informed of each visit",
    category: "culture_science_education_health_sports",
    language: "en",
    tags: ["heritage", "culture", "Japan"],
    publishedOn: "2025-11-03",
  },
  {
    province: "SD",
    title: "山东省友城工作联席会议制度",
    summary: "省外办每季度召集各市外办交流友城工作，统筹出访计划，避免重复和空档。",
    body: "## 制度内容\n\n- 每季度一次联席会议\n- 统一汇总各市年度交流计划\n- 建立友城资源共享清单\n\n## 成效\n\n全省友城交流的覆盖面明显扩大，休眠友城数量减少。",
    category: "official_visit",
    language: "zh-CN",
    tags: ["工作机制", "统筹"],
    publishedOn: "2026-01-12",
  },
  {
    city: "Tianjin",
    partner: "Incheon",
    title: "Reviving a dormant partnership with Incheon through online exchanges",
    summary: "After three years without visits, monthly online meetings of schools and hospitals brought the partnership back to life.",
    body: "## The problem\n\nNo delegation had travelled for three years and contacts had changed.\n\n## What worked\n\n- A shared *contact list* kept up to date by both offices\n- Monthly online meetings on one theme each\n- A joint report to both mayors at the end of the year",
    category: "civil_society",
    language: "en",
    tags: ["dormant partnerships", "online"],
    publishedOn: "2026-02-08",
  },
  {
    title: "友好城市年度评估结果运用指引",
    summary: "全国友城工作评估结果如何用于改进交流计划：典型做法汇编。",
    body: "## 一、评估结果反馈\n\n各地外办应在评估结束后一个月内向友城通报结果。\n\n## 二、改进计划\n\n对评估中反映的问题，制定**具体、可检查**的改进措施。",
    category: "official_visit",
    language: "zh-CN",
    tags: ["评估", "指引"],
    publishedOn: "2026-03-01",
  },
];

/** A city of ours by its romanised name, with its province, its partnership (with `partner`, else its first) and first activity (by id: deterministic). */
function cityOffice(db: Db, romanised: string, partner: string | undefined) {
  const city = db
    .select({ id: localities.id, provinceCode: localities.provinceCode })
    .from(localities)
    .where(and(eq(localities.nameRomanised, romanised), eq(localities.countryCode, "CN")))
    .orderBy(asc(localities.id))
    .get();
  if (!city) return null;
  const partnership = db
    .select({ id: partnerships.id })
    .from(partnerships)
    .innerJoin(localities, eq(localities.id, partnerships.partnerLocalityId))
    .where(
      and(
        eq(partnerships.ourLocalityId, city.id),
        isNull(partnerships.archivedAt),
        partner ? eq(localities.nameRomanised, partner) : undefined,
      ),
    )
    .orderBy(asc(partnerships.id))
    .get();
  const activity = db
    .select({ id: activities.id })
    .from(activities)
    .where(eq(activities.organiserLocalityId, city.id))
    .orderBy(asc(activities.id))
    .get();
  return { ...city, partnershipId: partnership?.id ?? null, activityId: activity?.id ?? null };
}

const at = (day: string) => new Date(`${day}T02:00:00Z`);

/** Six published demonstration cases from demo offices (Chinese and English), one featured. */
export function seedDemoCases(db: Db, adminId: number): void {
  for (const c of DEMO_CASES) {
    const office = c.city ? cityOffice(db, c.city, c.partner) : null;
    if (c.city && !office) continue;
    const row = db
      .insert(cases)
      .values({
        title: c.title,
        summary: c.summary,
        body: c.body,
        category: c.category,
        language: c.language,
        tags: c.tags,
        status: "published",
        ownerLocalityId: office?.id ?? null,
        ownerProvinceCode: office?.provinceCode ?? c.province ?? null,
        sourceActivityId: office?.activityId ?? null,
        publishedAt: at(c.publishedOn),
        featuredAt: c.featured ? at(c.publishedOn) : null,
        featuredBy: c.featured ? adminId : null,
        searchText: caseSearchText(c),
        createdBy: adminId,
        updatedBy: adminId,
        createdAt: at(c.publishedOn),
        updatedAt: at(c.publishedOn),
      })
      .returning({ id: cases.id })
      .get();
    const links = [
      office?.partnershipId ? { caseId: row.id, kind: "partnership" as const, targetId: office.partnershipId } : null,
      office?.activityId ? { caseId: row.id, kind: "activity" as const, targetId: office.activityId } : null,
      office ? { caseId: row.id, kind: "locality" as const, targetId: office.id } : null,
    ].filter((l) => l !== null);
    if (links.length) db.insert(caseLinks).values(links).run();
  }
}
