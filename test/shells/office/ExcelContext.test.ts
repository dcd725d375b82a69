/**
 * The host's Excel API is picked from @types/office-js: a misspelt member does not compile (`npm test` runs tsc over
 * the tests, so each `@ts-expect-error` below fails the build if the line ever compiles), and the fake implements it.
 */
import {
  ExcelRange,
  ExcelWorksheet,
  RealContextFits,
} from "../../../src/shells/office/ExcelContext";
import { FakeExcel } from "../../fakes/excel/FakeExcel";

// @ts-expect-error `valuez` is not a member of Excel.Range, so it cannot be picked
type Misspelt = Pick<Excel.Range, "valuez">;

function misuse(range: ExcelRange, sheet: ExcelWorksheet): void {
  // @ts-expect-error a misspelt property of the subset
  void range.valueType;
  // @ts-expect-error a method the host does not use is not in the subset (no bare load)
  range.load();
  // @ts-expect-error Excel.Worksheet has no `rename`
  sheet.rename("x");
}

test("the subset is Excel's own (Excel.RequestContext fits it) and the fake's run takes the host's batches", async () => {
  const proof: RealContextFits | undefined = undefined;
  const unused: Misspelt | undefined = undefined;
  expect([proof, unused, typeof misuse]).toEqual([undefined, undefined, "function"]);
  const excel = new FakeExcel();
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
  });
  expect(excel.dump("Sheet1")).toEqual({ A1: 1 });
  expect(excel.syncCount).toBe(1); // what is still queued when the batch returns is synced, as Excel.run does
});
