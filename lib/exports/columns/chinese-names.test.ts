import { describe, expect, it } from "vitest";
import { activityColumns, delegationColumns } from "./exchanges";
import { localityColumns, partnershipColumns } from "./registry";
import type { Labels } from "./labels";

const labels: Labels = { header: (k) => `h:${k}`, enumLabel: (_g, v) => String(v), zh: false };
const keys = (cols: { key: string }[]) => cols.map((c) => c.key);

describe("exports carry the Chinese names", () => {
  it("puts the Chinese name beside the local one in the registry exports", () => {
    const p = partnershipColumns(labels);
    expect(keys(p).slice(5, 8)).toEqual(["partnerLocal", "partnerZh", "partnerRomanised"]);
    expect(p.find((c) => c.key === "partnerZh")?.value({ partnerZh: "神户市" } as never)).toBe("神户市");
    const l = localityColumns(labels);
    expect(keys(l).slice(1, 4)).toEqual(["nameLocal", "nameZh", "nameRomanised"]);
    expect(l.find((c) => c.key === "nameZh")?.header).toBe("h:nameZh");
  });

  it("lists the partners by their Chinese names in the activity and delegation exports", () => {
    for (const cols of [activityColumns(labels), delegationColumns(labels)] as { key: string; value: (r: never) => unknown }[][]) {
      const at = keys(cols).indexOf("partners");
      expect(keys(cols)[at + 1]).toBe("partnersZh");
      expect(cols[at + 1]?.value({ partnersZh: "神户市; 仁川广域市" } as never)).toBe("神户市; 仁川广域市");
    }
  });
});
