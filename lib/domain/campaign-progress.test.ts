import { describe, expect, it } from "vitest";
import { completion, emptyCounts, totalCounts } from "./campaign-progress";

describe("completion", () => {
  it("counts submitted and approved as done, rounding down so 100 % means every one is in", () => {
    expect(completion({ ...emptyCounts(), submitted: 1, approved: 1, pending: 1, total: 3 })).toEqual({ done: 2, total: 3, percent: 66 });
    expect(completion({ ...emptyCounts(), approved: 199, draft: 1, total: 200 }).percent).toBe(99);
    expect(completion({ ...emptyCounts(), approved: 4, total: 4 }).percent).toBe(100);
    expect(completion(emptyCounts())).toEqual({ done: 0, total: 0, percent: 0 });
  });
});

describe("totalCounts", () => {
  it("adds every state and the total over the provinces", () => {
    const a = { counts: { ...emptyCounts(), pending: 2, approved: 1, total: 3 } };
    const b = { counts: { ...emptyCounts(), draft: 1, approved: 4, total: 5 } };
    expect(totalCounts([a, b])).toEqual({ pending: 2, draft: 1, submitted: 0, returned: 0, approved: 5, total: 8 });
    expect(totalCounts([])).toEqual(emptyCounts());
  });
});
