/**
 * The semáforo of a whole plan at its cut-off: per row, area, macroprocess and institution (SPEC §5, §5.1, §8).
 * Every figure that rests on an error says so: band `con-errores`, and `rowsWithErrors` / `areasWithErrors` count
 * what a roll-up left out.
 */
import { AreaSheet, excelRow } from "../plan/AreaSheet";
import { Cell, EMPTY, hasFormula } from "../workbook/CellValue";
import { PlanConfig } from "../plan/PlanConfig";
import { CutoffIndexProblem } from "../plan/cutoffIndexUnusable";
import { Plan } from "../plan/readPlan";
import { blankRowTest } from "../plan/isRowBlank";
import { Area, Bands, Macroprocess, areasInOrder } from "../template/Template";
import { HEADERS, executedHeader, programmedHeader } from "../workbook/areaColumns";
import { BAND_LABEL, COMPUTED_HEADERS } from "../workbook/rowFormulas";
import { misplacedPeriodSeries } from "../workbook/misplacedPeriodSeries";
import { Band, BANDS, bandOf } from "./Band";
import {
  ComplianceColumns,
  complianceTexts,
  RowCompliance,
  writeRowCompliance,
} from "./computeRowCompliance";
import { isLeftOut, meanOfPresent, rollUpArea, weighsRows } from "./rollUp";
import {
  OverwrittenFormulaTest,
  overwrittenFormulaTest,
} from "../validation/overwrittenFormulaTest";

export type RowSemaphore = RowCompliance & {
  id: string;
  area: string;
  sheet: string;
  row: number;
  responsible: string;
  weight: number | null;
  weightError: boolean;
  /**
   * Left out of its area's figure because of an error (SPEC §5.1): band `con-errores`, or programming to date
   * without a numeric `Ponderación` in an area that weights its rows. Every view lists and counts these rows.
   */
  leftOut: boolean;
};

/** Why an area's own figure is unavailable (SPEC §5.1); null when it stands. */
export type AreaError =
  "missingHeader" | "periodColumnsMoved" | "missingTable" | "weightError" | "zeroWeight" | null;

export type AreaSemaphore = {
  code: string;
  name: string;
  /** The plan section number (e.g. "3.1"); null for a table the template does not know. */
  section: string | null;
  macroprocess: string | null;
  sheet: string;
  compliance: number | null;
  band: Band;
  weighted: boolean;
  rows: number;
  programmedRows: number;
  /** Rows left out of the area's figure because of an error (SPEC §5.1 `rows_with_errors`). */
  rowsWithErrors: number;
  error: AreaError;
  /** Headers the semáforo reads that the table lacks (missing or renamed). */
  missingHeaders: string[];
  bandCounts: Record<Band, number>;
};

export type GroupSemaphore = {
  name: string;
  code: string | null;
  compliance: number | null;
  band: Band;
  /** Areas with a figure. */
  areas: number;
  rowsWithErrors: number;
  /** Areas whose own figure is unavailable because of an error, left out of this one. */
  areasWithErrors: number;
  /** Member areas `Sin diligenciar` (never filled), named beside the figure (SPEC §5). */
  unfilledAreas: { code: string; section: string | null; name: string }[];
  /** Member areas in all. */
  totalAreas: number;
};

export type InstitutionSemaphore = Omit<GroupSemaphore, "name" | "code">;

export type SemaphoreReport = {
  cutoff: string;
  rows: RowSemaphore[];
  areas: AreaSemaphore[];
  macroprocesses: GroupSemaphore[];
  institution: InstitutionSemaphore;
  /** The thresholds of `Configuración` are not usable (SPEC §5.1): every band of a number is `con-errores`. */
  thresholdErrors: number;
  /**
   * 1 when `CorteIndice` is unusable (SPEC §5.1: it lost its formula, so the sheets compute at another period, or it
   * evaluates to an error value, so they show errors), else 0: every band of a number is `con-errores`, and so is a
   * row's `Sin programación` (nothing due at which period?).
   */
  cutoffIndexErrors: number;
  /** Why `CorteIndice` is unusable, for the warnings' wording; null when it is usable. */
  cutoffIndexProblem: CutoffIndexProblem | null;
};

/** The columns a row's semáforo reads, resolved once per sheet (-1 where the table lacks the column). */
type SemaphoreColumns = ComplianceColumns & {
  weight: number;
  id: number;
  responsible: number;
  semaphore: number;
  /** The computed columns the table has. */
  computed: number[];
};

/** The headers the semáforo and the sheets' live formulas rest on: without one, the area has no figure. */
export function semaphoreHeaders(periodLabels: string[]): string[] {
  return [
    HEADERS.unit,
    HEADERS.direction,
    ...periodLabels.map(programmedHeader),
    ...periodLabels.map(executedHeader),
    HEADERS.weight,
    HEADERS.programmedToDate,
    HEADERS.executedToDate,
    HEADERS.compliance,
    HEADERS.semaphore,
  ];
}

/**
 * Why a table gives its area no figure at all, whatever its rows hold (SPEC §5.1); null when it can give one. A header
 * the semáforo reads is missing or renamed (`missingHeader`: the figure would be computed from blanks); or a period
 * series is not side by side in period order (`periodColumnsMoved`: a column moved, or one inserted among them), so
 * the sheet's live formulas, whose ranges Excel and LibreOffice adjusted, sum other cells than the headers name. A
 * `Matriz` holds values, not live formulas: there the order of its columns changes no figure.
 */
function tableError(
  sheet: AreaSheet,
  config: PlanConfig
): "missingHeader" | "periodColumnsMoved" | null {
  if (semaphoreHeaders(config.periodLabels).some((header) => !sheet.columns.has(header)))
    return "missingHeader";
  if (
    !sheet.computedAsValues &&
    misplacedPeriodSeries(sheet.table.headers, config.periodLabels).length > 0
  )
    return "periodColumnsMoved";
  return null;
}

/**
 * Whether a number's band stands (SPEC §5.1): the thresholds are usable and `CorteIndice` still computes the sheets
 * at `Corte`'s period. Otherwise every band of a number rests on a configuration error: `con-errores`.
 */
const bandsStand = (config: PlanConfig): boolean =>
  config.thresholdProblems.length === 0 && config.cutoffIndexUnusable === null;

function semaphoreColumns(sheet: AreaSheet, config: PlanConfig): SemaphoreColumns {
  const column = (header: string): number => sheet.columns.get(header) ?? -1;
  return {
    unit: column(HEADERS.unit),
    direction: column(HEADERS.direction),
    programmed: config.periodLabels.map((label) => column(programmedHeader(label))),
    executed: config.periodLabels.map((label) => column(executedHeader(label))),
    weight: column(HEADERS.weight),
    id: column(HEADERS.id),
    responsible: column(HEADERS.responsible),
    semaphore: column(HEADERS.semaphore),
    computed: COMPUTED_HEADERS.map(column).filter((index) => index >= 0),
  };
}

const cellIn = (row: Cell[], column: number): Cell => (column < 0 ? EMPTY : (row[column] ?? EMPTY));

function textIn(row: Cell[], column: number): string {
  const cell = cellIn(row, column);
  return cell.kind === "text"
    ? cell.value.trim()
    : cell.kind === "number"
      ? String(cell.value)
      : "";
}

/**
 * A computed cell that no longer holds its formula (a value pasted over `% Cumplimiento`, another formula in
 * `Programado a la fecha`) makes its row `con-errores` (SPEC §5.1): the test is validation's (`formula.overwritten`),
 * the same code. A table without the inputs of those formulas has none to compare with: there only a cell without
 * any formula is broken, as `Resumen`'s ISFORMULA test sees it. In a `Matriz` the computed columns are values: a row
 * recorded there as `Con errores` stays so.
 */
function computedCellsBroken(
  sheet: AreaSheet,
  row: Cell[],
  rowIndex: number,
  columns: SemaphoreColumns,
  formulaTest: OverwrittenFormulaTest | null
): boolean {
  if (sheet.computedAsValues) {
    const band = cellIn(row, columns.semaphore);
    return band.kind === "text" && band.value === BAND_LABEL["con-errores"];
  }
  if (formulaTest) return formulaTest.inRow(row, rowIndex);
  for (const column of columns.computed) if (!hasFormula(cellIn(row, column))) return true;
  return false;
}

/** The semáforo of each row with anything typed in `sheet`, in row order (blank rows have none). */
export function computeAreaRows(sheet: AreaSheet, config: PlanConfig): RowSemaphore[] {
  const columns = semaphoreColumns(sheet, config);
  const blank = blankRowTest(sheet);
  const texts = complianceTexts();
  const tableBroken = tableError(sheet, config);
  const bandsUsable = bandsStand(config);
  const formulaTest = sheet.computedAsValues
    ? null
    : overwrittenFormulaTest(sheet, config.periodLabels);
  const results: RowSemaphore[] = [];
  const rows = sheet.table.rows;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    if (blank(row)) continue;
    const weight = cellIn(row, columns.weight);
    // The whole record at once, its fields listed one by one (an object spread here cost ten times the rest of the
    // row, `npm run bench`); the compliance is written into it, then corrected where the row's figure is unavailable.
    const result: RowSemaphore = {
      programmed: 0,
      executed: 0,
      compliance: null,
      band: "sin-programacion",
      overExecution: false,
      inputError: null,
      id: textIn(row, columns.id),
      area: sheet.code,
      sheet: sheet.table.sheet,
      row: excelRow(sheet, index),
      responsible: textIn(row, columns.responsible),
      weight: weight.kind === "number" ? weight.value : null,
      // A weight that is an error value, or a formula never calculated: the area's weighted sum is unknown.
      weightError: weight.kind === "error" || (weight.kind === "empty" && hasFormula(weight)),
      leftOut: false,
    };
    writeRowCompliance(result, row, columns, config.cutoffIndex, config.bands, bandsUsable, texts);
    // A table without a header the semáforo reads would be computed from blanks, one with its period columns out of
    // place differs from the sheet's own formulas: no figure at all (SPEC §5.1). Validation's `formulaRule` relies on
    // this: a row left here with `inputError` null passed the formula test.
    const unavailable = tableBroken !== null && result.inputError === null;
    const overwritten =
      !unavailable &&
      result.inputError === null &&
      computedCellsBroken(sheet, row, index, columns, formulaTest);
    if (unavailable || overwritten) {
      result.compliance = null;
      result.band = "con-errores";
      result.overExecution = false;
      result.inputError = unavailable ? tableBroken : "formula";
    } else if (config.cutoffIndexUnusable !== null && result.band === "sin-programacion")
      // `CorteIndice` unusable: the sheet computes the row at another period (or shows an error), so "nothing
      // programmed to date" rests on that error too; a year never programmed (`sin-diligenciar`, any period) stands.
      result.band = "con-errores";
    results.push(result);
  }
  const weighted = weighsRows(results);
  for (let at = 0; at < results.length; at++)
    results[at].leftOut = isLeftOut(results[at], weighted);
  return results;
}

function countBands(rows: RowSemaphore[]): Record<Band, number> {
  const counts = Object.fromEntries(BANDS.map((band) => [band, 0])) as Record<Band, number>;
  for (let at = 0; at < rows.length; at++) counts[rows[at].band]++;
  return counts;
}

/**
 * The band of a roll-up: its number's band; without a number, `con-errores` when errors left it without one,
 * `sin-diligenciar` when none of its members was ever filled, else `sin-programacion`; `con-errores` for a number
 * when bands do not stand (`bandsStand`: thresholds unusable, `CorteIndice` overwritten).
 */
function rollUpBand(
  compliance: number | null,
  bands: Bands,
  bandsUsable: boolean,
  errorsLeftOut: number,
  unfilled: boolean
): Band {
  if (compliance === null)
    return errorsLeftOut > 0 ? "con-errores" : unfilled ? "sin-diligenciar" : "sin-programacion";
  return bandsUsable ? bandOf(compliance, bands) : "con-errores";
}

function areaSemaphore(
  sheet: AreaSheet,
  config: PlanConfig,
  areaRows: RowSemaphore[]
): AreaSemaphore {
  const missingHeaders = semaphoreHeaders(config.periodLabels).filter(
    (header) => !sheet.columns.has(header)
  );
  const rollUp = rollUpArea(areaRows);
  const broken = tableError(sheet, config);
  const error: AreaError = broken ?? rollUp.error;
  const compliance = error === null ? rollUp.compliance : null;
  const rowsWithErrors = broken !== null ? areaRows.length : rollUp.rowsWithErrors;
  return {
    code: sheet.code,
    name: sheet.area?.name ?? sheet.table.sheet,
    section: sheet.area?.section ?? null,
    macroprocess: sheet.macroprocess?.name ?? null,
    sheet: sheet.table.sheet,
    compliance,
    band: rollUpBand(
      compliance,
      config.bands,
      bandsStand(config),
      rowsWithErrors + (error === null ? 0 : 1),
      areaRows.every((row) => row.band === "sin-diligenciar")
    ),
    weighted: rollUp.weighted,
    rows: areaRows.length,
    programmedRows: broken !== null ? 0 : rollUp.programmedRows,
    rowsWithErrors,
    error,
    missingHeaders,
    bandCounts: countBands(areaRows),
  };
}

/** A template area whose table is gone (deleted, or renamed away from `T_<CODE>`): no figure, never dropped silently. */
function missingArea(
  area: Area,
  macroprocess: Macroprocess,
  noRows: Record<Band, number>
): AreaSemaphore {
  return {
    code: area.code.toUpperCase(),
    name: area.name,
    section: area.section,
    macroprocess: macroprocess.name,
    sheet: "",
    compliance: null,
    band: "con-errores",
    weighted: false,
    rows: 0,
    programmedRows: 0,
    rowsWithErrors: 0,
    error: "missingTable",
    missingHeaders: [],
    bandCounts: noRows,
  };
}

/** Mean of the member areas with a figure; areas whose figure rests on an error are counted, never averaged. */
function groupOf(members: AreaSemaphore[], config: PlanConfig): InstitutionSemaphore {
  const compliance = meanOfPresent(members.map((area) => area.compliance));
  const unfilled = members.filter((area) => area.band === "sin-diligenciar");
  const rowsWithErrors = members.reduce((sum, area) => sum + area.rowsWithErrors, 0);
  const areasWithErrors = members.filter(
    (area) => area.band === "con-errores" && area.compliance === null
  ).length;
  return {
    compliance,
    band: rollUpBand(
      compliance,
      config.bands,
      bandsStand(config),
      rowsWithErrors + areasWithErrors,
      members.length > 0 && unfilled.length === members.length
    ),
    areas: members.filter((area) => area.compliance !== null).length,
    rowsWithErrors,
    areasWithErrors,
    unfilledAreas: unfilled.map(({ code, section, name }) => ({ code, section, name })),
    totalAreas: members.length,
  };
}

export function computeSemaphore(plan: Plan, config: PlanConfig): SemaphoreReport {
  const rows: RowSemaphore[] = [];
  const computeArea = (sheet: AreaSheet): AreaSemaphore => {
    const areaRows = computeAreaRows(sheet, config);
    for (let at = 0; at < areaRows.length; at++) rows.push(areaRows[at]);
    return areaSemaphore(sheet, config, areaRows);
  };
  // Template order; a template area without its table is there too, marked (SPEC §5.1: no figure without its area).
  const byCode = new Map(plan.areas.map((sheet) => [sheet.code, sheet]));
  const known = plan.template ? areasInOrder(plan.template) : [];
  const noRows = countBands([]);
  const areas: AreaSemaphore[] = [
    ...known.map(({ area, macroprocess }) => {
      const sheet = byCode.get(area.code.toUpperCase());
      return sheet ? computeArea(sheet) : missingArea(area, macroprocess, noRows);
    }),
    ...plan.areas
      .filter((sheet) => !known.some(({ area }) => area.code.toUpperCase() === sheet.code))
      .map(computeArea),
  ];
  const macroprocesses: GroupSemaphore[] = (plan.template?.macroprocesses ?? []).map(
    (macroprocess) => ({
      name: macroprocess.name,
      code: macroprocess.code,
      ...groupOf(
        areas.filter((area) => area.macroprocess === macroprocess.name),
        config
      ),
    })
  );
  return {
    cutoff: config.cutoffLabel,
    rows,
    areas,
    macroprocesses,
    institution: groupOf(areas, config),
    thresholdErrors: config.thresholdProblems.length,
    cutoffIndexErrors: config.cutoffIndexUnusable !== null ? 1 : 0,
    cutoffIndexProblem: config.cutoffIndexUnusable,
  };
}
