/**
 * The bench workbook: the default template's 17 areas, each table 5,000 filled rows (cut-off T2), generated as
 * `plan-matrix generate` lays it out and written with the package writer (`writePatchedBytes`) over a small ExcelJS-made package.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import path from "node:path";
import { DEFAULT_TEMPLATE } from "../src/core/template/defaultTemplate";
import { areasInOrder } from "../src/core/template/Template";
import { layoutWorkbook } from "../src/core/workbook/layoutWorkbook";
import { areaCodeOfTable, SHEET } from "../src/core/workbook/sheetNames";
import { writePatchedBytes } from "../src/shells/xlsx/package/packageBytes";
import { fillAreaTable } from "./fillAreaTable";
import { seededRandom } from "./seededRandom";

export const FIXTURE_ROWS_PER_AREA = 5_000;

export async function buildPlanFixture(
  file: string,
  rowsPerArea = FIXTURE_ROWS_PER_AREA
): Promise<void> {
  const template = DEFAULT_TEMPLATE;
  const patch = layoutWorkbook(template, {
    areaSheet: () => ({ rowCount: rowsPerArea }),
    cutoff: template.periods.labels[1],
  });
  const objectives = new Map(
    areasInOrder(template).map(({ area }) => [area.code.toUpperCase(), area.objectives])
  );
  const random = seededRandom(2021);
  let areaIndex = 0;
  for (const sheet of patch.sheets) {
    for (const table of sheet.tables) {
      const code = areaCodeOfTable(table.name);
      if (!code) continue;
      fillAreaTable(
        table,
        template,
        code,
        objectives.get(code) ?? [],
        random,
        areaIndex++ % 5 === 0
      );
    }
  }
  // A minimal package to patch: one tab, replaced in place by the patch's first sheet.
  const base = new ExcelJS.Workbook();
  base.addWorksheet(SHEET.instructions);
  const basePath = `${file}.base.xlsx`;
  await base.xlsx.writeFile(basePath);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, await writePatchedBytes(await fs.readFile(basePath), patch));
  await fs.rm(basePath, { force: true });
}
