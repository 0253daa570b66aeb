import { z } from "zod";

/**
 * Zod with messages that are translation keys. Every issue's message becomes
 * `validation.<key>` or `validation.<key>|{"n":200}`, decoded and translated
 * by `translateMessage`, on the server and in forms alike. Import z from here.
 */
z.config({
  // In the browser, zod would probe `new Function` for its fast path; the strict CSP (no unsafe-eval)
  // refuses it and reports a violation, so the browser parses without it. The server keeps the fast path.
  jitless: typeof window !== "undefined",
  customError: (issue) => {
    switch (issue.code) {
      case "invalid_type":
        return issue.input === undefined || issue.input === null ? "validation.required" : "validation.invalidType";
      case "too_small":
        if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "validation.required" : encode("tooShort", issue.minimum);
        if (issue.origin === "array" || issue.origin === "set") return encode("tooFew", issue.minimum);
        return encode("tooSmall", issue.minimum);
      case "too_big":
        if (issue.origin === "string") return encode("tooLong", issue.maximum);
        if (issue.origin === "array" || issue.origin === "set") return encode("tooMany", issue.maximum);
        return encode("tooBig", issue.maximum);
      case "invalid_format":
        return issue.format === "email" ? "validation.email" : "validation.invalidFormat";
      case "invalid_value":
        return "validation.invalidChoice";
      case "unrecognized_keys":
        return "validation.unknownField";
      default:
        return "validation.invalid";
    }
  },
});

function encode(key: string, n: unknown): string {
  return `validation.${key}|${JSON.stringify({ n: Number(n) })}`;
}

export { z };
