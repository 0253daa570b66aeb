import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedDemoRegistry } from "@/db/seed/demo-registry";
import { createRandom } from "@/db/seed/random";
import { seedReference } from "@/db/seed/reference";
import { readTable } from "@/lib/import/read/read-table";
import { addUser } from "@/test/test-db";
import { openDatabase } from "@/db/connection";
import os from "node:os";
import { createDraft } from "./drafts";
import { initialMapping } from "./initial-mapping";
import { previewImport } from "./run";

/*
 * The whole world list (25,917 pairs, every country) previewed against the demo registry, which
 * holds its Chinese pairs: each is found again, in whichever order the file names it, and every
 * other row is left out with its reason. The counts are exact.
 */
describe("the world file", () => {
  it("previews all 25,917 rows with exact counts", { timeout: 120_000 }, async () => {
    const db = openDatabase(path.join(fs.mkdtempSync(path.join(os.tmpdir(), "amity-world-")), "world.db"));
    seedReference(db);
    seedDemoRegistry(db, createRandom(20181));
    const admin = addUser(db, "national_admin");
    const bytes = fs.readFileSync(path.join(process.cwd(), "test/fixtures/import/twin-cities-world.csv"));
    const table = await readTable({ name: "twin-cities-world.csv", bytes });
    expect(table.rows).toHaveLength(25_917);
    const mapping = initialMapping(db, admin.id, "partnerships", table.headers);
    expect(mapping).toEqual({
      ourName: 0,
      ourCountry: 1,
      ourLatitude: 2,
      ourLongitude: 3,
      partnerName: 4,
      partnerCountry: 5,
      partnerLatitude: 6,
      partnerLongitude: 7,
    });
    const id = createDraft(db, admin, { kind: "partnerships", fileName: "twin-cities-world.csv", bytes, options: {}, mapping });
    const preview = await previewImport(db, admin, id);
    expect(preview.counts).toEqual({ rows: 25_917, create: 0, update: 0, match: 1_878, fail: 24_039 });
    const reasons: Record<string, number> = {};
    for (const row of preview.rows) for (const p of row.problems) reasons[p.key] = (reasons[p.key] ?? 0) + 1;
    // Neither side Chinese; two demo places of one name (the seed's duplicate 台州市); a new Chinese city
    // without its province; the 5 rows whose source put the country into the city cell.
    expect(reasons).toEqual({ notChinese: 24_006, ambiguous: 23, provinceNeeded: 5, required: 5 });
    expect(preview.unrecognised).toEqual([]);
  });
});
