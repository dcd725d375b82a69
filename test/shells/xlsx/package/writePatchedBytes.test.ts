/**
 * `writePatchedBytes(null, …)`: a brand-new plan from the package writer alone (what the pane downloads). Read
 * back, it is the same workbook as the one the ExcelJS shell generates; openpyxl opens it and LibreOffice
 * converts it to PDF.
 */
import { withoutNamesAndCharts } from "../../../support/withoutNamesAndCharts";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_TEMPLATE } from "../../../../src/core/template/defaultTemplate";
import { layoutWorkbook } from "../../../../src/core/workbook/layoutWorkbook";
import {
  listSheets,
  readSheetGrid,
  readSnapshotFromBytes,
  writePatchedBytes,
} from "../../../../src/shells/xlsx/package/packageBytes";
import { workbookFromPatch, workbookToBuffer } from "../../../support/exceljs/workbookFile";
import { testOutputDir } from "../../../support/tempDir";
import { convertToPdf, openWithOpenpyxl } from "../producers/independentReaders";

const dir = testOutputDir("write-patched-bytes");

describe("writePatchedBytes with no input", () => {
  it("generates the plan the ExcelJS shell generates, and openpyxl and LibreOffice open it", async () => {
    const patch = layoutWorkbook(DEFAULT_TEMPLATE);
    const steps: string[] = [];
    const bytes = await writePatchedBytes(null, patch, { onStep: (step) => steps.push(step) });
    expect(steps).toEqual(expect.arrayContaining(["write", "serialise"]));
    const viaExcelJs = new Uint8Array(await workbookToBuffer(await workbookFromPatch(patch)));
    expect(withoutNamesAndCharts(await readSnapshotFromBytes(bytes))).toEqual(
      withoutNamesAndCharts(await readSnapshotFromBytes(viaExcelJs))
    );

    const file = path.join(dir, "generated.xlsx");
    writeFileSync(file, bytes);
    const [opened] = openWithOpenpyxl([file]);
    expect(opened.sheets).toEqual((await listSheets(bytes)).map((sheet) => sheet.name));
    expect(convertToPdf([file], path.join(dir, "pdf")).get(file)).toBe(true);
  });

  it("refuses a new workbook without sheets", async () => {
    await expect(
      writePatchedBytes(null, { sheets: [], definedNames: [], edits: [] })
    ).rejects.toThrow("A new workbook needs at least one sheet");
  });
});

describe("readSheetGrid", () => {
  it("gives every cell of a sheet by address, with the sheet's extent (Excel's fibonacci.xlsx)", async () => {
    const bytes = new Uint8Array(
      readFileSync(
        path.resolve(
          __dirname,
          "..",
          "..",
          "..",
          "fixtures",
          "producers",
          "excel",
          "fibonacci.xlsx"
        )
      )
    );
    expect(await listSheets(bytes)).toEqual([{ name: "fib", visibility: "visible" }]);
    // Column A counts 1…19; column B is the Fibonacci series from 1, 1: B19 = F(19) = 4181.
    const grid = await readSheetGrid(bytes, "FIB");
    expect([grid.rows, grid.columns, grid.cells.size]).toEqual([19, 2, 38]);
    expect(grid.cells.get("A1")).toEqual({ kind: "number", value: 1 });
    expect(grid.cells.get("A2")).toEqual({ kind: "number", value: 2, formula: "A1+1" });
    expect(grid.cells.get("B6")).toEqual({ kind: "number", value: 8, formula: "B4+B5" });
    expect(grid.cells.get("B19")).toEqual({ kind: "number", value: 4181, formula: "B17+B18" });
    await expect(readSheetGrid(bytes, "No existe")).rejects.toThrow(
      "The workbook has no sheet No existe"
    );
  });
});
