import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps same-site paths", () => {
    expect(safeRedirectPath("/partnerships?country=JP")).toBe("/partnerships?country=JP");
    expect(safeRedirectPath("/localities/12#contacts")).toBe("/localities/12#contacts");
    expect(safeRedirectPath("/")).toBe("/");
  });

  it("refuses other sites and odd schemes", () => {
    for (const hostile of [
      "https://evil.example/",
      "//evil.example/",
      "/\\evil.example",
      "javascript:alert(1)",
      "evil.example",
      "",
      null,
      undefined,
    ]) {
      expect(safeRedirectPath(hostile)).toBe("/");
    }
  });

  it("refuses control characters a browser would drop to make a second slash", () => {
    // What /sign-in?callbackUrl=/%09/evil.test and its kin decode to.
    for (const hostile of ["/\t/evil.test", "/\n/evil.test", "/\r/evil.test", "/\r\n/evil.test", "/ok\u0000", "/\u0085x", "/\u007f"]) {
      expect(safeRedirectPath(hostile)).toBe("/");
    }
  });

  it("refuses backslashes and encoded second slashes", () => {
    for (const hostile of ["/\\/evil.test", "/x\\y", "/%2F/evil.test", "/%5c/evil.test", "/%5C%5Cevil.test"]) {
      expect(safeRedirectPath(hostile)).toBe("/");
    }
  });

  it("answers non-ASCII and odd characters percent-encoded, never throwing", () => {
    expect(safeRedirectPath("/partnerships?q=北京")).toBe("/partnerships?q=%E5%8C%97%E4%BA%AC");
    expect(safeRedirectPath("/伙伴")).toBe("/%E4%BC%99%E4%BC%B4");
    expect(safeRedirectPath("/x?q=\ud800")).toMatch(/^\/x\?q=%/);
    expect(safeRedirectPath('/"><script>alert(1)</script>')).toBe("/%22%3E%3Cscript%3Ealert(1)%3C/script%3E");
    for (const path of [safeRedirectPath("/partnerships?q=北京"), safeRedirectPath("/x?q=\ud800")]) {
      expect(path).toMatch(/^[\x21-\x7e]+$/);
    }
  });

  it("refuses malformed percent-escapes that the server could not decode", () => {
    for (const broken of ["/x%ZZ", "/x%FF", "/x?q=%E5%A4", "/%"]) expect(safeRedirectPath(broken)).toBe("/");
    expect(safeRedirectPath("/x?q=%E5%A4%A9")).toBe("/x?q=%E5%A4%A9");
  });

  it("does not return to sign-in or the API, however spelled", () => {
    for (const loop of ["/sign-in", "/sign-in?callbackUrl=/x", "/./sign-in", "/x/../sign-in", "/api/auth/signout", "/API/../api/x"]) {
      expect(safeRedirectPath(loop)).toBe("/");
    }
  });

  it("refuses an over-long address", () => {
    expect(safeRedirectPath(`/${"a".repeat(2100)}`)).toBe("/");
  });
});
