/**
 * Importing area workbooks returned by email into their areas' tabs (SPEC §6) as one pure step: this workbook's
 * snapshot and the files' snapshots in; the rebuilt tabs and `Registro` as a patch, the snapshot as it will read
 * after the write, and what to report, out.
 *
 * A file's area is matched by table name (`T_<CODE>`), template id and version (a one-tab copy, which stores no
 * template, by table name and columns: `missingLayoutColumns`), and taken only when its rows hold typed values (a copy of the whole plan returned by one area brings that area alone). Its rows replace the tab's.
 * Two conflicts stop the import (nothing is written while one is unresolved): the tab already holds typed values
 * that differ (resolved by `replace`, which records every replaced value, or `keep`), and two files for one area
 * (resolved only by `keep`: they are never merged). A file that cannot be used (not a plan, another template or
 * version, an area this plan does not have) is reported, and the rest is imported.
 *
 * What users put on a tab around its table (given as the tab's `SheetContents`, read for the tabs `importedTabs`
 * names) is carried to the same address of the rebuilt tab (`carryOutsideCells`, as an upgrade does). A cell the
 * rebuilt table would cover (longer by the file's rows, wider by its columns) refuses that area alone
 * (`import.outsideCollision`), as the tab's other problems do: the other areas' files are imported. What the area
 * lead typed around the table in the file (the file's `SheetContents`, `withOutsideCells`) is carried too, at the same
 * place relative to the table (`carryFileOutsideCells`): notes on the tab and in the file in different cells are both
 * kept; a file cell holding what the tab's cell holds is already there; one whose place holds something else on the
 * tab refuses that area (`import.fileOutsideCollision`), naming the cells on both sides. Links on cells (the
 * snapshots' `SheetExtras`) go with the values they sit on (`carryLinks`): the file's on the rows it brings, the tab's
 * on what is around its table; the others are named (`notCarriedFindings`).
 */
import { ConsolidationFinding } from "../consolidation/ConsolidationFinding";
import { layoutLogSheet, LOG_TEXT } from "../consolidation/layoutLogSheet";
import { LOG } from "../consolidation/matrixLayout";
import { readPreviousMatrix } from "../consolidation/PreviousMatrix";
import { AreaSheet } from "../plan/AreaSheet";
import { filledRowCount } from "../plan/filledRowCount";
import { readPlan } from "../plan/readPlan";
import { Template, areasInOrder } from "../template/Template";
import { rectAddress } from "../workbook/rectsAround";
import { sameTableName, tableName } from "../workbook/sheetNames";
import { SheetPatch, WorkbookPatch } from "../workbook/WorkbookPatch";
import { WorkbookSnapshot } from "../workbook/WorkbookSnapshot";
import {
  computedTypedOver,
  importedAreaSheet,
  importedColumns,
  importsCell,
} from "./importedAreaSheet";
import { missingLayoutColumns } from "./missingLayoutColumns";
import { readReplacedValues } from "./readReplacedValues";
import { readHistory } from "../history/readHistory";
import { ReplacedValue } from "./ReplacedValue";
import { tableOfSheet } from "./tableOfSheet";
import { unidentifiedColumns } from "../workbook/unidentifiedColumns";
import { TypedDifference, typedDifferences } from "./typedDifferences";
import { notCarriedFindings } from "./notCarriedFindings";
import { SheetExtras, withContentLinks } from "../workbook/SheetExtras";
import { SheetContents } from "../workbook/SheetContents";
import { carryOutsideCells } from "../workbook/carryOutsideCells";
import { carryFileOutsideCells } from "./carryFileOutsideCells";
import { carryLinks, joinPlaces, movedPlaces, sameAddressPlaces } from "../workbook/carryLinks";
import { tableCellPlaces } from "../workbook/tableCellPlaces";
import { overlongCells, OverlongText, overlongTexts } from "../workbook/overlongTexts";

/** An area workbook returned by email, already read. */
export type AreaFile = { file: string; snapshot: WorkbookSnapshot };

/** A conflict the user must resolve before anything is written. */
export type AreaConflict =
  | {
      kind: "tabDiffers";
      area: string;
      name: string;
      sheet: string;
      file: string;
      differences: TypedDifference[];
    }
  | { kind: "twoFiles"; area: string; name: string; files: string[] };

export type ImportedArea = {
  area: string;
  name: string;
  sheet: string;
  file: string;
  /** Filled rows the file brought. */
  rows: number;
  /** Typed values of the tab it replaced (recorded in `Registro`). */
  replaced: number;
};

export type AreaImportPlan = {
  /** Unresolved conflicts: nothing may be written. */
  refused: boolean;
  conflicts: AreaConflict[];
  imported: ImportedArea[];
  /** Every line to report and to record in `Registro`, in order: files not used, conflicts, areas imported. */
  findings: ConsolidationFinding[];
  /** The values this import replaced (only these; `Registro` also keeps earlier imports'). */
  replaced: ReplacedValue[];
  /** The rebuilt area tabs and `Registro`; empty when refused or when nothing is imported. */
  patch: WorkbookPatch;
  /** The rebuilt area tabs alone (consolidation writes its own `Registro`). */
  areaSheets: SheetPatch[];
  /** This workbook as it will read once the patch is written. */
  after: WorkbookSnapshot;
  /**
   * Per imported area, the cells it would write holding a text longer than an Excel cell holds: the file's (its
   * table, the cells carried from around it) and the tab's (notes carried around its table, typed values `Registro`
   * would record as replaced). Nothing may be written while one is named (`refuseOverlongImportTexts`).
   */
  overlong: { area: string; file: string; fromFile: OverlongText[]; fromTab: OverlongText[] }[];
};

/**
 * `extras`: what the file's sheet holding the area's table has that the rebuilt tab does not carry; `outside`: what
 * it holds around that table, when the file was read with it (`withOutsideCells`).
 */
type Claim = {
  file: string;
  sheet: AreaSheet;
  rows: number;
  extras: SheetExtras | undefined;
  outside: SheetContents | undefined;
};

function claimsOf(
  template: Template,
  files: AreaFile[],
  findings: ConsolidationFinding[]
): Map<string, Claim[]> {
  const known = new Set(areasInOrder(template).map(({ area }) => area.code.toUpperCase()));
  const claims = new Map<string, Claim[]>();
  for (const { file, snapshot } of files) {
    const refuse = (
      code: ConsolidationFinding["code"],
      area: string | null,
      params: Record<string, string | number>
    ): void => {
      findings.push({ severity: "conflict", code, file, area, params: { file, ...params } });
    };
    const plan = readPlan(snapshot);
    // A file without a stored template but with area tables is a one-tab copy (`missingLayoutColumns`).
    const oneTab = plan.templateProblem === "missing" && plan.areas.length > 0;
    if (!plan.template && !oneTab) {
      refuse("import.notPlan", null, {});
      continue;
    }
    if (plan.template && plan.template.templateId !== template.templateId) {
      refuse("import.otherTemplate", null, {
        found: plan.template.templateId,
        expected: template.templateId,
        year: template.year,
      });
      continue;
    }
    for (const sheet of plan.areas) {
      const rows = filledRowCount(sheet);
      const below = sheet.table.filledBelow;
      if (below && known.has(sheet.code)) {
        // Typed under the table, outside it: importing the table alone would lose them (even an empty table's).
        refuse("import.rowsBelow", sheet.code, {
          area: sheet.code,
          table: sheet.table.name,
          sheet: sheet.table.sheet,
          range: rectAddress(below),
        });
      } else if (rows === 0) {
        findings.push({
          severity: "notice",
          code: "import.noData",
          file,
          area: sheet.code,
          params: { file, area: sheet.code },
        });
      } else if (!known.has(sheet.code)) {
        refuse("import.unknownArea", sheet.code, { table: tableName(sheet.code) });
      } else if (plan.template && plan.template.templateVersion !== template.templateVersion) {
        refuse("import.staleVersion", sheet.code, {
          area: sheet.code,
          found: plan.template.templateVersion,
          expected: template.templateVersion,
        });
      } else if (oneTab && missingLayoutColumns(template, sheet).length > 0) {
        refuse("import.oneTabColumns", sheet.code, {
          area: sheet.code,
          table: sheet.table.name,
          columns: missingLayoutColumns(template, sheet).join(", "),
        });
      } else {
        if (oneTab)
          findings.push({
            severity: "notice",
            code: "import.oneTab",
            file,
            area: sheet.code,
            params: { file, area: sheet.code, table: sheet.table.name },
          });
        const entry = snapshot.sheets.find((candidate) => candidate.name === sheet.table.sheet);
        claims.set(sheet.code, [
          ...(claims.get(sheet.code) ?? []),
          { file, sheet, rows, extras: entry?.extras, outside: entry?.outside },
        ]);
      }
    }
  }
  return claims;
}

/**
 * The tabs (sheet names) an import of `files` may rebuild: those of the areas one file alone brings, not kept. Their
 * `SheetContents` is what `planAreaImport` needs to keep what users put around their tables.
 */
export function importedTabs(
  snapshot: WorkbookSnapshot,
  files: AreaFile[],
  keep: string[] = []
): string[] {
  const plan = readPlan(snapshot);
  if (!plan.template) return [];
  const kept = new Set(keep.map((code) => code.toUpperCase()));
  const claims = claimsOf(plan.template, files, []);
  return plan.areas
    .filter((sheet) => claims.get(sheet.code)?.length === 1 && !kept.has(sheet.code))
    .map((sheet) => sheet.table.sheet);
}

export function planAreaImport(input: {
  snapshot: WorkbookSnapshot;
  files: AreaFile[];
  /** Areas (codes) whose tab's typed values the user agreed to replace. */
  replace?: string[];
  /** Areas (codes) the user chose to keep as they are: their files are not imported. */
  keep?: string[];
  /** yyyy-mm-dd */
  today: string;
  /**
   * What the tabs hold around their tables, by tab name (`importedTabs`): carried to the rebuilt tabs. A tab not
   * given is rebuilt from its table alone.
   */
  contents?: ReadonlyMap<string, SheetContents>;
}): AreaImportPlan {
  const { snapshot, today } = input;
  const replace = new Set((input.replace ?? []).map((code) => code.toUpperCase()));
  const keep = new Set((input.keep ?? []).map((code) => code.toUpperCase()));
  const plan = readPlan(snapshot);
  const template = plan.template;
  if (!template) throw new Error("planAreaImport needs a plan with its template");
  const year = plan.config?.year ?? template.year;
  const layoutTemplate = { ...template, year };
  const findings: ConsolidationFinding[] = [];
  const claims = claimsOf(template, input.files, findings);
  const tabs = new Map(plan.areas.map((sheet) => [sheet.code, sheet]));
  const conflicts: AreaConflict[] = [];
  const imported: ImportedArea[] = [];
  const replaced: ReplacedValue[] = [];
  const areaSheets: SheetPatch[] = [];
  const overlong: AreaImportPlan["overlong"] = [];
  const note = (
    code: ConsolidationFinding["code"],
    file: string | null,
    area: string,
    params: Record<string, string | number>
  ): void => {
    findings.push({ severity: "notice", code, file, area, params: { area, ...params } });
  };

  for (const { area, macroprocess } of areasInOrder(template)) {
    const code = area.code.toUpperCase();
    const claimed = claims.get(code) ?? [];
    if (claimed.length === 0) continue;
    const files = claimed.map((claim) => claim.file);
    if (keep.has(code)) {
      note("import.kept", null, code, { files: files.join(", ") });
      continue;
    }
    if (claimed.length > 1) {
      conflicts.push({ kind: "twoFiles", area: code, name: area.name, files });
      findings.push({
        severity: "conflict",
        code: "import.twoFiles",
        file: null,
        area: code,
        params: { area: code, files: files.join(", ") },
      });
      continue;
    }
    const [claim] = claimed;
    /** This area's file left out, and why: a line to report and to record in `Registro`. */
    const refuse = (
      findingCode: ConsolidationFinding["code"],
      params: Record<string, string | number>
    ): void => {
      findings.push({
        severity: "conflict",
        code: findingCode,
        file: claim.file,
        area: code,
        params: { file: claim.file, area: code, ...params },
      });
    };
    const tab = tabs.get(code);
    if (!tab) {
      refuse("import.noTab", { table: tableName(code) });
      continue;
    }
    const neighbours = snapshot.tables.filter(
      (other) => other.sheet === tab.table.sheet && other.name !== tab.table.name
    );
    if (neighbours.length > 0) {
      refuse("import.sharedSheet", {
        sheet: tab.table.sheet,
        others: neighbours.map((other) => other.name).join(", "),
      });
      continue;
    }
    // The tab is rebuilt from the layout, which has no Total Row: refused rather than dropped.
    if (tab.table.totalsRow) {
      refuse("import.totalsRow", { sheet: tab.table.sheet, table: tab.table.name });
      continue;
    }
    // The tab is rebuilt by header: a column with values and no header of its own would be lost.
    const unidentified = [
      {
        code: "import.unidentifiedColumns" as const,
        columns: unidentifiedColumns(claim.sheet.table),
      },
      { code: "import.tabUnidentifiedColumns" as const, columns: unidentifiedColumns(tab.table) },
    ].filter(({ columns }) => columns.length > 0);
    if (unidentified.length > 0) {
      for (const { code: findingCode, columns } of unidentified)
        refuse(findingCode, {
          sheet: columns[0].sheet,
          count: columns.length,
          columns: columns.map((column) => column.column).join(", "),
        });
      continue;
    }
    // What users put around the tab's table goes to the same address; where the rebuilt table would cover it,
    // this area is not imported (nothing typed is written over), whatever the user decides on its values.
    let rebuilt = importedAreaSheet({
      template: layoutTemplate,
      macroprocess,
      area,
      tab,
      file: claim.sheet,
    });
    const held = input.contents?.get(tab.table.sheet);
    const outside = held
      ? carryOutsideCells(rebuilt, tab.table, rebuilt.blocks, held)
      : { sheet: rebuilt, carried: [], collisions: [] };
    if (outside.collisions.length > 0)
      refuse("import.outsideCollision", {
        sheet: tab.table.sheet,
        count: outside.collisions.length,
        cells: outside.collisions.join(", "),
      });
    // Then what the area lead typed around the table in the file, where the tab has nothing else.
    const fromFile = claim.outside
      ? carryFileOutsideCells({
          rebuilt: outside.sheet,
          layoutBlocks: rebuilt.blocks,
          tabCells: new Map(
            outside.carried.flatMap((address) => {
              const cell = held?.cells.get(address);
              return cell ? [[address, cell] as const] : [];
            })
          ),
          rebuiltTable: tableOfSheet(rebuilt),
          fileTable: claim.sheet.table,
          fileContents: claim.outside,
        })
      : { sheet: outside.sheet, carried: [], formulas: [], collisions: [] };
    const fileSide = {
      fileSheet: claim.sheet.table.sheet,
      sheet: tab.table.sheet,
    };
    if (fromFile.collisions.length > 0)
      refuse("import.fileOutsideCollision", {
        ...fileSide,
        count: fromFile.collisions.length,
        cells: fromFile.collisions.map((cell) => cell.from).join(", "),
        tabCells: fromFile.collisions.map((cell) => cell.to || "—").join(", "),
      });
    if (outside.collisions.length > 0 || fromFile.collisions.length > 0) continue;
    rebuilt = fromFile.sheet;
    const differences = typedDifferences(tab, claim.sheet);
    if (differences.length > 0 && !replace.has(code)) {
      conflicts.push({
        kind: "tabDiffers",
        area: code,
        name: area.name,
        sheet: tab.table.sheet,
        file: claim.file,
        differences,
      });
      const [first] = differences;
      refuse("import.tabDiffers", {
        sheet: tab.table.sheet,
        count: differences.length,
        id: first.id,
        column: first.column,
      });
      continue;
    }
    // Links go with the values they sit on: the file's on the rows it brings and on the cells around its table that
    // were carried, the tab's on what is around its table.
    const tabExtras = withContentLinks(
      snapshot.sheets.find((entry) => entry.name === tab.table.sheet)?.extras,
      held
    );
    const fileLinks = carryLinks(
      claim.extras?.hyperlinks,
      joinPlaces([
        tableCellPlaces(
          claim.sheet.table,
          importedColumns(layoutTemplate, claim.sheet),
          importsCell,
          rebuilt.tables[0]
        ),
        movedPlaces(fromFile.carried),
      ])
    );
    const tabLinks = carryLinks(tabExtras?.hyperlinks, sameAddressPlaces(outside.carried));
    const links = [...fileLinks.carried, ...tabLinks.carried];
    if (links.length > 0) rebuilt = { ...rebuilt, hyperlinks: links };
    areaSheets.push(rebuilt);
    replaced.push(
      ...differences.map((difference) => ({
        ...difference,
        area: code,
        file: claim.file,
        on: today,
      }))
    );
    // Texts no cell holds, in what this area would write (the tab's table cells all go: replaced, into `Registro`,
    // or the file's alike, already found there).
    const fileTexts = [
      ...overlongTexts(claim.sheet.table),
      ...overlongCells(
        claim.sheet.table.sheet,
        claim.outside?.cells,
        fromFile.carried.map((cell) => cell.from)
      ),
    ];
    const tabTexts = [
      ...overlongTexts(tab.table),
      ...overlongCells(tab.table.sheet, held?.cells, outside.carried),
    ];
    if (fileTexts.length > 0 || tabTexts.length > 0)
      overlong.push({ area: code, file: claim.file, fromFile: fileTexts, fromTab: tabTexts });
    imported.push({
      area: code,
      name: area.name,
      sheet: tab.table.sheet,
      file: claim.file,
      rows: claim.rows,
      replaced: differences.length,
    });
    note("import.used", claim.file, code, {
      file: claim.file,
      sheet: tab.table.sheet,
      rows: claim.rows,
    });
    if (differences.length > 0)
      note("import.replaced", claim.file, code, { count: differences.length });
    const typedOver = computedTypedOver(layoutTemplate, claim.sheet);
    if (typedOver.length > 0)
      note("import.computedReplaced", claim.file, code, {
        ...fileSide,
        file: claim.file,
        count: typedOver.length,
        cells: typedOver.join(", "),
      });
    if (outside.carried.length > 0)
      note("import.outsideCarried", claim.file, code, {
        file: claim.file,
        sheet: tab.table.sheet,
        count: outside.carried.length,
        cells: outside.carried.join(", "),
      });
    if (fromFile.carried.length > 0)
      note("import.fileOutsideCarried", claim.file, code, {
        ...fileSide,
        file: claim.file,
        count: fromFile.carried.length,
        cells: fromFile.carried.map((cell) => cell.from).join(", "),
        tabCells: fromFile.carried.map((cell) => cell.to).join(", "),
      });
    if (fromFile.formulas.length > 0)
      note("import.fileOutsideFormulas", claim.file, code, {
        ...fileSide,
        file: claim.file,
        count: fromFile.formulas.length,
        cells: fromFile.formulas.join(", "),
      });
    findings.push(
      ...notCarriedFindings({
        area: code,
        file: claim.file,
        sheet: claim.sheet.table.sheet,
        fileExtras: claim.extras && { ...claim.extras, hyperlinks: fileLinks.left },
        tab: tab.table.sheet,
        tabExtras: tabExtras && { ...tabExtras, hyperlinks: tabLinks.left },
        tabComments: held?.comments,
      })
    );
  }

  const refused = conflicts.length > 0;
  if (refused || areaSheets.length === 0)
    return {
      refused,
      conflicts,
      imported: refused ? [] : imported,
      findings,
      replaced: [],
      patch: { sheets: [], definedNames: [] },
      areaSheets: [],
      after: snapshot,
      overlong: refused ? [] : overlong,
    };

  const newTables = new Map(
    areaSheets.map((sheet) => {
      const table = tableOfSheet(sheet);
      return [table.name.toLowerCase(), table];
    })
  );
  const allReplaced = [...readReplacedValues(snapshot), ...replaced];
  const log = layoutLogSheet({
    heading: { label: LOG_TEXT.imported, when: today },
    findings,
    replaced: allReplaced,
    retired: readPreviousMatrix(snapshot).retired,
    history: readHistory(snapshot, plan.config?.bands ?? template.bands),
  });
  const after: WorkbookSnapshot = {
    ...snapshot,
    tables: [
      ...snapshot.tables
        .filter((table) => !sameTableName(table.name, LOG.replacedTable))
        .map((table) => newTables.get(table.name.toLowerCase()) ?? table),
      tableOfSheet(
        log,
        log.tables.findIndex((table) => table.name === LOG.replacedTable)
      ),
    ],
  };
  return {
    refused,
    conflicts,
    imported,
    findings,
    replaced,
    patch: { sheets: [...areaSheets, log], definedNames: [] },
    areaSheets,
    after,
    overlong,
  };
}
