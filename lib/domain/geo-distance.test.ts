import { describe, expect, it } from "vitest";
import { distanceKm, nearbyBox } from "./geo-distance";

describe("geo distance", () => {
  it("measures great-circle distances", () => {
    // Kobe – Osaka, about 30 km; Tianjin – Beijing, about 110 km.
    expect(distanceKm(34.69, 135.195, 34.694, 135.502)).toBeGreaterThan(25);
    expect(distanceKm(34.69, 135.195, 34.694, 135.502)).toBeLessThan(35);
    expect(Math.round(distanceKm(39.13, 117.2, 39.9, 116.4) / 10)).toBe(11);
    expect(distanceKm(10, 20, 10, 20)).toBe(0);
  });

  it("boxes a radius, wider in longitude away from the equator", () => {
    const box = nearbyBox(60, 10, 111);
    expect(box.maxLat - box.minLat).toBeCloseTo(2, 5);
    expect(box.maxLng - box.minLng).toBeCloseTo(4, 1);
    expect(nearbyBox(89.9, 0).maxLng).toBe(180);
  });
});
