import { readThresholds } from "../../../src/core/plan/readThresholds";
import { DEFAULT_BANDS } from "../../../src/core/template/Template";
import { Cell } from "../../../src/core/workbook/CellValue";

const n = (value: number): Cell => ({ kind: "number", value });
const names = (green: Cell, yellow: Cell, over: Cell): Record<string, Cell> => ({
  UmbralVerde: green,
  UmbralAmarillo: yellow,
  UmbralSobreejecucion: over,
});

describe("readThresholds", () => {
  it("reads numbers in order", () => {
    expect(readThresholds(names(n(0.9), n(0.7), n(1.5)), DEFAULT_BANDS)).toEqual({
      bands: { green: 0.9, yellow: 0.7, overExecution: 1.5 },
      problems: [],
    });
  });

  it("refuses text, blanks and error values, naming the threshold", () => {
    const result = readThresholds(
      names({ kind: "text", value: "90%" }, { kind: "empty" }, n(1.2)),
      DEFAULT_BANDS
    );
    expect(result.bands).toEqual(DEFAULT_BANDS);
    expect(result.problems).toEqual([
      { name: "UmbralVerde", value: "90%", reason: "notANumber" },
      { name: "UmbralAmarillo", value: null, reason: "notANumber" },
    ]);
  });

  it("refuses numbers out of order: 80 for 80 %, reversed bands, over-execution at or below 100 %", () => {
    expect(readThresholds(names(n(80), n(0.6), n(1.2)), DEFAULT_BANDS).problems).toEqual([
      { name: "UmbralVerde", value: 80, reason: "order" },
    ]);
    expect(readThresholds(names(n(0.6), n(0.8), n(1.2)), DEFAULT_BANDS).problems).toEqual([
      { name: "UmbralAmarillo", value: 0.8, reason: "order" },
    ]);
    expect(readThresholds(names(n(0.8), n(0), n(1)), DEFAULT_BANDS).problems).toEqual([
      { name: "UmbralAmarillo", value: 0, reason: "order" },
      { name: "UmbralSobreejecucion", value: 1, reason: "order" },
    ]);
  });

  it("uses the template's bands without a problem when the names are absent (no Configuración)", () => {
    expect(readThresholds({}, DEFAULT_BANDS)).toEqual({ bands: DEFAULT_BANDS, problems: [] });
  });
});
