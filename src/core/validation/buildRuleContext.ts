/**
 * Reads the plan from the snapshot (unless the operation already did) and prepares, once, what every rule needs of
 * each template area — the semáforo at the cut-off included, computed here once unless the operation has it.
 */
import { AreaSheet } from "../plan/AreaSheet";
import { blankRowTest } from "../plan/isRowBlank";
import { unfilledRowTest } from "../plan/isRowUnfilled";
import { PlanConfig } from "../plan/PlanConfig";
import { Plan, readPlan } from "../plan/readPlan";
import {
  AreaSemaphore,
  computeSemaphore,
  RowSemaphore,
  SemaphoreReport,
} from "../semaphore/computeSemaphore";
import { Area, Template } from "../template/Template";
import { AreaColumn, HEADERS, areaColumns } from "../workbook/areaColumns";
import { WorkbookSnapshot } from "../workbook/WorkbookSnapshot";
import { AreaContext, AreaSemaphoreContext, PresentColumn } from "./AreaContext";
import { overwrittenFormulaTest } from "./overwrittenFormulaTest";
import { RuleContext, ValidationInputs, ValidationOptions } from "./RuleContext";

/** The semáforo's rows and figure of one area, by row index (`rowsByIndex`). */
function areaSemaphore(
  rows: (RowSemaphore | undefined)[] | undefined,
  area: AreaSemaphore | undefined
): AreaSemaphoreContext | null {
  return area ? { area, rows: rows ?? [] } : null;
}

/**
 * A column the table has, every field listed in one literal: a spread (`{ ...column, index }`) gave each area's
 * columns hidden classes of their own, so a row check optimised on one area's columns was thrown away on the next
 * area's (17 deoptimisations of each rule reading a column, in the core bench's `--trace-deopt`).
 */
function presentColumn(column: AreaColumn, index: number): PresentColumn {
  return {
    key: column.key,
    header: column.header,
    type: column.type,
    list: column.list,
    required: column.required,
    period: column.period,
    width: column.width,
    index,
  };
}

function areaContext(
  sheet: AreaSheet,
  area: Area,
  template: Template,
  config: PlanConfig,
  semaphore: AreaSemaphoreContext | null
): AreaContext {
  const columns = areaColumns(template).flatMap((column): PresentColumn[] => {
    const index = sheet.columns.get(column.header);
    return index === undefined ? [] : [presentColumn(column, index)];
  });
  const blank = blankRowTest(sheet);
  const unfilled = unfilledRowTest(sheet);
  const weight = sheet.columns.get(HEADERS.weight);
  const rows: number[] = [];
  const filledRows: number[] = [];
  const unfilledRows: number[] = [];
  let weighted = false;
  sheet.table.rows.forEach((row, index) => {
    if (blank(row)) return;
    rows.push(index);
    if (unfilled(row)) {
      unfilledRows.push(index);
      return;
    }
    filledRows.push(index);
    const cell = weight === undefined ? undefined : row[weight];
    if (cell?.kind === "number" && cell.value > 0) weighted = true;
  });
  return {
    sheet,
    area,
    template,
    config,
    columns,
    columnsByHeader: new Map(columns.map((column) => [column.header, column])),
    idColumn: sheet.columns.get(HEADERS.id) ?? -1,
    rows,
    filledRows,
    unfilledRows,
    weighted,
    formulaTest: overwrittenFormulaTest(sheet, config.periodLabels),
    semaphore,
  };
}

/**
 * Each area's rows of the semáforo by data-row index, in one pass (it lists them area after area; a row's index is
 * its Excel row less the first data row of its area's table).
 */
function rowsByIndex(
  plan: Plan,
  semaphore: SemaphoreReport
): Map<string, (RowSemaphore | undefined)[]> {
  const firstRows = new Map(plan.areas.map((sheet) => [sheet.code, sheet.table.headerRow + 1]));
  const byArea = new Map<string, (RowSemaphore | undefined)[]>();
  let code: string | null = null;
  let byIndex: (RowSemaphore | undefined)[] = [];
  let first = 0;
  for (let at = 0; at < semaphore.rows.length; at++) {
    const row = semaphore.rows[at];
    if (row.area !== code) {
      code = row.area;
      const known = byArea.get(code);
      if (known) byIndex = known;
      else byArea.set(code, (byIndex = []));
      first = firstRows.get(code) ?? 0;
    }
    byIndex[row.row - first] = row;
  }
  return byArea;
}

export function buildRuleContext(
  snapshot: WorkbookSnapshot,
  options: ValidationOptions = {},
  inputs: ValidationInputs = {}
): RuleContext {
  const plan = inputs.plan ?? readPlan(snapshot, options);
  const cutoffKnown =
    plan.badCutoff === null && (!plan.configurationMissing || options.cutoff !== undefined);
  const { template, config } = plan;
  const semaphore =
    template && config && cutoffKnown ? (inputs.semaphore ?? computeSemaphore(plan, config)) : null;
  const semaphoreRows = semaphore
    ? rowsByIndex(plan, semaphore)
    : new Map<string, (RowSemaphore | undefined)[]>();
  const semaphoreAreas = new Map(semaphore?.areas.map((area) => [area.code, area]));
  const areas =
    template && config
      ? plan.areas.flatMap((sheet) =>
          sheet.area
            ? [
                areaContext(
                  sheet,
                  sheet.area,
                  template,
                  config,
                  semaphore
                    ? areaSemaphore(semaphoreRows.get(sheet.code), semaphoreAreas.get(sheet.code))
                    : null
                ),
              ]
            : []
        )
      : [];
  return { snapshot, plan, options, cutoffKnown, areas, semaphore };
}
