/**
 * A formula as written down a column, held once for all the rows that have it: the text split where the row's own
 * number goes (`IF(H7="Porcentaje",…` → `IF(H`, `="Porcentaje",…`), so that a row's formula is `at(row)`. A reader
 * keeps one per column and row run instead of each row's text (a plan's four computed columns are ~1.2 KB of text
 * per row), and validation compares a cell's `RowFormulaText` with the column's expected form once, not its text
 * per row. Exact by construction: a row's cell is given a text only when `at(row)` is that row's formula.
 */
export class RowFormulaText {
  /** The formula's text around each occurrence of the row number. */
  readonly parts: readonly string[];
  private readonly fixedLength: number;

  private constructor(parts: readonly string[]) {
    this.parts = parts;
    this.fixedLength = parts.reduce((length, part) => length + part.length, 0);
  }

  /** `formula`, the text of a cell of Excel row `row`, split at its row number. */
  static of(formula: string, row: number): RowFormulaText {
    return new RowFormulaText(formula.split(String(row)));
  }

  /** The formula of Excel row `row`. */
  at(row: number): string {
    return this.parts.join(String(row));
  }

  /** `formula` is exactly `at(row)` (`rowText` is `String(row)`), compared without building it. */
  is(formula: string, rowText: string): boolean {
    const { parts } = this;
    if (formula.length !== this.fixedLength + (parts.length - 1) * rowText.length) return false;
    let at = 0;
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) {
        if (!formula.startsWith(rowText, at)) return false;
        at += rowText.length;
      }
      const part = parts[i];
      if (!formula.startsWith(part, at)) return false;
      at += part.length;
    }
    return true;
  }
}
