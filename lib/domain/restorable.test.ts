import { describe, expect, it } from "vitest";
import { readRestoreSummary, restoreChanges, restoreOffers, restoreSummary } from "./restorable";

const row = (version: number, notes: string) => ({ id: 7, version, notes, createdAt: "2020-01-01T00:00:00.000Z" });

describe("restore offers", () => {
  it("offers each earlier version once, on the entry that made it, never the current one", () => {
    const entries = [
      { id: 3, entityType: "partnership", entityId: 7, before: row(2, "b"), after: row(3, "c") },
      { id: 2, entityType: "partnership", entityId: 7, before: row(1, "a"), after: row(2, "b") },
      // An entry about links is no version.
      { id: 1, entityType: "partnership", entityId: 7, before: { partnershipIds: [1] }, after: { partnershipIds: [2] } },
    ];
    const offers = restoreOffers(entries, new Map([["partnership:7", 3]]));
    // Version 1 was made by no listed entry (an imported record): it is offered as entry 2's "before".
    expect([...offers.values()]).toEqual([
      [
        { auditId: 2, side: "after", version: 2 },
        { auditId: 2, side: "before", version: 1 },
      ],
    ]);
    const created = [...entries, { id: 0, entityType: "partnership", entityId: 7, before: null, after: row(1, "a") }];
    expect(restoreOffers(created, new Map([["partnership:7", 3]])).get(2)).toEqual([{ auditId: 2, side: "after", version: 2 }]);
  });

  it("offers both sides of an entry when no other entry made the older version", () => {
    const entries = [
      { id: 9, entityType: "contact", entityId: 7, before: row(2, "b"), after: row(3, "c") },
      { id: 8, entityType: "contact", entityId: 7, before: row(1, "a"), after: row(2, "b") },
    ];
    const offers = restoreOffers(entries, new Map([["contact:7", 3]]));
    expect(offers.get(8)).toEqual([
      { auditId: 8, side: "after", version: 2 },
      { auditId: 8, side: "before", version: 1 },
    ]);
    expect(offers.get(9)).toBeUndefined();
    const older = restoreOffers([entries[1]!], new Map([["contact:7", 2]]));
    expect(older.get(8)).toEqual([{ auditId: 8, side: "before", version: 1 }]);
  });

  it("offers nothing for record types that cannot be restored", () => {
    const entries = [{ id: 1, entityType: "user", entityId: 7, before: row(1, "a"), after: row(2, "b") }];
    expect(restoreOffers(entries, new Map([["user:7", 3]])).size).toBe(0);
  });
});

describe("restore values", () => {
  it("changes only restorable fields the snapshot holds", () => {
    expect(restoreChanges("partnership", { ...row(1, "a"), ourLocalityId: 5 }, { ...row(3, "c"), ourLocalityId: 6 })).toEqual(["notes"]);
  });

  it("writes and reads a restore's summary, and ignores other summaries", () => {
    expect(readRestoreSummary(restoreSummary({ restoredVersion: 2, fromAudit: 9 }))).toEqual({ restoredVersion: 2, fromAudit: 9 });
    expect(readRestoreSummary('{"from":1,"into":2}')).toBeNull();
    expect(readRestoreSummary("partnerships")).toBeNull();
  });
});
