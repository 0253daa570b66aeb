import { createTranslator } from "next-intl";
import ICAL from "ical.js";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { findCalendarFeedByToken, getActiveCalendarFeed } from "@/db/queries/calendar-feeds";
import { buildCalendarFeed, type FeedTranslator } from "@/db/reports/calendar-feed";
import { calendarFeeds, partnerships } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { setClockForTests } from "@/lib/domain/clock";
import { hashPartnerToken } from "@/lib/domain/evaluation-token";
import { loadMessages } from "@/lib/i18n/messages";
import { addLocality, addUser, createTestDb } from "@/test/test-db";
import { createCalendarFeed, renewCalendarFeed, revokeCalendarFeed, touchCalendarFeed } from "./calendar-feeds";

let db: Db;
let owner: Viewer;
let other: Viewer;
let kobe: number;

beforeAll(() => {
  db = createTestDb();
  const tianjin = addLocality(db, { nameLocal: "天津市", nameRomanised: "Tianjin", countryCode: "CN", provinceCode: "TJ" });
  const partner = addLocality(db, { nameLocal: "神戸市", nameRomanised: "Kobe", countryCode: "JP" });
  db.$client.prepare("update localities set name_zh = '神户市' where id = ?").run(partner);
  owner = addUser(db, "city_staff", { provinceCode: "TJ", localityId: tianjin });
  other = addUser(db, "city_staff", { provinceCode: "TJ", localityId: tianjin });
  kobe = db
    .insert(partnerships)
    .values({ ourLocalityId: tianjin, partnerLocalityId: partner, signedOn: "1977-06-24" })
    .returning()
    .get().id;
});

afterEach(() => setClockForTests(null));

const auditCount = () => db.$client.prepare("select count(*) from audit_log where entity_type = 'calendar_feed'").pluck().get() as number;

describe("calendar feed tokens", () => {
  it("creates a feed whose token is returned once and stored only as its SHA-256, audited without the hash", () => {
    const before = auditCount();
    const { id, token } = createCalendarFeed(db, owner);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = db
      .select()
      .from(calendarFeeds)
      .all()
      .find((f) => f.id === id);
    expect(row?.tokenHash).toBe(hashPartnerToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(findCalendarFeedByToken(db, token)).toMatchObject({ id, userId: owner.id });
    expect(auditCount()).toBe(before + 1);
    const audited = db.$client
      .prepare("select after from audit_log where entity_type = 'calendar_feed' order by id desc")
      .pluck()
      .get() as string;
    expect(audited).not.toContain(row?.tokenHash ?? "-");
    expect(() => createCalendarFeed(db, owner)).toThrow(/calendarFeedChanged/);
  });

  it("renews (the old address stops at once) and revokes; another user can do neither", () => {
    const first = createCalendarFeed(db, other);
    expect(() => renewCalendarFeed(db, owner, first.id)).toThrow(/forbidden/);
    expect(() => revokeCalendarFeed(db, owner, first.id)).toThrow(/forbidden/);
    expect(findCalendarFeedByToken(db, first.token)).not.toBeNull();
    const renewed = renewCalendarFeed(db, other, first.id);
    expect(findCalendarFeedByToken(db, first.token)).toBeNull();
    expect(findCalendarFeedByToken(db, renewed.token)?.id).toBe(renewed.id);
    expect(getActiveCalendarFeed(db, other.id)?.id).toBe(renewed.id);
    expect(() => renewCalendarFeed(db, other, first.id)).toThrow(/calendarFeedChanged/);
    revokeCalendarFeed(db, other, renewed.id);
    expect(findCalendarFeedByToken(db, renewed.token)).toBeNull();
    expect(getActiveCalendarFeed(db, other.id)).toBeNull();
    expect(() => revokeCalendarFeed(db, other, 999_999)).toThrow(/notFound/);
  });

  it("answers nothing for a malformed or unknown token, and notes its use at most once an hour", () => {
    expect(findCalendarFeedByToken(db, "short")).toBeNull();
    expect(findCalendarFeedByToken(db, "A".repeat(43))).toBeNull();
    const feed = getActiveCalendarFeed(db, owner.id)!;
    setClockForTests("2026-11-29T04:00:00Z");
    touchCalendarFeed(db, feed);
    const first = getActiveCalendarFeed(db, owner.id)!.lastUsedAt;
    setClockForTests("2026-11-29T04:30:00Z");
    touchCalendarFeed(db, { id: feed.id, lastUsedAt: first });
    expect(getActiveCalendarFeed(db, owner.id)?.lastUsedAt).toEqual(first);
    setClockForTests("2026-11-29T05:01:00Z");
    touchCalendarFeed(db, { id: feed.id, lastUsedAt: first });
    expect(getActiveCalendarFeed(db, owner.id)?.lastUsedAt?.toISOString()).toBe("2026-11-29T05:01:00.000Z");
  });
});

describe("the feed's calendar", () => {
  async function feedFor(locale: "zh-CN" | "en") {
    setClockForTests("2026-11-29T04:00:00Z");
    const t = createTranslator({ locale, messages: await loadMessages(locale) }) as unknown as FeedTranslator;
    return buildCalendarFeed(db, owner, { today: "2026-11-29", locale, t, origin: "https://amity.test" });
  }

  it("is valid iCalendar holding the 50th anniversary of Tianjin–Kobe as an all-day event with a stable UID", async () => {
    const body = await feedFor("en");
    const calendar = new ICAL.Component(ICAL.parse(body));
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Amity reminders");
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const fiftieth = events.find((e) => e.uid === `anniversary-${kobe}-2027@amity`);
    expect(fiftieth?.summary).toBe("★ Kobe (神戸市): 50th anniversary of signing (round anniversary)");
    expect(fiftieth?.startDate.isDate).toBe(true);
    expect(fiftieth?.startDate.toString()).toBe("2027-06-24");
    expect(fiftieth?.endDate.toString()).toBe("2027-06-25");
    expect(fiftieth?.component.getFirstPropertyValue("url")).toBe(`https://amity.test/partnerships/${kobe}`);
  });

  it("is written in the owner's language, with the Chinese names of places abroad", async () => {
    const events = new ICAL.Component(ICAL.parse(await feedFor("zh-CN"))).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toContain("★ 神户市（神戸市 · Kobe）：结好 50 周年（整数周年）");
  });
});
