import { DEFAULT_LISTS, REPORT_DRAFT } from "../template/Template";
import { HEADERS } from "../workbook/areaColumns";
import { CellInput } from "../workbook/WorkbookPatch";

/** The input cells of a pre-filled objective row, as `layoutAreaSheet` fills a fresh one (ID, objective, defaults). */
export function newObjectiveRow(id: string, objective: string): Map<string, CellInput> {
  return new Map<string, CellInput>([
    [HEADERS.id, id],
    [HEADERS.objective, objective],
    [HEADERS.direction, DEFAULT_LISTS.direction[0]],
    [HEADERS.reportStatus, REPORT_DRAFT],
  ]);
}
