/** What every validation rule sees: the snapshot, the plan read from it, and each template area prepared. */
import { Plan } from "../plan/readPlan";
import { WorkbookSnapshot } from "../workbook/WorkbookSnapshot";
import { AreaContext } from "./AreaContext";

export type ValidationOptions = {
  /** Cut-off period label overriding `Configuración` (e.g. "T2"). */
  cutoff?: string;
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
};
