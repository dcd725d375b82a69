import { Bands } from "../template/Template";
import { CutoffIndexProblem } from "./cutoffIndexUnusable";
import { ThresholdProblem } from "./readThresholds";

/** The cut-off and bands a quarter's review runs with: read from `Configuración`, overridable (`--cutoff`). */
export type PlanConfig = {
  year: number;
  periodLabels: string[];
  /** 0-based index of the cut-off period in `periodLabels`. */
  cutoffIndex: number;
  cutoffLabel: string;
  /** The thresholds of `Configuración`; the template's when those are not usable (see `thresholdProblems`). */
  bands: Bands;
  /** SPEC §5.1: thresholds that are not numbers in order; every band then rests on an error. */
  thresholdProblems: ThresholdProblem[];
  /**
   * SPEC §5.1: `CorteIndice` is unusable (`unusableCutoffIndex`): it lost its formula, so the sheets' live formulas
   * compute at the period it holds, not at `Corte`'s, or its formula evaluates to an error value, so they show errors.
   * Every figure of a period then rests on an error. Null when it is usable.
   */
  cutoffIndexUnusable: CutoffIndexProblem | null;
};
