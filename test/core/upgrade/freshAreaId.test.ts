import { freshAreaId } from "../../../src/core/upgrade/freshAreaId";

describe("freshAreaId", () => {
  it("follows the highest ID of the area and records what it gives", () => {
    const taken = new Set(["DJ-01", "DJ-07", "SGR-09"]);
    expect(freshAreaId("DJ", taken)).toBe("DJ-08");
    expect(freshAreaId("DJ", taken)).toBe("DJ-09");
    expect(taken.has("DJ-09")).toBe(true);
  });

  it("starts at 01 for an area with no IDs, ignores case and pads like generated IDs", () => {
    expect(freshAreaId("CI", new Set())).toBe("CI-01");
    expect(freshAreaId("DJ", new Set(["dj-4"]))).toBe("DJ-05");
    expect(freshAreaId("DJ", new Set(["DJ-99"]))).toBe("DJ-100");
  });

  it("never returns an ID that is taken, whatever its spelling", () => {
    expect(freshAreaId("DJ", new Set(["DJ-1", "DJ-02"]))).toBe("DJ-03");
  });
});
