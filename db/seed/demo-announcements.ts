import { eq } from "drizzle-orm";
import type { Db } from "@/db/connection";
import { announcements, users } from "@/db/schema";
import { addDays, today } from "@/lib/domain/clock";

/**
 * Demonstration announcements, dated from the clock's today so that they stay current: a national
 * training notice shown now, a notice to Shandong only (from its province's administrators), and
 * one that has expired (kept in the list's past ones).
 */
export function seedDemoAnnouncements(db: Db, adminId: number): void {
  const day = today();
  const shandong = db.select({ id: users.id }).from(users).where(eq(users.email, "shandong@amity.test")).get()?.id ?? adminId;
  const rows = [
    {
      title: "友好城市工作培训班通知",
      body: [
        "各省、自治区、直辖市外办：",
        "",
        "为提高友好城市工作水平，定于下月举办**全国友好城市工作培训班**，内容包括：",
        "",
        "- 友好城市缔结程序与报批要求",
        "- 友好交流城市的评估与年度报告",
        "- 经验案例交流",
        "",
        "The national foreign affairs office will hold a **training course on sister-city work** next month. Please register by the end of this month.",
      ].join("\n"),
      audienceProvinceCode: null,
      ownerProvinceCode: null,
      validFrom: addDays(day, -3),
      validUntil: addDays(day, 30),
      createdBy: adminId,
    },
    {
      title: "山东省友城年度统计报送提醒",
      body: "请省内各市外办于月底前报送本年度友好城市交流统计。\n\nCities of Shandong: please send this year's exchange statistics by the end of the month.",
      audienceProvinceCode: "SD",
      ownerProvinceCode: "SD",
      validFrom: addDays(day, -1),
      validUntil: addDays(day, 20),
      createdBy: shandong,
    },
    {
      title: "关于做好上半年友城交流总结的通知",
      body: "请各地外办总结上半年友好城市交流情况。\n\nPlease summarise the first half-year's exchanges.",
      audienceProvinceCode: null,
      ownerProvinceCode: null,
      validFrom: addDays(day, -120),
      validUntil: addDays(day, -60),
      createdBy: adminId,
    },
  ];
  db.insert(announcements)
    .values(rows.map((r) => ({ ...r, updatedBy: r.createdBy })))
    .run();
}
