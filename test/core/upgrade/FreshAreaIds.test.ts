import { FreshAreaIds } from "../../../src/core/upgrade/FreshAreaIds";

describe("FreshAreaIds", () => {
  it("follows the highest ID of the area and records what it gives", () => {
    const ids = new FreshAreaIds(["DJ-01", "DJ-07", "SGR-09"]);
    expect(ids.take("DJ")).toBe("DJ-08");
    expect(ids.take("DJ")).toBe("DJ-09");
    expect(ids.take("SGR")).toBe("SGR-10");
  });

  it("starts at 01 for an area with no IDs, ignores case and pads like generated IDs", () => {
    expect(new FreshAreaIds([]).take("CI")).toBe("CI-01");
    expect(new FreshAreaIds(["dj-4"]).take("DJ")).toBe("DJ-05");
    expect(new FreshAreaIds(["DJ-99"]).take("DJ")).toBe("DJ-100");
  });

  it("never returns an ID that is taken, whatever its spelling", () => {
    expect(new FreshAreaIds(["DJ-1", "DJ-02"]).take("DJ")).toBe("DJ-03");
    const ids = new FreshAreaIds(["DJ-2", "dj-03", "DJ-04"]);
    expect(ids.take("DJ")).toBe("DJ-05");
    expect(ids.take("dj")).toBe("dj-06");
  });

  it("reads an area code literally, even one with characters a pattern would read otherwise", () => {
    // "C.I" as a pattern would also match "CXI-40"; "C+" would match "CC-50".
    expect(new FreshAreaIds(["CXI-40", "C.I-02"]).take("C.I")).toBe("C.I-03");
    expect(new FreshAreaIds(["CC-50"]).take("C+")).toBe("C+-01");
  });
});
