import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { detectEncoding, IMPORT_ENCODINGS } from "./detect-encoding";

const ZH_HANS =
  "友好城市,缔结时间,国家,省份\n天津市,2013-05-01,日本,天津\n神户市,1973-06-24,日本,兵库县\n仁川广域市,1993-12-07,韩国,京畿道\n";
const ZH_HANT = "友好城市,締結時間,國家\n臺北市,2013-05-01,日本\n神戶市,1973-06-24,日本\n高雄市,1993-12-07,韓國\n";
const JA = "友好都市,提携日,国\n神戸市,1973-06-24,日本\n横浜市,1973-11-22,日本\n大阪市,1974-04-18,日本\n";
const KO = "자매도시,체결일,국가\n인천광역시,1993-12-07,대한민국\n부산광역시,1993-08-24,대한민국\n서울특별시,1993-04-14,대한민국\n";

describe("detectEncoding", () => {
  it.each([
    ["gbk", ZH_HANS, "gb18030"],
    ["gb18030", ZH_HANS, "gb18030"],
    ["big5", ZH_HANT, "big5"],
    ["shift_jis", JA, "shift_jis"],
    ["euc-kr", KO, "euc-kr"],
  ])("tells %s text (decoding it as %s gives the text back)", (encoding, text, expected) => {
    const bytes = iconv.encode(text, encoding);
    const detected = detectEncoding(bytes);
    expect(detected).toBe(expected);
    expect(new TextDecoder(detected).decode(bytes)).toBe(text);
  });

  it("decodes GBK-only files as GB18030, its superset (€ and the 2-byte range)", () => {
    const text = "城市,国家,备注\n天津市,日本,欢迎光临 €\n".repeat(3);
    const bytes = iconv.encode(text, "gbk");
    expect(new TextDecoder(detectEncoding(bytes)).decode(bytes)).toBe(text);
  });

  it("reads the byte-order mark first", () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ZH_HANS)]);
    expect(detectEncoding(utf8)).toBe("utf-8");
    expect(detectEncoding(iconv.encode(ZH_HANS, "utf-16le", { addBOM: true }))).toBe("utf-16le");
    expect(detectEncoding(iconv.encode(ZH_HANS, "utf-16be", { addBOM: true }))).toBe("utf-16be");
  });

  it("takes valid UTF-8 without a mark as UTF-8, Chinese, Japanese, Korean and plain ASCII alike", () => {
    for (const text of [ZH_HANS, JA, KO, "city,country\nBerat,Albania\n"]) expect(detectEncoding(Buffer.from(text))).toBe("utf-8");
  });

  it("falls back on a single-byte Western encoding for accented Latin text", () => {
    const text = "ville,pays\nSão Paulo,Brésil\nZürich,Suisse\nMálaga,España\nKraków,Pologne\n";
    const bytes = iconv.encode(text, "windows-1252");
    expect(new TextDecoder(detectEncoding(bytes)).decode(bytes)).toBe(text);
  });

  it("offers only encodings Node's TextDecoder knows", () => {
    for (const encoding of IMPORT_ENCODINGS) expect(() => new TextDecoder(encoding)).not.toThrow();
  });
});
