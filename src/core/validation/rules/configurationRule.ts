/** Structure: `Configuración` and its names must exist, and the cut-off must be one of the plan's periods. */
import { CONFIGURATION_ROW } from "../../workbook/layout/configurationSheet";
import { SHEET } from "../../workbook/sheetNames";
import { cellAddress } from "../../workbook/address";
import { Issue } from "../Issue";
import { Rule } from "../Rule";
import { workbookIssue } from "../workbookIssue";

export const configurationRule: Rule = {
  name: "configuration",
  codes: ["structure.noConfiguration", "structure.badCutoff"],
  severity: "error",
  check({ plan, options }) {
    const issues: Issue[] = [];
    if (plan.configurationMissing)
      issues.push(
        workbookIssue("structure.noConfiguration", "error", { sheet: SHEET.configuration })
      );
    if (plan.badCutoff !== null) {
      const periods = plan.template?.periods.labels.join(", ") ?? "";
      const fromOption = options.cutoff !== undefined;
      const row = CONFIGURATION_ROW.cutoff;
      issues.push(
        workbookIssue("structure.badCutoff", "error", {
          value: plan.badCutoff,
          params: { cutoff: plan.badCutoff, periods, ...(fromOption ? { variant: "option" } : {}) },
          ...(fromOption ? {} : { sheet: SHEET.configuration, row, cell: cellAddress(row, 2) }),
        })
      );
    }
    return issues;
  },
};
