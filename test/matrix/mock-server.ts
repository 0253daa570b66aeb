import { vi } from "vitest";

/**
 * Imported first by a test of server code run in-process: next-intl's server side answers in English
 * from the messages, the session is test/matrix/state.ts's viewer and the database its `db`.
 * vi.mock registers the mocks before the modules that import them are loaded.
 */
vi.mock("next-intl/server", async () => (await import("@/test/matrix/intl")).intlServerMock());
vi.mock("@/lib/auth/session", async () => (await import("@/test/matrix/next-mocks")).sessionMock());
vi.mock("@/db/client", async () => (await import("@/test/matrix/next-mocks")).dbClientMock());
