/**
 * The workbook's own tables (`T_Matriz`, and `Registro`'s) are rebuilt whole by a consolidation or an import, from a
 * layout with no Total Row: one a user added is refused before anything is written, never dropped in silence.
 */
import { sameTableName, WORKBOOK_TABLES } from "../core/workbook/sheetNames";
import { WorkbookSnapshot } from "../core/workbook/WorkbookSnapshot";
import { OperationError } from "./OperationError";

/** `rebuilt`: the tables the operation rewrites (an import rewrites `Registro`'s, not `T_Matriz`). */
export function refuseRebuiltTotalsRow(
  snapshot: WorkbookSnapshot,
  rebuilt: readonly string[] = WORKBOOK_TABLES
): void {
  const table = snapshot.tables.find(
    (candidate) =>
      candidate.totalsRow && rebuilt.some((name) => sameTableName(name, candidate.name))
  );
  if (table)
    throw new OperationError("operation.totalsRow", { table: table.name, sheet: table.sheet });
}
