/**
 * The trend the informe shows (SPEC §7): each area's figure at this year's cut-offs up to the report's, oldest
 * first. Earlier cut-offs come from `T_Historial`; the report's own cut-off is always the figures the report itself
 * computed (one set of figures), whatever the history held for it, and is there even when it never was
 * consolidated. Every area of the plan and the institution; an area an earlier cut-off did not record simply has
 * no entry there.
 *
 * "This year": the history carries no year column, so an entry belongs to the plan's year when it was recorded on
 * or after the first day of its cut-off's period in that year (T2 of 2021: from 1 April 2021). A consolidation runs
 * during its period or after it, so a workbook carried over to next year (its `Año` changed) keeps last year's rows
 * out of this year's informe; a late run (T2 of 2021 consolidated in 2022) still counts for 2021.
 */
import { HistoryEntry } from "./HistoryEntry";
import { HISTORY } from "./historyTable";
import { orderHistory } from "./recordCutoff";

export type ReportFigures = {
  year: number;
  /** yyyy-mm-dd: the report's own date, given to its cut-off's entries. */
  date: string;
  cutoff: { label: string; index: number; periodLabels: readonly string[] };
  /** The report's areas, in the plan's order. */
  areas: readonly (Pick<HistoryEntry, "name" | "compliance" | "band"> & { code: string })[];
  institution: Pick<HistoryEntry, "compliance" | "band">;
};

/** The first day of period `index` of `count` in `year`, as yyyy-mm-dd (T2 of 4 → yyyy-04-01). */
function periodStart(year: number, index: number, count: number): string {
  const month = 1 + Math.floor((index * 12) / count);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`;
}

/** True when the entry, at its cut-off `index` of `count` periods, was recorded for the plan of `year`. */
export function isOfPlanYear(
  entry: HistoryEntry,
  year: number,
  index: number,
  count: number
): boolean {
  return entry.date >= periodStart(year, index, count);
}

export function reportHistory(history: HistoryEntry[], figures: ReportFigures): HistoryEntry[] {
  const labels = figures.cutoff.periodLabels;
  const codes = new Set(figures.areas.map((area) => area.code));
  const earlier = history.filter((entry) => {
    const index = labels.indexOf(entry.cutoff);
    return (
      index >= 0 &&
      index < figures.cutoff.index &&
      (entry.code === null || codes.has(entry.code)) &&
      isOfPlanYear(entry, figures.year, index, labels.length)
    );
  });
  const own: HistoryEntry[] = [
    ...figures.areas.map((area) => ({
      cutoff: figures.cutoff.label,
      date: figures.date,
      code: area.code,
      name: area.name,
      compliance: area.compliance,
      band: area.band,
    })),
    {
      cutoff: figures.cutoff.label,
      date: figures.date,
      code: null,
      name: HISTORY.institution,
      compliance: figures.institution.compliance,
      band: figures.institution.band,
    },
  ];
  return orderHistory([...earlier, ...own], {
    periodLabels: labels,
    areaCodes: figures.areas.map((area) => area.code),
  });
}
