import { computeRowCompliance, RowInputs } from "../../../src/core/semaphore/computeRowCompliance";
import { DEFAULT_BANDS } from "../../../src/core/template/Template";
import { Cell, EMPTY } from "../../../src/core/workbook/CellValue";

const cell = (value: number | string | null | Cell): Cell =>
  value === null
    ? EMPTY
    : typeof value === "number"
      ? { kind: "number", value }
      : typeof value === "string"
        ? { kind: "text", value }
        : value;
const inputs = (
  unit: string,
  direction: string | null,
  programmed: (number | string | null | Cell)[],
  executed: (number | string | null | Cell)[]
): RowInputs => ({
  unit: cell(unit),
  direction: cell(direction),
  programmed: programmed.map(cell),
  executed: executed.map(cell),
});
const at = (row: RowInputs, cutoffIndex: number, bandsUsable = true) =>
  computeRowCompliance(row, cutoffIndex, DEFAULT_BANDS, bandsUsable);

describe("computeRowCompliance", () => {
  it("sums Número periods up to the cut-off: 8 ÷ 10 at T1 is exactly Verde, (8+4) ÷ 20 = .6 at T2 exactly Amarillo", () => {
    const row = inputs("Número", "Ascendente", [10, 10, 10, 10], [8, 4, null, null]);
    expect(at(row, 0)).toMatchObject({
      programmed: 10,
      executed: 8,
      compliance: 0.8,
      band: "verde",
    });
    expect(at(row, 1)).toMatchObject({
      programmed: 20,
      executed: 12,
      compliance: 0.6,
      band: "amarillo",
    });
    // T3: (8+4+0) ÷ 30 = .4, a blank counts 0
    expect(at(row, 2)).toMatchObject({ compliance: 0.4, band: "rojo", inputError: null });
  });

  it("takes the Porcentaje level at the cut-off, not a sum", () => {
    const row = inputs("Porcentaje", "Ascendente", [0.25, 0.5, 0.75, 1], [0.2, 0.3, 0.75, 1]);
    expect(at(row, 1)).toMatchObject({ programmed: 0.5, executed: 0.3, compliance: 0.6 });
  });

  it("inverts Descendente, and executed 0 with programming counts exactly 100 %", () => {
    expect(at(inputs("Número", "Descendente", [10], [12.5]), 0).compliance).toBe(0.8);
    expect(at(inputs("Número", "Descendente", [3], [0]), 0)).toMatchObject({
      compliance: 1,
      band: "verde",
    });
  });

  it("does not cap the row and flags over-execution only above the threshold", () => {
    expect(at(inputs("Número", "Ascendente", [2], [3]), 0)).toMatchObject({
      compliance: 1.5,
      overExecution: true,
    });
    expect(at(inputs("Porcentaje", "Ascendente", [1], [1.2]), 0).overExecution).toBe(false);
  });

  it("gives Sin programación when nothing is programmed to date", () => {
    expect(at(inputs("Número", "Ascendente", [0, 5], [0, 5]), 0)).toMatchObject({
      compliance: null,
      band: "sin-programacion",
    });
  });

  it("compares list texts without case, as Excel does", () => {
    expect(at(inputs("PORCENTAJE", "descendente", [0.4, 0.3], [0.5, 0.6]), 0).compliance).toBe(0.8);
  });

  it("rests on an error: text or an error value in an elapsed period, or an error unit", () => {
    const ref: Cell = { kind: "error", code: "#REF!" };
    const text = inputs("Número", "Ascendente", [4, 4], [4, "3"]);
    expect(at(text, 0)).toMatchObject({ compliance: 1, band: "verde" }); // T2 not elapsed at T1
    expect(at(text, 1)).toMatchObject({
      compliance: null,
      band: "con-errores",
      inputError: "text",
    });
    expect(at(inputs("Número", "Ascendente", [ref, 4], [1, 1]), 1)).toMatchObject({
      band: "con-errores",
      inputError: "#REF!",
    });
    expect(at({ ...inputs("Número", null, [4], [4]), unit: ref }, 0).band).toBe("con-errores");
    // A text of spaces is a blank, not a number stored as text.
    expect(at(inputs("Número", "Ascendente", [4], ["  "]), 0)).toMatchObject({
      compliance: 0,
      band: "rojo",
    });
  });

  it("rests on an error: TRUE or FALSE in an elapsed period, which Excel's SUM leaves out and LibreOffice's counts", () => {
    const yes: Cell = { kind: "boolean", value: true };
    const no: Cell = { kind: "boolean", value: false };
    // Número: executed TRUE at T1 would be 0 in Excel (4 ÷ 4 → 75 % with the 3 of T2) and 1 in LibreOffice.
    const number = inputs("Número", "Ascendente", [4, 4], [yes, 3]);
    expect(at(number, 1)).toMatchObject({
      compliance: null,
      band: "con-errores",
      inputError: "logical",
    });
    // Porcentaje: FALSE as the programmed level at the cut-off.
    const percent = inputs("Porcentaje", "Ascendente", [no, 0.5], [0.25, 0.5]);
    expect(at(percent, 0)).toMatchObject({ band: "con-errores", inputError: "logical" });
    // Not elapsed yet at the cut-off: not read.
    expect(at(inputs("Número", "Ascendente", [4, 4], [4, yes]), 0)).toMatchObject({
      compliance: 1,
      band: "verde",
      inputError: null,
    });
  });

  it("marks every band of a number as resting on an error when the thresholds are unusable", () => {
    expect(at(inputs("Número", "Ascendente", [4], [4]), 0, false)).toMatchObject({
      compliance: 1,
      band: "con-errores",
    });
    // Nothing programmed in the whole year: Sin diligenciar (SPEC §5), not a band of a number either.
    expect(at(inputs("Número", "Ascendente", [0], [0]), 0, false).band).toBe("sin-diligenciar");
    expect(at(inputs("Número", "Ascendente", [0, 5], [0, 0]), 0, false).band).toBe(
      "sin-programacion"
    );
  });

  it("gives no figure for an input to date that is a formula never calculated: con-errores, like an error value", () => {
    const uncalculated: Cell = { kind: "empty", formula: "0.5*2" };
    // Programado T1 10, Ejecutado T1 =0.5*2 with no result: its value is unknown, so is the row's.
    expect(at(inputs("Número", "Ascendente", [10], [uncalculated]), 0)).toMatchObject({
      compliance: null,
      band: "con-errores",
      inputError: "uncalculated",
    });
    // After the cut-off it does not count yet (T1: 8 ÷ 10); with its result cached it is that result (10 ÷ 10).
    expect(at(inputs("Número", "Ascendente", [10, 10], [8, uncalculated]), 0)).toMatchObject({
      compliance: 0.8,
      band: "verde",
      inputError: null,
    });
    const cached: Cell = { kind: "number", value: 10, formula: "5*2" };
    expect(at(inputs("Número", "Ascendente", [10], [cached]), 0)).toMatchObject({
      compliance: 1,
      inputError: null,
    });
    // In the unit: the row's own formulas would read a value nobody knows.
    expect(
      at({ ...inputs("Número", null, [4], [4]), unit: { kind: "empty", formula: "A1" } }, 0)
    ).toMatchObject({ band: "con-errores", inputError: "uncalculated" });
  });

  it("marks sums or a ratio past the largest number #NUM! (con-errores), never a NaN figure", () => {
    // 1E+308 + 1E+308 executed to T2 overflows: Excel's SUM is #NUM!.
    expect(at(inputs("Número", "Ascendente", [1, 1], [1e308, 1e308]), 1)).toMatchObject({
      compliance: null,
      band: "con-errores",
      inputError: "#NUM!",
    });
    // 1E+300 ÷ 1E-300 overflows the quotient.
    expect(at(inputs("Número", "Ascendente", [1e-300], [1e300]), 0)).toMatchObject({
      compliance: null,
      band: "con-errores",
      inputError: "#NUM!",
    });
    // Descendente: 1E+300 programmed ÷ 1E-300 executed.
    expect(at(inputs("Número", "Descendente", [1e300], [1e-300]), 0).inputError).toBe("#NUM!");
  });

  it("keeps huge and tiny finite ratios as the sheet rounds them: 1E+308 ÷ 1 is 1E+308 Verde, 1E-300 ÷ 1 is 0 Rojo", () => {
    expect(at(inputs("Número", "Ascendente", [1], [1e308]), 0)).toMatchObject({
      compliance: 1e308,
      band: "verde",
      inputError: null,
    });
    expect(at(inputs("Número", "Ascendente", [1], [1e-300]), 0)).toMatchObject({
      compliance: 0,
      band: "rojo",
      inputError: null,
    });
  });
});
