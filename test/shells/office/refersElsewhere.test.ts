/** Which formulas the Office host writes only once the sheets and tables they name carry their final names. */
import { refersElsewhere } from "../../../src/shells/office/cellToExcel";

describe("refersElsewhere", () => {
  it.each([
    ["'3.1 Dirección Jurídica'!AD8", true],
    ["SUM(Resumen!F5:F21)", true],
    ["SUMPRODUCT(T_DJ[Meta])", true],
    ['COUNTIF(T_DJ[Semáforo],"Verde")', true],
    ['IF(L8="Porcentaje",N(INDEX(M8:P8,1,CorteIndice)),SUM(M8:INDEX(M8:P8,1,CorteIndice)))', false],
    ['"¡Hola!"&A1', false],
    ['"[borrador]"&B2', false],
    ['"say ""hi!"""&C3', false],
    ['"[x]"&T_DJ[ID]', true],
  ])("%s → %s", (formula, expected) => {
    expect(refersElsewhere(formula)).toBe(expected);
  });
});
