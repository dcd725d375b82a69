/**
 * One patch, two workbook shells: the generated plan written by the package writer (over a one-tab package) and by
 * the ExcelJS shell look the same to openpyxl — tabs and their visibility, tables, validations, conditional formats,
 * frozen panes, protection, workbook names, and every cell's value, type, number format and lock.
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { layoutWorkbook } from "../../../src/core/workbook/layoutWorkbook";
import { SHEET } from "../../../src/core/workbook/sheetNames";
import { writePatchedBytes } from "../../../src/shells/xlsx/package/packageBytes";
import { workbookFromPatch } from "../../support/exceljs/workbookFile";
import { InspectedSheet, inspectWithOpenpyxl } from "../../support/openpyxl";
import { sampleTemplate } from "../../support/sampleTemplate";
import { testOutputDir } from "../../support/tempDir";

const dir = testOutputDir("package-writer");

it("writes the generated plan as the ExcelJS shell does, as openpyxl reads them", async () => {
  const patch = layoutWorkbook(sampleTemplate());
  const viaExcelJs = path.join(dir, "exceljs.xlsx");
  await (await workbookFromPatch(patch)).xlsx.writeFile(viaExcelJs);

  const base = path.join(dir, "base.xlsx");
  const single = new ExcelJS.Workbook();
  single.addWorksheet(SHEET.instructions);
  await single.xlsx.writeFile(base);
  const viaPackage = path.join(dir, "package.xlsx");
  writeFileSync(viaPackage, await writePatchedBytes(readFileSync(base), patch));

  const expected = inspectWithOpenpyxl(viaExcelJs);
  const actual = inspectWithOpenpyxl(viaPackage);
  expect(actual.sheets.map((sheet) => [sheet.name, sheet.state])).toEqual(
    expected.sheets.map((sheet) => [sheet.name, sheet.state])
  );
  // Quotes around a sheet name that needs none are optional ('Listas'!$A$1 is Listas!$A$1); ExcelJS drops them.
  const unquoted = (names: Record<string, string>): Record<string, string> =>
    Object.fromEntries(
      Object.entries(names).map(([name, refersTo]) => [
        name,
        refersTo.replace(/'([A-Za-z_][A-Za-z0-9_.]*)'!/g, "$1!"),
      ])
    );
  expect(unquoted(actual.definedNames)).toEqual(unquoted(expected.definedNames));
  // The order of rules is free, and a missing operator means "between" (ECMA-376 §18.3.1.32).
  const normalised = (sheet: InspectedSheet): InspectedSheet => ({
    ...sheet,
    validations: sheet.validations
      .map((validation) => ({ ...validation, operator: validation.operator ?? "between" }))
      .sort((a, b) => `${a.sqref} ${a.type}`.localeCompare(`${b.sqref} ${b.type}`)),
  });
  actual.sheets.forEach((sheet, index) =>
    expect(normalised(sheet)).toEqual(normalised(expected.sheets[index]))
  );
});
