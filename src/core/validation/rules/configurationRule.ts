/**
 * Structure: `Configuración` and its names must exist, the cut-off must be one of the plan's periods (a blank one
 * is an error too: SPEC §5.1, no fallback to the first period), and the thresholds must be numbers with
 * 0 < amarillo < verde ≤ 1 < sobreejecución, each problem naming its cell. `CorteIndice` must be usable: every live
 * formula of the sheets reads the cut-off through it (a value typed there moves them to another period; an error
 * value there, once «Listas» or `Periodos` is deleted, makes them show errors).
 */
import { cutoffPeriodIndex } from "../../plan/readPlan";
import { CONFIGURATION_ROW, CUTOFF_INDEX_FORMULA } from "../../workbook/layout/configurationSheet";
import { displayValue } from "../displayValue";
import { SHEET } from "../../workbook/sheetNames";
import { cellAddress } from "../../workbook/address";
import { NAME } from "../../workbook/workbookNames";
import { ThresholdName } from "../../plan/readThresholds";
import { Issue } from "../Issue";
import { Rule } from "../Rule";
import { workbookIssue } from "../workbookIssue";

const THRESHOLD_ROW: Record<ThresholdName, number> = {
  [NAME.greenThreshold]: CONFIGURATION_ROW.greenThreshold,
  [NAME.yellowThreshold]: CONFIGURATION_ROW.yellowThreshold,
  [NAME.overExecutionThreshold]: CONFIGURATION_ROW.overExecutionThreshold,
};

export const configurationRule: Rule = {
  codes: [
    "structure.noConfiguration",
    "structure.badCutoff",
    "configuration.thresholdNotNumber",
    "configuration.thresholdOrder",
    "configuration.cutoffIndexOverwritten",
    "configuration.cutoffIndexError",
  ],
  check({ plan, options }) {
    const issues: Issue[] = [];
    if (plan.configurationMissing)
      issues.push(
        workbookIssue("structure.noConfiguration", "error", { sheet: SHEET.configuration })
      );
    const fromOption = options.cutoff !== undefined;
    if (plan.badCutoff !== null && (fromOption || !plan.configurationMissing)) {
      const periods = plan.template?.periods.labels.join(", ") ?? "";
      const row = CONFIGURATION_ROW.cutoff;
      // A period with spaces around it: the sheet's MATCH does not trim, so neither does the plan; say so.
      const spaced = plan.template
        ? cutoffPeriodIndex(plan.template.periods.labels, plan.badCutoff.trim())
        : -1;
      const variant = fromOption
        ? "option"
        : plan.uncalculatedCutoff !== null
          ? "uncalculated"
          : plan.badCutoff.trim() === ""
            ? "blank"
            : spaced >= 0
              ? "spaces"
              : null;
      const formula: Record<string, string> =
        plan.uncalculatedCutoff !== null ? { formula: `=${plan.uncalculatedCutoff}` } : {};
      const period: Record<string, string> =
        spaced >= 0 ? { period: plan.template?.periods.labels[spaced] ?? "" } : {};
      issues.push(
        workbookIssue("structure.badCutoff", "error", {
          value: plan.badCutoff,
          params: {
            cutoff: plan.badCutoff,
            periods,
            ...period,
            ...formula,
            ...(variant ? { variant } : {}),
          },
          ...(fromOption ? {} : { sheet: SHEET.configuration, row, cell: cellAddress(row, 2) }),
        })
      );
    }
    for (const problem of plan.config?.thresholdProblems ?? []) {
      const row = THRESHOLD_ROW[problem.name];
      issues.push(
        workbookIssue(
          problem.reason === "order"
            ? "configuration.thresholdOrder"
            : "configuration.thresholdNotNumber",
          "error",
          {
            sheet: SHEET.configuration,
            row,
            cell: cellAddress(row, 2),
            value: problem.value,
            params: {
              name: problem.name,
              value: String(problem.value ?? ""),
              ...(problem.reason === "uncalculated" ? { variant: "uncalculated" } : {}),
            },
          }
        )
      );
    }
    // The semáforo's test too (PlanConfig.cutoffIndexUnusable): every figure then rests on this error.
    const unusable = plan.cutoffIndexUnusable;
    const row = CONFIGURATION_ROW.cutoffIndex;
    const cell = cellAddress(row, 2);
    if (unusable?.problem === "error") {
      const value = String(displayValue(unusable.cell) ?? "");
      // No automatic fix: the formula is intact; what it reads («Listas», `Periodos`) is gone.
      issues.push(
        workbookIssue("configuration.cutoffIndexError", "error", {
          sheet: SHEET.configuration,
          row,
          cell,
          value: displayValue(unusable.cell),
          params: { cell, value },
        })
      );
    } else if (unusable !== null) {
      const index = unusable.cell;
      issues.push(
        workbookIssue("configuration.cutoffIndexOverwritten", "error", {
          sheet: SHEET.configuration,
          row,
          cell,
          value: displayValue(index),
          params: { cell, value: String(displayValue(index) ?? "") },
          fix: { sheet: SHEET.configuration, cell, value: { formula: CUTOFF_INDEX_FORMULA } },
        })
      );
    }
    return issues;
  },
};
