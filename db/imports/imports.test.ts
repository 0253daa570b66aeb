import { describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import iconv from "iconv-lite";
import { auditLog, evaluations, localities, partnershipStatusHistory, partnerships } from "@/db/schema";
import { getCampaignResults } from "@/db/queries/evaluations-results";
import { addUser, createTestDb } from "@/test/test-db";
import { addPlaces } from "@/test/fixtures/places";
import { xlsxBytes } from "@/test/fixtures/import/workbooks";
import type { Viewer } from "@/lib/auth/viewer";
import type { Db } from "@/db/connection";
import { readTable } from "@/lib/import/read/read-table";
import { createDraft, discardDraft } from "./drafts";
import { listImports } from "@/db/queries/imports";
import { initialMapping } from "./initial-mapping";
import { commitImport, previewImport, type Progress } from "./run";
import { undoBlockers, undoImport } from "./undo";
import { createPartnership } from "@/db/mutations/partnerships";
import type { ImportKind } from "@/lib/import/fields";

function setup() {
  const db = createTestDb();
  const places = addPlaces(db, "tianjin", "qingdao", "kobe", "incheon");
  return {
    db,
    ...places,
    admin: addUser(db, "national_admin"),
    shandong: addUser(db, "province_admin", { provinceCode: "SD" }),
    tianjinStaff: addUser(db, "city_staff", { localityId: places.tianjin, provinceCode: "TJ" }),
  };
}

async function upload(db: Db, viewer: Viewer, kind: ImportKind, name: string, bytes: Uint8Array) {
  const table = await readTable({ name, bytes });
  const options = {
    encoding: table.encoding ?? undefined,
    delimiter: table.delimiter ?? undefined,
    sheet: table.sheet ?? undefined,
    headerRow: table.headerRow,
  };
  return createDraft(db, viewer, { kind, fileName: name, bytes, options, mapping: initialMapping(db, viewer.id, kind, table.headers) });
}

const version = (db: Db, id: number) =>
  (db.$client.prepare("select version from imports where id = ?").get(id) as { version: number }).version;
const campaignTitle = (year: number) => `${year} imported`;
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("partnership import", () => {
  it("reads a GBK CSV with Chinese headers, matches the directory in any script, dedupes a pair in either order, and commits all at once", async () => {
    const s = setup();
    const csv = [
      "中方城市,省份,外方城市,国家,缔结时间,类型",
      "天津市,天津,神戸市,日本,1973年6月24日,友好城市", // existing names in local script
      "Tianjin,,Incheon,Republic of Korea,1993/12/7,sister city", // romanised
      "Tianjin,,Kobe,Japan,,", // the same pair as line 2, romanised
      "烟台市,山东省,下关市,日本,1981.9.26,友好城市", // both new: created
      "成都市,,Busan,South Korea,,", // new Chinese city without a province: refused
      "天津市,天津,大阪市,Narnia,2000-01-01,", // unknown country
    ].join("\r\n");
    const id = await upload(s.db, s.admin, "partnerships", "友城.csv", iconv.encode(csv, "gbk"));
    const preview = await previewImport(s.db, s.admin, id);
    expect(preview.counts).toEqual({ rows: 6, create: 3, update: 0, match: 1, fail: 2 });
    const byLine = new Map(preview.rows.map((r) => [r.line, r]));
    expect(byLine.get(4)!.note).toMatchObject({ key: "sameAsLine", values: { line: 2 } });
    expect(byLine.get(6)!.problems).toEqual([expect.objectContaining({ field: "ourProvince", key: "provinceNeeded" })]);
    expect(byLine.get(7)!.problems).toEqual([expect.objectContaining({ field: "partnerCountry", key: "unrecognised", cell: "Narnia" })]);
    expect(preview.unrecognised).toEqual([expect.objectContaining({ field: "partnerCountry", value: "Narnia", lines: [7] })]);
    expect(preview.newLocalities).toBe(2);
    expect(s.db.select().from(partnerships).all()).toHaveLength(0); // nothing written by a preview

    await expect(commitImport(s.db, s.admin, id, { version: version(s.db, id), skipFailures: false, campaignTitle })).rejects.toMatchObject(
      {
        code: "importHasFailures",
      },
    );
    const result = await commitImport(s.db, s.admin, id, { version: version(s.db, id), skipFailures: true, campaignTitle });
    expect(result.applied.created).toEqual({ locality: 2, partnership: 3 });
    const pairs = s.db.select().from(partnerships).all();
    expect(pairs).toHaveLength(3);
    expect(pairs.find((p) => p.ourLocalityId === s.tianjin && p.partnerLocalityId === s.kobe)?.signedOn).toBe("1973-06-24");
    const yantai = s.db.select().from(localities).where(eq(localities.nameLocal, "烟台市")).get()!;
    expect(yantai).toMatchObject({ countryCode: "CN", provinceCode: "SD", level: "prefecture" });
    const events = s.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "import"), eq(auditLog.action, "import")))
      .all();
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toMatchObject({ counts: { create: 3 }, created: { partnership: 3, locality: 2 } });
  });

  it("takes a world list's pairs in either order: the Chinese city is ours wherever it stands", async () => {
    const s = setup();
    const csv =
      "city1,country1,lat1,lng1,city2,country2,lat2,lng2\nKobe,Japan,34.69,135.19,Tianjin,China,39.13,117.2\nTianjin,China,39.13,117.2,Kobe,Japan,34.69,135.19\nKobe,Japan,34.69,135.19,Incheon,South Korea,37.45,126.7\n";
    const id = await upload(s.db, s.admin, "partnerships", "world.csv", utf8(csv));
    const preview = await previewImport(s.db, s.admin, id);
    expect(preview.rows.map((r) => r.outcome)).toEqual(["create", "match", "fail"]);
    expect(preview.rows[2]!.problems[0]).toMatchObject({ key: "notChinese" });
  });

  it("refuses a city's staff the rows of another locality, and a province administrator rows outside the province", async () => {
    const s = setup();
    const csv = "our city,province,partner city,country\n天津市,TJ,神戸市,JP\n青岛市,SD,Incheon,KR\n";
    const staffImport = await upload(s.db, s.tianjinStaff, "partnerships", "pairs.csv", utf8(csv));
    const staff = await previewImport(s.db, s.tianjinStaff, staffImport);
    expect(staff.rows.map((r) => r.outcome)).toEqual(["create", "fail"]);
    expect(staff.rows[1]!.problems[0]).toMatchObject({ key: "outsideScope" });
    const provinceImport = await upload(s.db, s.shandong, "partnerships", "pairs.csv", utf8(csv));
    const province = await previewImport(s.db, s.shandong, provinceImport);
    expect(province.rows.map((r) => r.outcome)).toEqual(["fail", "create"]);
  });

  it("reads an XLSX with a title row, and an update shows the fields it changes; an undo puts everything back", async () => {
    const s = setup();
    const existing = s.db
      .insert(partnerships)
      .values({ ourLocalityId: s.tianjin, partnerLocalityId: s.kobe, signedOn: "1973-06-24" })
      .returning()
      .get();
    const bytes = await xlsxBytes({
      友城: [
        ["天津市友好城市一览"],
        ["友好城市", "中方城市", "国家", "缔结日期", "备注"],
        ["神戸市", "天津市", "日本", "1973-06-24", "首对中日友城"],
        ["仁川广域市", "天津市", "韩国", "1993-12-07", ""],
      ],
    });
    const id = await upload(s.db, s.admin, "partnerships", "tianjin.xlsx", bytes);
    const preview = await previewImport(s.db, s.admin, id);
    expect(preview.rows.map((r) => r.outcome)).toEqual(["update", "create"]);
    expect(preview.rows[0]!.changes).toEqual([{ field: "notes", before: null, after: "首对中日友城" }]);
    await commitImport(s.db, s.admin, id, { version: version(s.db, id), skipFailures: false, campaignTitle });
    expect(s.db.select().from(partnerships).where(eq(partnerships.id, existing.id)).get()!.notes).toBe("首对中日友城");
    expect(undoBlockers(s.db, id)).toEqual([]);
    undoImport(s.db, s.admin, id, version(s.db, id));
    expect(s.db.select().from(partnerships).where(eq(partnerships.id, existing.id)).get()!.notes).toBeNull();
    expect(s.db.select().from(partnerships).where(isNull(partnerships.archivedAt)).all()).toHaveLength(1);
  });

  it("will not undo an import whose records were edited since, and says which", async () => {
    const s = setup();
    const id = await upload(s.db, s.admin, "partnerships", "p.csv", utf8("our city,partner city,country\n天津市,Kobe,Japan\n"));
    await previewImport(s.db, s.admin, id);
    await commitImport(s.db, s.admin, id, { version: version(s.db, id), skipFailures: false, campaignTitle });
    const created = s.db.select().from(partnerships).get()!;
    s.db
      .update(partnerships)
      .set({ notes: "edited", version: created.version + 1 })
      .where(eq(partnerships.id, created.id))
      .run();
    expect(undoBlockers(s.db, id)).toEqual([{ entityType: "partnership", entityId: created.id, reason: "edited" }]);
    expect(() => undoImport(s.db, s.admin, id, version(s.db, id))).toThrow(expect.objectContaining({ code: "importUndoBlocked" }));
  });
});

describe("drafts", () => {
  it("are discarded by their uploader only: the file goes, the history no longer lists it, and the log says so", async () => {
    const s = setup();
    const id = await upload(s.db, s.tianjinStaff, "partnerships", "p.csv", utf8("our city,partner city,country\n天津市,Kobe,Japan\n"));
    expect(() => discardDraft(s.db, s.admin, id, 1)).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(listImports(s.db, s.tianjinStaff).map((r) => r.id)).toEqual([id]);
    discardDraft(s.db, s.tianjinStaff, id, 1);
    expect(listImports(s.db, s.tianjinStaff)).toEqual([]);
    expect(s.db.$client.prepare("select file_bytes from imports where id = ?").get(id)).toEqual({ file_bytes: null });
    expect(s.db.select().from(auditLog).where(eq(auditLog.entityType, "import")).all()).toEqual([
      expect.objectContaining({ action: "create", entityId: id, after: expect.objectContaining({ fileName: "p.csv", fileBytes: null }) }),
      expect.objectContaining({ action: "archive", entityId: id }),
    ]);
  });
});

describe("commit", () => {
  it("plans again inside its transaction when someone changed the registry while it was planning", async () => {
    const s = setup();
    const id = await upload(s.db, s.admin, "partnerships", "p.csv", utf8("our city,partner city,country\n天津市,Kobe,Japan\n"));
    await previewImport(s.db, s.admin, id);
    let written = false;
    const meanwhile = (p: Progress) => {
      if (written || p.phase !== "match") return;
      written = true;
      createPartnership(s.db, s.tianjinStaff, {
        ourLocalityId: s.tianjin,
        partnerLocalityId: s.kobe,
        type: "sister",
        level: "city",
        signedOn: null,
        signatories: null,
        agreementLocation: null,
        notes: null,
      });
    };
    // Planned before the other save, the row would create the pair a second time; planned again, it is already there.
    await expect(
      commitImport(s.db, s.admin, id, { version: version(s.db, id), skipFailures: false, campaignTitle }, meanwhile),
    ).rejects.toMatchObject({
      code: "importNothingToWrite",
    });
    expect(written).toBe(true);
    expect(s.db.select().from(partnerships).all()).toHaveLength(1);
  });
});

describe("evaluation import", () => {
  it("turns a past year's answers into approved evaluations of a closed campaign, feeding the status history and the results", async () => {
    const s = setup();
    const pair = s.db.insert(partnerships).values({ ourLocalityId: s.tianjin, partnerLocalityId: s.kobe }).returning().get();
    const csv = [
      "友好城市,年份,交往状态,交往趋势,缔结目的,最频繁活动",
      "天津市–神戸市,2016,很好,快速增加,扩大对外交流、经贸合作,官方互访",
      "天津市–首尔,2016,良好,,,",
    ].join("\n");
    const id = await upload(s.db, s.admin, "evaluations", "2016.csv", utf8(csv));
    const preview = await previewImport(s.db, s.admin, id);
    expect(preview.rows.map((r) => r.outcome)).toEqual(["create", "fail"]);
    expect(preview.rows[1]!.problems[0]).toMatchObject({ key: "pairNotFound" });
    await commitImport(s.db, s.admin, id, { version: version(s.db, id), skipFailures: true, campaignTitle });
    const evaluation = s.db.select().from(evaluations).get()!;
    expect(evaluation).toMatchObject({
      state: "approved",
      status: "very_good",
      trend: "rising_fast",
      importId: id,
      mostFrequentCategory: "official_visit",
    });
    expect(evaluation.purposes).toEqual(["widen_external_exchanges", "economic_trade_foundation"]);
    const history = s.db
      .select()
      .from(partnershipStatusHistory)
      .where(and(eq(partnershipStatusHistory.partnershipId, pair.id), eq(partnershipStatusHistory.year, 2016)))
      .get();
    expect(history).toMatchObject({ status: "very_good", source: "import", evaluationId: evaluation.id });
    expect(s.db.select().from(partnerships).where(eq(partnerships.id, pair.id)).get()!.status).toBe("very_good");
    const results = getCampaignResults(s.db, s.admin, evaluation.campaignId, {});
    expect(results.answered).toBe(1);
    undoImport(s.db, s.admin, id, version(s.db, id));
    expect(getCampaignResults(s.db, s.admin, evaluation.campaignId, {}).answered).toBe(0);
    expect(s.db.select().from(partnershipStatusHistory).all()).toHaveLength(0);
    expect(s.db.select().from(partnerships).where(eq(partnerships.id, pair.id)).get()!.status).toBeNull();
  });
});
