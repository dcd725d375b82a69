import { arrangeTabOrder } from "../../../src/core/workbook/arrangeTabOrder";

describe("arrangeTabOrder", () => {
  it("puts the named tabs first in that order, the others after as they were", () => {
    expect(arrangeTabOrder(["A", "B", "C", "D"], ["C", "A"])).toEqual(["C", "A", "B", "D"]);
  });

  it("matches names ignoring case, keeps the workbook's spelling, skips unknown and repeated names", () => {
    expect(
      arrangeTabOrder(["Matriz", "Notas", "resumen"], ["RESUMEN", "Nueva", "matriz", "Resumen"])
    ).toEqual(["resumen", "Matriz", "Notas"]);
  });

  it("leaves the order alone when nothing is named", () => {
    expect(arrangeTabOrder(["A", "B"], [])).toEqual(["A", "B"]);
  });
});
