import { describe, expect, it } from "vitest";
import enumsEn from "@/messages/en/enums.json";
import enumsZh from "@/messages/zh-CN/enums.json";
import reportsEn from "@/messages/en/reports.json";
import reportsZh from "@/messages/zh-CN/reports.json";
import { partnerships } from "@/db/schema";
import { partnershipExportQuery, partnershipExportSelection } from "@/db/queries/exports/partnerships";
import { iterateRows } from "@/db/queries/exports/reader";
import type { Labels } from "@/lib/exports/columns/labels";
import { partnershipColumns } from "@/lib/exports/columns/registry";
import { csvDocument } from "@/lib/exports/csv-format";
import { LOCALES, type Locale } from "@/lib/domain/enums";
import { parseListParams } from "@/lib/validation/list-params";
import { partnershipListSchema } from "@/lib/validation/partnership-list";
import { readTable } from "@/lib/import/read/read-table";
import { addLocality, addUser, createTestDb } from "@/test/test-db";
import { addPlaces } from "@/test/fixtures/places";
import { createDraft } from "./drafts";
import { initialMapping } from "./initial-mapping";
import { previewImport } from "./run";

const MESSAGES = { en: { enums: enumsEn, reports: reportsEn }, "zh-CN": { enums: enumsZh, reports: reportsZh } } as const;

/** The export's own labels, read from the message files as the app reads them. */
function labels(locale: Locale): Labels {
  const m = MESSAGES[locale];
  return {
    zh: locale === "zh-CN",
    header: (key) => (m.reports.columns as Record<string, string>)[key] ?? key,
    enumLabel: (group, value) =>
      value ? ((m.enums as unknown as Record<string, Record<string, string>>)[group]?.[String(value)] ?? String(value)) : "",
  };
}

describe("export → import", () => {
  for (const locale of LOCALES) {
    it(`the partnership export (${locale}) imports back with zero changes`, async () => {
      const db = createTestDb();
      const { tianjin, qingdao, kobe, incheon } = addPlaces(db, "tianjin", "qingdao", "kobe", "incheon");
      const osaka = addLocality(db, { nameLocal: "大阪府", nameRomanised: "Osaka", countryCode: "JP", level: "province" });
      db.insert(partnerships)
        .values([
          { ourLocalityId: tianjin, partnerLocalityId: kobe, signedOn: "1973-06-24", status: "very_good" },
          { ourLocalityId: tianjin, partnerLocalityId: incheon, type: "friendship_exchange", status: "maintaining_contact" },
          { ourLocalityId: qingdao, partnerLocalityId: osaka, level: "province_state", signedOn: "1993-12-07", status: "suspended" },
        ])
        .run();
      const admin = addUser(db, "national_admin");
      const params = parseListParams(partnershipListSchema, { pageSize: "1000" });
      const columns = partnershipColumns(labels(locale));
      const rows = [
        ...iterateRows(db.$client, partnershipExportQuery(db, { ...params }, { locale, today: "2026-06-15" }), partnershipExportSelection),
      ];
      expect(rows).toHaveLength(3);
      const csv = csvDocument([columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => c.value(r as never)))]);
      const bytes = new TextEncoder().encode(csv);
      const table = await readTable({ name: "export.csv", bytes });
      const mapping = initialMapping(db, admin.id, "partnerships", table.headers);
      expect(Object.keys(mapping)).toEqual(
        expect.arrayContaining(["id", "ourName", "partnerName", "partnerCountry", "type", "level", "signedOn", "status"]),
      );
      const id = createDraft(db, admin, { kind: "partnerships", fileName: "export.csv", bytes, options: {}, mapping });
      const preview = await previewImport(db, admin, id);
      expect(preview.counts).toEqual({ rows: 3, create: 0, update: 0, match: 3, fail: 0 });
    });
  }
});
