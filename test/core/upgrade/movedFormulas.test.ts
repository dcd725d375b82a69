/**
 * An upgrade that adds a column moves the references into each rebuilt area tab (SPEC §2 "Template evolution"):
 * on users' sheets (as cell edits, only where the formula changes, in and out of their own tables), around the
 * table and in its input cells (unqualified: the tab itself); a reference to a column the rebuilt table does not
 * have is named. Addresses by hand: T_DJ starts at A7, `Estado del reporte` AA, computed AB…AE in version 1; version
 * 2 adds `Fuente` at AB, so `% Cumplimiento` (AD) is at AE and `Semáforo` (AE) at AF.
 */
import { planUpgrade, upgradeContentSheets } from "../../../src/core/upgrade/planUpgrade";
import { HEADERS } from "../../../src/core/workbook/areaColumns";
import { Cell } from "../../../src/core/workbook/CellValue";
import { SheetContents } from "../../../src/core/workbook/SheetContents";
import { sampleTemplate } from "../../support/sampleTemplate";
import { rowsOf, sheetOf, snapshotOf, tableOf, type, version2 } from "./upgradeFixtures";

const DJ = "3.1 Dirección Jurídica";
const MINE = "Mi hoja";
const v1 = sampleTemplate();
const v2 = version2((template) => {
  template.lists.fuentes = ["A", "B"];
  template.extraColumns = [{ header: "Fuente", type: "list", list: "fuentes", required: false }];
});

const formula = (text: string, value = 1): Cell => ({ kind: "number", value, formula: text });

function workbook() {
  const snapshot = snapshotOf(v1);
  snapshot.sheets.push({ name: MINE, visibility: "visible" });
  const dj = tableOf(snapshot, "T_DJ");
  // A formula typed in DJ-02's Observaciones (Z9): unqualified, so on the tab itself.
  type(dj, 1, HEADERS.observations, formula("AD8+AC9"));
  // The user's own table on their sheet, header in row 10.
  snapshot.tables.push({
    name: "T_Mio",
    sheet: MINE,
    headerRow: 10,
    firstColumn: 1,
    headers: ["Valor", "Nota"],
    rows: [[formula(`'${DJ}'!AE8`), { kind: "text", value: "sin fórmula" }]],
  });
  const contents = new Map<string, SheetContents>([
    [DJ, { cells: new Map([["AH3", formula("AD8*100")]]), merges: [] }],
    [
      MINE,
      {
        cells: new Map<string, Cell>([
          ["B1", formula(`'${DJ}'!AD8`, 0.5)],
          ["B2", formula(`SUM('${DJ}'!AD8:AD20)`)],
          ["B3", formula("AD8*2")],
          ["B4", formula(`'${DJ}'!A1&"AD8"`)],
          ["B5", { kind: "text", value: `'${DJ}'!AD8` }],
        ]),
        merges: [],
      },
    ],
  ]);
  return { snapshot, contents };
}

describe("planUpgrade moves references into rebuilt tabs", () => {
  it("reads the area tabs and the users' sheets, not the template's own", () => {
    const { snapshot } = workbook();
    const sheets = upgradeContentSheets(snapshot, v1, v2);
    expect(sheets).toContain(DJ);
    expect(sheets).toContain(MINE);
    for (const own of ["Resumen", "Configuración", "Instrucciones", "Listas", "Plantilla"])
      expect(sheets).not.toContain(own);
  });

  it("writes only the users' cells whose formula changed, keeping their last value", () => {
    const { snapshot, contents } = workbook();
    const { patch, report } = planUpgrade(snapshot, v1, v2, contents);
    expect(patch.edits).toEqual([
      { sheet: MINE, cell: "B1", value: { formula: `'${DJ}'!AE8`, result: 0.5 } },
      { sheet: MINE, cell: "B2", value: { formula: `SUM('${DJ}'!AE8:AE20)`, result: 1 } },
      { sheet: MINE, cell: "A11", value: { formula: `'${DJ}'!AF8`, result: 1 } },
    ]);
    expect(report.movedFormulas).toEqual([
      { sheet: DJ, cells: ["AH3", "Z9"] },
      { sheet: MINE, cells: ["B1", "B2", "A11"] },
    ]);
  });

  it("moves the formulas carried on the rebuilt tab: around the table and in its input cells", () => {
    const { snapshot, contents } = workbook();
    const sheet = sheetOf(planUpgrade(snapshot, v1, v2, contents).patch, DJ);
    expect(rowsOf(sheet)[1][HEADERS.observations]).toEqual({ formula: "AE8+AD9", result: 1 });
    expect(sheet.blocks).toContainEqual({
      row: 3,
      column: 34,
      values: [[{ formula: "AE8*100", result: 1 }]],
    });
  });

  it("moves the users' workbook names, leaves the template's, and names one whose column is gone", () => {
    const { snapshot, contents } = workbook();
    const dj = tableOf(snapshot, "T_DJ");
    dj.headers.push(HEADERS.observations);
    dj.rows.forEach((row) => row.push({ kind: "empty" }));
    snapshot.definedNames = [
      { name: "MiCumplimiento", refersTo: `'${DJ}'!$AD$8` },
      { name: "MiTexto", refersTo: `"'${DJ}'!$AD$8"` },
      { name: "MiPerdido", refersTo: `'${DJ}'!$AF$8` },
      { name: "Corte", refersTo: "'Configuración'!$B$6" },
    ];
    const { patch, report } = planUpgrade(snapshot, v1, v2, contents);
    const names = patch.definedNames.filter((name) => name.name.startsWith("Mi"));
    expect(names).toEqual([{ name: "MiCumplimiento", refersTo: `'${DJ}'!$AE$8` }]);
    expect(patch.definedNames.filter((name) => name.name === "Corte")).toHaveLength(1);
    expect(report.movedNames).toEqual(["MiCumplimiento"]);
    expect(report.problems).toContainEqual({
      code: "upgrade.nameReferencesLost",
      params: { count: 1, names: "MiPerdido" },
    });
  });

  it("writes nothing when no column moves", () => {
    const { snapshot, contents } = workbook();
    const { patch, report } = planUpgrade(snapshot, v1, version2(), contents);
    expect(patch.edits).toBeUndefined();
    expect(report.movedFormulas).toEqual([]);
    expect(report.movedNames).toEqual([]);
  });

  it("names a reference to a column the rebuilt table does not have, and leaves it as written", () => {
    const { snapshot, contents } = workbook();
    // A second, empty `Observaciones` column at the table's end (AF): the rebuilt table keeps the first only.
    const dj = tableOf(snapshot, "T_DJ");
    dj.headers.push(HEADERS.observations);
    dj.rows.forEach((row) => row.push({ kind: "empty" }));
    contents.get(MINE)?.cells.set("C1", formula(`'${DJ}'!AF8+'${DJ}'!AD8`));
    const { patch, report } = planUpgrade(snapshot, v1, v2, contents);
    expect(patch.edits).toContainEqual({
      sheet: MINE,
      cell: "C1",
      value: { formula: `'${DJ}'!AF8+'${DJ}'!AE8`, result: 1 },
    });
    expect(report.problems).toContainEqual({
      code: "upgrade.referencesLost",
      params: { sheet: MINE, count: 1, cells: "C1" },
    });
  });
});

describe("planUpgrade moves the formulas users' sheets hold outside their cells", () => {
  it("rewrites the validation and conditional-format formulas of a user's sheet, all given, one for one", () => {
    const { snapshot, contents } = workbook();
    contents.set(MINE, {
      ...contents.get(MINE)!,
      ruleFormulas: [`'${DJ}'!$AD$8:$AD$9`, "C6>0", `'${DJ}'!$AC$8>0.4`],
    });
    // On the rebuilt tab itself the rules are the template's, written anew: nothing to move there.
    contents.set(DJ, { ...contents.get(DJ)!, ruleFormulas: ["$AD$8>0"] });
    const { patch, report } = planUpgrade(snapshot, v1, v2, contents);
    expect(patch.ruleEdits).toEqual([
      { sheet: MINE, formulas: [`'${DJ}'!$AE$8:$AE$9`, "C6>0", `'${DJ}'!$AD$8>0.4`] },
    ]);
    expect(report.movedRuleFormulas).toEqual([{ sheet: MINE, count: 2 }]);
  });

  it("writes no rule edit when none of a sheet's rule formulas moved", () => {
    const { snapshot, contents } = workbook();
    contents.set(MINE, { ...contents.get(MINE)!, ruleFormulas: ["C6>0", "Listas!$A$2:$A$5"] });
    const { patch, report } = planUpgrade(snapshot, v1, v2, contents);
    expect(patch.ruleEdits).toBeUndefined();
    expect(report.movedRuleFormulas).toEqual([]);
  });
});

describe("planUpgrade and names scoped to one sheet", () => {
  it("moves a user's sheet's names into moved columns and writes again every name of a rebuilt tab", () => {
    const { snapshot, contents } = workbook();
    snapshot.scopedNames = [
      { sheet: MINE, name: "MiFila", refersTo: `'${DJ}'!$AD$9` },
      { sheet: MINE, name: "Otro", refersTo: "Listas!$A$1" },
      // On DJ's tab, which the upgrade rewrites: its names go with it, moved or not.
      { sheet: DJ, name: "Titulo", refersTo: `'${DJ}'!$A$1` },
    ];
    const { patch, report } = planUpgrade(snapshot, v1, v2, contents);
    expect(patch.scopedNames).toEqual([
      { sheet: MINE, name: "MiFila", refersTo: `'${DJ}'!$AE$9` },
      { sheet: DJ, name: "Titulo", refersTo: `'${DJ}'!$A$1` },
    ]);
    expect(report.movedNames).toContain(`'${MINE}'!MiFila`);
    expect(report.movedNames).not.toContain(`'${DJ}'!Titulo`);
  });
});
