import { upgradeTabOrder } from "../../../src/core/upgrade/upgradeTabOrder";

describe("upgradeTabOrder", () => {
  const layout = [
    "Instrucciones",
    "Configuración",
    "A",
    "B",
    "C",
    "Matriz",
    "Resumen",
    "Plantilla",
  ];

  it("keeps existing tabs in place and puts each new tab after its layout predecessor", () => {
    const existing = [
      "Instrucciones",
      "Configuración",
      "Mi A",
      "C",
      "Mis notas",
      "Matriz",
      "Resumen",
    ];
    // "A" was renamed "Mi A" (so the layout calls it "Mi A"); "B" and "Plantilla" are new.
    const order = upgradeTabOrder(
      existing,
      layout.map((name) => (name === "A" ? "Mi A" : name))
    );
    expect(order).toEqual([
      "Instrucciones",
      "Configuración",
      "Mi A",
      "B",
      "C",
      "Mis notas",
      "Matriz",
      "Resumen",
      "Plantilla",
    ]);
  });

  it("puts a new first tab first and matches names ignoring case", () => {
    expect(upgradeTabOrder(["configuración", "x"], ["Nueva", "Configuración", "X2"])).toEqual([
      "Nueva",
      "configuración",
      "X2",
      "x",
    ]);
  });
});
