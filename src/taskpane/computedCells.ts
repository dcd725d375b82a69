/**
 * Outside Office the in-browser workbook cannot recalculate its formulas (SPEC §9): the values its computed columns
 * and `Resumen` would show come from the core instead — the same semáforo the operations compute (row compliance,
 * area, macroprocess and institution roll-ups), placed at the cells whose formulas compute them in Excel.
 */
import { AreaSheet, excelRow } from "../core/plan/AreaSheet";
import { computeSemaphore, SemaphoreReport } from "../core/semaphore/computeSemaphore";
import { UNIT_PERCENT } from "../core/template/Template";
import { SameText } from "../core/semaphore/computeRowCompliance";
import { cellAddress } from "../core/workbook/address";
import { HEADERS } from "../core/workbook/areaColumns";
import { SUMMARY_COLUMN } from "../core/workbook/layout/summarySheet";
import { BAND_LABEL } from "../core/workbook/rowFormulas";
import { SHEET } from "../core/workbook/sheetNames";
import { WorkbookSnapshot } from "../core/workbook/WorkbookSnapshot";
import { configuredPlan } from "../operations/checkedPlan";
import { GridValue } from "./BrowserWorkbook";

/** Sheet → A1 address → the value the cell's formula computes. */
export type ComputedCells = Map<string, Map<string, GridValue>>;

const computed = (value: string | number | null, percent = false): GridValue =>
  percent ? { computed: value, percent: true } : { computed: value };

function areaCells(sheet: AreaSheet, report: SemaphoreReport, into: Map<string, GridValue>): void {
  const columnOf = (header: string): number | undefined => {
    const index = sheet.columns.get(header);
    return index === undefined ? undefined : sheet.table.firstColumn + index;
  };
  const unitIndex = sheet.columns.get(HEADERS.unit);
  const byRow = new Map(
    report.rows.filter((row) => row.area === sheet.code).map((row) => [row.row, row])
  );
  const columns = {
    programmed: columnOf(HEADERS.programmedToDate),
    executed: columnOf(HEADERS.executedToDate),
    compliance: columnOf(HEADERS.compliance),
    semaphore: columnOf(HEADERS.semaphore),
  };
  // Porcentaje as the semáforo and the sheet's formulas tell it (case-insensitive, spaces significant).
  const isPercent = new SameText(UNIT_PERCENT);
  sheet.table.rows.forEach((cells, index) => {
    const rowNumber = excelRow(sheet, index);
    const row = byRow.get(rowNumber);
    const set = (column: number | undefined, value: GridValue): void => {
      if (column !== undefined) into.set(cellAddress(rowNumber, column), value);
    };
    if (!row) {
      // A row the semáforo skips (nothing typed in it): no figure to show.
      for (const column of Object.values(columns)) set(column, computed(null));
      return;
    }
    const unit = unitIndex === undefined ? undefined : cells[unitIndex];
    const percent = unit !== undefined && isPercent.test(unit);
    set(columns.programmed, computed(row.programmed, percent));
    set(columns.executed, computed(row.executed, percent));
    set(
      columns.compliance,
      row.compliance !== null
        ? computed(row.compliance, true)
        : computed(row.band === "con-errores" ? BAND_LABEL["con-errores"] : null)
    );
    set(columns.semaphore, computed(BAND_LABEL[row.band]));
  });
}

/** `Resumen`: the rows are found by the code in column C (areas, macroprocesses) and by "Institución". */
function summaryCells(
  snapshotSummary: Map<string, string>,
  report: SemaphoreReport,
  into: Map<string, GridValue>
): void {
  const c = SUMMARY_COLUMN;
  const at = (row: number, column: number): string => cellAddress(row, column);
  const areas = new Map(report.areas.map((area) => [area.code, area]));
  const macroprocesses = new Map(
    report.macroprocesses.map((group) => [group.code ?? group.name, group])
  );
  const seenAreas = new Set<string>();
  const inRowOrder = [...snapshotSummary]
    .map(([address, text]) => ({ match: /^([A-Z]+)(\d+)$/.exec(address), text }))
    .filter((entry) => entry.match !== null)
    .sort((a, b) => Number(a.match![2]) - Number(b.match![2]));
  for (const { match, text } of inRowOrder) {
    if (!match) continue;
    const row = Number(match[2]);
    if (match[1] === "C" && areas.has(text) && !seenAreas.has(text)) {
      seenAreas.add(text);
      const area = areas.get(text)!;
      const withFigure = report.rows.filter(
        (candidate) => candidate.area === area.code && candidate.compliance !== null
      ).length;
      into.set(at(row, c.count), computed(withFigure));
      into.set(at(row, c.compliance), computed(area.compliance, true));
      into.set(at(row, c.band), computed(BAND_LABEL[area.band]));
      into.set(at(row, c.verde), computed(area.bandCounts.verde));
      into.set(at(row, c.amarillo), computed(area.bandCounts.amarillo));
      into.set(at(row, c.rojo), computed(area.bandCounts.rojo));
      into.set(at(row, c.rowsWithErrors), computed(area.rowsWithErrors));
    } else if (match[1] === "C" && macroprocesses.has(text) && seenAreas.size > 0) {
      const group = macroprocesses.get(text)!;
      into.set(at(row, c.count), computed(group.areas));
      into.set(at(row, c.compliance), computed(group.compliance, true));
      into.set(at(row, c.band), computed(BAND_LABEL[group.band]));
      into.set(at(row, c.rowsWithErrors), computed(group.rowsWithErrors));
    } else if (match[1] === "A" && text === "Institución") {
      const institution = report.institution;
      into.set(at(row, c.count), computed(institution.areas));
      into.set(at(row, c.compliance), computed(institution.compliance, true));
      into.set(at(row, c.band), computed(BAND_LABEL[institution.band]));
      into.set(at(row, c.rowsWithErrors), computed(institution.rowsWithErrors));
    }
  }
  into.set("B2", computed(report.cutoff));
}

/**
 * The core's values for the computed cells of a plan workbook; empty for a workbook that is not a configured plan.
 * `summaryTexts` are the text cells of `Resumen` (A1 address → text), which locate its rows.
 */
export function computedCells(
  snapshot: WorkbookSnapshot,
  summaryTexts: Map<string, string>
): ComputedCells {
  const cells: ComputedCells = new Map();
  let plan;
  try {
    plan = configuredPlan(snapshot);
  } catch {
    return cells; // not a plan (yet), or its configuration is unusable: Validar says why
  }
  const report = computeSemaphore(plan, plan.config);
  for (const sheet of plan.areas) {
    const into = cells.get(sheet.table.sheet) ?? new Map<string, GridValue>();
    areaCells(sheet, report, into);
    cells.set(sheet.table.sheet, into);
  }
  const summary = new Map<string, GridValue>();
  summaryCells(summaryTexts, report, summary);
  cells.set(SHEET.summary, summary);
  return cells;
}
