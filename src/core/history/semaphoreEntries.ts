/**
 * What a consolidation records in `T_Historial` (SPEC §6): one entry per area, in the semáforo's order, then the
 * institution's, each with the figure and band of the one semáforo the consolidation computed.
 */
import { SemaphoreReport } from "../semaphore/computeSemaphore";
import { HistoryEntry } from "./HistoryEntry";
import { HISTORY } from "./historyTable";

export function semaphoreEntries(
  semaphore: Pick<SemaphoreReport, "cutoff" | "areas" | "institution">,
  /** yyyy-mm-dd: the operation's today. */
  date: string
): HistoryEntry[] {
  return [
    ...semaphore.areas.map((area) => ({
      cutoff: semaphore.cutoff,
      date,
      code: area.code,
      name: area.name,
      compliance: area.compliance,
      band: area.band,
    })),
    {
      cutoff: semaphore.cutoff,
      date,
      code: null,
      name: HISTORY.institution,
      compliance: semaphore.institution.compliance,
      band: semaphore.institution.band,
    },
  ];
}
