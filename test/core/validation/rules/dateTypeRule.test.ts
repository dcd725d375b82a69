import { dateTypeRule } from "../../../../src/core/validation/rules/dateTypeRule";
import { dateSerial } from "../../../../src/core/workbook/dateSerial";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";

describe("dateTypeRule", () => {
  it("accepts dates, and numbers (Excel date serials, as Office.js reads dates)", () => {
    expect(
      runRule(
        dateTypeRule,
        cleanSnapshot({ DJ: { 0: { "Fecha inicio": dateSerial(2021, 3, 1) } } })
      )
    ).toEqual([]);
  });

  it("offers the date as the fix for a date typed as text (dd/mm/yyyy, dd-mm-yyyy, ISO)", () => {
    const snapshot = cleanSnapshot({
      DJ: {
        0: { "Fecha inicio": "15/03/2021", "Fecha fin": "2021-12-15" },
        1: { "Fecha inicio": "15-03-2021" },
      },
    });
    expect(
      runRule(dateTypeRule, snapshot).map((issue) => [
        issue.code,
        issue.cell,
        issue.params.fixed,
        issue.fix?.value,
      ])
    ).toEqual([
      ["date.asText", "V8", "15/03/2021", { date: dateSerial(2021, 3, 15) }],
      ["date.asText", "W8", "15/12/2021", { date: dateSerial(2021, 12, 15) }],
      ["date.asText", "V9", "15/03/2021", { date: dateSerial(2021, 3, 15) }],
    ]);
  });

  it("explains month/day order instead of guessing: 03/15/2021 reads as month 15", () => {
    const [issue] = runRule(
      dateTypeRule,
      cleanSnapshot({ DJ: { 0: { "Fecha fin": "03/15/2021" } } })
    );
    expect(issue).toMatchObject({
      code: "date.asText",
      cell: "W8",
      params: { variant: "monthOutOfRange", month: "15" },
    });
    expect(issue.fix).toBeUndefined();
  });

  it("does not guess a two-digit year", () => {
    const [issue] = runRule(
      dateTypeRule,
      cleanSnapshot({ DJ: { 0: { "Fecha fin": "15/12/21" } } })
    );
    expect(issue).toMatchObject({
      code: "date.asText",
      params: { variant: "ambiguous", year: "2021" },
    });
    expect(issue.fix).toBeUndefined();
  });

  it("reports a day that does not exist", () => {
    const [issue] = runRule(
      dateTypeRule,
      cleanSnapshot({ DJ: { 0: { "Fecha fin": "31/02/2021" } } })
    );
    expect(issue).toMatchObject({ code: "date.asText", params: { variant: "invalidDate" } });
  });

  it("reports words and booleans in date cells as not dates", () => {
    const snapshot = cleanSnapshot({
      DJ: { 0: { "Fecha inicio": "cuando se apruebe", "Fecha fin": false } },
    });
    expect(runRule(dateTypeRule, snapshot).map((issue) => [issue.code, issue.cell])).toEqual([
      ["date.invalid", "V8"],
      ["date.invalid", "W8"],
    ]);
  });
});
