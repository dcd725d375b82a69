/** The registry `validateWorkbook` runs, structure first; each rule's file says which part of SPEC §4 it is. */
import { Rule } from "../Rule";
import { areaTablesRule } from "./areaTablesRule";
import { configurationRule } from "./configurationRule";
import { dateOrderRule } from "./dateOrderRule";
import { dateTypeRule } from "./dateTypeRule";
import { dateYearRule } from "./dateYearRule";
import { draftReportRule } from "./draftReportRule";
import { duplicateIdRule } from "./duplicateIdRule";
import { errorValueRule } from "./errorValueRule";
import { evidenceRule } from "./evidenceRule";
import { executedAfterCutoffRule } from "./executedAfterCutoffRule";
import { executedMissingRule } from "./executedMissingRule";
import { formulaRule } from "./formulaRule";
import { goalRule } from "./goalRule";
import { headerRowHiddenRule } from "./headerRowHiddenRule";
import { headersRule } from "./headersRule";
import { listRule } from "./listRule";
import { negativeRule } from "./negativeRule";
import { numberTypeRule } from "./numberTypeRule";
import { overExecutionRule } from "./overExecutionRule";
import { percentageRule } from "./percentageRule";
import { periodColumnsRule } from "./periodColumnsRule";
import { programmingCumulativeRule } from "./programmingCumulativeRule";
import { programmingSumRule } from "./programmingSumRule";
import { requiredRule } from "./requiredRule";
import { tableRowsBelowRule } from "./tableRowsBelowRule";
import { templateRule } from "./templateRule";
import { textLengthRule } from "./textLengthRule";
import { unfilledRowsRule } from "./unfilledRowsRule";
import { weightsMissingRule } from "./weightsMissingRule";
import { weightsSumRule } from "./weightsSumRule";
import { weightsZeroRule } from "./weightsZeroRule";

export const RULES: readonly Rule[] = [
  templateRule,
  configurationRule,
  areaTablesRule,
  headersRule,
  periodColumnsRule,
  headerRowHiddenRule,
  tableRowsBelowRule,
  unfilledRowsRule,
  weightsSumRule,
  weightsMissingRule,
  weightsZeroRule,
  errorValueRule,
  textLengthRule,
  requiredRule,
  numberTypeRule,
  dateTypeRule,
  listRule,
  negativeRule,
  percentageRule,
  goalRule,
  dateYearRule,
  dateOrderRule,
  programmingSumRule,
  programmingCumulativeRule,
  duplicateIdRule,
  formulaRule,
  executedAfterCutoffRule,
  executedMissingRule,
  overExecutionRule,
  draftReportRule,
  evidenceRule,
];
