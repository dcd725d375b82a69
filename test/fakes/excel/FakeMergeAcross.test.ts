/**
 * The fake's `Range.merge(across)`: with `across`, each row of the range becomes a merged cell of its own
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)).
 */
import { ExcelContext } from "../../../src/shells/office/ExcelContext";
import { FakeExcel } from "./FakeExcel";

describe("fake Excel: Range.merge(across)", () => {
  it("merges each row of the range separately; a whole-range merge over them is refused", async () => {
    const excel = new FakeExcel();
    await excel.run(async (context: ExcelContext) => {
      context.workbook.worksheets.add("Hoja").getRange("B5:D7").merge(true);
      await context.sync();
    });
    const merges = excel.model.sheets.find((sheet) => sheet.name === "Hoja")?.merges;
    expect(merges).toEqual([
      // The model's bounds are 0-based: B5:D7 is rows 4–6, columns 1–3.
      { top: 4, bottom: 4, left: 1, right: 3 },
      { top: 5, bottom: 5, left: 1, right: 3 },
      { top: 6, bottom: 6, left: 1, right: 3 },
    ]);
    await expect(
      excel.run(async (context: ExcelContext) => {
        context.workbook.worksheets.getItem("Hoja").getRange("C6:C8").merge(false);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
