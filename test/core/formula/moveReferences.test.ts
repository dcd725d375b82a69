/**
 * The reference rewriter on tricky formulas: a mover that inserts one column before AC on «3.1 Dirección Jurídica»
 * (AC → AD, AD → AE, …; A…AB stay), rows unchanged, as Excel does when a column is inserted there. Expected
 * formulas worked out by hand.
 */
import { formulaPieces } from "../../../src/core/formula/formulaReferences";
import { moveReferences, MoveReference } from "../../../src/core/formula/moveReferences";

const DJ = "3.1 Dirección Jurídica";
const AC = 29;

/** One column inserted before AC on DJ (qualified by name, any case) or on the formula's own sheet when `own`. */
const insertColumn =
  (own: boolean): MoveReference =>
  (sheet, rect) => {
    const target = sheet ?? (own ? DJ : undefined);
    if (target?.toLowerCase() !== DJ.toLowerCase()) return undefined;
    const shift = (column: number): number => (column >= AC ? column + 1 : column);
    return { ...rect, left: shift(rect.left), right: shift(rect.right) };
  };

/** Every reference moves, whatever its sheet: what this leaves as written was not read as a reference at all. */
const moveEverything: MoveReference = (_, rect) => ({
  ...rect,
  left: rect.left >= AC ? rect.left + 1 : rect.left,
  right: rect.right >= AC ? rect.right + 1 : rect.right,
});

const moved = (formula: string, own = false): string =>
  moveReferences(formula, insertColumn(own)).formula;

describe("moveReferences", () => {
  it.each([
    // Quoted sheet names, absolute and mixed references, ranges, whole columns.
    [`'${DJ}'!AD8`, `'${DJ}'!AE8`],
    [`'${DJ}'!$AD$8`, `'${DJ}'!$AE$8`],
    [`'${DJ}'!AD$8+'${DJ}'!$AC8`, `'${DJ}'!AE$8+'${DJ}'!$AD8`],
    [`SUM('${DJ}'!AD8:AD20)`, `SUM('${DJ}'!AE8:AE20)`],
    [`COUNT('${DJ}'!AD:AD)`, `COUNT('${DJ}'!AE:AE)`],
    [`COUNT('${DJ}'!$AD:$AE)`, `COUNT('${DJ}'!$AE:$AF)`],
    // An insertion inside a range widens it: only the end past it moves.
    [`SUM('${DJ}'!AA8:AD8)`, `SUM('${DJ}'!AA8:AE8)`],
    // Sheet names compared ignoring case, as Excel does; the prefix is kept as written.
    [`'3.1 DIRECCIÓN JURÍDICA'!AD8`, `'3.1 DIRECCIÓN JURÍDICA'!AE8`],
    // Whole rows have no column: nothing to move.
    [`SUM('${DJ}'!8:20)`, `SUM('${DJ}'!8:20)`],
    // A function whose name reads as a cell (LOG10 is within XFD): only its argument moves.
    [
      `LOG10('${DJ}'!AD8)+_xlfn.ISFORMULA('${DJ}'!AC8)`,
      `LOG10('${DJ}'!AE8)+_xlfn.ISFORMULA('${DJ}'!AD8)`,
    ],
    // Columns before the insertion stay.
    [`'${DJ}'!AB8`, `'${DJ}'!AB8`],
  ])("%s → %s", (formula, expected) => {
    expect(moved(formula)).toBe(expected);
  });

  it.each([
    // A string literal that reads like a reference, with doubled quotes around it.
    `"'${DJ}'!AD8"`,
    `"say ""'${DJ}'!AD8"" here"&"AD8"`,
    // A function whose name reads as a cell (LOG10 is within XFD), and an _xlfn. function.
    "LOG10(100)+_xlfn.ISFORMULA(Corte)",
    // Structured references, with brackets and escapes, and [@col].
    "SUM(T_DJ[% Cumplimiento])",
    "T_DJ[[#This Row],[% Cumplimiento]]+[@Meta]",
    "SUM(T_DJ[[Meta]:['#Pasos]])",
    // External and 3-D references.
    "[1]Hoja!AD8",
    `'[1]${DJ}'!AD8`,
    "Hoja1:Hoja3!AD8",
    `'Hoja1:${DJ}'!AD8`,
    // Error literals, array constants, defined names, booleans, numbers.
    `'${DJ}'!#REF!+#N/A+#DIV/0!`,
    '{1,2;"AD8",4}',
    "Corte+UmbralVerde*TRUE+1.5E+3",
    // Names that start like a cell, R1C1-looking names, a sheet-scoped name.
    "AD8_total+R1C1+ABCD1+'${DJ}'!Total",
  ])("never takes for a reference anything in %s", (formula) => {
    expect(moveReferences(formula, moveEverything)).toEqual({ formula, moved: 0, lost: 0 });
  });

  it("moves only references to the moved sheet: not another sheet's, nor unqualified ones elsewhere", () => {
    const formula = `'X ${DJ}'!AD8+AD8+$AD$8+AD:AD+Hoja!AD8`;
    expect(moveReferences(formula, insertColumn(false))).toEqual({ formula, moved: 0, lost: 0 });
  });

  it("moves a reference to a quoted name with '' in it", () => {
    const formula = "'O''Brien''s'!AD8+'O''Brien''s'!AB8:AC9";
    const move: MoveReference = (sheet, rect) =>
      sheet === "O'Brien's" ? moveEverything(sheet, rect, "cell") : undefined;
    expect(moveReferences(formula, move)).toEqual({
      formula: "'O''Brien''s'!AE8+'O''Brien''s'!AB8:AD9",
      moved: 2,
      lost: 0,
    });
  });

  it("moves unqualified references when the formula is on the moved sheet itself", () => {
    expect(moved('IF(AD8>0,$AD$8/AC8,LOG10(AD8))&"AD8"', true)).toBe(
      'IF(AE8>0,$AE$8/AD8,LOG10(AE8))&"AD8"'
    );
  });

  it("reads a quoted name with '' as its sheet, and an unqualified name without quotes", () => {
    const sheets: (string | undefined)[] = [];
    moveReferences("'O''Brien''s'!A1+Hoja_2!B2:C3+D4", (sheet) => {
      sheets.push(sheet);
      return undefined;
    });
    expect(sheets).toEqual(["O'Brien's", "Hoja_2", undefined]);
  });

  it("counts references whose cells are gone, and leaves them as written", () => {
    const result = moveReferences(`'${DJ}'!AD8+'${DJ}'!AC8`, (_, rect) =>
      rect.left === 30 ? "lost" : { ...rect, left: 31, right: 31 }
    );
    expect(result).toEqual({ formula: `'${DJ}'!AD8+'${DJ}'!AE8`, moved: 1, lost: 1 });
  });

  it("writes a range whose ends crossed in order", () => {
    const result = moveReferences("SUM(B2:C2)", (_, rect) => ({ ...rect, left: 5, right: 3 }));
    expect(result.formula).toBe("SUM(C2:E2)");
  });
});

describe("formulaPieces", () => {
  it("cuts a formula into references and the text between them, nothing lost", () => {
    const formula = `SUM('${DJ}'!AD8:AD20,8:20,AD:AD)+LOG10(A1)&"B2"`;
    const pieces = formulaPieces(formula);
    expect(pieces.map((piece) => piece.text).join("")).toBe(formula);
    expect(
      pieces.flatMap((piece) => (piece.kind === "reference" ? [[piece.shape, piece.text]] : []))
    ).toEqual([
      ["range", `'${DJ}'!AD8:AD20`],
      ["rows", "8:20"],
      ["columns", "AD:AD"],
      ["cell", "A1"],
    ]);
  });
});
