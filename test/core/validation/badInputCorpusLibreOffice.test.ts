/**
 * The bad-input corpus saved again by LibreOffice (every formula recalculated, cached results written): validation
 * reports the same issues as on the files ExcelJS wrote. This proves that the formula comparison survives another
 * spreadsheet's rewrite, and that cached results (compliance numbers, formula errors) change nothing — except where
 * a formula had none: the input formula ExcelJS wrote without its result (`formula-uncalculated`) is calculated, and
 * where a text is longer than a cell holds: LibreOffice cuts it to 32,767 characters on saving (`text-longer-than-a-cell`).
 */
import ExcelJS from "exceljs";
import path from "node:path";
import { validateWorkbook } from "../../../src/core/validation/validateWorkbook";
import { readSnapshot } from "../../support/exceljs/readSnapshot";
import { badInputCorpusFiles } from "../../fixtures/badInput/badInputCorpusFiles";

const summary = (report: ReturnType<typeof validateWorkbook>): string[] =>
  report.issues.map(
    (issue) => `${issue.severity} ${issue.code}@${issue.area ?? "-"}!${issue.cell ?? "-"}`
  );

/** The issues of a corpus file, read by ExcelJS (as `buildCaseWorkbook` reads back what it wrote). */
async function issuesOf(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return summary(validateWorkbook(readSnapshot(workbook)));
}

describe("bad-input corpus recalculated by LibreOffice", () => {
  it("validates exactly as the files ExcelJS wrote", async () => {
    // Shared with readSnapshotFromFile.test.ts: built and saved again by LibreOffice once per run.
    const { written, resaved } = await badInputCorpusFiles();
    expect(resaved).toHaveLength(written.length);
    const direct = new Map<string, string[]>();
    for (const file of written) direct.set(path.basename(file, ".xlsx"), await issuesOf(file));
    const recalculated = new Map<string, string[]>();
    for (const file of resaved)
      recalculated.set(path.basename(file, ".xlsx"), await issuesOf(file));
    // Written without its result, the Evidencias formula is an error; LibreOffice calculates it, and the error goes.
    expect(direct.get("formula-uncalculated")).toContain("error cell.uncalculated@DJ!Y8");
    direct.set(
      "formula-uncalculated",
      direct.get("formula-uncalculated")!.filter((issue) => !issue.includes("cell.uncalculated"))
    );
    // Saved again, the 40,000-character text is cut by LibreOffice to the 32,767 a cell holds, and the error goes.
    expect(direct.get("text-longer-than-a-cell")).toEqual(["error cell.textTooLong@SGR!Y8"]);
    direct.set("text-longer-than-a-cell", []);
    expect(Object.fromEntries(recalculated)).toEqual(Object.fromEntries(direct));
  }, 240_000);
});
