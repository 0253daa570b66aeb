import { randomInt } from "node:crypto";
import { PASSWORD_MIN } from "./auth";

// No look-alike characters (0/O, 1/l/I), so that it can be read out or copied by hand.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const TEMPORARY_PASSWORD_LENGTH = Math.max(PASSWORD_MIN, 16);

/** A random temporary password (about 93 bits), meeting the new-password rules. */
export function generateTemporaryPassword(): string {
  let out = "";
  for (let i = 0; i < TEMPORARY_PASSWORD_LENGTH; i += 1) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
