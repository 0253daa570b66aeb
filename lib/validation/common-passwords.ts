import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * Commonly breached passwords, offline: the ~49,000 most frequent passwords of public breach
 * corpora as kept by zxcvbn-ts (`@zxcvbn-ts/language-common`, maintained, MIT). Only the list is
 * used, not zxcvbn's strength score, so that the rule stays the one people are told: at least 12
 * characters and not a commonly breached password.
 */
let known: Set<string> | null = null;

function commonPasswords(): Set<string> {
  known ??= new Set(dictionary["passwords-common"]);
  return known;
}

const LEET: Record<string, string> = { "@": "a", "4": "a", "3": "e", "0": "o", $: "s", "5": "s", "7": "t", "!": "i" };

/**
 * A listed password or one character repeated, also when merely padded with digits or symbols ("Password2024!", "!!sunshine123")
 * or spelled with the usual look-alikes ("p@ssw0rd"): the ways a listed password is stretched to
 * meet a length rule.
 */
export function isCommonPassword(password: string): boolean {
  const list = commonPasswords();
  const lower = password.toLowerCase();
  if (list.has(lower) || /^(.)\1*$/u.test(lower)) return true;
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  if (core.length === 0) return list.has(lower.replace(/[^\p{N}]/gu, ""));
  const plain = core.replace(/[@43057$!]/g, (c) => LEET[c] ?? c);
  return list.has(core) || list.has(plain);
}
