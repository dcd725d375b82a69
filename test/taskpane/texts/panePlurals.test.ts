/** The pane's counts agree with their nouns in both languages: "1 celda", "2 celdas" (SPEC §9, es-CO first). */
import { textsFor } from "../../../src/taskpane/texts/Texts";

const es = textsFor("es").say;
const en = textsFor("en").say;

test("one of a thing is singular, in Spanish and in English", () => {
  expect(es("pane.validar.fixed", { count: 1 })).toBe("Se corrigió 1 celda.");
  expect(en("pane.validar.fixed", { count: 1 })).toBe("1 cell fixed.");
  expect(es("pane.validar.summary", { errors: 1, warnings: 1, areas: 1, fixable: 0 })).toBe(
    "1 error y 1 advertencia en 1 área (0 con corrección automática)."
  );
  expect(es("pane.consolidar.done", { cutoff: "T1", rows: 1, areas: 1 })).toBe(
    "Matriz consolidada al corte T1: 1 fila de 1 área."
  );
  expect(es("pane.semaforo.rowsLeftOut", { count: 1 })).toBe(
    "1 fila con errores quedó fuera de las cifras; véala en Validar."
  );
  expect(en("pane.plan.created", { areas: 1 })).toBe("Plan created: 1 area tab.");
});

test("none and many are plural", () => {
  expect(es("pane.validar.fixed", { count: 0 })).toBe("Se corrigieron 0 celdas.");
  expect(es("pane.validar.fixed", { count: 12 })).toBe("Se corrigieron 12 celdas.");
  expect(es("pane.validar.area", { name: "DJ", errors: 0, warnings: 2 })).toBe(
    "DJ: 0 errores, 2 advertencias"
  );
  expect(en("pane.validar.areaUnfilled", { count: 3 })).toBe("3 rows not filled");
  expect(
    es("pane.informe.summary", {
      compliance: "80,0%",
      band: "Verde",
      red: 2,
      unreported: 1,
      over: 1,
    })
  ).toBe("Institución: 80,0% (Verde). 2 filas en rojo, 1 sin reporte, 1 sobreejecutada.");
});
