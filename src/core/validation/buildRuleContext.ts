/**
 * Reads the plan from the snapshot (unless the operation already did) and prepares, once, what every rule needs of
 * each template area — the semáforo at the cut-off included, computed here once unless the operation has it.
 */
import { AreaSheet } from "../plan/AreaSheet";
import { blankRowTest } from "../plan/isRowBlank";
import { unfilledRowTest } from "../plan/isRowUnfilled";
import { PlanConfig } from "../plan/PlanConfig";
import { readPlan } from "../plan/readPlan";
import {
  AreaSemaphore,
  computeSemaphore,
  RowSemaphore,
  SemaphoreReport,
} from "../semaphore/computeSemaphore";
import { Area, Template } from "../template/Template";
import { HEADERS, areaColumns } from "../workbook/areaColumns";
import { rowFormulaColumns } from "../workbook/rowFormulas";
import { WorkbookSnapshot } from "../workbook/WorkbookSnapshot";
import { AreaContext, AreaSemaphoreContext, PresentColumn } from "./AreaContext";
import { RuleContext, ValidationInputs, ValidationOptions } from "./RuleContext";

/** The semáforo's rows and figure of one area, by row index. */
function areaSemaphore(
  sheet: AreaSheet,
  rows: RowSemaphore[] | undefined,
  area: AreaSemaphore | undefined
): AreaSemaphoreContext | null {
  if (!area) return null;
  const byIndex: (RowSemaphore | undefined)[] = [];
  const first = sheet.table.headerRow + 1;
  for (const row of rows ?? []) byIndex[row.row - first] = row;
  return { area, rows: byIndex };
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
    return index === undefined ? [] : [{ ...column, index }];
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
  const formulaColumns = rowFormulaColumns(
    sheet.table.headers,
    config.periodLabels,
    sheet.table.firstColumn
  );
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
    formulaColumns,
    semaphore,
  };
}

/** Each area's rows of the semáforo, which lists them area after area. */
function rowsByArea(semaphore: SemaphoreReport): Map<string, RowSemaphore[]> {
  const byArea = new Map<string, RowSemaphore[]>();
  for (const row of semaphore.rows) {
    const rows = byArea.get(row.area);
    if (rows) rows.push(row);
    else byArea.set(row.area, [row]);
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
  const semaphoreRows = semaphore ? rowsByArea(semaphore) : new Map<string, RowSemaphore[]>();
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
                    ? areaSemaphore(
                        sheet,
                        semaphoreRows.get(sheet.code),
                        semaphoreAreas.get(sheet.code)
                      )
                    : null
                ),
              ]
            : []
        )
      : [];
  return { snapshot, plan, options, cutoffKnown, areas, semaphore };
}
