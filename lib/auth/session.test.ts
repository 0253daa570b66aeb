import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { endSessions, setUserActive } from "@/db/mutations/users";
import { users } from "@/db/schema";
import { state } from "@/test/matrix/state";
import { addUser, createTestDb } from "@/test/test-db";
import { auth } from "./auth";
import { CHANGE_PASSWORD_PATH, getViewer, requireViewer } from "./session";

vi.mock("./auth", () => ({ auth: vi.fn() }));
vi.mock("@/db/client", async () => (await import("@/test/matrix/next-mocks")).dbClientMock());
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`NEXT_REDIRECT ${to}`);
  },
}));

const db = createTestDb();
const admin = addUser(db, "national_admin");

/** The claims of a session cookie issued to `uid` at sign-in (lib/auth/auth.ts's jwt callback). */
function signedIn(uid: number) {
  const generation = db.select().from(users).where(eq(users.id, uid)).get()!.sessionGeneration;
  vi.mocked(auth).mockResolvedValue({ uid, generation } as never);
}

beforeEach(() => {
  state.db = db;
});

describe("getViewer", () => {
  it("accepts a session of the account's current generation", async () => {
    const user = addUser(db, "viewer");
    signedIn(user.id);
    expect(await getViewer()).toMatchObject({ id: user.id });
  });

  it("refuses the same cookie after sign-out (a replayed copy)", async () => {
    const user = addUser(db, "viewer");
    signedIn(user.id);
    endSessions(db, user.id);
    expect(await getViewer()).toBeNull();
  });

  it("does not bring back a session from before a deactivation when the account is reactivated", async () => {
    const user = addUser(db, "viewer");
    signedIn(user.id);
    setUserActive(db, admin, { id: user.id, version: 1 }, false);
    setUserActive(db, admin, { id: user.id, version: 2 }, true);
    expect(await getViewer()).toBeNull();
  });

  it("refuses a session without a generation (issued before sessions carried one)", async () => {
    const user = addUser(db, "viewer");
    vi.mocked(auth).mockResolvedValue({ uid: user.id } as never);
    expect(await getViewer()).toBeNull();
  });
});

describe("requireViewer", () => {
  it("sends a user who must replace an administrator's password to the change-password page", async () => {
    const user = addUser(db, "viewer");
    db.update(users).set({ mustChangePassword: true }).where(eq(users.id, user.id)).run();
    signedIn(user.id);
    await expect(requireViewer()).rejects.toThrow(`NEXT_REDIRECT ${CHANGE_PASSWORD_PATH}`);
    expect(await getViewer()).toMatchObject({ id: user.id, mustChangePassword: true });
  });

  it("lets everyone else through, and sends the signed-out to sign-in", async () => {
    const user = addUser(db, "viewer");
    signedIn(user.id);
    expect(await requireViewer()).toMatchObject({ id: user.id });
    vi.mocked(auth).mockResolvedValue(null as never);
    await expect(requireViewer()).rejects.toThrow("NEXT_REDIRECT /sign-in");
  });
});
