/**
 * A workbook snapshot → the plan the core reasons about: the stored template, the configuration in force and
 * every area table found by name (`T_<CODE>`), whatever its tab is called now.
 */
import { Template, areasInOrder } from "../template/Template";
import { parseTemplateJson } from "../template/validateTemplate";
import { Cell, isUncalculated } from "../workbook/CellValue";
import { areaCodeOfTable } from "../workbook/sheetNames";
import { NAME } from "../workbook/workbookNames";
import { WorkbookSnapshot } from "../workbook/WorkbookSnapshot";
import { AreaSheet, areaSheetOf } from "./AreaSheet";
import { PlanConfig } from "./PlanConfig";
import { readThresholds } from "./readThresholds";
import { UnusableCutoffIndex, unusableCutoffIndex } from "./cutoffIndexUnusable";

export type Plan = {
  template: Template | null;
  /** Why the stored template could not be used, when it could not. */
  templateProblem: "missing" | "invalid" | null;
  /** The first schema problem of an invalid stored template, as `field: code`. */
  templateProblemDetail: string | null;
  config: PlanConfig | null;
  /**
   * Cut-off label that is not one of the template's periods (from `Configuración` or the override); "" when
   * `Corte` is blank. The config's cut-off index is then 0 only so that nothing crashes: no figure may use it.
   */
  badCutoff: string | null;
  /**
   * The formula `Corte` holds when the file has no result for it (`isUncalculated`): the cut-off is then unknown,
   * not blank (`badCutoff` is ""). Null otherwise, and when the cut-off is given as an option.
   */
  uncalculatedCutoff: string | null;
  configurationMissing: boolean;
  /**
   * SPEC §5.1: the `CorteIndice` cell when it is unusable (`unusableCutoffIndex`), `Corte` read from the sheet (the
   * sheets' formulas never see `--cutoff`); null when it is usable. `config.cutoffIndexUnusable` is its problem.
   */
  cutoffIndexUnusable: UnusableCutoffIndex | null;
  areas: AreaSheet[];
};

const numberOf = (cell: Cell | undefined): number | undefined =>
  cell?.kind === "number" ? cell.value : undefined;
/**
 * `Corte` as the sheet's `CorteIndice` (`MATCH(Corte,Periodos,0)`) sees it: the text as typed, spaces included —
 * MATCH ignores case but never trims, so `"T2 "` matches no period there and must match none here. A cell holding
 * only spaces reads as blank; a number is its digits (no period label is one).
 */
const cutoffText = (cell: Cell | undefined): string | undefined =>
  cell?.kind === "text" && cell.value.trim() !== ""
    ? cell.value
    : cell?.kind === "number"
      ? String(cell.value)
      : undefined;

/** The period a cut-off names: its label, ignoring case as MATCH does, nothing trimmed; -1 when none. */
export const cutoffPeriodIndex = (labels: string[], cutoff: string): number =>
  labels.findIndex((label) => label.toLowerCase() === cutoff.toLowerCase());

export function readPlan(snapshot: WorkbookSnapshot, options: { cutoff?: string } = {}): Plan {
  const { template, problems } =
    snapshot.templateJson === undefined
      ? { template: null, problems: [] }
      : parseTemplateJson(snapshot.templateJson, { stored: true });
  const templateProblem =
    snapshot.templateJson === undefined ? "missing" : problems.length > 0 ? "invalid" : null;
  const known = new Map(
    template ? areasInOrder(template).map((entry) => [entry.area.code.toUpperCase(), entry]) : []
  );
  const areas = snapshot.tables.flatMap((table) => {
    const code = areaCodeOfTable(table.name);
    if (!code) return [];
    const entry = known.get(code);
    return [areaSheetOf(code, table, entry?.area, entry?.macroprocess)];
  });
  if (template) {
    const order = new Map(
      areasInOrder(template).map(({ area }, index) => [area.code.toUpperCase(), index])
    );
    areas.sort((a, b) => (order.get(a.code) ?? order.size) - (order.get(b.code) ?? order.size));
  }
  const configurationMissing = !(NAME.cutoff in snapshot.names);
  let config: PlanConfig | null = null;
  let badCutoff: string | null = null;
  // Without a template there are no periods to check `Corte` against: only a lost formula is judged.
  let cutoffIndexUnusable = unusableCutoffIndex(snapshot.names, false);
  if (template) {
    const labels = template.periods.labels;
    // SPEC §5.1: a blank `Corte` (or none at all) is an error like a wrong one; no fallback to the first period.
    // The same rule for `--cutoff`, which was never trimmed either.
    const cutoffLabel = options.cutoff ?? cutoffText(snapshot.names[NAME.cutoff]) ?? "";
    const cutoffIndex = cutoffPeriodIndex(labels, cutoffLabel);
    if (cutoffIndex < 0) badCutoff = cutoffLabel;
    const thresholds = readThresholds(snapshot.names, template.bands);
    const sheetCutoff = cutoffText(snapshot.names[NAME.cutoff]) ?? "";
    cutoffIndexUnusable = unusableCutoffIndex(
      snapshot.names,
      cutoffPeriodIndex(labels, sheetCutoff) >= 0
    );
    config = {
      year: numberOf(snapshot.names[NAME.year]) ?? template.year,
      periodLabels: labels,
      cutoffIndex: Math.max(cutoffIndex, 0),
      cutoffLabel: cutoffIndex < 0 ? cutoffLabel : labels[cutoffIndex],
      bands: thresholds.bands,
      thresholdProblems: thresholds.problems,
      cutoffIndexUnusable: cutoffIndexUnusable?.problem ?? null,
    };
  }
  const cutoffCell = snapshot.names[NAME.cutoff];
  const uncalculatedCutoff =
    options.cutoff === undefined && cutoffCell !== undefined && isUncalculated(cutoffCell)
      ? (cutoffCell.formula ?? "")
      : null;
  const templateProblemDetail =
    problems.length > 0
      ? `${problems[0].field}: ${problems[0].code}${problems[0].actual ? ` (${problems[0].actual})` : ""}`
      : null;
  return {
    template,
    templateProblem,
    templateProblemDetail,
    config,
    badCutoff,
    uncalculatedCutoff,
    configurationMissing,
    cutoffIndexUnusable,
    areas,
  };
}
