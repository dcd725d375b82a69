import { CellInput } from "../workbook/WorkbookPatch";

/**
 * One typed cell of an area tab that an import replaced (SPEC §6): written to `Registro` with both values, so it can
 * be put back by hand. `id` is the row's `ID` (or "fila N" when the row has none).
 */
export type ReplacedValue = {
  id: string;
  area: string;
  column: string;
  before: CellInput;
  after: CellInput;
  file: string;
  /** yyyy-mm-dd */
  on: string;
};
