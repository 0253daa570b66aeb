import { describe, expect, it } from "vitest";
import { createTestDb } from "@/test/test-db";
import { closeDatabase } from "./connection";

describe("openDatabase", () => {
  it("waits for the disk on every commit, so an acknowledged write survives a power cut", () => {
    const db = createTestDb();
    expect(db.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.$client.pragma("synchronous", { simple: true })).toBe(2); // 2 = FULL
    expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
  });

  it("closes after optimizing, and only once", () => {
    const db = createTestDb();
    closeDatabase(db);
    expect(db.$client.open).toBe(false);
    expect(() => closeDatabase(db)).not.toThrow();
  });
});
