import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

describe("isSameOrigin", () => {
  it.each([
    ["http://localhost:3000", "localhost:3000", undefined],
    ["https://amity.example", "amity.example", undefined],
    ["https://amity.example", "amity.example:443", undefined],
    ["https://Amity.Example", "amity.example", undefined],
    ["https://amity.example", "internal:3000", "amity.example"],
    ["https://amity.example", "internal:3000", "amity.example, proxy.local"],
  ])("accepts %s from host %s (forwarded %s)", (origin, host, forwarded) => {
    expect(isSameOrigin(origin, host, forwarded)).toBe(true);
  });

  it.each([
    ["https://evil.test", "localhost:3000", undefined],
    ["http://localhost:3001", "localhost:3000", undefined],
    ["http://localhost", "localhost:3000", undefined],
    ["https://amity.example.evil.test", "amity.example", undefined],
    ["https://evil.test", "localhost:3000", "amity.example"],
    // Behind a proxy the forwarded host is the one the browser saw; Host is the internal one.
    ["http://internal:3000", "internal:3000", "amity.example"],
    ["null", "localhost:3000", undefined],
    ["", "localhost:3000", undefined],
    [null, "localhost:3000", undefined],
    [undefined, "localhost:3000", undefined],
    ["not a url", "localhost:3000", undefined],
    ["file:///etc/passwd", "localhost:3000", undefined],
    ["http://localhost:3000", null, undefined],
    ["http://localhost:3000", "", undefined],
    ["http://localhost:3000", "localhost:3000/x", undefined],
    ["http://user@localhost:3000", "user@localhost:3000", undefined],
  ])("refuses %s from host %s (forwarded %s)", (origin, host, forwarded) => {
    expect(isSameOrigin(origin, host, forwarded)).toBe(false);
  });
});
