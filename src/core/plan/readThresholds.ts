/**
 * The semáforo's thresholds as `Configuración` holds them (SPEC §5, §5.1): `UmbralAmarillo`, `UmbralVerde` and
 * `UmbralSobreejecucion` must be numbers with 0 < amarillo < verde ≤ 1 < sobreejecución. Anything else (the text
 * "90%", 80 meaning 80 %, reversed bands, a blank) is a problem naming the cell; the template's bands then stand
 * in, and every band computed with them is marked as resting on an error.
 */
import { Bands } from "../template/Template";
import { Cell, isUncalculated } from "../workbook/CellValue";
import { NAME } from "../workbook/workbookNames";

export type ThresholdName =
  typeof NAME.greenThreshold | typeof NAME.yellowThreshold | typeof NAME.overExecutionThreshold;

export type ThresholdProblem = {
  name: ThresholdName;
  /** What the cell holds (for messages): a number, a text, or null when blank. */
  value: string | number | boolean | null;
  /**
   * notANumber: blank, text or an error value; uncalculated: a formula the file holds without its result (`value` is
   * the formula); order: a number that breaks 0 < amarillo < verde ≤ 1 < sobreejecución.
   */
  reason: "notANumber" | "uncalculated" | "order";
};

export type ReadThresholds = { bands: Bands; problems: ThresholdProblem[] };

const shownValue = (cell: Cell | undefined): string | number | boolean | null => {
  if (!cell) return null;
  switch (cell.kind) {
    case "number":
      return cell.value;
    case "text":
      return cell.value;
    case "boolean":
      return cell.value;
    case "error":
      return cell.code;
    case "date":
      return cell.serial;
    default:
      return null;
  }
};

/**
 * `names` are the workbook's defined names with their cells. A workbook without the threshold names at all (no
 * `Configuración`) uses the template's bands without a problem: the missing sheet is its own structure error.
 */
export function readThresholds(names: Record<string, Cell>, fallback: Bands): ReadThresholds {
  const problems: ThresholdProblem[] = [];
  const read = (name: ThresholdName, stand: number): number => {
    if (!(name in names)) return stand;
    const cell = names[name];
    if (cell.kind === "number") return cell.value;
    if (isUncalculated(cell))
      problems.push({ name, value: `=${cell.formula ?? ""}`, reason: "uncalculated" });
    else problems.push({ name, value: shownValue(cell), reason: "notANumber" });
    return stand;
  };
  const green = read(NAME.greenThreshold, fallback.green);
  const yellow = read(NAME.yellowThreshold, fallback.yellow);
  const overExecution = read(NAME.overExecutionThreshold, fallback.overExecution);
  if (problems.length === 0) {
    const order = (name: ThresholdName, value: number): void => {
      problems.push({ name, value, reason: "order" });
    };
    if (!(yellow > 0)) order(NAME.yellowThreshold, yellow);
    if (!(green <= 1)) order(NAME.greenThreshold, green);
    if (!(yellow < green) && yellow > 0 && green <= 1) order(NAME.yellowThreshold, yellow);
    if (!(overExecution > 1)) order(NAME.overExecutionThreshold, overExecution);
  }
  return problems.length === 0
    ? { bands: { green, yellow, overExecution }, problems }
    : { bands: fallback, problems };
}
