import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/domain/enums";
import { translateMessage, type RootTranslator } from "@/lib/i18n/translate-message";
import { evaluationReviewSchema } from "./evaluation";

/** A translator over one language's validation messages, enough for translateMessage. */
function validationTranslator(locale: string): RootTranslator {
  const messages = JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", locale, "validation.json"), "utf8")) as Record<
    string,
    string
  >;
  const key = (k: string) => k.replace(/^validation\./, "");
  const t = ((k: string) => messages[key(k)] ?? k) as RootTranslator;
  t.has = (k: string) => k.startsWith("validation.") && key(k) in messages;
  return t;
}

describe("evaluationReviewSchema", () => {
  it("approves without a comment", () => {
    expect(evaluationReviewSchema.safeParse({ id: 1, version: 1, decision: "approve", comment: "" }).success).toBe(true);
  });

  it("refuses a return without a comment, saying that a comment is required (not that the value is invalid)", () => {
    for (const comment of ["", "   ", "\u200B"]) {
      const issues = evaluationReviewSchema.safeParse({ id: 1, version: 1, decision: "return", comment }).error?.issues ?? [];
      expect(issues.map((i) => [i.path.join("."), i.message])).toEqual([["comment", "validation.returnNeedsComment"]]);
    }
    for (const locale of LOCALES) {
      const t = validationTranslator(locale);
      const text = translateMessage(t, "validation.returnNeedsComment");
      expect(text, locale).not.toBe(translateMessage(t, "validation.invalid"));
      expect(text, locale).toMatch(locale === "en" ? /comment/i : /意见/);
    }
  });

  it("accepts a return with a comment", () => {
    expect(evaluationReviewSchema.parse({ id: 1, version: 1, decision: "return", comment: " Add the 2025 visits. " })).toMatchObject({
      comment: "Add the 2025 visits.",
    });
  });
});
