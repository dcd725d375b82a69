/**
 * An Excel formula (A1 style, as a file stores it, without the leading "=") cut into the A1 references it holds and
 * the text between them, so that a caller can move references and write everything else back exactly as it was.
 *
 * A reference is a cell (`AD8`, `$AD$8`), a range (`AD8:AD20`), whole columns (`AD:AD`) or whole rows (`8:20`),
 * unqualified or after a sheet name (`Hoja!A1`, `'3.1 Dirección Jurídica'!A1`, with `''` for a quote). Never taken
 * for one: string literals (`"'Hoja'!A1"`, with `""`), function names (`LOG10(`), defined names, structured
 * references (`T_DJ[% Cumplimiento]`: they follow their header already), external references (`[1]Hoja!A1`), 3-D
 * references (`Hoja1:Hoja3!A1`), error literals (`#REF!`) and array constants (`{1,2}`): those stay text.
 *
 * Written here rather than taken from a library: no Excel formula tokeniser is among the project's dependencies
 * (node_modules has ExcelJS, whose `slideFormula` is a regular expression that takes `'Hoja'!A1` inside a string
 * for a reference), installing one is not allowed, and the grammar needed — references only — is small.
 */
import { LAST_COLUMN, LAST_ROW } from "../workbook/sheetLimits";
import { columnIndex } from "../workbook/address";

/** One end of a reference; a whole-column end has no row, a whole-row end no column. */
export type ReferenceEnd = {
  column?: number;
  columnAbsolute: boolean;
  row?: number;
  rowAbsolute: boolean;
};

export type ReferenceShape = "cell" | "range" | "columns" | "rows";

export type FormulaPiece =
  | { kind: "text"; text: string }
  | {
      kind: "reference";
      /** The sheet named before "!" (quotes removed, `''` read as `'`); absent for an unqualified reference. */
      sheet?: string;
      /** The sheet prefix as written, "!" included ("" when unqualified). */
      prefix: string;
      shape: ReferenceShape;
      first: ReferenceEnd;
      /** The second end of a range, columns or rows. */
      last?: ReferenceEnd;
      /** The reference as written, prefix included. */
      text: string;
    };

/** A character of a name, a cell address or a number (Excel allows letters of any script in names). */
const WORD = /[\p{L}\p{N}_.$\\?]/u;
const isWord = (character: string | undefined): boolean =>
  character !== undefined && WORD.test(character);

const ERROR_LITERAL =
  /^#(?:REF!|N\/A|DIV\/0!|NAME\?|NULL!|NUM!|VALUE!|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!)/i;
/** What ends a reference's end: not a word character, nor "(" (a function), "[" (a table), "!" (a sheet). */
const END = "(?![\\p{L}\\p{N}_.$\\\\?(\\[!])";
const CELL_END = new RegExp(`^(\\$?)([A-Za-z]{1,3})(\\$?)([0-9]{1,7})${END}`, "u");
const COLUMN_END = new RegExp(`^(\\$?)([A-Za-z]{1,3})${END}`, "u");
const ROW_END = new RegExp(`^(\\$?)([0-9]{1,7})${END}`, "u");
/** What may follow an external or 3-D reference's "!", kept as written. */
const REFERENCE_TAIL = /^(?:#REF!|[\p{L}\p{N}_.$\\?:]+)/u;

type Ends = { shape: ReferenceShape; first: ReferenceEnd; last?: ReferenceEnd; end: number };

function cellEnd(formula: string, at: number): { end: ReferenceEnd; next: number } | null {
  const match = CELL_END.exec(formula.slice(at));
  if (!match) return null;
  const column = columnIndex(match[2]);
  const row = Number(match[4]);
  if (column > LAST_COLUMN || row < 1 || row > LAST_ROW) return null;
  return {
    end: { column, columnAbsolute: match[1] === "$", row, rowAbsolute: match[3] === "$" },
    next: at + match[0].length,
  };
}

function columnEnd(formula: string, at: number): { end: ReferenceEnd; next: number } | null {
  const match = COLUMN_END.exec(formula.slice(at));
  if (!match) return null;
  const column = columnIndex(match[2]);
  if (column > LAST_COLUMN) return null;
  return {
    end: { column, columnAbsolute: match[1] === "$", rowAbsolute: false },
    next: at + match[0].length,
  };
}

function rowEnd(formula: string, at: number): { end: ReferenceEnd; next: number } | null {
  const match = ROW_END.exec(formula.slice(at));
  if (!match) return null;
  const row = Number(match[2]);
  if (row < 1 || row > LAST_ROW) return null;
  return {
    end: { row, rowAbsolute: match[1] === "$", columnAbsolute: false },
    next: at + match[0].length,
  };
}

/** The reference starting at `at` (a cell, a range, columns or rows), or null. */
function referenceAt(formula: string, at: number): Ends | null {
  const cell = cellEnd(formula, at);
  if (cell) {
    const other = formula[cell.next] === ":" ? cellEnd(formula, cell.next + 1) : null;
    return other
      ? { shape: "range", first: cell.end, last: other.end, end: other.next }
      : { shape: "cell", first: cell.end, end: cell.next };
  }
  for (const [shape, read] of [
    ["columns", columnEnd],
    ["rows", rowEnd],
  ] as const) {
    const first = read(formula, at);
    if (!first || formula[first.next] !== ":") continue;
    const last = read(formula, first.next + 1);
    if (last) return { shape, first: first.end, last: last.end, end: last.next };
  }
  return null;
}

/** Index after the string literal opening at `at` (`""` inside is a quote). */
function afterQuoted(formula: string, at: number, quote: string): number {
  let index = at + 1;
  while (index < formula.length) {
    if (formula[index] === quote) {
      if (formula[index + 1] === quote) index += 2;
      else return index + 1;
    } else index++;
  }
  return formula.length;
}

/** Index after the bracketed group opening at `at` (nested brackets; `'` escapes the next character). */
function afterBrackets(formula: string, at: number): number {
  let depth = 0;
  for (let index = at; index < formula.length; index++) {
    const character = formula[index];
    if (character === "'") index++;
    else if (character === "[") depth++;
    else if (character === "]" && --depth === 0) return index + 1;
  }
  return formula.length;
}

function afterWord(formula: string, at: number): number {
  let index = at;
  while (isWord(formula[index])) index++;
  return index;
}

/** Index after `!` and what follows it, for a reference kept as written (external, 3-D). */
function afterTail(formula: string, bang: number): number {
  const match = REFERENCE_TAIL.exec(formula.slice(bang + 1));
  return bang + 1 + (match ? match[0].length : 0);
}

export function formulaPieces(formula: string): FormulaPiece[] {
  const pieces: FormulaPiece[] = [];
  let text = "";
  const flush = (): void => {
    if (text !== "") pieces.push({ kind: "text", text });
    text = "";
  };
  /** A reference after a sheet prefix ending at `bang` (the "!"); false when none follows. */
  const qualified = (start: number, bang: number, sheet: string): number | null => {
    const ends = referenceAt(formula, bang + 1);
    if (!ends) return null;
    flush();
    pieces.push({
      kind: "reference",
      sheet,
      prefix: formula.slice(start, bang + 1),
      shape: ends.shape,
      first: ends.first,
      last: ends.last,
      text: formula.slice(start, ends.end),
    });
    return ends.end;
  };
  let at = 0;
  while (at < formula.length) {
    const character = formula[at];
    if (character === '"') {
      const end = afterQuoted(formula, at, '"');
      text += formula.slice(at, end);
      at = end;
    } else if (character === "'") {
      const close = afterQuoted(formula, at, "'");
      const name = formula.slice(at + 1, close - 1).replace(/''/g, "'");
      if (formula[close] !== "!") {
        text += formula.slice(at, close);
        at = close;
      } else if (name.startsWith("[") || name.includes(":")) {
        // '[1]Hoja'!A1 (external) or 'Hoja1:Hoja3'!A1 (3-D): kept as written.
        const end = afterTail(formula, close);
        text += formula.slice(at, end);
        at = end;
      } else {
        const end = qualified(at, close, name);
        if (end === null) {
          text += formula.slice(at, close + 1);
          at = close + 1;
        } else at = end;
      }
    } else if (character === "[") {
      // [1]Hoja!A1, [1]!Nombre (external) or [@Columna] (a table's own column): kept as written.
      let end = afterBrackets(formula, at);
      const wordEnd = afterWord(formula, end);
      if (formula[wordEnd] === "!") end = afterTail(formula, wordEnd);
      text += formula.slice(at, end);
      at = end;
    } else if (character === "{") {
      let end = at + 1;
      while (end < formula.length && formula[end] !== "}")
        end = formula[end] === '"' ? afterQuoted(formula, end, '"') : end + 1;
      text += formula.slice(at, end + 1);
      at = end + 1;
    } else if (character === "#") {
      const match = ERROR_LITERAL.exec(formula.slice(at));
      const end = at + (match ? match[0].length : 1);
      text += formula.slice(at, end);
      at = end;
    } else if (isWord(character)) {
      const wordEnd = afterWord(formula, at);
      const next = formula[wordEnd];
      if (next === "(") {
        text += formula.slice(at, wordEnd);
        at = wordEnd;
      } else if (next === "[") {
        const end = afterBrackets(formula, wordEnd);
        text += formula.slice(at, end);
        at = end;
      } else if (next === "!") {
        const end = qualified(at, wordEnd, formula.slice(at, wordEnd));
        if (end === null) {
          text += formula.slice(at, wordEnd + 1);
          at = wordEnd + 1;
        } else at = end;
      } else if (next === ":" && formula[afterWord(formula, wordEnd + 1)] === "!") {
        // Hoja1:Hoja3!A1 (3-D): kept as written.
        const end = afterTail(formula, afterWord(formula, wordEnd + 1));
        text += formula.slice(at, end);
        at = end;
      } else {
        const ends = referenceAt(formula, at);
        if (ends) {
          flush();
          pieces.push({
            kind: "reference",
            prefix: "",
            shape: ends.shape,
            first: ends.first,
            last: ends.last,
            text: formula.slice(at, ends.end),
          });
          at = ends.end;
        } else {
          text += formula.slice(at, wordEnd);
          at = wordEnd;
        }
      }
    } else {
      text += character;
      at++;
    }
  }
  flush();
  return pieces;
}
