/** What every validation rule sees: the snapshot, the plan read from it, and each template area prepared. */
import { Plan } from "../plan/readPlan";
import { SemaphoreReport } from "../semaphore/computeSemaphore";
import { WorkbookSnapshot } from "../workbook/WorkbookSnapshot";
import { AreaContext } from "./AreaContext";

export type ValidationOptions = {
  /** Cut-off period label overriding `Configuración` (e.g. "T2"). */
  cutoff?: string;
};

/**
 * What an operation has already computed from the same snapshot and cut-off, so that validation does not compute
 * it again: the plan (`readPlan(snapshot, options)`), and the semáforo at the cut-off (`computeSemaphore`, over at
 * least the template areas whose table exists).
 */
export type ValidationInputs = {
  plan?: Plan;
  semaphore?: SemaphoreReport;
};

export type RuleContext = {
  snapshot: WorkbookSnapshot;
  plan: Plan;
  options: ValidationOptions;
  /** The cut-off is a period of the plan and was set (in `Configuración` or by option): cut-off warnings make sense. */
  cutoffKnown: boolean;
  /**
   * Template areas whose table exists, in template order. Empty without a usable template: then only the
   * structure rules have something to say.
   */
  areas: AreaContext[];
  /** The semáforo at the cut-off, computed once (null when the cut-off is not known). */
  semaphore: SemaphoreReport | null;
};
