/**
 * `CorteIndice` unusable (SPEC §5.1): the cell of `Configuración` every live formula of the sheets reads the cut-off
 * through either lost its formula (`overwrittenCutoffIndex`: the sheets compute at another period) or still holds it
 * but evaluates to an error value (`#REF!` once the hidden sheet «Listas» or the name `Periodos` is deleted: every
 * live formula of the sheets then shows an error). Either way no figure of a period agrees with the sheet: the
 * semáforo marks every one of them and validation reports the cell, by this one test.
 */
import { Cell } from "../workbook/CellValue";
import { NAME } from "../workbook/workbookNames";
import { overwrittenCutoffIndex } from "./cutoffIndexOverwritten";

/** Why `CorteIndice` is unusable: it lost its formula, or its formula evaluates to an error value. */
export type CutoffIndexProblem = "overwritten" | "error";

export type UnusableCutoffIndex = { problem: CutoffIndexProblem; cell: Cell };

/**
 * The `CorteIndice` cell when it is unusable; null otherwise. An error value counts only when `Corte` itself is one
 * of the plan's periods (`cutoffIsPeriod`): a bad `Corte` makes the MATCH fail too, and is refused on its own
 * (`structure.badCutoff`).
 */
export function unusableCutoffIndex(
  names: Record<string, Cell>,
  cutoffIsPeriod: boolean
): UnusableCutoffIndex | null {
  const overwritten = overwrittenCutoffIndex(names);
  if (overwritten !== null) return { problem: "overwritten", cell: overwritten };
  const cell = names[NAME.cutoffIndex];
  return cutoffIsPeriod && NAME.cutoff in names && cell?.kind === "error"
    ? { problem: "error", cell }
    : null;
}
