import { dateOrderRule } from "../../../../src/core/validation/rules/dateOrderRule";
import { dateSerial } from "../../../../src/core/workbook/dateSerial";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";

describe("dateOrderRule", () => {
  it("accepts an end on the start day", () => {
    const day = { date: dateSerial(2021, 5, 5) };
    expect(
      runRule(
        dateOrderRule,
        cleanSnapshot({ DJ: { 0: { "Fecha inicio": day, "Fecha fin": day } } })
      )
    ).toEqual([]);
  });

  it("reports an end before the start, at Fecha fin", () => {
    const snapshot = cleanSnapshot({
      SGR: {
        0: {
          "Fecha inicio": { date: dateSerial(2021, 6, 1) },
          "Fecha fin": { date: dateSerial(2021, 5, 31) },
        },
      },
    });
    expect(runRule(dateOrderRule, snapshot)).toEqual([
      expect.objectContaining({
        code: "date.endBeforeStart",
        area: "SGR",
        cell: "W8",
        value: "31/05/2021",
        params: { start: "01/06/2021" },
      }),
    ]);
  });

  it("says nothing while a date is missing or not a date", () => {
    expect(
      runRule(
        dateOrderRule,
        cleanSnapshot({ DJ: { 0: { "Fecha inicio": "mañana" }, 1: { "Fecha fin": null } } })
      )
    ).toEqual([]);
  });
});
