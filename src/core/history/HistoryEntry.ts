/**
 * One row of `T_Historial` (SPEC §6): what a consolidation recorded for one area, or for the institution, at one
 * cut-off. Re-consolidating a cut-off replaces that cut-off's rows, so each (cutoff, code) appears once.
 */
import { Band } from "../semaphore/Band";

export type HistoryEntry = {
  /** The cut-off's period label, as the plan's `Configuración` names it ("T2"). */
  cutoff: string;
  /** ISO date (yyyy-mm-dd) the consolidation ran. */
  date: string;
  /** The area's code (its table is `T_<code>`), or null for the institution. */
  code: string | null;
  /** The area's name as the plan named it then, or the institution's word. */
  name: string;
  compliance: number | null;
  band: Band;
};
