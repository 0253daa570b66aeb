import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { dataDir } from "@/db/paths";

/** Files live beside the database, named by a random key (never by the user's file name). */
export function attachmentsDir(): string {
  return path.join(dataDir(), "attachments");
}

function pathOf(storageKey: string): string {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(storageKey)) throw new Error("bad storage key");
  return path.join(attachmentsDir(), storageKey);
}

/** Writes the bytes (without overwriting) and returns their SHA-256. */
export async function storeFile(storageKey: string, bytes: Uint8Array): Promise<string> {
  await fs.mkdir(attachmentsDir(), { recursive: true });
  await fs.writeFile(pathOf(storageKey), bytes, { flag: "wx", mode: 0o600 });
  return createHash("sha256").update(bytes).digest("hex");
}

export async function readStoredFile(storageKey: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(pathOf(storageKey));
  } catch {
    return null;
  }
}

export async function removeStoredFile(storageKey: string): Promise<void> {
  await fs.rm(pathOf(storageKey), { force: true });
}
