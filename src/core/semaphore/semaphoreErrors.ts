/**
 * SPEC §5.1: how many of a semáforo's printed figures rest on an error — rows left out of a roll-up, areas left
 * without a figure, thresholds that are not usable, an unusable `CorteIndice`. Areas simply not filled yet are not errors (they are
 * `Sin programación`). The shells print a warning with this count and exit 1 when it is not zero.
 */
import { CutoffIndexProblem } from "../plan/cutoffIndexUnusable";
import { SemaphoreReport } from "./computeSemaphore";

export type SemaphoreErrors = {
  /** Rows left out of their area's figure (`rows_with_errors` of the institution). */
  rows: number;
  /** Areas whose own figure is unavailable (missing header, weight error, zero weight). */
  areas: number;
  /** Thresholds of `Configuración` that are not usable. */
  thresholds: number;
  /**
   * 1 when `CorteIndice` of `Configuración` is unusable (it lost its formula, so the sheets compute at another period,
   * or it evaluates to an error value, so they show errors), else 0.
   */
  cutoffIndex: number;
  /** Why `CorteIndice` is unusable (the warnings word each case); null when it is usable. */
  cutoffIndexProblem: CutoffIndexProblem | null;
  total: number;
};

export function semaphoreErrors(report: SemaphoreReport): SemaphoreErrors {
  const rows = report.areas.reduce(
    (sum, area) => sum + (area.error === null ? area.rowsWithErrors : 0),
    0
  );
  const areas = report.areas.filter((area) => area.error !== null).length;
  const thresholds = report.thresholdErrors;
  const cutoffIndex = report.cutoffIndexErrors;
  return {
    rows,
    areas,
    thresholds,
    cutoffIndex,
    cutoffIndexProblem: report.cutoffIndexProblem,
    total: rows + areas + thresholds + cutoffIndex,
  };
}
