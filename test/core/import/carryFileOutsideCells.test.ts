/**
 * An import carries what the area lead typed around the table in the returned file (`SheetContents` on the file's
 * sheet, `withOutsideCells`) to the plan's rebuilt tab, at the same place relative to the table (SPEC §6: nothing a
 * user typed is lost), and refuses the area where the tab holds something else there.
 *
 * The sample plan's DJ tab: title block A1:A5 and D4:E4, table T_DJ with its header row at row 7 from column A,
 * 31 columns (A:AE), two template rows (8 and 9). AF is column 32, AG 33, AH 34.
 */
import { planAreaImport } from "../../../src/core/import/planAreaImport";
import { areaFileSheets, withOutsideCells } from "../../../src/core/import/withOutsideCells";
import { HEADERS } from "../../../src/core/workbook/areaColumns";
import { Cell } from "../../../src/core/workbook/CellValue";
import { NUMBER_FORMATS } from "../../../src/core/workbook/numberFormats";
import { SheetContents } from "../../../src/core/workbook/SheetContents";
import { CellBlock } from "../../../src/core/workbook/WorkbookPatch";
import { WorkbookSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";
import { buildSnapshot, SnapshotRows } from "../../support/buildSnapshot";
import { sampleTemplate } from "../../support/sampleTemplate";

const TODAY = "2021-07-10";
const template = sampleTemplate();
const plan = (rows: SnapshotRows = {}): WorkbookSnapshot => buildSnapshot(template, rows);
const typed = (activity: string) => ({ [HEADERS.activity]: activity, [HEADERS.goal]: 4 });
const DJ = plan().tables.find((table) => table.name === "T_DJ")!.sheet;
const text = (value: string): Cell => ({ kind: "text", value });
const around = (cells: [string, Cell][]): Map<string, SheetContents> =>
  new Map([[DJ, { cells: new Map(cells), merges: [] }]]);

/** DJ's file, its two rows typed, with `cells` around its table (`edit`: the file's table changed first). */
function djFile(cells: [string, Cell][], edit: (snapshot: WorkbookSnapshot) => void = () => {}) {
  const snapshot = plan({ DJ: [typed("Mapear"), typed("Asesorar")] });
  edit(snapshot);
  return { file: "dj.xlsx", snapshot: withOutsideCells(snapshot, around(cells)) };
}

const blockAt = (blocks: CellBlock[], row: number, column: number): CellBlock | undefined =>
  blocks.find((block) => block.row === row && block.column === column);

const djFindings = (result: ReturnType<typeof planAreaImport>) =>
  result.findings
    .filter((finding) => finding.area === "DJ" && finding.code !== "import.used")
    .map((finding): [string, Record<string, string | number>] => [finding.code, finding.params]);

it("areaFileSheets names the sheets holding an area table; withOutsideCells puts each one's cells on it", () => {
  const snapshot = plan();
  expect(areaFileSheets(snapshot)).toContain(DJ);
  expect(areaFileSheets(snapshot)).not.toContain("Resumen");
  const joined = withOutsideCells(snapshot, around([["AF8", text("Nota")]]));
  expect(joined.sheets.find((sheet) => sheet.name === DJ)?.outside?.cells.get("AF8")).toEqual(
    text("Nota")
  );
  expect(joined.sheets.filter((sheet) => sheet.outside)).toHaveLength(1);
});

it("carries the file's cells to the same address, a formula as its value, a date as a date, not the title block", () => {
  const file = djFile([
    ["A1", text("Plan del área (copia)")],
    ["B6", text("Cifras a junio")],
    ["AF8", text("Nota del área")],
    ["AF5", { kind: "number", value: 25, formula: "AF4*2" }],
    ["AG11", { kind: "date", serial: 44392 }],
    ["AG12", { kind: "error", code: "#N/A" }],
  ]);
  const result = planAreaImport({
    snapshot: plan(),
    files: [file],
    today: TODAY,
    contents: new Map(),
  });
  const [sheet] = result.areaSheets;
  expect(
    [
      [6, 2],
      [8, 32],
      [5, 32],
      [11, 33],
      [12, 33],
    ].map(([row, column]) => blockAt(sheet.blocks, row, column)?.values)
  ).toEqual([
    [["Cifras a junio"]],
    [["Nota del área"]],
    [[25]],
    [[{ date: 44392 }]],
    [[{ formula: "#N/A" }]],
  ]);
  // A1 is the layout's title, written again.
  expect(blockAt(sheet.blocks, 1, 1)?.values[0]).toEqual([
    "Plan de Acción 2021 — Alcaldía de Ejemplo",
  ]);
  expect(sheet.styles).toContainEqual({
    range: "AG11",
    style: { numberFormat: NUMBER_FORMATS.date },
  });
  expect(djFindings(result)).toEqual([
    [
      "import.fileOutsideCarried",
      {
        area: "DJ",
        file: "dj.xlsx",
        fileSheet: DJ,
        sheet: DJ,
        count: 5,
        cells: "AF5, B6, AF8, AG11, AG12",
        tabCells: "AF5, B6, AF8, AG11, AG12",
      },
    ],
    [
      "import.fileOutsideFormulas",
      { area: "DJ", file: "dj.xlsx", fileSheet: DJ, sheet: DJ, count: 1, cells: "AF5" },
    ],
  ]);
});

it("keeps a cell's distance from the table's right and bottom edges when the rebuilt table is wider and longer", () => {
  // The tab has a column of its own (AF, after AE): the rebuilt table is A:AF. The file's table is one row long
  // (row 8); the rebuilt one has DJ's two objectives' rows (8 and 9).
  const snapshot = plan();
  const tab = snapshot.tables.find((table) => table.name === "T_DJ")!;
  tab.headers.push("Notas de la pestaña");
  for (const row of tab.rows) row.push({ kind: "empty" });
  const file = djFile(
    [
      ["AF8", text("Beside row 8")],
      ["AG10", text("Firma, dos filas debajo")],
      ["AH3", text("Arriba")],
    ],
    (area) => {
      const table = area.tables.find((candidate) => candidate.name === "T_DJ")!;
      table.rows = table.rows.slice(0, 1);
    }
  );
  const result = planAreaImport({ snapshot, files: [file], today: TODAY, contents: new Map() });
  const [sheet] = result.areaSheets;
  // AF8 → AG8 (one column right of the table's new right edge AF); AG10 (two rows below the file's table, which ends
  // at row 8; two columns right of AE) → AH11; AH3 (above the table) keeps its row, its column moves with the edge.
  expect(blockAt(sheet.blocks, 8, 33)?.values).toEqual([["Beside row 8"]]);
  expect(blockAt(sheet.blocks, 11, 34)?.values).toEqual([["Firma, dos filas debajo"]]);
  expect(blockAt(sheet.blocks, 3, 35)?.values).toEqual([["Arriba"]]);
  expect(djFindings(result)[0][1]).toMatchObject({
    cells: "AH3, AF8, AG10",
    tabCells: "AI3, AG8, AH11",
  });
});

it("keeps notes of the tab and of the file in different cells, and one both hold alike once", () => {
  const result = planAreaImport({
    snapshot: plan(),
    files: [
      djFile([
        ["AF8", text("Nota del área")],
        ["AH3", text("Revisado")],
      ]),
    ],
    today: TODAY,
    contents: around([
      ["AH3", text("Revisado")],
      ["AH4", text("Nota de Planeación")],
    ]),
  });
  const [sheet] = result.areaSheets;
  expect(sheet.blocks.filter((block) => block.row === 3 && block.column === 34)).toHaveLength(1);
  expect(blockAt(sheet.blocks, 4, 34)?.values).toEqual([["Nota de Planeación"]]);
  expect(blockAt(sheet.blocks, 8, 32)?.values).toEqual([["Nota del área"]]);
  expect(djFindings(result).map(([code, params]) => [code, params.cells])).toEqual([
    ["import.outsideCarried", "AH3, AH4"],
    ["import.fileOutsideCarried", "AF8"],
  ]);
});

it("a tab's formula whose value is the file's text is the same note: nothing to do", () => {
  const result = planAreaImport({
    snapshot: plan(),
    files: [djFile([["AH3", text("Revisado")]])],
    today: TODAY,
    contents: around([["AH3", { kind: "text", value: "Revisado", formula: '"Revis"&"ado"' }]]),
  });
  expect(blockAt(result.areaSheets[0].blocks, 3, 34)?.values).toEqual([
    [{ formula: '"Revis"&"ado"', result: "Revisado" }],
  ]);
  expect(djFindings(result).map(([code]) => code)).toEqual(["import.outsideCarried"]);
});

it("refuses the area where the tab holds something else, naming both cells; the other areas are imported", () => {
  const sgr = { file: "sgr.xlsx", snapshot: plan({ SGR: [typed("Acompañar")] }) };
  const result = planAreaImport({
    snapshot: plan(),
    files: [
      djFile([
        ["AF8", text("Nota del área")],
        ["AG9", text("Otra")],
      ]),
      sgr,
    ],
    today: TODAY,
    contents: around([
      ["AF8", text("Nota de Planeación")],
      ["AG9", { kind: "number", value: 1 }],
    ]),
  });
  expect(result.imported.map((area) => area.area)).toEqual(["SGR"]);
  expect(result.findings.filter((finding) => finding.severity === "conflict")).toEqual([
    {
      severity: "conflict",
      code: "import.fileOutsideCollision",
      file: "dj.xlsx",
      area: "DJ",
      params: {
        area: "DJ",
        file: "dj.xlsx",
        fileSheet: DJ,
        sheet: DJ,
        count: 2,
        cells: "AF8, AG9",
        tabCells: "AF8, AG9",
      },
    },
  ]);
});

it("names both kinds of cell in the way at once: the tab's under the longer table and the file's", () => {
  const file = djFile([["AF8", text("Nota del área")]], (area) => {
    const table = area.tables.find((candidate) => candidate.name === "T_DJ")!;
    table.rows.push(table.rows[0], table.rows[1]);
  });
  const result = planAreaImport({
    snapshot: plan(),
    files: [file],
    today: TODAY,
    contents: around([
      ["A10", text("Firmas")],
      ["AF8", text("Nota de Planeación")],
    ]),
  });
  expect(
    result.findings
      .filter((finding) => finding.severity === "conflict")
      .map((finding) => [finding.code, finding.params.cells])
  ).toEqual([
    ["import.outsideCollision", "A10"],
    ["import.fileOutsideCollision", "AF8"],
  ]);
});

it("a file read without its cells around the table (an older reader) imports its table alone, as before", () => {
  const file = { file: "dj.xlsx", snapshot: plan({ DJ: [typed("Mapear")] }) };
  const result = planAreaImport({
    snapshot: plan(),
    files: [file],
    today: TODAY,
    contents: new Map(),
  });
  expect(result.imported.map((area) => area.area)).toEqual(["DJ"]);
  expect(djFindings(result)).toEqual([]);
});

it("a file whose table hides its header row: its rows keep their places, and a note in that row is in the way", () => {
  // Row 7 of the file is an ordinary row (the table starts at row 8); on the rebuilt tab it is the header row.
  const file = djFile(
    [
      ["C7", text("Escrito donde iría el encabezado")],
      ["AF8", text("Nota del área")],
    ],
    (area) => {
      area.tables.find((candidate) => candidate.name === "T_DJ")!.headerRowHidden = true;
    }
  );
  const result = planAreaImport({
    snapshot: plan(),
    files: [file],
    today: TODAY,
    contents: new Map(),
  });
  expect(
    result.findings
      .filter((finding) => finding.severity === "conflict")
      .map((finding) => [finding.code, finding.params.cells, finding.params.tabCells])
  ).toEqual([["import.fileOutsideCollision", "C7", "C7"]]);
  const alone = planAreaImport({
    snapshot: plan(),
    files: [
      djFile([["AF8", text("Nota del área")]], (area) => {
        area.tables.find((candidate) => candidate.name === "T_DJ")!.headerRowHidden = true;
      }),
    ],
    today: TODAY,
    contents: new Map(),
  });
  expect(blockAt(alone.areaSheets[0].blocks, 8, 32)?.values).toEqual([["Nota del área"]]);
});
