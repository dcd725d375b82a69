/**
 * The areas whose tabs no longer say what the consolidated `Matriz` says (SPEC §5.1: one workbook state, one set of
 * figures): the semáforo of each area computed at one cut-off from its tab and from its block of the `Matriz`, row
 * by row (ID, band, compliance) and as the area's figure. An area's tab edited after the last consolidation — an
 * execution typed, a row added — shows here; an informe read from that `Matriz` would print figures the tabs and
 * `Resumen` no longer show.
 */
import { PlanConfig } from "../plan/PlanConfig";
import { Plan } from "../plan/readPlan";
import { AreaSemaphore, computeSemaphore, RowSemaphore } from "../semaphore/computeSemaphore";

/** What a row contributes to the figures, as one comparable text. */
const rowFigure = (row: RowSemaphore): string => `${row.id}\t${row.band}\t${row.compliance}`;

const areaFigure = (area: AreaSemaphore): string =>
  `${area.band}\t${area.compliance}\t${area.rows}\t${area.rowsWithErrors}`;

/** `tabs` is the plan read from the area tabs, `matrix` the same plan read from `Matriz` (`planFromMatrix`). */
export function areasChangedSinceMatrix(
  tabs: Plan,
  matrix: Plan,
  config: PlanConfig
): AreaSemaphore[] {
  const fromTabs = computeSemaphore(tabs, config);
  const fromMatrix = computeSemaphore(matrix, config);
  const rowsOf = (rows: RowSemaphore[]): Map<string, string[]> => {
    const byArea = new Map<string, string[]>();
    for (const row of rows) {
      const figures = byArea.get(row.area) ?? [];
      figures.push(rowFigure(row));
      byArea.set(row.area, figures);
    }
    return byArea;
  };
  const tabRows = rowsOf(fromTabs.rows);
  const matrixRows = rowsOf(fromMatrix.rows);
  const matrixAreas = new Map(fromMatrix.areas.map((area) => [area.code, area]));
  return fromTabs.areas.filter((area) => {
    const consolidated = matrixAreas.get(area.code);
    if (!consolidated) return false;
    const own = tabRows.get(area.code) ?? [];
    const recorded = matrixRows.get(area.code) ?? [];
    return (
      areaFigure(area) !== areaFigure(consolidated) ||
      own.length !== recorded.length ||
      own.some((figure, index) => figure !== recorded[index])
    );
  });
}
