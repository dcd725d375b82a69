import { dateYearRule } from "../../../../src/core/validation/rules/dateYearRule";
import { dateSerial } from "../../../../src/core/workbook/dateSerial";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";

describe("dateYearRule", () => {
  it("accepts the first and the last day of the year", () => {
    const snapshot = cleanSnapshot({
      DJ: {
        0: {
          "Fecha inicio": { date: dateSerial(2021, 1, 1) },
          "Fecha fin": { date: dateSerial(2021, 12, 31) },
        },
      },
    });
    expect(runRule(dateYearRule, snapshot)).toEqual([]);
  });

  it("reports dates outside the plan's year, shown as dates", () => {
    const snapshot = cleanSnapshot({
      DJ: {
        0: {
          "Fecha inicio": { date: dateSerial(2020, 12, 31) },
          "Fecha fin": dateSerial(2022, 1, 1),
        },
      },
    });
    expect(
      runRule(dateYearRule, snapshot).map((issue) => [
        issue.code,
        issue.cell,
        issue.value,
        issue.params.year,
      ])
    ).toEqual([
      ["date.outsideYear", "V8", "31/12/2020", "2021"],
      ["date.outsideYear", "W8", "01/01/2022", "2021"],
    ]);
  });

  it("uses the year of Configuración (Vigencia)", () => {
    const snapshot = cleanSnapshot({}, { names: { Vigencia: { kind: "number", value: 2022 } } });
    expect(runRule(dateYearRule, snapshot)).toHaveLength(6);
  });
});
