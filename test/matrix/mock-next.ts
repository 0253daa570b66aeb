import "./mock-server";
import { vi } from "vitest";

/**
 * Imported first by the in-process suites that call every action and route (the authorization
 * matrix, the hostile inputs): besides test/matrix/mock-server.ts, Next's headers and cache and
 * next-auth are stood in for; rate limits have their own tests (lib/server/define-route.test.ts),
 * so here every call is counted as the first.
 */
vi.mock("next/headers", async () => (await import("@/test/matrix/next-mocks")).headersMock());
vi.mock("next/cache", async () => (await import("@/test/matrix/next-mocks")).cacheMock());
vi.mock("next-auth", async () => (await import("@/test/matrix/next-mocks")).nextAuthMock());
vi.mock("@/lib/auth/auth", async () => (await import("@/test/matrix/next-mocks")).authMock());
vi.mock("@/lib/server/rate-limit", async (original) => ({ ...(await original<object>()), consumeLimit: async () => ({ ok: true }) }));
