/** The ID of each row of each area table (`DJ-05`), by sheet and Excel row: people know a row by its ID. */
import { cellAt, excelRow } from "../core/plan/AreaSheet";
import { readPlan } from "../core/plan/readPlan";
import { HEADERS } from "../core/workbook/areaColumns";
import { WorkbookSnapshot } from "../core/workbook/WorkbookSnapshot";
import { WorkbookHost } from "../operations/WorkbookHost";

export type RowIds = (sheet: string | null, row: number | null) => string | null;

export const NO_ROW_IDS: RowIds = () => null;

export function rowIdsOf(snapshot: WorkbookSnapshot): RowIds {
  const ids = new Map<string, string>();
  for (const area of readPlan(snapshot).areas)
    area.table.rows.forEach((_, index) => {
      const cell = cellAt(area, index, HEADERS.id);
      const id = cell.kind === "text" ? cell.value.trim() : "";
      if (id !== "") ids.set(`${area.table.sheet}\u0000${excelRow(area, index)}`, id);
    });
  return (sheet, row) =>
    sheet === null || row === null ? null : (ids.get(`${sheet}\u0000${row}`) ?? null);
}

/**
 * The host with its first snapshot kept, so the CLI can name rows by ID after an operation read the workbook,
 * without reading the file twice. Only reads are remembered; writes go to the host as they are.
 */
export function rememberingSnapshot<Host extends WorkbookHost>(
  host: Host
): { host: Host; rowIds: () => RowIds } {
  let first: WorkbookSnapshot | null = null;
  const read = host.readSnapshot.bind(host);
  host.readSnapshot = async (context) => {
    const snapshot = await read(context);
    first ??= snapshot;
    return snapshot;
  };
  return { host, rowIds: () => (first ? rowIdsOf(first) : NO_ROW_IDS) };
}
