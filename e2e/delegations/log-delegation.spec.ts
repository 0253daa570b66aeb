import { test, expect } from "../support/fixtures";
import { partnershipId, unique } from "../activities/demo-data";

test("log an incoming delegation with three members, linked to an activity both ways", async ({ as }) => {
  const page = await as("city");
  const kobe = partnershipId("Tianjin", "Kobe");
  const activity = unique("Port cooperation forum");
  await page.goto(`/activities/new?partnership=${kobe}`);
  await page.getByRole("textbox", { name: "Title" }).fill(activity);
  await page.getByRole("button", { name: "Save activity" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(activity);

  const leader = unique("山田 太郎");
  await page.goto(`/delegations/new?partnership=${kobe}`);
  await page.getByRole("radio", { name: "Incoming" }).check();
  await page.getByRole("textbox", { name: "Leader's name" }).fill(leader);
  await page.getByRole("textbox", { name: "Leader's title" }).fill("Vice-mayor of Kobe");
  await page.getByRole("combobox", { name: "Leader's rank" }).selectOption({ label: "Bureau (prefectural) level" });
  const members = [
    ["佐藤 花子", "Director", "Kobe City Port Bureau"],
    ["鈴木 一郎", "Counsellor", "Kobe International Affairs"],
    ["Kim Min-jun", "Interpreter", "Kobe City Hall"],
  ];
  for (const [i, [name, title, org]] of members.entries()) {
    await page.getByRole("button", { name: "Add member" }).click();
    await page.getByRole("textbox", { name: `Member ${i + 1}: Name` }).fill(name ?? "");
    await page.getByRole("textbox", { name: `Member ${i + 1}: Title` }).fill(title ?? "");
    await page.getByRole("textbox", { name: `Member ${i + 1}: Organisation` }).fill(org ?? "");
  }
  await page.getByRole("button", { name: "Add itinerary item" }).click();
  await page.getByRole("textbox", { name: "Item 1: What" }).fill("Visit to Tianjin Port");
  const activities = page.getByRole("combobox", { name: "Activities" });
  await activities.fill(activity.slice(0, 20));
  await page.getByRole("option", { name: new RegExp(activity) }).click();
  await page.getByRole("button", { name: "Save delegation" }).click();

  await expect(page).toHaveURL(/\/delegations\/\d+\?saved=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Incoming delegation led by ${leader}`);
  await expect(page.getByRole("heading", { name: "Members (3)" })).toBeVisible();
  for (const [name] of members) await expect(page.getByRole("cell", { name })).toBeVisible();
  await page.getByRole("link", { name: activity }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(activity);
  await expect(page.getByRole("region", { name: "Delegations that took part" })).toContainText(leader);

  await page.goto(`/delegations?direction=incoming&q=${encodeURIComponent(leader)}`);
  await expect(page.getByRole("table").getByRole("link", { name: leader })).toBeVisible();
});

test("an outgoing delegation copies its leader and members from an earlier one", async ({ as }) => {
  const page = await as("city");
  const kobe = partnershipId("Tianjin", "Kobe");
  await page.goto(`/delegations/new?partnership=${kobe}`);
  await page.getByRole("radio", { name: "Outgoing" }).check();
  const source = page.getByRole("combobox", { name: "Earlier delegation" });
  await expect(source).toBeVisible();
  await source.selectOption({ index: 1 });
  await page.getByRole("button", { name: "Copy people" }).click();
  await expect(page.getByRole("status").filter({ hasText: "copied" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Leader's name" })).not.toHaveValue("");
});

test("a stale edit is refused and says who changed what", async ({ as }) => {
  const page = await as("city");
  const kobe = partnershipId("Tianjin", "Kobe");
  const leader = unique("Lee");
  await page.goto(`/delegations/new?partnership=${kobe}`);
  await page.getByRole("textbox", { name: "Leader's name" }).fill(leader);
  await page.getByRole("button", { name: "Save delegation" }).click();
  await expect(page).toHaveURL(/\/delegations\/\d+\?saved=1$/);
  const path = new URL(page.url()).pathname;
  const first = await as("city");
  await first.goto(`${path}/edit`);
  await page.goto(`${path}/edit`);
  await page.getByRole("textbox", { name: "Purpose" }).fill("Changed first");
  await page.getByRole("button", { name: "Save delegation" }).click();
  await expect(page).toHaveURL(/saved=1/);
  await first.getByRole("textbox", { name: "Purpose" }).fill("Changed second");
  await first.getByRole("button", { name: "Save delegation" }).click();
  await expect(first.getByTestId("stale-notice")).toContainText("Changed first");
});
