import { describe, expect, it } from "vitest";
import {
  changedSentences,
  choiceSentences,
  growthSentences,
  notableSentences,
  overviewSentences,
  pointChange,
  regionSentences,
  statusSentences,
} from "./annual-sentences";

const status = (vg: number, g: number) => [
  { key: "very_good", label: "very good", count: 67, share: vg },
  { key: "good", label: "good", count: 50, share: g },
  { key: "suspended", label: "suspended", count: 0, share: 0 },
];
const statusZh = [
  { key: "very_good", label: "很好", count: 67, share: 50.4 },
  { key: "good", label: "较好", count: 50, share: 37.6 },
];

describe("status sentences", () => {
  it("states a rise in points from the previous year with answers, in English and Chinese", () => {
    const previous = { year: 2017, shares: { very_good: 47.3, good: 37.6 } };
    const en = statusSentences("en", { year: 2018, answers: 133, rows: status(50.4, 37.6), previous });
    expect(en[0]).toBe("50.4% of partnerships were rated “very good” (67 answers), up 3.1 points from 2017.");
    expect(en[1]).toBe("37.6% of partnerships were rated “good” (50 answers), unchanged from 2017.");
    // No sentence for a status nobody chose.
    expect(en).toHaveLength(2);
    const zh = statusSentences("zh-CN", { year: 2018, answers: 133, rows: statusZh, previous });
    expect(zh[0]).toBe("50.4%的友好城市交往状况为“很好”（67份），比2017年上升3.1个百分点。");
    expect(zh[1]).toBe("37.6%的友好城市交往状况为“较好”（50份），与2017年持平。");
  });

  it("states a fall", () => {
    const previous = { year: 2015, shares: { very_good: 60, good: 30 } };
    const [first] = statusSentences("zh-CN", { year: 2018, answers: 133, rows: statusZh, previous });
    expect(first).toBe("50.4%的友好城市交往状况为“很好”（67份），比2015年下降9.6个百分点。");
    const [en] = statusSentences("en", { year: 2018, answers: 133, rows: status(50.4, 37.6), previous });
    expect(en).toContain("down 9.6 points from 2015");
  });

  it("says there is no earlier year rather than comparing with nothing", () => {
    const out = statusSentences("en", { year: 2018, answers: 133, rows: status(50.4, 37.6), previous: null });
    expect(out[0]).toBe("50.4% of partnerships were rated “very good” (67 answers).");
    expect(out.at(-1)).toBe("No earlier year has approved answers to compare with.");
  });

  it("says there are no answers when the base is empty", () => {
    expect(statusSentences("en", { year: 2019, answers: 0, rows: [], previous: null })).toEqual([
      "No approved evaluations for 2019: no answers for this section.",
    ]);
    expect(statusSentences("zh-CN", { year: 2019, answers: 0, rows: [], previous: null })[0]).toBe(
      "2019年度没有已审核的评估问卷，本节无数据。",
    );
  });

  it("rounds the change to the printed tenth", () => {
    expect(pointChange(50.4, 47.3)).toBe(3.1);
    expect(pointChange(33.3, 33.3)).toBe(0);
    expect(pointChange(10, 20.1)).toBe(-10.1);
    expect(pointChange(0.1 + 0.2, 0.3)).toBe(0);
  });
});

describe("choice sentences", () => {
  const rows = [
    { key: "a", label: "rising slowly", count: 31, share: 23.3 },
    { key: "b", label: "about the same", count: 59, share: 44.4 },
    { key: "c", label: "falling fast", count: 0, share: 0 },
  ];
  it("lists the answers most chosen first with their count and share", () => {
    expect(choiceSentences("en", { year: 2018, answers: 133, rows })).toEqual([
      "Of the 133 answers for 2018, 59 (44.4%) chose “about the same”; 31 (23.3%) chose “rising slowly”.",
    ]);
    const zh = choiceSentences("zh-CN", {
      year: 2018,
      answers: 1330,
      rows: [{ key: "x", label: "拓展我地区对外交往的范围", count: 1110, share: 83.5 }],
      multiple: true,
    });
    expect(zh[0]).toBe("在2018年度的1,330份有效问卷中，选择“拓展我地区对外交往的范围”的有1,110份，占问卷总数的83.5%。");
    expect(zh[1]).toContain("多项选择");
  });
  it("says no answers when nobody answered", () => {
    expect(choiceSentences("zh-CN", { year: 2018, answers: 0, rows })).toEqual(["2018年度没有已审核的评估问卷，本节无数据。"]);
  });
});

describe("registry sentences", () => {
  it("overview and growth, with thousands separated", () => {
    const [first, answers] = overviewSentences("en", {
      year: 2025,
      scope: "China",
      total: 25000,
      countries: 140,
      fresh: 120,
      answers: 0,
      activities: 1,
      delegations: 2,
      incoming: 1,
      outgoing: 1,
    });
    expect(first).toBe("At the end of 2025, China had 25,000 sister-city partnerships with 140 countries; 120 were signed in 2025.");
    expect(answers).toContain("No approved evaluations for 2025");
    expect(growthSentences("zh-CN", { year: 2025, total: 2546, fresh: 46, top: { country: "日本", count: 260, share: 10.2 } })).toEqual([
      "2025年底友好城市总数为2,546对，比2024年底的2,500对增加46对。",
      "与日本缔结的友好城市最多，共260对，占总数的10.2%。",
    ]);
    expect(growthSentences("en", { year: 2025, total: 0, fresh: 0, top: null })).toEqual([
      "No partnership was signed in 2025; the registry stayed at 0.",
    ]);
  });
  it("regions, changes and notable exchanges", () => {
    const regions = regionSentences("zh-CN", {
      rows: [
        { key: "east", label: "东部", count: 1380, share: 54.2 },
        { key: "west", label: "西部", count: 0, share: 0 },
      ],
      topProvince: { name: "江苏省", count: 314 },
    });
    expect(regions).toEqual(["东部地区共有友好城市1,380对，占总数的54.2%。", "江苏省缔结的友好城市最多，共314对。"]);
    expect(regionSentences("en", { rows: [], topProvince: null })).toEqual([]);
    expect(changedSentences("en", { year: 2018, previous: 2017, count: 3, up: 2, down: 1 })).toEqual([
      "Compared with 2017, 3 partnerships changed status: 2 improved and 1 declined.",
    ]);
    expect(changedSentences("zh-CN", { year: 2018, previous: null, count: 0, up: 0, down: 0 })[0]).toContain("2018年之前没有");
    expect(changedSentences("zh-CN", { year: 2018, previous: 2016, count: 0, up: 0, down: 0 })[0]).toBe(
      "与2016年相比，没有友好城市的交往状况发生变化。",
    );
    const largest = { ours: "Liuzhou", leader: "Wu Ting", direction: "outgoing" as const, members: 6 };
    expect(notableSentences("en", { year: 2018, anniversaries: 0, largest })).toEqual([
      "No partnership had a round anniversary in 2018.",
      "The largest delegation of 2018 was led by Wu Ting, with 6 members (from Liuzhou).",
    ]);
    expect(
      notableSentences("zh-CN", {
        year: 2018,
        anniversaries: 1,
        largest: { ...largest, ours: "柳州市", leader: "吴婷", direction: "incoming" },
      })[1],
    ).toBe("2018年规模最大的代表团是吴婷率领的6人代表团（来访柳州市）。");
  });
});
