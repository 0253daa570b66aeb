import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Keeps hole 9 closed: form schemas take whole numbers from number.ts and free text from text.ts.
 * `z.coerce.number()` reads "0x10" as 16, [] as 0 and true as 1; `z.string().trim().max(n)` keeps
 * NUL, bidi overrides and zero-width-only text. Passwords (auth.ts) are never cleaned, on purpose.
 */
const dir = __dirname;
const OWN_RULES = new Set(["text.ts", "number.ts", "auth.ts"]);
const schemaFiles = fs.readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !OWN_RULES.has(f));

describe("form schemas use the shared builders", () => {
  it.each(schemaFiles)("%s coerces no numbers and trims no free text by hand", (file) => {
    const code = fs
      .readFileSync(path.join(dir, file), "utf8")
      .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")
      .replace(/\s+/g, "");
    expect(code).not.toContain("z.coerce");
    // A trimmed string checked against a pattern right after (a date, a code) is not free text.
    expect(code).not.toMatch(/\.trim\(\)\.(max|min)\((?![^;]{0,60}\.(refine|regex)\()/);
  });
});
