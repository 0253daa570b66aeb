import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { countryNames, parseCountry } from "./countries";

const SPELLINGS: [string, string][] = [
  ["England", "GB"],
  ["Scotland", "GB"],
  ["Wales", "GB"],
  ["Northern Ireland", "GB"],
  ["UK", "GB"],
  ["U.K.", "GB"],
  ["Great Britain", "GB"],
  ["Britain", "GB"],
  ["United Kingdom of Great Britain and Northern Ireland", "GB"],
  ["英国", "GB"],
  ["South Korea", "KR"],
  ["Republic of Korea", "KR"],
  ["Korea, South", "KR"],
  ["Korea (South)", "KR"],
  ["Korea, Republic of", "KR"],
  ["ROK", "KR"],
  ["S. Korea", "KR"],
  ["韩国", "KR"],
  ["韓國", "KR"],
  ["南韩", "KR"],
  ["大韩民国", "KR"],
  ["한국", "KR"],
  ["대한민국", "KR"],
  ["KOR", "KR"],
  ["North Korea", "KP"],
  ["DPRK", "KP"],
  ["Korea, North", "KP"],
  ["朝鲜", "KP"],
  ["USA", "US"],
  ["U.S.", "US"],
  ["U.S.A.", "US"],
  ["United States of America", "US"],
  ["America", "US"],
  ["美国", "US"],
  ["美利坚合众国", "US"],
  ["Japan", "JP"],
  ["日本", "JP"],
  ["日本国", "JP"],
  ["Nippon", "JP"],
  ["JPN", "JP"],
  ["jp", "JP"],
  ["ＪＰ", "JP"],
  ["PRC", "CN"],
  ["People's Republic of China", "CN"],
  ["中国", "CN"],
  ["中华人民共和国", "CN"],
  ["Mainland China", "CN"],
  ["Russia", "RU"],
  ["Russian Federation", "RU"],
  ["Россия", "RU"],
  ["Czech Republic", "CZ"],
  ["Czechia", "CZ"],
  ["Holland", "NL"],
  ["The Netherlands", "NL"],
  ["the netherlands", "NL"],
  ["Ivory Coast", "CI"],
  ["Côte d'Ivoire", "CI"],
  ["Cote d’Ivoire", "CI"],
  ["Viet Nam", "VN"],
  ["Burma", "MM"],
  ["Macau", "MO"],
  ["Macao", "MO"],
  ["Hong Kong", "HK"],
  ["Taiwan", "TW"],
  ["中国台湾", "TW"],
  ["Türkiye", "TR"],
  ["Turkey", "TR"],
  ["Iran, Islamic Republic of", "IR"],
  ["Lao PDR", "LA"],
  ["Republic of the Congo", "CG"],
  ["Congo-Brazzaville", "CG"],
  ["DR Congo", "CD"],
  ["Democratic Republic of the Congo", "CD"],
  ["Réunion, France", "FR"],
  ["Brandenburg, Germany", "DE"],
  ["Georgia (country)", "GE"],
  ["in Italy", "IT"],
  ["Island", "IS"],
  ["Allemagne", "DE"],
  ["Deutschland", "DE"],
  ["ドイツ", "DE"],
  ["독일", "DE"],
  ["德國", "DE"],
  ["意大利", "IT"],
  ["義大利", "IT"],
  ["España", "ES"],
  ["espana", "ES"],
  ["  France  ", "FR"],
  ["FRA", "FR"],
  ["Republic of Chile", "CL"],
  ["Federal Democratic Republic of Ethiopia", "ET"],
  ["Palestine, State of", "PS"],
  ["Congo, The Democratic Republic of the", "CD"],
  ["Virgin Islands, U.S.", "VI"],
  ["St. Lucia", "LC"],
  ["Bosnia & Herzegovina", "BA"],
];

describe("parseCountry", () => {
  it.each(SPELLINGS)("%s → %s", (text, code) => {
    expect(parseCountry(text)).toBe(code);
  });

  it("returns null for what is not a country", () => {
    for (const text of ["", "   ", "Atlantis", "Varna, Mars", "xx", "城市"]) expect(parseCountry(text), text).toBeNull();
  });

  it("reads every country string of the world file", () => {
    const csv = fs.readFileSync(path.join(process.cwd(), "test/fixtures/import/twin-cities-world.csv"), "utf8");
    const rows: Record<string, string>[] = parse(csv, { columns: true, skip_empty_lines: true });
    const strings = new Set(rows.flatMap((r) => [r.country1!, r.country2!]).filter((s) => s.trim()));
    const unresolved = [...strings].filter((s) => parseCountry(s) === null);
    expect(unresolved).toEqual([]);
    expect(strings.size).toBe(237);
    // Spot checks where a wrong guess would be easy.
    expect(parseCountry("Congo")).toBe("CG");
    expect(parseCountry("Georgia")).toBe("GE");
    expect(parseCountry("Northern Ireland, United Kingdom")).toBe("GB");
    expect(parseCountry("Kosovo")).toBe("XK");
    expect(parseCountry("West Bank")).toBe("PS");
  });
});

describe("countryNames", () => {
  it("names a country in English and Chinese", () => {
    expect(countryNames("KR")).toEqual({ nameEn: "South Korea", nameZh: "韩国" });
    expect(countryNames("DE")).toEqual({ nameEn: "Germany", nameZh: "德国" });
  });
});
