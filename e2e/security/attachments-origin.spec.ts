import { test, expect } from "../support/fixtures";
import { partnershipId, unique } from "../activities/demo-data";

/**
 * A page on another site cannot make a signed-in user's browser upload files:
 * a POST whose Origin names another site is refused with a clear 403 and stores nothing.
 */
test("an upload sent from another site is refused with a clear message", async ({ as }) => {
  const page = await as("city");
  await page.goto(`/activities/new?partnership=${partnershipId("Tianjin", "Kobe")}`);
  await page.getByRole("textbox", { name: "Title" }).fill(unique("Origin check"));
  await page.getByRole("button", { name: "Save activity" }).click();
  await expect(page).toHaveURL(/\/activities\/\d+\?saved=1$/);
  const ownerId = new URL(page.url()).pathname.split("/")[2] ?? "";
  const file = { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("notes") };

  const forged = await page.request.post("/api/attachments", {
    headers: { Origin: "https://evil.test", "Accept-Language": "en-GB" },
    multipart: { ownerType: "activity", ownerId, file },
  });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error).toBe("This request came from another website and was refused. Open Amity directly and try again.");
  await page.reload();
  await expect(page.getByText("No files yet.")).toBeVisible();

  // The same upload from the site itself goes through.
  const own = await page.request.post("/api/attachments", {
    headers: { Origin: new URL(page.url()).origin, "Accept-Language": "en-GB" },
    multipart: { ownerType: "activity", ownerId, file },
  });
  expect(own.status()).toBe(200);
});
