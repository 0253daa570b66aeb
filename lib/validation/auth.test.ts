import { describe, expect, it } from "vitest";
import { changePasswordSchema, newPasswordSchema } from "./auth";
import { isCommonPassword } from "./common-passwords";

const messages = (value: unknown) => newPasswordSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe("new passwords", () => {
  it("need at least 12 characters", () => {
    expect(messages("Xk7#pq2Lm9v")).toEqual(['validation.tooShort|{"n":12}']);
    expect(messages("Xk7#pq2Lm9vT")).toEqual([]);
  });

  it("refuse commonly breached passwords, also padded or in look-alike spelling", () => {
    for (const common of [
      "password1234",
      "qwertyuiop123",
      "123456789012",
      "1q2w3e4r5t6y",
      "Password2024!",
      "!!sunshine123",
      "P@ssw0rd12345",
      "iloveyou-2026",
      "aaaaaaaaaaaa",
    ]) {
      expect(messages(common), common).toContain("validation.passwordTooCommon");
    }
  });

  it("accept passphrases and random passwords", () => {
    for (const fine of [
      "correct horse battery staple",
      "Tianjin-Kobe-1973-twins",
      "amity-demo-2026",
      "r7Qx!vN2mpK9",
      "友好城市交流合作项目二〇二六",
    ]) {
      expect(messages(fine), fine).toEqual([]);
      expect(isCommonPassword(fine)).toBe(false);
    }
  });

  it("must differ from the current one when changed", () => {
    const same = changePasswordSchema.safeParse({
      currentPassword: "r7Qx!vN2mpK9",
      newPassword: "r7Qx!vN2mpK9",
      confirmPassword: "r7Qx!vN2mpK9",
    });
    expect(same.error?.issues).toEqual([expect.objectContaining({ path: ["newPassword"], message: "validation.passwordUnchanged" })]);
  });
});
