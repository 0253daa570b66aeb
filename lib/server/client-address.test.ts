import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "./client-address";

const from = (headers: Record<string, string>) => clientAddressFrom(new Headers(headers));

describe("clientAddressFrom", () => {
  it("takes the first hop of X-Forwarded-For, then X-Real-IP, else 'local'", () => {
    expect(from({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" })).toBe("203.0.113.7");
    expect(from({ "x-real-ip": "198.51.100.2" })).toBe("198.51.100.2");
    expect(from({ "x-forwarded-for": " ", "x-real-ip": "198.51.100.2" })).toBe("198.51.100.2");
    expect(from({})).toBe("local");
  });

  it("gives an IPv4 client one key however the socket spelled it, and caps what it keeps", () => {
    expect(from({ "x-forwarded-for": "::ffff:127.0.0.1" })).toBe("127.0.0.1");
    expect(from({ "x-forwarded-for": "2001:db8::1" })).toBe("2001:db8::1");
    expect(from({ "x-forwarded-for": "x".repeat(5000) })).toHaveLength(64);
  });
});
