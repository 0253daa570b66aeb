import { describe, expect, it } from "vitest";
import { auditSnapshotForReader, contactForReader, historyForReader, historyLabelsForReader } from "./contact-privacy";

const contact = {
  id: 1,
  side: "ours",
  office: "Foreign Affairs Office",
  role: "Director",
  personName: "Li Hua",
  email: "li@example.cn",
  phone: "+86 22 1",
  languages: "English",
};

describe("contact privacy", () => {
  it("keeps the whole contact for its own office", () => {
    expect(contactForReader(contact, true)).toEqual(contact);
  });

  it("keeps side, office and role only for other readers", () => {
    expect(contactForReader(contact, false)).toEqual({
      id: 1,
      side: "ours",
      office: "Foreign Affairs Office",
      role: "Director",
      personName: null,
      email: null,
      phone: null,
      languages: null,
    });
  });

  it("drops personal fields from an audit snapshot for other readers", () => {
    expect(auditSnapshotForReader(contact, false)).toEqual({ id: 1, side: "ours", office: "Foreign Affairs Office", role: "Director" });
    expect(auditSnapshotForReader(contact, true)).toBe(contact);
    expect(auditSnapshotForReader(null, false)).toBeNull();
  });
});

describe("a partnership's history read by another office", () => {
  const entries = [
    { entityType: "contact", before: null, after: { personName: "Li Hua", email: "li@example.cn", office: "FAO" } },
    { entityType: "partnership", before: { notes: "a" }, after: { notes: "b" } },
  ];

  it("drops contacts' personal fields, and names contacts by their office", () => {
    expect(historyForReader(entries, false)).toEqual([
      { entityType: "contact", before: null, after: { office: "FAO" } },
      { entityType: "partnership", before: { notes: "a" }, after: { notes: "b" } },
    ]);
    const labels = new Map([
      ["contact:1", { name: "Li Hua", detail: "FAO", href: "/contacts/1" }],
      ["partnership:2", { name: "A – B", detail: null, href: "/partnerships/2" }],
    ]);
    expect([...historyLabelsForReader(labels, false).values()].map((l) => l.name)).toEqual(["FAO", "A – B"]);
    expect(historyForReader(entries, true)).toBe(entries);
    expect(historyLabelsForReader(labels, true)).toBe(labels);
  });
});
