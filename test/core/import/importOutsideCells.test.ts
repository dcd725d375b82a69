/**
 * An import rebuilds the plan's area tab (SPEC §6: nothing a user typed is lost): what the tab holds around its table
 * (`SheetContents`, read for the tabs `importedTabs` names) goes to the same address of the rebuilt tab, with its
 * merged ranges, and is named; a cell the imported table would cover refuses that area alone, naming the cells.
 *
 * The sample plan's DJ tab: title block A1:A5 and D4:E4, table T_DJ with its header row at row 7 from column A,
 * 31 columns (A:AE), two template rows (8 and 9).
 */
import { importedTabs, planAreaImport } from "../../../src/core/import/planAreaImport";
import { HEADERS } from "../../../src/core/workbook/areaColumns";
import { Cell } from "../../../src/core/workbook/CellValue";
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

/** The DJ tab's contents: a note in AH3, a value in row 3 of the title block where the layout writes nothing (C3),
 * the title's own A1 typed over, a figure and a formula beside the table, a line far below it. */
const contents = (extra: [string, Cell][] = []): Map<string, SheetContents> =>
  new Map([
    [
      DJ,
      {
        cells: new Map<string, Cell>([
          ["A1", text("Plan de Acción 2021 (borrador)")],
          ["AH3", text("Nota de Planeación")],
          ["C3", text("Vo. Bo. jefe")],
          ["AH5", { kind: "number", value: 12.5 }],
          ["AI6", { kind: "number", value: 25, formula: "AH5*2" }],
          ["A20", text("Aprobado por el comité")],
          ...extra,
        ]),
        merges: ["AH12:AI13", "A1:C1"],
        comments: ["C8"],
      },
    ],
  ]);

const blockAt = (blocks: CellBlock[], row: number, column: number): CellBlock | undefined =>
  blocks.find((block) => block.row === row && block.column === column);

describe("importedTabs: the tabs whose contents the import needs", () => {
  const dj = { file: "dj.xlsx", snapshot: plan({ DJ: [typed("Mapear")] }) };
  it("names the tab of each area one file brings with typed rows, not an unfilled one's", () => {
    expect(importedTabs(plan(), [dj])).toEqual([DJ]);
  });
  it("leaves out an area kept and an area two files bring (neither is rebuilt)", () => {
    expect(importedTabs(plan(), [dj], ["dj"])).toEqual([]);
    expect(importedTabs(plan(), [dj, { ...dj, file: "dj-2.xlsx" }])).toEqual([]);
  });
});

describe("planAreaImport with the tab's contents", () => {
  it("carries every cell around the table to its address, keeps the merge clear of the layout, names them", () => {
    const result = planAreaImport({
      snapshot: plan(),
      files: [{ file: "dj.xlsx", snapshot: plan({ DJ: [typed("Mapear"), typed("Asesorar")] }) }],
      today: TODAY,
      contents: contents(),
    });
    const [sheet] = result.areaSheets;
    expect(sheet.name).toBe(DJ);
    // AH is column 34, AI 35; the title's A1 is the layout's (written again, not carried).
    expect(
      [
        [3, 34],
        [3, 3],
        [5, 34],
        [6, 35],
        [20, 1],
      ].map(([row, column]) => blockAt(sheet.blocks, row, column)?.values)
    ).toEqual([
      [["Nota de Planeación"]],
      [["Vo. Bo. jefe"]],
      [[12.5]],
      [[{ formula: "AH5*2", result: 25 }]],
      [["Aprobado por el comité"]],
    ]);
    expect(blockAt(sheet.blocks, 1, 1)?.values[0]).toEqual([
      "Plan de Acción 2021 — Alcaldía de Ejemplo",
    ]);
    // A1:C1 touches the title block the layout writes: not kept.
    expect(sheet.merges).toContain("AH12:AI13");
    expect(sheet.merges).not.toContain("A1:C1");
    expect(
      result.findings.filter((finding) => finding.area === "DJ").map((f) => [f.code, f.params])
    ).toEqual([
      ["import.used", { area: "DJ", file: "dj.xlsx", sheet: DJ, rows: 2 }],
      [
        "import.outsideCarried",
        { area: "DJ", file: "dj.xlsx", sheet: DJ, count: 5, cells: "C3, AH3, AH5, AI6, A20" },
      ],
      [
        "import.tabCommentsNotCarried",
        { area: "DJ", file: "dj.xlsx", tab: DJ, count: 1, cells: "C8" },
      ],
    ]);
    // Registro records what was carried, not the comment (said only, as the other things a rebuilt tab drops).
    const log = result.patch.sheets.find((candidate) => candidate.name === "Registro")!;
    const logged = JSON.stringify(log);
    expect(logged).toContain("C3, AH3, AH5, AI6, A20");
    expect(logged).not.toContain("comentario");
  });

  it("refuses that area alone where the longer imported table would cover a typed cell, naming it", () => {
    const four = plan({
      DJ: [typed("Mapear"), typed("Asesorar"), typed("Capacitar"), typed("Revisar")],
    });
    const sgr = plan({ SGR: [typed("Acompañar")] });
    // Four rows: the table reaches row 11, over A10 and A11 (A20 stays clear).
    const result = planAreaImport({
      snapshot: plan(),
      files: [
        { file: "dj.xlsx", snapshot: four },
        { file: "sgr.xlsx", snapshot: sgr },
      ],
      today: TODAY,
      contents: contents([
        ["A10", text("Firmas")],
        ["C11", text("Nota")],
      ]),
    });
    expect(result.refused).toBe(false);
    expect(result.imported.map((area) => area.area)).toEqual(["SGR"]);
    expect(result.areaSheets.map((sheet) => sheet.name)).not.toContain(DJ);
    expect(result.findings.filter((finding) => finding.severity === "conflict")).toEqual([
      {
        severity: "conflict",
        code: "import.outsideCollision",
        file: "dj.xlsx",
        area: "DJ",
        params: { area: "DJ", file: "dj.xlsx", sheet: DJ, count: 2, cells: "A10, C11" },
      },
    ]);
  });

  it("without the tab's contents (a host that does not read them) the tab is rebuilt from its table alone", () => {
    const result = planAreaImport({
      snapshot: plan(),
      files: [{ file: "dj.xlsx", snapshot: plan({ DJ: [typed("Mapear")] }) }],
      today: TODAY,
    });
    expect(blockAt(result.areaSheets[0].blocks, 3, 34)).toBeUndefined();
    expect(result.findings.map((finding) => finding.code)).not.toContain("import.outsideCarried");
  });
});
