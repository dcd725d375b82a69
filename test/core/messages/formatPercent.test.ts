import { formatPercent } from "../../../src/core/messages/formatPercent";

describe("formatPercent", () => {
  it("shows no figure (—) for null and for anything that is not a finite number, never NaN %", () => {
    for (const value of [null, NaN, Infinity, -Infinity])
      expect([formatPercent(value, "es"), formatPercent(value, "en")]).toEqual(["—", "—"]);
  });
});
