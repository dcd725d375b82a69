/**
 * `readSheetContents` on the strict fake: what lies around a sheet's tables in three syncs when it fits one
 * response; in blocks under the response budget when it does not (Excel on the web refuses a response past 5 MB);
 * a sheet without tables as its formula cells alone.
 * By hand: `Datos` holds A1 (a title), C2 (45000 under a date format: a date), the table T_Datos at A4:B6 and D10 (a
 * formula the fake does not calculate); its used range A1:D10 less the table's box leaves A1:D3, C4:D6 and A7:D10.
 */
import { ExcelContext } from "../../../src/shells/office/ExcelContext";
import { readSheetContents } from "../../../src/shells/office/readSheetContents";
import { FakeExcel } from "../../fakes/excel/FakeExcel";

jest.setTimeout(120_000);

const MB = 1024 * 1024;
/** 30 characters, different in every cell. */
const textOf = (row: number, column: number): string =>
  `nota ${String(row).padStart(6, "0")} col ${column} ${"x".repeat(30)}`.slice(0, 30);

async function workbook(noteRows = 0): Promise<FakeExcel> {
  const excel = new FakeExcel();
  await excel.run(async (context: ExcelContext) => {
    const data = context.workbook.worksheets.add("Datos");
    data.getRange("A1").values = [["Título"]];
    data.getRange("C2").values = [[45000]];
    data.getRange("C2").numberFormat = [["yyyy-mm-dd"]];
    data.getRange("A4:B6").values = [
      ["Meta", "Peso"],
      ["a", 2],
      ["b", 3],
    ];
    data.tables.add("A4:B6", true).name = "T_Datos";
    data.getRange("D10").formulas = [["=SUM(B5:B6)"]];
    // Rows 12 on: a user's notes under the table, four columns of 30-character texts.
    if (noteRows > 0)
      data.getRangeByIndexes(11, 0, noteRows, 4).values = Array.from(
        { length: noteRows },
        (_, row) => Array.from({ length: 4 }, (_, column) => textOf(row, column))
      );
    const mine = context.workbook.worksheets.add("Mio");
    mine.getRange("A1").values = [["nota"]];
    mine.getRange("A2").formulas = [["='Datos'!B5"]];
    mine.getRange("B2").values = [[7]];
    await context.sync();
  });
  excel.resetCounters();
  return excel;
}

test("reads a small sheet's surroundings in three syncs, and a sheet without tables as its formulas", async () => {
  const excel = await workbook();
  const contents = await excel.run((context) => readSheetContents(context, ["Datos", "Mio"]));
  expect([...(contents.get("Datos")?.cells ?? [])]).toEqual([
    ["A1", { kind: "text", value: "Título" }],
    ["C2", { kind: "date", serial: 45000 }],
    ["D10", { kind: "empty", formula: "SUM(B5:B6)" }],
  ]);
  expect([...(contents.get("Mio")?.cells ?? [])]).toEqual([
    ["A2", { kind: "empty", formula: "'Datos'!B5" }],
  ]);
  expect(excel.syncCount).toBe(3);
});

test("reads surroundings larger than one response in blocks under the budget", async () => {
  // 20,000 rows × 4 texts read as values, types, formulas and formats: about 7 MB.
  const rows = 20_000;
  const excel = await workbook(rows);
  const contents = await excel.run((context) => readSheetContents(context, ["Datos", "Mio"]));
  const cells = contents.get("Datos")?.cells;
  expect(cells?.size).toBe(3 + rows * 4);
  expect(cells?.get("A12")).toEqual({ kind: "text", value: textOf(0, 0) });
  expect(cells?.get(`D${11 + rows}`)).toEqual({ kind: "text", value: textOf(rows - 1, 3) });
  expect(cells?.get("D10")).toEqual({ kind: "empty", formula: "SUM(B5:B6)" });
  expect(excel.totalResponseBytes).toBeGreaterThan(5 * MB);
  expect(excel.largestResponseBytes).toBeLessThan(5 * MB);
  // Two syncs, then one per ≈ 4 MB of response (the first with the samples of the long strip).
  expect(excel.syncCount).toBeLessThanOrEqual(3 + Math.ceil(excel.totalResponseBytes / (4 * MB)));

  // The host's response budget holds too (OfficeHost passes its `responseBudget`).
  const small = await workbook(rows);
  const same = await small.run((context) =>
    readSheetContents(context, ["Datos", "Mio"], 1_000_000)
  );
  expect(same).toEqual(contents);
  expect(small.largestResponseBytes).toBeLessThan(1_000_000);
  expect(small.syncCount).toBeGreaterThan(2 + Math.ceil(small.totalResponseBytes / 1_000_000));
});
