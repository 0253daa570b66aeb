import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { PATH_HEADER } from "./path-header";

vi.mock("@/lib/auth/auth", () => ({
  auth: (callback: (req: NextRequest & { auth: unknown }) => Response | undefined) => async (req: NextRequest) =>
    callback(Object.assign(req, { auth: null })),
}));
const { default: proxy } = await import("@/proxy");

describe("the path handed to the root layout (a partner page's <html lang>)", () => {
  it("is the request's own path, whatever the client sent in its place", async () => {
    const req = new NextRequest(new URL("/partner/abc", "http://localhost:3000"), {
      headers: { host: "localhost:3000", [PATH_HEADER]: "/partner/forged" },
    });
    const res = await proxy(req, { params: Promise.resolve({}) } as never);
    expect(res.headers.get(`x-middleware-request-${PATH_HEADER}`)).toBe("/partner/abc");
  });
});
