import { describe, expect, it } from "vitest";
import { fullWidthCharts } from "./dashboard-charts";

describe("the dashboard grid", () => {
  it("pairs half-width charts and widens one left alone in its row", () => {
    const national = [
      "by-country",
      "cumulative",
      "new-per-year",
      "by-province",
      "by-region",
      "status",
      "activities",
      "delegations",
      "campaigns",
    ];
    expect([...fullWidthCharts(national)]).toEqual(["new-per-year", "by-province", "activities"]);
    // A city: no province or region chart, so the status chart would sit alone.
    const city = ["by-country", "cumulative", "new-per-year", "status", "activities", "delegations"];
    expect([...fullWidthCharts(city)]).toEqual(["new-per-year", "status", "activities", "delegations"]);
    expect([...fullWidthCharts(["by-country", "cumulative", "delegations"])]).toEqual(["delegations"]);
  });
});
