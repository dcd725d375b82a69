/**
 * The 2021 informe fixture (test/support/informeFixture.ts) opens in openpyxl, a reader nobody here wrote, with every
 * area table where the plan puts it and what the area leads typed in its cells: text as text, dates as dates.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { cellAddress } from "../../src/core/workbook/address";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { informeFixtureAreas, informeFixtureBytes } from "../support/informeFixture";
import { cellsOf, inspectWithOpenpyxl, InspectedWorkbook } from "../support/openpyxl";
import { testOutputDir } from "../support/tempDir";

describe("the 2021 informe fixture in openpyxl", () => {
  let workbook: InspectedWorkbook;
  beforeAll(async () => {
    const file = path.join(testOutputDir("informe-fixture"), "plan-2021-T2.xlsx");
    writeFileSync(file, await informeFixtureBytes("T2"));
    workbook = inspectWithOpenpyxl(file);
  });

  it("has the 17 area tables, each as long as its area's rows, and Corte at T2", () => {
    const tables = workbook.sheets.flatMap((sheet) =>
      sheet.tables.filter((table) => table.name.startsWith("T_"))
    );
    // Header row 7, one row per fixture row below it, 31 columns (A … AE).
    expect(tables.map((table) => [table.name, table.ref])).toEqual(
      informeFixtureAreas().map(({ area, rows }) => [
        `T_${area}`,
        `A7:AE${7 + Object.keys(rows).length}`,
      ])
    );
    const configuration = workbook.sheets.find((sheet) => sheet.name === "Configuración");
    expect(configuration && cellsOf(configuration).get("B6")?.value).toBe("T2");
  });

  it("holds every typed Entregable and Observaciones as text, in its row", () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const { area, rows } of informeFixtureAreas()) {
      const sheet = workbook.sheets.find((candidate) =>
        candidate.tables.some((table) => table.name === `T_${area}`)
      );
      const headers = sheet?.tables.find((table) => table.name === `T_${area}`)?.headers ?? [];
      const cells = sheet ? cellsOf(sheet) : new Map();
      Object.entries(rows).forEach(([id, values], index) => {
        const row = 8 + index;
        if (cells.get(cellAddress(row, 1))?.value !== id) mismatches.push(`${id}: ID`);
        for (const header of [HEADERS.deliverable, HEADERS.observations]) {
          const typed = values[header];
          if (typed === undefined) continue;
          const cell = cells.get(cellAddress(row, headers.indexOf(header) + 1));
          checked++;
          if (cell?.value !== typed || cell?.dataType !== "s") mismatches.push(`${id}: ${header}`);
        }
      });
    }
    expect(mismatches).toEqual([]);
    // 120 rows, each with its Entregable; 47 of them with Observaciones.
    expect(checked).toBe(120 + 47);
  });

  it("reads the dates typed as real dates", () => {
    const sheet = workbook.sheets.find((candidate) =>
      candidate.tables.some((table) => table.name === "T_DJ")
    );
    // DJ-04, the Diplomado: Fecha inicio (V) 5 April, Fecha fin (W) 26 November 2021, in row 11.
    const cells = sheet ? cellsOf(sheet) : new Map();
    expect(cells.get("V11")?.value).toEqual({ date: "2021-04-05T00:00:00" });
    expect(cells.get("W11")?.value).toEqual({ date: "2021-11-26T00:00:00" });
  });
});
