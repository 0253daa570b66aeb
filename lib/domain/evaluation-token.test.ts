import { describe, expect, it } from "vitest";
import { createPartnerToken, hashPartnerToken, isWellFormedToken, partnerLinkProblem } from "./evaluation-token";

describe("partner tokens", () => {
  it("creates unguessable, well-formed tokens whose hash is not the token", () => {
    const a = createPartnerToken();
    const b = createPartnerToken();
    expect(a.token).not.toBe(b.token);
    expect(isWellFormedToken(a.token)).toBe(true);
    expect(a.hash).toBe(hashPartnerToken(a.token));
    expect(a.hash).not.toContain(a.token);
  });

  it("rejects malformed tokens before any lookup", () => {
    for (const bad of ["", "abc", "x".repeat(44), "../../etc/passwd", "a".repeat(42) + "!", null, 42])
      expect(isWellFormedToken(bad)).toBe(false);
  });

  it("refuses revoked, answered and expired links, in that order", () => {
    const now = new Date("2026-05-01T00:00:00Z");
    const open = { expiresAt: new Date("2026-05-02T00:00:00Z"), revokedAt: null, answeredAt: null };
    expect(partnerLinkProblem(open, now)).toBeNull();
    expect(partnerLinkProblem({ ...open, expiresAt: now }, now)).toBe("expired");
    expect(partnerLinkProblem({ ...open, answeredAt: now }, now)).toBe("answered");
    expect(partnerLinkProblem({ ...open, answeredAt: now, revokedAt: now }, now)).toBe("revoked");
  });
});
