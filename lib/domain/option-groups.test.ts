import { describe, expect, it } from "vitest";
import { groupChoices } from "./option-groups";

describe("groupChoices", () => {
  it("groups in the order given and keeps single names as they are", () => {
    expect(
      groupChoices([
        { value: "1", label: "南京市", group: "江苏省" },
        { value: "2", label: "济南市", group: "山东省" },
        { value: "3", label: "苏州市", group: "江苏省" },
      ]),
    ).toEqual([
      {
        group: "江苏省",
        options: [
          { value: "1", label: "南京市" },
          { value: "3", label: "苏州市" },
        ],
      },
      { group: "山东省", options: [{ value: "2", label: "济南市" }] },
    ]);
  });

  it("tells apart a name found in two groups, and a name entered twice in one", () => {
    const groups = groupChoices([
      { value: "98", label: "朝阳区", group: "北京市" },
      { value: "1819", label: "朝阳区", group: "吉林省" },
      { value: "81", label: "苏州市", group: "江苏省" },
      { value: "1107", label: "苏州市", group: "江苏省" },
    ]);
    expect(groups.flatMap((g) => g.options.map((o) => o.label))).toEqual([
      "朝阳区 · 北京市",
      "朝阳区 · 吉林省",
      "苏州市 · #81",
      "苏州市 · #1107",
    ]);
  });

  it("puts choices without a group in one unnamed group", () => {
    expect(groupChoices([{ value: "x", label: "X" }])).toEqual([{ group: null, options: [{ value: "x", label: "X" }] }]);
  });
});
