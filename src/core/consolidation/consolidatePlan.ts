/**
 * Consolidation (SPEC §6) as one pure step: this workbook's plan, read from its area tabs only → the new `Matriz`,
 * `Resumen`, `Tablero` and `Registro` sheets as a patch, and what to report. Area tabs are never part of the patch:
 * area workbooks returned by email are imported into their tabs first (`planAreaImport`).
 */
import { Plan } from "../plan/readPlan";
import { PlanConfig } from "../plan/PlanConfig";
import { computeSemaphore, SemaphoreReport } from "../semaphore/computeSemaphore";
import { WorkbookSnapshot } from "../workbook/WorkbookSnapshot";
import { WorkbookPatch } from "../workbook/WorkbookPatch";
import { AreaSource } from "./AreaSource";
import { ConsolidatedSource } from "./ConsolidatedSource";
import { buildMatrix, Matrix } from "./buildMatrix";
import { areasInOrder } from "../template/Template";
import { readReplacedValues } from "../import/readReplacedValues";
import { ConsolidationFinding } from "./ConsolidationFinding";
import { layoutDashboardSheet, PeriodAreas } from "./layoutDashboardSheet";
import { IssueCounts } from "../validation/IssueCounts";
import { layoutSummarySheet } from "../workbook/layout/summarySheet";
import { layoutLogSheet, LOG_TEXT } from "./layoutLogSheet";
import { layoutMatrixSheet } from "./layoutMatrixSheet";
import { readPreviousMatrix } from "./PreviousMatrix";
import { SHEET } from "../workbook/sheetNames";
import { cellAddress, sheetReference } from "../workbook/address";
import { CONFIGURATION_ROW } from "../workbook/layout/configurationSheet";
import { HistoryEntry } from "../history/HistoryEntry";
import { readHistory } from "../history/readHistory";
import { recordCutoff } from "../history/recordCutoff";
import { semaphoreEntries } from "../history/semaphoreEntries";

export type Consolidation = {
  patch: WorkbookPatch;
  matrix: Matrix;
  sources: ConsolidatedSource[];
  findings: ConsolidationFinding[];
  semaphore: SemaphoreReport;
  /** `T_Historial` as this consolidation leaves it: its cut-off's rows replaced, the others kept. */
  history: HistoryEntry[];
};

/** The areas consolidation reads: this workbook's tabs of the template's areas, in template order. */
export function areaSources(plan: Plan): AreaSource[] {
  if (!plan.template) return [];
  const tabs = new Map(plan.areas.map((sheet) => [sheet.code, sheet]));
  return areasInOrder(plan.template).flatMap(({ area }) => {
    const sheet = tabs.get(area.code.toUpperCase());
    return sheet ? [{ code: sheet.code, sheet }] : [];
  });
}

/** The plan consolidation computes its figures on: the template's areas only, from their tabs (`areaSources`). */
export function consolidatedPlan(plan: Plan): Plan {
  return { ...plan, areas: areaSources(plan).map((source) => source.sheet) };
}

export function consolidatePlan(input: {
  plan: Plan;
  config: PlanConfig;
  snapshot: WorkbookSnapshot;
  /** What an import in the same write did (`consolidate --import`), recorded first in `Registro`. */
  importFindings?: ConsolidationFinding[];
  issueCounts: IssueCounts;
  /** `computeSemaphore(consolidatedPlan(plan), config)` when the caller already has it (shared with validation). */
  semaphore?: SemaphoreReport;
  /** Date of the run (ISO, yyyy-mm-dd), written to the log and to newly retired notes. */
  today: string;
}): Consolidation {
  const { plan, config } = input;
  if (!plan.template) throw new Error("consolidatePlan needs a plan with its template");
  const sources = areaSources(plan);
  const findings: ConsolidationFinding[] = [...(input.importFindings ?? [])];
  const consolidated: Plan = { ...plan, areas: sources.map((source) => source.sheet) };
  const semaphore = input.semaphore ?? computeSemaphore(consolidated, config);
  // The heat map shows the periods up to the cut-off only (SPEC §6): later ones have nothing executed yet.
  // Only the areas of each earlier period are kept: its rows (≈ 64 MB a period at 17 × 20,000 rows) would otherwise
  // stay alive until the write.
  const byPeriod: PeriodAreas[] = config.periodLabels
    .slice(0, config.cutoffIndex + 1)
    .map((label, cutoffIndex) => ({
      label,
      areas:
        cutoffIndex === config.cutoffIndex
          ? semaphore.areas
          : computeSemaphore(consolidated, { ...config, cutoffIndex, cutoffLabel: label }).areas,
    }));
  const areaOfSheet = new Map(sources.map((source) => [source.sheet.table.sheet, source.code]));
  const matrix = buildMatrix(
    plan.template,
    sources,
    semaphore.rows,
    readPreviousMatrix(input.snapshot),
    input.today
  );
  if (matrix.vanishedKeys.length > 0) {
    findings.push({
      severity: "notice",
      code: "matrix.rowsVanished",
      file: null,
      area: null,
      params: { count: matrix.vanishedKeys.length, ids: matrix.vanishedKeys.join(", ") },
    });
  }
  if (matrix.restoredKeys.length > 0) {
    findings.push({
      severity: "notice",
      code: "matrix.notesRestored",
      file: null,
      area: null,
      params: { count: matrix.restoredKeys.length },
    });
  }
  // A text longer than an Excel cell holds is cut in the matrix (the area tab keeps it): said, cell by cell.
  for (const cut of matrix.cutTexts)
    findings.push({
      severity: "notice",
      code: "matrix.textCut",
      file: null,
      area: areaOfSheet.get(cut.sheet) ?? null,
      params: {
        place: sheetReference(cut.sheet, cut.cell),
        column: cut.column,
        length: cut.length,
      },
    });
  // The history per cut-off (SPEC §6): this cut-off's rows from the one semáforo above, the others as recorded.
  const history = recordCutoff(
    readHistory(input.snapshot, config.bands),
    semaphoreEntries(semaphore, input.today),
    { periodLabels: config.periodLabels, areaCodes: sources.map((source) => source.code) }
  );
  const patch: WorkbookPatch = {
    sheets: [
      layoutMatrixSheet(plan.template, config, matrix),
      layoutSummarySheet(plan.template, input.issueCounts).sheet,
      layoutDashboardSheet(semaphore, byPeriod, input.issueCounts, config.bands, history).sheet,
      layoutLogSheet({
        heading: { label: LOG_TEXT.when, when: input.today, cutoff: config.cutoffLabel },
        sources,
        findings,
        replaced: readReplacedValues(input.snapshot),
        retired: matrix.retired,
        history,
      }),
    ],
    definedNames: [],
    // One workbook, one cut-off (SPEC §6): `Resumen` and the area tabs recalculate at the period consolidated.
    edits: [
      {
        sheet: SHEET.configuration,
        cell: cellAddress(CONFIGURATION_ROW.cutoff, 2),
        value: config.cutoffLabel,
      },
    ],
  };
  return {
    patch,
    matrix,
    sources: sources.map((source) => ({ code: source.code, tab: source.sheet.table.sheet })),
    findings,
    semaphore,
    history,
  };
}
