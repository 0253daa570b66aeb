import { test, expect } from "../support/fixtures";
import { partnershipId, todayIso, unique } from "./demo-data";

test("city staff quick-log an activity for two partnerships with the keyboard alone; it shows for both and in the calendar", async ({
  as,
}) => {
  const page = await as("city");
  const title = unique("Robotics camp");
  await page.goto("/activities/new");
  const picker = page.getByRole("combobox", { name: "Partnerships" });
  await expect(picker).toBeFocused();
  await page.keyboard.type("Kobe");
  await expect(page.getByRole("option", { name: "Tianjin – Kobe (神戸市)" })).toBeVisible();
  await page.keyboard.press("Enter");
  await page.keyboard.type("Incheon");
  await expect(page.getByRole("option", { name: "Tianjin – Incheon (인천광역시)" })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("list", { name: "Partnerships: Chosen" }).getByRole("listitem")).toHaveCount(2);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: "Title" })).toBeFocused();
  await page.keyboard.type(title);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("combobox", { name: "Category" })).toBeFocused();
  await page.keyboard.type("Youth");
  await page.keyboard.press("Control+Enter");
  await expect(page).toHaveURL(/\/activities\/\d+\?saved=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("status").filter({ hasText: "Activity saved." })).toBeVisible();
  await expect(page.getByText("Youth exchanges").first()).toBeVisible();

  for (const partner of ["Kobe", "Incheon"]) {
    const id = partnershipId("Tianjin", partner);
    await page.goto(`/activities?partnership=${id}`);
    await expect(page.getByRole("table").getByRole("link", { name: title })).toBeVisible();
    await page.goto(`/partnerships/${id}`);
    await expect(page.getByTestId("partnership-timeline").getByRole("link", { name: title })).toBeVisible();
  }
  await page.goto(`/calendar?q=${encodeURIComponent(title)}`);
  await expect(page.getByTestId("calendar-summary")).toContainText("1 activity and no delegations");
  await expect(page.getByRole("link", { name: `Activity: ${title}` })).toBeVisible();

  await page.goto("/activities/new");
  await expect(page.getByRole("combobox", { name: "Category" })).toHaveValue("youth");
  await expect(page.getByRole("textbox", { name: "Start date" })).toHaveValue(todayIso());
});

test("the quick-log from a partnership's link arrives with the partnership filled in and the title focused", async ({ as }) => {
  const page = await as("city");
  const id = partnershipId("Tianjin", "Kobe");
  await page.goto(`/activities/new?partnership=${id}`);
  await expect(page.getByRole("list", { name: "Partnerships: Chosen" })).toContainText("Tianjin – Kobe (神戸市)");
  const title = unique("Sake tasting");
  await expect(page.getByRole("textbox", { name: "Title" })).toBeFocused();
  await page.keyboard.type(title);
  await page.getByRole("button", { name: "Save activity" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.goto(`/partnerships/${id}`);
  await expect(page.getByTestId("partnership-timeline")).toContainText(title);
});

test("bad input gets clear messages and saves nothing", async ({ as }) => {
  const page = await as("city");
  await page.goto("/activities/new");
  await page.getByRole("button", { name: "Save activity" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText("Partnerships: Choose at least 1.");
  await expect(summary).toContainText("Title: This field is required.");
  await expect(page).toHaveURL(/\/activities\/new$/);
});
