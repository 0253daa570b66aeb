import { test, expect } from "../support/fixtures";
import type { Page } from "@playwright/test";
import { callServerAction } from "../support/server-action";
import { createWithNewPartner, unique } from "../partnerships/helpers";

const RESTORE = { file: "app/(app)/admin/audit/actions.ts", name: "restoreVersionAction" };
const FORBIDDEN = "You are not allowed to do this.";

/** Saves the partnership's notes through its edit form (one new version each time). */
async function saveNotes(page: Page, id: number, notes: string) {
  await page.goto(`/partnerships/${id}/edit`);
  await page.waitForLoadState("networkidle");
  const field = page.getByLabel("Notes");
  await expect(async () => {
    await field.fill(notes);
    await expect(field).toHaveValue(notes, { timeout: 1_000 });
  }).toPass();
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(`/partnerships/${id}?saved=1`);
}

test("the audit log names a partnership by its two places and links to it, not by its id", async ({ as }) => {
  const city = await as("city");
  const name = unique("Auditmachi");
  const id = await createWithNewPartner(city, name);
  await saveNotes(city, id, "Named in the log");

  const admin = await as("admin");
  await admin.goto(`/admin/audit?entity=partnership&entityId=${id}`);
  const entries = admin.getByTestId("audit-entry");
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText(`Updated · Partnership: Tianjin – ${name}`);
  await expect(entries.first()).toContainText(`天津市 – ${name}市`);
  await expect(entries.first()).not.toContainText(`#${id}`);
  await expect(entries.first().getByRole("link", { name: `Tianjin – ${name}` })).toHaveAttribute("href", `/partnerships/${id}`);
});

test("city staff restore an earlier version of their partnership from its history; the restore is in the history", async ({ as }) => {
  const city = await as("city");
  const id = await createWithNewPartner(city, unique("Restoremachi"));
  await saveNotes(city, id, "First wording of the notes");
  await saveNotes(city, id, "Second wording of the notes");

  await city.goto(`/partnerships/${id}/history`);
  await city.getByRole("button", { name: "Restore version 2", exact: true }).click();
  await expect(city.getByText("Bring back version 2?")).toBeVisible();
  await city.getByRole("button", { name: "Restore", exact: true }).click();
  await expect(city.getByRole("status").filter({ hasText: "Version 2 restored." })).toBeVisible();
  await expect(city.getByTestId("history-entry").first()).toContainText("Restored version 2");
  await expect(city.getByTestId("history-entry").first()).toContainText("First wording of the notes");

  await city.goto(`/partnerships/${id}`);
  await expect(city.getByText("First wording of the notes")).toBeVisible();
  await expect(city.getByText("Second wording of the notes")).toHaveCount(0);
});

test("a viewer and staff of another city cannot restore a version, even by calling the action", async ({ as }) => {
  const admin = await as("admin");
  // A partnership of Qingdao (Shandong), edited once by the administrator.
  const id = await createWithNewPartner(admin, unique("Foreignmachi"), { ours: "青岛" });
  await saveNotes(admin, id, "Qingdao's own notes");
  await admin.goto(`/partnerships/${id}/history`);
  const update = admin.getByTestId("history-entry").first();
  await expect(update).toContainText("Qingdao's own notes");
  const auditId = Number(await update.getAttribute("data-audit-id"));

  const city = await as("city");
  await city.goto(`/partnerships/${id}/history`);
  await expect(city.getByRole("button", { name: /Restore version/ })).toHaveCount(0);
  const viewer = await as("viewer");
  for (const page of [city, viewer]) {
    const answer = await callServerAction(page, RESTORE, { auditId, side: "before", version: 2 });
    expect(answer.result).toMatchObject({ ok: false, error: FORBIDDEN });
  }
  await admin.goto(`/partnerships/${id}`);
  await expect(admin.getByText("Qingdao's own notes")).toBeVisible();
});
