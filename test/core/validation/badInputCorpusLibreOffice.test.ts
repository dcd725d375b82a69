/**
 * The bad-input corpus saved again by LibreOffice (every formula recalculated, cached results written): validation
 * reports the same issues as on the files ExcelJS wrote. This proves that the formula comparison survives another
 * spreadsheet's rewrite, and that cached results (compliance numbers, formula errors) change nothing.
 */
import ExcelJS from "exceljs";
import path from "node:path";
import { validateWorkbook } from "../../../src/core/validation/validateWorkbook";
import { readSnapshot } from "../../support/exceljs/readSnapshot";
import { buildCaseWorkbook } from "../../fixtures/badInput/buildCaseWorkbook";
import { BAD_INPUT_CASES } from "../../fixtures/badInput/cases";
import { recalculateWithLibreOffice } from "../../support/libreoffice";
import { testOutputDir } from "../../support/tempDir";

const summary = (report: ReturnType<typeof validateWorkbook>): string[] =>
  report.issues.map(
    (issue) => `${issue.severity} ${issue.code}@${issue.area ?? "-"}!${issue.cell ?? "-"}`
  );

describe("bad-input corpus recalculated by LibreOffice", () => {
  it("validates exactly as the files ExcelJS wrote", async () => {
    const outputDir = testOutputDir("badInput-lo");
    const cases = [null, ...BAD_INPUT_CASES];
    const direct = new Map<string, string[]>();
    for (const testCase of cases)
      direct.set(
        testCase?.name ?? "clean",
        summary(validateWorkbook(await buildCaseWorkbook(testCase, outputDir)))
      );
    const converted = recalculateWithLibreOffice(
      [...direct.keys()].map((name) => path.join(outputDir, `${name}.xlsx`)),
      path.join(outputDir, "libreoffice")
    );
    const recalculated = new Map<string, string[]>();
    for (const file of converted) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      recalculated.set(
        path.basename(file, ".xlsx"),
        summary(validateWorkbook(readSnapshot(workbook)))
      );
    }
    expect(Object.fromEntries(recalculated)).toEqual(Object.fromEntries(direct));
  });
});
