import { describe, expect, it } from "vitest";
import { auditDiff, formatAuditValue, type ValueFormatters } from "./audit-diff";

describe("auditDiff", () => {
  it("lists only the changed fields of an update, without bookkeeping", () => {
    const before = { name: "A", email: "a@x.org", version: 1, updatedAt: "2026-01-01T00:00:00.000Z", active: true };
    const after = { name: "B", email: "a@x.org", version: 2, updatedAt: "2026-01-02T00:00:00.000Z", active: false };
    expect(auditDiff(before, after)).toEqual([
      { field: "name", before: "A", after: "B", changed: true },
      { field: "active", before: true, after: false, changed: true },
    ]);
  });

  it("lists every set field of a creation", () => {
    expect(auditDiff(null, { name: "A", localityId: null, role: "viewer" }).map((r) => r.field)).toEqual(["name", "role"]);
  });

  it("treats a missing and a null value alike", () => {
    expect(auditDiff({ a: null }, { b: undefined })).toEqual([]);
  });
});

describe("formatAuditValue", () => {
  const f: ValueFormatters = {
    empty: "—",
    yes: "Yes",
    no: "No",
    dateTime: (d) => d.toISOString().slice(0, 10),
    enumLabel: (field, value) => (field === "role" ? `role:${value}` : undefined),
  };
  it("names enumerations, formats dates and booleans, and marks empty values", () => {
    expect(formatAuditValue("role", "viewer", f)).toBe("role:viewer");
    expect(formatAuditValue("name", "viewer", f)).toBe("viewer");
    expect(formatAuditValue("passwordChangedAt", "2026-03-04T05:06:07.000Z", f)).toBe("2026-03-04");
    expect(formatAuditValue("active", false, f)).toBe("No");
    expect(formatAuditValue("provinceCode", null, f)).toBe("—");
    expect(formatAuditValue("tags", ["a"], f)).toBe('["a"]');
  });
});
