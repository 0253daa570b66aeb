import fs from "node:fs";
import { test, expect } from "../support/fixtures";
import { partnershipId, unique } from "./demo-data";

async function newActivity(page: import("@playwright/test").Page): Promise<string> {
  await page.goto(`/activities/new?partnership=${partnershipId("Tianjin", "Kobe")}`);
  await page.getByRole("textbox", { name: "Title" }).fill(unique("Minutes"));
  await page.getByRole("button", { name: "Save activity" }).click();
  await expect(page).toHaveURL(/\/activities\/\d+\?saved=1$/);
  return new URL(page.url()).pathname;
}

test("upload an attachment with a hostile name and download it again, byte for byte", async ({ as }) => {
  const page = await as("city");
  await newActivity(page);
  const content = Buffer.from("%PDF-1.4\n% Amity test programme\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
  const name = '../会议 "纪要" <v2>.pdf';
  await page.getByLabel("Add a file").setInputFiles({ name, mimeType: "application/pdf", buffer: content });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("status").filter({ hasText: "File uploaded." })).toBeVisible();
  const link = page.getByRole("link", { name: /^Download / });
  await expect(link).toHaveText("会议 纪要 v2.pdf");
  const downloading = page.waitForEvent("download");
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("会议 纪要 v2.pdf");
  expect(fs.readFileSync(await download.path())).toEqual(content);

  const viewer = await as("viewer");
  const href = await link.getAttribute("href");
  const asViewer = await viewer.request.get(href ?? "");
  expect(asViewer.status()).toBe(200);
  expect(asViewer.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(asViewer.headers()["x-content-type-options"]).toBe("nosniff");
  await viewer.goto(new URL(page.url()).pathname);
  await expect(viewer.getByLabel("Add a file")).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: /^Remove / })).toHaveCount(0);

  await page.getByRole("button", { name: "Remove 会议 纪要 v2.pdf" }).click();
  await expect(page.getByText("No files yet.")).toBeVisible();
  expect((await viewer.request.get(href ?? "")).status()).toBe(404);
});

test("an oversized or wrong-type file is refused with a clear message and nothing is stored", async ({ as }) => {
  const page = await as("city");
  await newActivity(page);
  const input = page.getByLabel("Add a file");
  const alert = page.locator("p[role=alert]");

  await input.setInputFiles({ name: "programme.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x25) });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(alert).toHaveText("The file is larger than 10 MB.");

  await input.setInputFiles({ name: "tool.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ\x90\x00") });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(alert).toHaveText(/This type of file is not accepted/);

  await input.setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from("<html><script>alert(1)</script></html>") });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(alert).toHaveText(/does not match its type/);
  await expect(page.getByText("No files yet.")).toBeVisible();

  // The server refuses on its own, whatever the browser checks.
  const ownerId = new URL(page.url()).pathname.split("/")[2] ?? "";
  const big = await page.request.post("/api/attachments", {
    headers: { "Accept-Language": "en-GB" },
    multipart: {
      ownerType: "activity",
      ownerId,
      file: { name: "big.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(11 * 1024 * 1024, 0x25) },
    },
  });
  expect(big.status()).toBe(413);
  expect((await big.json()).error).toBe("The file is larger than 10 MB.");
});

test("nobody outside the record's scope may attach files to it", async ({ as }) => {
  const city = await as("city");
  await newActivity(city);
  const ownerId = new URL(city.url()).pathname.split("/")[2] ?? "";
  const file = { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("notes") };
  for (const account of ["province", "viewer"] as const) {
    const other = await as(account);
    const response = await other.request.post("/api/attachments", {
      headers: { "Accept-Language": "en-GB" },
      multipart: { ownerType: "activity", ownerId, file },
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).error).toBe("You are not allowed to do this.");
  }
  await city.reload();
  await expect(city.getByText("No files yet.")).toBeVisible();
});
