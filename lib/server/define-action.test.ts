import "@/test/matrix/mock-server";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { z } from "@/lib/validation/zod";
import { english } from "@/test/matrix/intl";
import { state } from "@/test/matrix/state";
import { addUser, createTestDb } from "@/test/test-db";
import { defineAction } from "./define-action";

vi.mock("next/cache", async () => (await import("@/test/matrix/next-mocks")).cacheMock());

const db = createTestDb();
const staff = addUser(db, "city_staff");
db.update(users).set({ mustChangePassword: true }).where(eq(users.id, staff.id)).run();

const handler = vi.fn(() => "done");
const anyAction = defineAction({ schema: z.object({}), capability: "records.read", handler });
const passwordAction = defineAction({ schema: z.object({}), capability: "records.read", allowBeforePasswordChange: true, handler });

beforeEach(() => {
  state.db = db;
  state.viewer = staff;
  handler.mockClear();
});

describe("defineAction before an administrator's password is replaced", () => {
  it("refuses every action with a translated message, running nothing", async () => {
    expect(await anyAction({})).toEqual({ ok: false, error: await english("errors.passwordChangeRequired"), fieldErrors: {} });
    expect(handler).not.toHaveBeenCalled();
  });

  it("lets the password change itself through", async () => {
    expect(await passwordAction({})).toEqual({ ok: true, data: "done" });
  });

  it("lets every action through once the password is the user's own", async () => {
    db.update(users).set({ mustChangePassword: false }).where(eq(users.id, staff.id)).run();
    expect(await anyAction({})).toEqual({ ok: true, data: "done" });
    db.update(users).set({ mustChangePassword: true }).where(eq(users.id, staff.id)).run();
  });
});
