/** The values earlier imports replaced, read back from `Registro` so that every later write keeps them. */
import { sameTableName } from "../workbook/sheetNames";
import { cellToInput } from "../consolidation/cellToInput";
import { LOG } from "../consolidation/matrixLayout";
import { Cell, EMPTY } from "../workbook/CellValue";
import { utcMillisFromSerial } from "../workbook/dateSerial";
import { WorkbookSnapshot } from "../workbook/WorkbookSnapshot";
import { ReplacedValue } from "./ReplacedValue";

const textOf = (cell: Cell): string =>
  cell.kind === "text" ? cell.value : cell.kind === "number" ? String(cell.value) : "";

export function readReplacedValues(snapshot: WorkbookSnapshot): ReplacedValue[] {
  const table = snapshot.tables.find((candidate) =>
    sameTableName(candidate.name, LOG.replacedTable)
  );
  if (!table) return [];
  const at = LOG.replacedHeaders.map((header) => table.headers.indexOf(header));
  return table.rows.flatMap((row) => {
    const [area, file, id, column, before, after, on] = at.map((index) =>
      index < 0 ? EMPTY : (row[index] ?? EMPTY)
    );
    if (textOf(id).trim() === "" && textOf(column).trim() === "") return [];
    return [
      {
        id: textOf(id),
        area: textOf(area),
        column: textOf(column),
        before: cellToInput(before),
        after: cellToInput(after),
        file: textOf(file),
        on:
          on.kind === "date"
            ? new Date(utcMillisFromSerial(on.serial)).toISOString().slice(0, 10)
            : textOf(on),
      },
    ];
  });
}
