import ICAL from "ical.js";
import { test, expect } from "../support/fixtures";
import { e2eDb, localityId } from "../reports/e2e-db";

/** The offices' day (Asia/Shanghai), as the server counts it. */
const officeToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const isRound = (years: number) => years > 0 && (years % 10 === 0 || years === 15 || years === 25);

type Signed = { id: number; signedOn: string };

/** Each of Tianjin's partnerships with its next anniversary (on or after today), computed here from the database, not by the app. */
function tianjinAnniversaries(): (Signed & { date: string; years: number })[] {
  const db = e2eDb();
  try {
    const rows = db
      .prepare(
        "select id, signed_on as signedOn from partnerships where our_locality_id = ? and archived_at is null and signed_on like '____-__-__' and substr(signed_on, 6) <> '02-29'",
      )
      .all(localityId("天津市")) as Signed[];
    const today = officeToday();
    const year = Number(today.slice(0, 4));
    return rows
      .filter((r) => r.signedOn < today)
      .map((r) => {
        const at = r.signedOn.slice(5) >= today.slice(5) ? year : year + 1;
        return { ...r, date: `${at}-${r.signedOn.slice(5)}`, years: at - Number(r.signedOn.slice(0, 4)) };
      })
      .sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  } finally {
    db.close();
  }
}

test("a city's calendar feed lists a known anniversary without a session, and stops once revoked", async ({ as, request }) => {
  const page = await as("city");
  await page.goto("/account");
  const section = page.getByRole("region", { name: "Calendar feed" });
  // A feed left by an earlier attempt is revoked first: the address is only ever shown once.
  if (await section.getByRole("button", { name: "Revoke" }).isVisible()) {
    await section.getByRole("button", { name: "Revoke" }).click();
    await expect(section.getByText("You have no calendar feed.")).toBeVisible();
  }
  await section.getByRole("button", { name: "Create calendar feed" }).click();
  const address = section.getByLabel("Address of your calendar feed");
  await expect(address).toHaveValue(/\/feeds\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const url = await address.inputValue();
  // The longest-standing partnership of Tianjin (demo data no other test changes).
  const known = [...tianjinAnniversaries()].sort((a, b) => a.signedOn.localeCompare(b.signedOn))[0]!;
  await expect(section.getByTestId("calendar-feed-status")).toContainText("Active since");

  // Fetched as a calendar app does: no cookies.
  const response = await request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(response.headers()["cache-control"]).toContain("private");
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  const event = events.find((e) => e.uid === `anniversary-${known.id}-${known.date.slice(0, 4)}@amity`);
  expect(event, `the anniversary of partnership ${known.id} on ${known.date}`).toBeDefined();
  expect(event!.startDate.toString()).toBe(known.date);
  expect(event!.startDate.isDate).toBe(true);
  // tianjin@ chose no language: the feed is in Chinese.
  expect(event!.summary).toContain(`结好 ${known.years} 周年`);

  await section.getByRole("button", { name: "Revoke" }).click();
  await expect(section.getByText("The calendar feed has been revoked.")).toBeVisible();
  expect((await request.get(url)).status()).toBe(404);
  expect((await request.get(url.replace(/[A-Za-z0-9_-]{43}\.ics$/, `${"A".repeat(43)}.ics`))).status()).toBe(404);
});

test("the dashboard reminds city staff of their nearest round anniversary, in both languages", async ({ as }) => {
  // Which of Tianjin's anniversaries are round depends on today's date: with none in the next twelve
  // months (rare with 27 partnerships), the panel must say so instead.
  const nearest = tianjinAnniversaries().find((a) => isRound(a.years));
  for (const [locale, title, years, none] of [
    ["en-GB", "Reminders", /anniversary on/, "No round anniversary"],
    ["zh-CN", "工作提醒", new RegExp(`结好 ${nearest?.years ?? 0} 周年`), "未来十二个月内没有结好整数周年"],
  ] as const) {
    const page = await as("city", locale);
    await page.goto("/");
    const reminders = page.getByRole("region", { name: title, exact: true });
    await expect(reminders).toBeVisible();
    if (!nearest) {
      await expect(reminders).toContainText(none);
      continue;
    }
    const item = reminders.getByRole("listitem").filter({ has: page.locator(`a[href="/partnerships/${nearest.id}"]`) });
    await expect(item.first()).toContainText(years);
  }
});

test("a reader has reminders and a feed too, but no evaluation reminders", async ({ as }) => {
  const page = await as("viewer");
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Reminders", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Evaluations due/ })).toHaveCount(0);
  await page.goto("/account");
  await expect(
    page.getByRole("region", { name: "Calendar feed" }).getByRole("button", { name: /Create calendar feed|Renew address/ }),
  ).toBeVisible();
});

test("only a national administrator changes the dormancy threshold", async ({ as }) => {
  const admin = await as("admin");
  await admin.goto("/admin");
  await admin.getByRole("link", { name: "National settings" }).click();
  const months = admin.getByLabel("Months without an exchange");
  await expect(months).toHaveValue("24");
  await months.fill("2");
  await admin.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByText("Enter a number of at least 6.").first()).toBeVisible();
  await months.fill("24");
  await admin.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByText("The setting has been saved.")).toBeVisible();

  const province = await as("province");
  await province.goto("/admin/settings");
  await expect(province).toHaveURL(/\/forbidden/);
  await province.goto("/admin");
  await expect(province.getByRole("link", { name: "National settings" })).toHaveCount(0);
});
