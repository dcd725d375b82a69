/**
 * Applying a newer version of a workbook's template (SPEC §2 "Template evolution", §8 `upgrade`) as one pure
 * step: the new template's layout (`layoutWorkbook`), with every area table rebuilt around what users typed.
 *
 * The patch replaces, in the existing workbook, the sheets the layout owns (`Instrucciones`, `Configuración`,
 * each area's tab under its current name, `Resumen`, the hidden lists and the stored template) and adds the new
 * areas' tabs. Everything else is left exactly as it is: `Matriz`, `Tablero`, `Informe`, `Registro`, the tabs of
 * areas the new template no longer has, and any tab users added. On a rebuilt area tab, what users put around the
 * table (given as each tab's `SheetContents`) is carried to the same address (`carryOutsideCells`); a cell the new
 * layout would write over is a `collision`, for the caller to refuse the upgrade before anything is written. Links on
 * cells (the snapshot's `SheetExtras`) go with the values they sit on (`carryLinks`); the others are named.
 */
import { LOG } from "../consolidation/matrixLayout";
import { Area, Template, areasInOrder } from "../template/Template";
import { withYear } from "../template/withYear";
import { HEADERS, areaColumns } from "../workbook/areaColumns";
import { layoutAreaSheet } from "../workbook/layout/areaSheet";
import { layoutWorkbook } from "../workbook/layoutWorkbook";
import { SheetContents } from "../workbook/SheetContents";
import { Cell } from "../workbook/CellValue";
import { SHEET, areaCodeOfTable, areaSheetNames, tableName } from "../workbook/sheetNames";
import { ScopedName } from "../workbook/ScopedName";
import { SheetPatch, WorkbookPatch } from "../workbook/WorkbookPatch";
import { TableSnapshot, WorkbookSnapshot } from "../workbook/WorkbookSnapshot";
import { CarriedTable, carriesCell, carryAreaTable } from "./carryAreaTable";
import { carryOutsideCells } from "../workbook/carryOutsideCells";
import { fillAreaTable } from "../workbook/fillAreaTable";
import { keptConfiguration } from "./keptConfiguration";
import { FreshAreaIds } from "./FreshAreaIds";
import { templateAdditions } from "./templateAdditions";
import { UpgradeProblem, UpgradeReport } from "./UpgradeReport";
import { upgradeTabOrder } from "./upgradeTabOrder";
import { UnidentifiedColumn, unidentifiedColumns } from "../workbook/unidentifiedColumns";
import { notCarried, withContentLinks } from "../workbook/SheetExtras";
import { carryLinks, joinPlaces, sameAddressPlaces } from "../workbook/carryLinks";
import { tableCellPlaces } from "../workbook/tableCellPlaces";
import { cellAddress, parseCellAddress, sheetReference } from "../workbook/address";
import {
  CellEdit,
  CellInput,
  DefinedNamePatch,
  RuleFormulasEdit,
  TablePatch,
} from "../workbook/WorkbookPatch";
import { carriedCellInput } from "../workbook/carriedCellInput";
import { MovedFormula } from "../formula/moveReferences";
import { rebuiltTabMove, TabMove } from "./rebuiltTabMove";
import { MovedFormulas } from "./movedFormulas";
import { movedCharts } from "./movedCharts";
import { overlongCells, OverlongText } from "../workbook/overlongTexts";

export type UpgradePlan = {
  /** Sheets to replace or add in the existing workbook, and the workbook names. */
  patch: WorkbookPatch;
  /** Every tab of the upgraded workbook, in order. */
  tabOrder: string[];
  report: UpgradeReport;
  /** Cells users typed around an area table where the new layout writes, by tab: the upgrade must not be written. */
  collisions: { sheet: string; cells: string[] }[];
  /**
   * Columns of an area table holding typed values under a blank or repeated header, which the rebuilt tab (carried
   * by header) would lose: the upgrade must not be written.
   */
  unidentified: UnidentifiedColumn[];
  /**
   * Cells users typed around an area table, carried, holding a text longer than an Excel cell holds
   * (`overlongCells`): the upgrade must not be written (the table's own are refused before, `overlongTexts`).
   */
  overlong: OverlongText[];
};

/** Sheets that other operations fill (consolidation, report): never replaced when the workbook has them. */
const FILLED_LATER: string[] = [SHEET.matrix, SHEET.dashboard, SHEET.report];

/** The template's own sheets: rebuilt by the layout or filled by other operations, never a user's. */
const TEMPLATE_SHEETS = new Set(
  [...Object.values(SHEET), LOG.sheet].map((name) => name.toLowerCase())
);

/**
 * The sheets whose contents an upgrade reads (`planUpgrade`'s `contents`): every area tab (what users put around
 * the table is carried) and every sheet of the users' own (their formulas that point into a rebuilt tab follow its
 * cells, `movedFormulas`).
 */
export function upgradeContentSheets(
  snapshot: WorkbookSnapshot,
  stored: Template,
  next: Template
): string[] {
  const areaSheets = [...upgradeAreaTables(snapshot, stored, next).values()].map(
    (table) => table.sheet
  );
  const others = snapshot.sheets
    .map((sheet) => sheet.name)
    .filter((name) => !TEMPLATE_SHEETS.has(name.toLowerCase()));
  return [...new Set([...areaSheets, ...others])];
}

/** Every ID in the area tables (new rows must not repeat one anywhere in the workbook). */
function allIds(tables: Iterable<TableSnapshot>): Set<string> {
  const ids = new Set<string>();
  for (const table of tables) {
    const column = table.headers.indexOf(HEADERS.id);
    if (column < 0) continue;
    for (const row of table.rows) {
      const cell = row[column];
      if (cell?.kind === "text" && cell.value.trim() !== "") ids.add(cell.value.trim());
    }
  }
  return ids;
}

const codesOf = (template: Template): Set<string> =>
  new Set(areasInOrder(template).map(({ area }) => area.code.toUpperCase()));

/** The area tables an upgrade from `stored` to `next` rebuilds or keeps, by area code (upper case). */
export function upgradeAreaTables(
  snapshot: WorkbookSnapshot,
  stored: Template,
  next: Template
): Map<string, TableSnapshot> {
  const storedCodes = codesOf(stored);
  const nextCodes = codesOf(next);
  // Area tables are those of an area of either version (`T_Matriz` also looks like `T_<CODE>`).
  const areaTables = new Map<string, TableSnapshot>();
  for (const table of snapshot.tables) {
    const code = areaCodeOfTable(table.name);
    if (code && (storedCodes.has(code) || nextCodes.has(code)) && !areaTables.has(code))
      areaTables.set(code, table);
  }
  return areaTables;
}

/**
 * The upgrade of a workbook made with `stored` to `next`. The caller has checked `upgradeRefusal` (same template
 * id, newer version); the workbook keeps its year, cut-off and bands.
 */
export function planUpgrade(
  snapshot: WorkbookSnapshot,
  stored: Template,
  next: Template,
  /** What each area tab holds, by tab name (tabs not given are rebuilt from their tables alone). */
  contents: ReadonlyMap<string, SheetContents> = new Map()
): UpgradePlan {
  if (next.templateId !== stored.templateId)
    throw new Error("planUpgrade needs two versions of one template");
  const config = keptConfiguration(snapshot, stored, next);
  const template = withYear(next, config.year);
  const columns = areaColumns(template);
  const problems: UpgradeProblem[] = [...config.problems];
  const existingSheets = snapshot.sheets.map((sheet) => sheet.name);
  const storedCodes = codesOf(stored);
  const nextCodes = codesOf(template);
  const areaTables = upgradeAreaTables(snapshot, stored, template);
  const freshIds = new FreshAreaIds(allIds(areaTables.values()));

  const sheetNames = new Map<string, string>();
  const carried = new Map<string, CarriedTable>();
  const untouched = new Set<string>();
  const newAreas: Area[] = [];
  const addedObjectives: UpgradeReport["addedObjectives"] = [];
  const carriedUserColumns: UpgradeReport["carriedUserColumns"] = [];
  let keptRows = 0;
  const unidentified: UnidentifiedColumn[] = [];

  for (const { area } of areasInOrder(template)) {
    const code = area.code.toUpperCase();
    const table = areaTables.get(code);
    if (!table) {
      newAreas.push(area);
      if (storedCodes.has(code))
        problems.push({
          code: "upgrade.tableMissing",
          params: { area: area.code, table: tableName(area.code) },
        });
      continue;
    }
    sheetNames.set(area.code, table.sheet);
    const neighbours = snapshot.tables.filter(
      (other) => other.sheet === table.sheet && other.name !== table.name
    );
    if (neighbours.length > 0) {
      untouched.add(table.sheet);
      problems.push({
        code: "upgrade.sharedSheet",
        params: {
          table: table.name,
          sheet: table.sheet,
          others: neighbours.map((other) => other.name).join(", "),
        },
      });
      continue;
    }
    // The tab is rebuilt from the layout, which has no Total Row: left as it was rather than dropped.
    if (table.totalsRow) {
      untouched.add(table.sheet);
      problems.push({
        code: "upgrade.totalsRow",
        params: { table: table.name, sheet: table.sheet },
      });
      continue;
    }
    unidentified.push(...unidentifiedColumns(table));
    const result = carryAreaTable(table, area, columns, stored, freshIds);
    carried.set(area.code, result);
    keptRows += result.keptRows;
    addedObjectives.push(...result.addedObjectives.map((added) => ({ area: area.code, ...added })));
    carriedUserColumns.push(
      ...result.carriedHeaders.map((header) => ({ area: area.code, sheet: table.sheet, header }))
    );
    if (result.computedReplaced.length > 0)
      problems.push({
        code: "upgrade.computedReplaced",
        params: {
          table: table.name,
          sheet: table.sheet,
          count: result.computedReplaced.length,
          cells: result.computedReplaced.join(", "),
        },
      });
  }

  const reserved = [...Object.values(SHEET), LOG.sheet, ...existingSheets];
  const newSheetNames = areaSheetNames(newAreas, reserved);
  newSheetNames.forEach((name, code) => sheetNames.set(code, name));
  const addedAreas = newAreas.map((area) => ({
    code: area.code,
    name: area.name,
    sheet: newSheetNames.get(area.code) as string,
  }));
  const keptAreas = [...areaTables]
    .filter(([code]) => !nextCodes.has(code))
    .map(([code, table]) => ({ code, table: table.name, sheet: table.sheet }));

  const layout = layoutWorkbook(template, {
    sheetNames,
    cutoff: config.cutoff,
    bands: config.bands,
    areaSheet: (area) => {
      const table = carried.get(area.code);
      return table ? { rowCount: table.rows.length, carriedHeaders: table.carriedHeaders } : {};
    },
  });
  const areaSheetByName = new Map(
    areasInOrder(template).map(({ area }) => [sheetNames.get(area.code) as string, area.code])
  );
  const existingName = (name: string): string | undefined =>
    existingSheets.find((sheet) => sheet.toLowerCase() === name.toLowerCase());
  // The old layout's title blocks: the template's cells, which the new layout writes again.
  const oldTemplate = withYear(stored, config.year);
  const oldBlocks = (code: string, sheet: SheetPatch): SheetPatch["blocks"] => {
    const old = areasInOrder(oldTemplate).find(({ area }) => area.code.toUpperCase() === code);
    return old
      ? layoutAreaSheet(oldTemplate, old.macroprocess, old.area, sheet.name).blocks
      : sheet.blocks;
  };
  // Where each rebuilt tab's cells went, for the formulas that point at them to follow.
  const rebuiltTables = new Map<string, TablePatch>();
  const moves = new Map<string, TabMove>();
  for (const sheet of layout.sheets) {
    const code = areaSheetByName.get(sheet.name);
    const oldTable = code === undefined ? undefined : areaTables.get(code.toUpperCase());
    const rebuilt = sheet.tables[0];
    if (code === undefined || !carried.has(code) || !oldTable || !rebuilt) continue;
    rebuiltTables.set(code, rebuilt);
    moves.set(sheet.name, rebuiltTabMove(oldTable, rebuilt));
  }
  const formulas = new MovedFormulas(moves);
  const carriedOutside: UpgradeReport["carriedOutside"] = [];
  const collisions: UpgradePlan["collisions"] = [];
  const overlong: OverlongText[] = [];
  const sheets = layout.sheets
    .filter((sheet) => !untouched.has(sheet.name))
    .filter((sheet) => !(FILLED_LATER.includes(sheet.name) && existingName(sheet.name)))
    .map((sheet) => {
      const code = areaSheetByName.get(sheet.name);
      const table = code === undefined ? undefined : carried.get(code);
      const rebuilt = code === undefined ? undefined : rebuiltTables.get(code);
      const rows = !table
        ? []
        : rebuilt
          ? movedTableRows(formulas, sheet.name, table.rows, rebuilt)
          : table.rows;
      let filled = table ? fillAreaTable(sheet, rows, columns) : sheet;
      const oldTable = code === undefined ? undefined : areaTables.get(code.toUpperCase());
      const held = contents.get(sheet.name);
      if (table && code !== undefined && oldTable && held) {
        // Formulas users put around the table: unqualified references point at the tab itself.
        const movedHeld = new Map<string, MovedFormula>();
        const cells = new Map(
          [...held.cells].map(([address, cell]) => {
            if (cell.formula === undefined || cell.formula.trim() === "") return [address, cell];
            const result = formulas.move(sheet.name, cell.formula);
            movedHeld.set(address, result);
            return [address, result.moved > 0 ? { ...cell, formula: result.formula } : cell];
          })
        );
        const outside = carryOutsideCells(filled, oldTable, oldBlocks(code.toUpperCase(), sheet), {
          ...held,
          cells,
        });
        filled = outside.sheet;
        for (const address of outside.carried) {
          const result = movedHeld.get(address);
          if (result) formulas.record(sheet.name, address, result);
        }
        if (outside.carried.length > 0)
          carriedOutside.push({ area: code, sheet: sheet.name, cells: outside.carried });
        if (outside.collisions.length > 0)
          collisions.push({ sheet: sheet.name, cells: outside.collisions });
        overlong.push(...overlongCells(sheet.name, held.cells, outside.carried));
        // Links go with the values they sit on; the others, drawn objects and formatted runs are not carried.
        const extras = withContentLinks(
          snapshot.sheets.find((entry) => entry.name === oldTable.sheet)?.extras,
          held
        );
        const links = carryLinks(
          extras?.hyperlinks,
          joinPlaces([
            tableCellPlaces(oldTable, table.carriedColumns, carriesCell, filled.tables[0]),
            sameAddressPlaces(outside.carried),
          ])
        );
        if (links.carried.length > 0) filled = { ...filled, hyperlinks: links.carried };
        for (const lost of notCarried(extras && { ...extras, hyperlinks: links.left }))
          problems.push(
            lost.kind === "drawings"
              ? {
                  code: "upgrade.drawingsNotCarried",
                  params: { sheet: sheet.name, count: lost.count, charts: lost.charts },
                }
              : {
                  code:
                    lost.kind === "hyperlinks"
                      ? "upgrade.hyperlinksNotCarried"
                      : "upgrade.richTextNotCarried",
                  params: { sheet: sheet.name, count: lost.count, cells: lost.cells },
                }
          );
        if (held.comments && held.comments.length > 0)
          problems.push({
            code: "upgrade.commentsNotCarried",
            params: {
              sheet: sheet.name,
              count: held.comments.length,
              cells: held.comments.join(", "),
            },
          });
      }
      // A fixed sheet whose tab differs only in case is replaced under its current spelling.
      return { ...filled, name: existingName(filled.name) ?? filled.name };
    });

  // Users' own sheets (and tabs the upgrade left as they were): only cells whose formula changes are written.
  const written = new Set(sheets.map((sheet) => sheet.name.toLowerCase()));
  const edits: CellEdit[] = [];
  const ruleEdits: RuleFormulasEdit[] = [];
  const movedRuleFormulas: UpgradeReport["movedRuleFormulas"] = [];
  const lostRuleFormulas: { sheet: string; count: number }[] = [];
  if (!formulas.isEmpty)
    for (const name of existingSheets) {
      if (written.has(name.toLowerCase()) || TEMPLATE_SHEETS.has(name.toLowerCase())) continue;
      // Data validation and conditional formats on the sheet: their formulas follow the cells too, all rewritten.
      const rules = (contents.get(name)?.ruleFormulas ?? []).map((formula) =>
        formulas.move(name, formula)
      );
      const movedRules = rules.filter((result) => result.moved > 0).length;
      const lostRules = rules.filter((result) => result.lost > 0).length;
      if (movedRules > 0) {
        ruleEdits.push({ sheet: name, formulas: rules.map((result) => result.formula) });
        movedRuleFormulas.push({ sheet: name, count: movedRules });
      }
      if (lostRules > 0) lostRuleFormulas.push({ sheet: name, count: lostRules });
      const cells: [string, Cell][] = [...(contents.get(name)?.cells ?? [])];
      for (const table of snapshot.tables.filter((other) => other.sheet === name))
        table.rows.forEach((row, rowIndex) =>
          row.forEach((cell, columnIndex) => {
            if (cell?.formula !== undefined)
              cells.push([
                cellAddress(table.headerRow + 1 + rowIndex, table.firstColumn + columnIndex),
                cell,
              ]);
          })
        );
      for (const [address, cell] of cells) {
        if (cell.formula === undefined || cell.formula.trim() === "") continue;
        const formula = formulas.moveCell(name, address, cell.formula);
        if (formula !== null)
          edits.push({ sheet: name, cell: address, value: carriedCellInput({ ...cell, formula }) });
      }
    }
  // Users' workbook names (the template's are the layout's): their references follow the cells too.
  const layoutNames = new Set(layout.definedNames.map((name) => name.name.toLowerCase()));
  const movedNames: DefinedNamePatch[] = [];
  const lostNames: string[] = [];
  if (!formulas.isEmpty)
    for (const { name, refersTo } of snapshot.definedNames ?? []) {
      if (layoutNames.has(name.toLowerCase())) continue;
      // A name has no sheet of its own: only references that name a rebuilt tab move.
      const result = formulas.move("", refersTo);
      if (result.moved > 0) movedNames.push({ name, refersTo: result.formula });
      if (result.lost > 0) lostNames.push(name);
    }
  // Names scoped to one sheet: moved as the workbook's are; those of a tab the upgrade rewrites go with it.
  const scopedNames: ScopedName[] = [];
  const movedScopedNames: string[] = [];
  for (const scoped of snapshot.scopedNames ?? []) {
    const rewritten = written.has(scoped.sheet.toLowerCase());
    const result = formulas.move(scoped.sheet, scoped.refersTo);
    if (result.moved > 0 || rewritten) scopedNames.push({ ...scoped, refersTo: result.formula });
    if (result.moved > 0) movedScopedNames.push(sheetReference(scoped.sheet, scoped.name));
    if (result.lost > 0) lostNames.push(sheetReference(scoped.sheet, scoped.name));
  }
  const charts = movedCharts(formulas, snapshot.charts ?? [], written);
  for (const { sheet, count } of lostRuleFormulas)
    problems.push({ code: "upgrade.ruleReferencesLost", params: { sheet, count } });
  for (const { sheet, charts: lost } of charts.lost)
    problems.push({
      code: "upgrade.chartReferencesLost",
      params: { sheet, count: lost.length, charts: lost.join(", ") },
    });
  if (lostNames.length > 0)
    problems.push({
      code: "upgrade.nameReferencesLost",
      params: { count: lostNames.length, names: lostNames.join(", ") },
    });
  for (const { sheet, cells } of formulas.lost)
    problems.push({
      code: "upgrade.referencesLost",
      params: { sheet, count: cells.length, cells: cells.join(", ") },
    });

  return {
    patch: {
      sheets,
      definedNames: [...layout.definedNames, ...movedNames],
      ...(edits.length > 0 ? { edits } : {}),
      ...(charts.edits.length > 0 ? { chartEdits: charts.edits } : {}),
      ...(ruleEdits.length > 0 ? { ruleEdits } : {}),
      ...(scopedNames.length > 0 ? { scopedNames } : {}),
    },
    tabOrder: upgradeTabOrder(
      existingSheets,
      layout.sheets.map((sheet) => sheet.name)
    ),
    report: {
      templateId: template.templateId,
      fromVersion: stored.templateVersion,
      toVersion: template.templateVersion,
      addedAreas,
      ...templateAdditions(stored, template),
      addedObjectives,
      keptRows,
      carriedUserColumns,
      carriedOutside,
      movedFormulas: formulas.moved,
      movedNames: [...movedNames.map((name) => name.name), ...movedScopedNames],
      movedCharts: charts.moved,
      movedRuleFormulas,
      keptAreas,
      problems,
    },
    collisions,
    unidentified,
    overlong,
  };
}

/** The carried input cells of a rebuilt table, with typed formulas' references moved (unqualified: the tab itself). */
function movedTableRows(
  formulas: MovedFormulas,
  sheet: string,
  rows: Map<string, CellInput>[],
  rebuilt: TablePatch
): Map<string, CellInput>[] {
  if (formulas.isEmpty) return rows;
  const { row: headerRow, column: firstColumn } = parseCellAddress(rebuilt.topLeft);
  return rows.map((row, index) => {
    let moved: Map<string, CellInput> | undefined;
    for (const [header, input] of row) {
      if (input === null || typeof input !== "object" || !("formula" in input)) continue;
      const column = rebuilt.headers.indexOf(header);
      const address = cellAddress(headerRow + 1 + index, firstColumn + Math.max(0, column));
      const formula = formulas.moveCell(sheet, address, input.formula);
      if (formula === null) continue;
      moved ??= new Map(row);
      moved.set(header, { ...input, formula });
    }
    return moved ?? row;
  });
}
