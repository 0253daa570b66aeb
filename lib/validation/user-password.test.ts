import { describe, expect, it } from "vitest";
import { newPasswordSchema } from "./auth";
import { generateTemporaryPassword } from "./user-password";

describe("temporary passwords", () => {
  it("meet the password rules, avoid look-alike characters and differ each time", () => {
    const made = Array.from({ length: 50 }, generateTemporaryPassword);
    for (const p of made) {
      expect(newPasswordSchema.safeParse(p).success).toBe(true);
      expect(p).not.toMatch(/[0O1lI]/);
    }
    expect(new Set(made).size).toBe(made.length);
  });
});
