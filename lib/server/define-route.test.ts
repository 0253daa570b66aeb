import "@/test/matrix/mock-server";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { AppError, ForbiddenError, NotFoundError } from "@/lib/errors/app-error";
import { english } from "@/test/matrix/intl";
import { state } from "@/test/matrix/state";
import { addUser, createTestDb } from "@/test/test-db";
import { consumeLimit } from "./rate-limit";
import { defineRoute } from "./define-route";

vi.mock("./rate-limit", () => ({ consumeLimit: vi.fn(async () => ({ ok: true })), resetLimit: vi.fn() }));

const db = createTestDb();
const staff = addUser(db, "city_staff");
const reader = addUser(db, "viewer");

const ok = defineRoute({ capability: "records.edit", handler: () => new Response("done") });
const post = (headers: Record<string, string> = {}) =>
  new Request("http://amity.test/api/x", { method: "POST", headers: { host: "amity.test", ...headers } });

beforeEach(() => {
  state.db = db;
  state.viewer = staff;
  vi.mocked(consumeLimit).mockClear();
});

describe("defineRoute", () => {
  it("runs the handler for a signed-in viewer whose role may, with the route's params", async () => {
    const route = defineRoute({
      capability: "records.read",
      handler: ({ params, viewer }) => Response.json({ id: params.id, viewer: viewer.id }),
    });
    const response = await route(new Request("http://amity.test/x/7"), { params: Promise.resolve({ id: "7" }) });
    expect(await response.json()).toEqual({ id: "7", viewer: staff.id });
  });

  it("answers 401 with a translated message to someone not signed in, without running the handler", async () => {
    state.viewer = null;
    const handler = vi.fn(() => new Response());
    const response = await defineRoute({ capability: "records.read", handler })(new Request("http://amity.test/x"));
    expect(response.status).toBe(401);
    expect(await response.text()).toBe(await english("errors.signedOut"));
    expect(handler).not.toHaveBeenCalled();
  });

  it("takes the caller from the route's own credential when it has one: the session is not asked, and no one answers 404", async () => {
    state.viewer = null;
    const handler = vi.fn(({ viewer }: { viewer: { id: number } }) => Response.json({ viewer: viewer.id }));
    const route = defineRoute({
      capability: "records.read",
      viewerFrom: ({ params }) => (params.token === "good" ? ({ ...reader, locale: null } as never) : null),
      handler,
    });
    const opened = await route(new Request("http://amity.test/f/good"), { params: Promise.resolve({ token: "good" }) });
    expect(await opened.json()).toEqual({ viewer: reader.id });
    const refused = await route(new Request("http://amity.test/f/bad"), { params: Promise.resolve({ token: "bad" }) });
    expect(refused.status).toBe(404);
    expect(await refused.text()).toBe(await english("errors.notFound"));
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("answers 403 to a role without the capability, in JSON when the route speaks JSON", async () => {
    state.viewer = reader;
    const route = defineRoute({ capability: "records.edit", errorFormat: "json", handler: () => new Response() });
    const response = await route(post({ origin: "http://amity.test" }));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ ok: false, error: await english("errors.forbidden") });
  });

  it("refuses a write from another site with a clear 403, and lets this site's and Origin-less ones through", async () => {
    const foreign = await ok(post({ origin: "https://evil.test" }));
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toBe(await english("errors.foreignOrigin"));
    expect((await ok(post({ origin: "null" }))).status).toBe(403);
    expect((await ok(post({ "sec-fetch-site": "cross-site" }))).status).toBe(403);
    expect((await ok(post({ origin: "http://amity.test" }))).status).toBe(200);
    expect((await ok(post({ origin: "https://amity.example", "x-forwarded-host": "amity.example" }))).status).toBe(200);
    expect((await ok(post())).status).toBe(200);
  });

  it("refuses a user who must first change the password an administrator set, as actions do", async () => {
    const handler = vi.fn(() => new Response());
    const changer = addUser(db, "city_staff");
    db.update(users).set({ mustChangePassword: true }).where(eq(users.id, changer.id)).run();
    state.viewer = changer;
    const response = await defineRoute({ capability: "records.read", handler })(new Request("http://amity.test/x"));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe(await english("errors.passwordChangeRequired"));
    expect(handler).not.toHaveBeenCalled();
  });

  it("does not check the origin of a read unless asked", async () => {
    const get = (origin: string) => new Request("http://amity.test/x", { headers: { host: "amity.test", origin } });
    const read = defineRoute({ capability: "records.read", handler: () => new Response("ok") });
    expect((await read(get("https://evil.test"))).status).toBe(200);
    const strict = defineRoute({ capability: "records.read", sameOrigin: true, handler: () => new Response("ok") });
    expect((await strict(get("https://evil.test"))).status).toBe(403);
  });

  it("counts exports per user and answers 429 with Retry-After and the wait in words once the limit is reached", async () => {
    const route = defineRoute({ capability: "reports.export", rateLimit: "export", handler: () => new Response("file") });
    expect((await route(new Request("http://amity.test/e"))).status).toBe(200);
    expect(consumeLimit).toHaveBeenCalledWith("export", String(staff.id));
    vi.mocked(consumeLimit).mockResolvedValueOnce({ ok: false, retryAfterSeconds: 42 });
    const limited = await route(new Request("http://amity.test/e"));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toBe("42");
    expect(await limited.text()).toBe(await english("errors.exportRateLimited", { seconds: 42 }));
  });

  it("does not count requests of routes without a limit, nor refused ones", async () => {
    await ok(post());
    state.viewer = null;
    await defineRoute({ capability: "reports.export", rateLimit: "export", handler: () => new Response() })(
      new Request("http://amity.test/e"),
    );
    expect(consumeLimit).not.toHaveBeenCalled();
  });

  it.each([
    [new ForbiddenError(), 403, "errors.forbidden"],
    [new NotFoundError(), 404, "errors.notFound"],
    [new AppError("emailTaken"), 400, "errors.emailTaken"],
    [new AppError("noSuchKey"), 400, "errors.unexpected"],
  ])("turns %s into a translated %i", async (error, status, key) => {
    const response = await defineRoute({ capability: "records.edit", handler: () => Promise.reject(error) })(post());
    expect(response.status).toBe(status);
    expect(await response.text()).toBe(await english(key));
  });

  it("logs an unexpected error and answers a plain 500 that tells nothing of it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await defineRoute({
      capability: "records.edit",
      handler: () => {
        throw new Error("SQLITE_CORRUPT at /secret/path");
      },
    })(post());
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(body).toBe(await english("errors.unexpected"));
    expect(body).not.toContain("secret");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
