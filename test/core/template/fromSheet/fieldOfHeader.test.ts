import { fieldOfHeader } from "../../../../src/core/template/fromSheet/fieldOfHeader";

test.each([
  ["Proceso", "area"],
  ["DEPENDENCIA", "area"],
  ["Área", "area"],
  ["Macroproceso", "macroprocess"],
  ["Objetivo estratégico", "objective"],
  ["OBJETIVOS  ESTRATÉGICOS:", "objective"],
  ["Actividad", "activity"],
  ["Meta", "goal"],
  ["Indicador", "indicator"],
  ["Responsable", "responsible"],
  ["Entregable", "deliverable"],
  ["Línea base", "baseline"],
  ["Ponderación", "weight"],
  ["Peso", "weight"],
  ["N°", "id"],
  ["I Trim", "T1"],
  ["II TRIM.", "T2"],
  ["III Trimestre", "T3"],
  ["IV Trim", "T4"],
  ["Trimestre 1", "T1"],
  ["4 trimestre", "T4"],
  ["Primer trimestre", "T1"],
  ["T3", "T3"],
  ["Programado T2", "T2"],
  ["Semestre 1", "S1"],
  ["I Sem", "S1"],
  ["II Semestre", "S2"],
  ["Segundo semestre", "S2"],
  ["S2", "S2"],
])("%s → %s", (header, field) => {
  expect(fieldOfHeader(header)).toBe(field);
});

test.each([
  "Observaciones del comité",
  "Unidad responsable",
  "PLAN DE ACCIÓN 2024",
  "Entidad: Alcaldía",
  "III Semestre",
  "Ejecutado T1",
  "T5",
  "",
])("%j names no field", (header) => {
  expect(fieldOfHeader(header)).toBeUndefined();
});
