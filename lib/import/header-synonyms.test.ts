import { describe, expect, it } from "vitest";
import reportsEn from "@/messages/en/reports.json";
import reportsZh from "@/messages/zh-CN/reports.json";
import { guessMapping } from "./header-synonyms";

const EXPORT_COLUMNS = [
  "id",
  "ourLocality",
  "ourRomanised",
  "province",
  "region",
  "partner",
  "partnerZh",
  "partnerRomanised",
  "partnerState",
  "country",
  "countryCode",
  "type",
  "level",
  "signedOn",
  "status",
  "lastActivity",
  "activities12m",
] as const;

describe("guessMapping: partnerships", () => {
  it.each([
    ["en", reportsEn.columns],
    ["zh-CN", reportsZh.columns],
  ] as const)("maps our own export's headers back (%s)", (_, labels) => {
    const headers = EXPORT_COLUMNS.map((c) => labels[c]);
    const at = (c: (typeof EXPORT_COLUMNS)[number]) => EXPORT_COLUMNS.indexOf(c);
    expect(guessMapping("partnerships", headers)).toEqual({
      id: at("id"),
      ourName: at("ourLocality"),
      ourNameRomanised: at("ourRomanised"),
      ourProvince: at("province"),
      partnerName: at("partner"),
      partnerNameZh: at("partnerZh"),
      partnerNameRomanised: at("partnerRomanised"),
      partnerState: at("partnerState"),
      partnerCountry: at("countryCode"),
      type: at("type"),
      level: at("level"),
      signedOn: at("signedOn"),
      status: at("status"),
    });
  });

  it("takes the country name when the export's code column is missing", () => {
    const headers = [reportsZh.columns.ourLocality, reportsZh.columns.partner, reportsZh.columns.country];
    expect(guessMapping("partnerships", headers)).toEqual({ ourName: 0, partnerName: 1, partnerCountry: 2 });
  });

  it("maps the world file's headers", () => {
    expect(guessMapping("partnerships", ["city1", "country1", "lat1", "lng1", "city2", "country2", "lat2", "lng2"])).toEqual({
      ourName: 0,
      ourCountry: 1,
      ourLatitude: 2,
      ourLongitude: 3,
      partnerName: 4,
      partnerCountry: 5,
      partnerLatitude: 6,
      partnerLongitude: 7,
    });
  });

  it("maps an office's Chinese headers", () => {
    const headers = ["序号", "省份", "中方城市", "外方城市", "国家", "缔结时间", "类型", "级别", "交往状态", "备注"];
    expect(guessMapping("partnerships", headers)).toEqual({
      ourProvince: 1,
      ourName: 2,
      partnerName: 3,
      partnerCountry: 4,
      signedOn: 5,
      type: 6,
      level: 7,
      status: 8,
      notes: 9,
    });
    expect(guessMapping("partnerships", ["城市", "友好城市", "所在国", "结好时间", "现状"])).toEqual({
      ourName: 0,
      partnerName: 1,
      partnerCountry: 2,
      signedOn: 3,
      status: 4,
    });
    expect(guessMapping("partnerships", ["我方城市名称", "友城（英文）", "外方城市中文名", "所属省份", "签约日期"])).toEqual({
      ourName: 0,
      partnerNameRomanised: 1,
      partnerNameZh: 2,
      ourProvince: 3,
      signedOn: 4,
    });
  });

  it("maps English headers", () => {
    const headers = ["Chinese city", "Province", "Sister city", "Country", "Date signed", "Status", "Notes", "Latitude", "Longitude"];
    expect(guessMapping("partnerships", headers)).toEqual({
      ourName: 0,
      ourProvince: 1,
      partnerName: 2,
      partnerCountry: 3,
      signedOn: 4,
      status: 5,
      notes: 6,
      partnerLatitude: 7,
      partnerLongitude: 8,
    });
    expect(guessMapping("partnerships", ["City", "Twin town", "Country", "Signing date"])).toEqual({
      ourName: 0,
      partnerName: 1,
      partnerCountry: 2,
      signedOn: 3,
    });
  });

  it("leaves unknown headers and 'Record ID' unmapped, and gives a field one column", () => {
    expect(guessMapping("partnerships", ["Record ID", "Population", "Mayor"])).toEqual({});
    expect(guessMapping("partnerships", ["国家", "国家"])).toEqual({ partnerCountry: 0 });
  });

  it("takes extra names per field (the interface's own labels)", () => {
    expect(guessMapping("partnerships", ["我方名称"], { ourName: ["我方名称"] })).toEqual({ ourName: 0 });
  });
});

describe("guessMapping: activities", () => {
  it("maps Chinese headers", () => {
    const headers = ["活动日期", "结束日期", "活动名称", "活动类型", "友好城市", "中方人数", "外方人数", "活动内容"];
    expect(guessMapping("activities", headers)).toEqual({
      startDate: 0,
      endDate: 1,
      title: 2,
      category: 3,
      pairs: 4,
      participantsOurs: 5,
      participantsPartner: 6,
      description: 7,
    });
  });

  it("maps English headers", () => {
    expect(
      guessMapping("activities", ["Start date", "End date", "Title", "Category", "Partnership", "Participants", "Description"]),
    ).toEqual({
      startDate: 0,
      endDate: 1,
      title: 2,
      category: 3,
      pairs: 4,
      participantsOurs: 5,
      description: 6,
    });
  });
});

describe("guessMapping: evaluations", () => {
  it("maps a questionnaire sheet with one column per purpose", () => {
    const headers = [
      "友好城市",
      "年度",
      "交往状态",
      "交往趋势",
      "扩大对外交流",
      "学习城市建设经验",
      "促进文化科教",
      "经贸合作",
      "填补地区空白",
      "特色产业合作",
      "最频繁活动",
      "政治紧张影响",
      "主要成果",
      "存在问题",
      "下一步计划",
    ];
    expect(guessMapping("evaluations", headers)).toEqual({
      pairs: 0,
      year: 1,
      status: 2,
      trend: 3,
      purposeWidenExchanges: 4,
      purposeLearnUrbanDevelopment: 5,
      purposeCultureScienceEducation: 6,
      purposeEconomicTrade: 7,
      purposeFillRegionalGap: 8,
      purposeSpecialtyIndustry: 9,
      mostFrequentCategory: 10,
      politicalEffect: 11,
      achievements: 12,
      problems: 13,
      plans: 14,
    });
  });

  it("maps English headers with purposes in one cell and the sides apart", () => {
    const headers = [
      "Our city",
      "Partner city",
      "Year",
      "Status",
      "Trend",
      "Purposes",
      "Political effect",
      "Achievements",
      "Problems",
      "Plans",
    ];
    expect(guessMapping("evaluations", headers)).toEqual({
      ourName: 0,
      partnerName: 1,
      year: 2,
      status: 3,
      trend: 4,
      purposes: 5,
      politicalEffect: 6,
      achievements: 7,
      problems: 8,
      plans: 9,
    });
  });
});
