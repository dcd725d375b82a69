/** Reads the plan from the snapshot and prepares, once, what every rule needs of each template area. */
import { AreaSheet, cellAt } from "../plan/AreaSheet";
import { isRowBlank } from "../plan/isRowBlank";
import { PlanConfig } from "../plan/PlanConfig";
import { readPlan } from "../plan/readPlan";
import { Area, Template } from "../template/Template";
import { HEADERS, areaColumns } from "../workbook/areaColumns";
import { rowFormulaColumns } from "../workbook/rowFormulas";
import { WorkbookSnapshot } from "../workbook/WorkbookSnapshot";
import { AreaContext, PresentColumn } from "./AreaContext";
import { cellNumber } from "./cellNumber";
import { isRowUnfilled } from "../plan/isRowUnfilled";
import { RuleContext, ValidationOptions } from "./RuleContext";

function areaContext(
  sheet: AreaSheet,
  area: Area,
  template: Template,
  config: PlanConfig
): AreaContext {
  const columns = areaColumns(template).flatMap((column): PresentColumn[] => {
    const index = sheet.columns.get(column.header);
    return index === undefined ? [] : [{ ...column, index }];
  });
  const rows = sheet.table.rows
    .map((_, index) => index)
    .filter((index) => !isRowBlank(sheet, index));
  const unfilled = new Set(rows.filter((index) => isRowUnfilled(sheet, index)));
  const unfilledRows = rows.filter((index) => unfilled.has(index));
  const filledRows = rows.filter((index) => !unfilled.has(index));
  const weighted = filledRows.some(
    (index) => (cellNumber(cellAt(sheet, index, HEADERS.weight)) ?? 0) > 0
  );
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
    rows,
    filledRows,
    unfilledRows,
    weighted,
    formulaColumns,
  };
}

export function buildRuleContext(
  snapshot: WorkbookSnapshot,
  options: ValidationOptions = {}
): RuleContext {
  const plan = readPlan(snapshot, options);
  const cutoffKnown =
    plan.badCutoff === null && (!plan.configurationMissing || options.cutoff !== undefined);
  const { template, config } = plan;
  const areas =
    template && config
      ? plan.areas.flatMap((sheet) =>
          sheet.area ? [areaContext(sheet, sheet.area, template, config)] : []
        )
      : [];
  return { snapshot, plan, options, cutoffKnown, areas };
}
