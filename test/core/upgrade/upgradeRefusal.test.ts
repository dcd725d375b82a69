import { upgradeRefusal } from "../../../src/core/upgrade/upgradeRefusal";
import { defaultPeriods } from "../../../src/core/template/Template";
import { sampleTemplate } from "../../support/sampleTemplate";

describe("upgradeRefusal", () => {
  const stored = sampleTemplate({ templateVersion: 3 });

  it("accepts a greater version of the same template", () => {
    expect(upgradeRefusal(stored, { ...stored, templateVersion: 4 })).toBeNull();
    expect(upgradeRefusal(stored, { ...stored, templateVersion: 10 })).toBeNull();
  });

  it("refuses another template, naming both ids", () => {
    expect(upgradeRefusal(stored, { ...stored, templateId: "otro", templateVersion: 4 })).toEqual({
      code: "upgrade.refused.otherTemplate",
      params: { found: "otro", stored: "sample-plan" },
    });
  });

  it("refuses the same or an older version, naming both versions", () => {
    for (const version of [3, 2])
      expect(upgradeRefusal(stored, { ...stored, templateVersion: version })).toEqual({
        code: "upgrade.refused.notNewer",
        params: { id: "sample-plan", found: version, stored: 3 },
      });
  });

  it("refuses a newer version whose periods differ, naming the old and the new labels", () => {
    const semesters = { ...stored, templateVersion: 4, periods: defaultPeriods("S") };
    expect(upgradeRefusal(stored, semesters)).toEqual({
      code: "upgrade.refused.periodsChanged",
      params: {
        id: "sample-plan",
        found: 4,
        stored: 3,
        storedLabels: "T1, T2, T3, T4",
        foundLabels: "S1, S2",
      },
    });
    const relabelled = {
      ...stored,
      templateVersion: 4,
      periods: { kind: "T" as const, labels: ["I", "II", "III", "IV"] },
    };
    expect(upgradeRefusal(stored, relabelled)?.params.foundLabels).toBe("I, II, III, IV");
  });
});
