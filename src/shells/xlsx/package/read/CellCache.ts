/**
 * One `Cell` object per distinct value read from a package: a text, number or date repeated down a column (a unit,
 * a direction, a status, an objective on every row of its activities, a period's 0) is held once, its cell shared by
 * every row that has it. Cells of a snapshot are never changed once read (no code writes into one), so sharing them
 * is safe; it halves the snapshot's memory on a plan. Texts are copied out of the sheet's XML first (a substring
 * would keep the chunk it was cut from alive, see `detachString`). Cells with a formula are never shared.
 */
import { CellValue } from "../../../../core/workbook/CellValue";
import { FilledTextCell } from "../../../../core/workbook/FilledTextCell";
import { detachString } from "../xml/detachString";

/** Longer texts are rarely repeated: held as they are, not looked up. */
const TEXT_MAX = 1024;
/** Distinct numbers (and dates) kept for sharing; past this many, new ones get their own cell. */
const NUMBERS_MAX = 1 << 16;

/** A text cell, marked as filled when it is (`isBlank` then need not read the text again). */
function textCell(value: string): CellValue {
  return value.trim() === "" ? { kind: "text", value } : new FilledTextCell(value);
}

export class CellCache {
  private readonly texts = new Map<string, CellValue>();
  private readonly numbers = new Map<number, CellValue>();
  private readonly dates = new Map<number, CellValue>();
  private readonly shared: (CellValue | undefined)[] = [];

  /** A text cell (`value` not empty). */
  text(value: string): CellValue {
    if (value.length > TEXT_MAX) return { kind: "text", value: detachString(value) };
    let cell = this.texts.get(value);
    if (cell === undefined) {
      const own = detachString(value);
      cell = textCell(own);
      this.texts.set(own, cell);
    }
    return cell;
  }

  /** The cell of shared string `index`, whose text is already its own. */
  sharedText(index: number, value: string): CellValue {
    let cell = this.shared[index];
    if (cell === undefined) this.shared[index] = cell = textCell(value);
    return cell;
  }

  number(value: number): CellValue {
    return this.kept(this.numbers, value, () => ({ kind: "number", value }));
  }

  date(serial: number): CellValue {
    return this.kept(this.dates, serial, () => ({ kind: "date", serial }));
  }

  private kept(map: Map<number, CellValue>, key: number, make: () => CellValue): CellValue {
    let cell = map.get(key);
    if (cell === undefined) {
      cell = make();
      if (map.size < NUMBERS_MAX) map.set(key, cell);
    }
    return cell;
  }
}
