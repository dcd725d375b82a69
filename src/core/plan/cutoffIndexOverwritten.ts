/**
 * `CorteIndice` overwritten (SPEC §5.1): the cell of `Configuración` every live formula of the sheets reads the
 * cut-off through no longer holds `CUTOFF_INDEX_FORMULA` — a value pasted over it, or another formula. The sheets
 * then compute at whatever period it holds while the core computes at `Corte`'s: validation reports it
 * (`configuration.cutoffIndexOverwritten`) and the semáforo marks every figure that rests on it, by this one test.
 */
import { Cell } from "../workbook/CellValue";
import { CUTOFF_INDEX_FORMULA } from "../workbook/layout/configurationSheet";
import { NAME } from "../workbook/workbookNames";

/** The formula as Excel compares it: no leading "=", no spaces, one case (a producer may spell it otherwise). */
const canonicalFormula = (formula: string): string =>
  formula.replace(/^=/, "").replace(/\s+/g, "").toUpperCase();

/** The cell still holds `CUTOFF_INDEX_FORMULA`, however a producer spelled it (case, spaces, a leading "="). */
export const isCutoffIndexFormula = (formula: string | undefined): boolean =>
  formula !== undefined && canonicalFormula(formula) === canonicalFormula(CUTOFF_INDEX_FORMULA);

/**
 * The `CorteIndice` cell when it lost its formula; null when it holds it, or when there is no `Configuración` to
 * speak of (no `Corte` name: that is `structure.noConfiguration`) or no `CorteIndice` name at all.
 */
export function overwrittenCutoffIndex(names: Record<string, Cell>): Cell | null {
  if (!(NAME.cutoff in names)) return null;
  const cell = names[NAME.cutoffIndex];
  return cell !== undefined && !isCutoffIndexFormula(cell.formula) ? cell : null;
}
