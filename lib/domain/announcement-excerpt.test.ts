import { describe, expect, it } from "vitest";
import { announcementExcerpt } from "./announcement-excerpt";

describe("announcementExcerpt", () => {
  it("keeps the first lines' words without Markdown's marks", () => {
    expect(announcementExcerpt("# Training\n\nCome **all**, see [the plan](https://x.test).\n- one\n- two")).toBe(
      "Training Come all, see the plan. one",
    );
  });

  it("cuts a long text with an ellipsis", () => {
    const cut = announcementExcerpt("字".repeat(300), 50);
    expect(cut).toHaveLength(50);
    expect(cut.endsWith("…")).toBe(true);
  });
});
