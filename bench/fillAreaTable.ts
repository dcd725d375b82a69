/**
 * Fills every input column of a generated area table with realistic values, as area leads would by the second
 * quarter: quantities and percentages, programming that adds up, executed values up to T2 (some blank, some
 * over-executed), dates of the year, budgets, evidence links, a few report drafts — and about one row in a hundred
 * with what users really do wrong (numbers typed as text, a date as text, an empty required cell).
 */
import { Template } from "../src/core/template/Template";
import { areaId } from "../src/core/workbook/layout/areaSheet";
import { dateSerial } from "../src/core/workbook/dateSerial";
import { CellInput, TablePatch } from "../src/core/workbook/WorkbookPatch";
import { Random } from "./seededRandom";

const VERBS = [
  "Elaborar",
  "Acompañar",
  "Gestionar",
  "Realizar",
  "Asesorar",
  "Consolidar",
  "Publicar",
];
const OBJECTS = [
  "mesas técnicas con las ciudades capitales",
  "informes de seguimiento al Plan de Desarrollo",
  "conceptos jurídicos solicitados por los alcaldes",
  "proyectos de inversión con recursos de regalías",
  "boletines de prensa y piezas de comunicación",
  "capacitaciones a funcionarios de las alcaldías",
  "auditorías internas de gestión",
];
const DELIVERABLES = ["Informe", "Acta", "Concepto", "Boletín", "Listado de asistencia", "Matriz"];
const RESPONSIBLE = [
  "Dirección Jurídica",
  "Coordinación de proyectos",
  "Oficina de Comunicaciones",
  "Subdirección Administrativa",
  "Asesor de Planeación",
];
const TYPES = ["Eficacia", "Eficiencia", "Efectividad"];

export function fillAreaTable(
  table: TablePatch,
  template: Template,
  code: string,
  objectives: string[],
  random: Random,
  weighted: boolean
): void {
  const at = new Map(table.headers.map((header, index) => [header, index]));
  const year = template.year;
  const set = (row: CellInput[], header: string, value: CellInput): void => {
    const index = at.get(header);
    if (index !== undefined) row[index] = value;
  };
  [...table.rows].forEach((row, index) => {
    const percent = random.next() < 0.2;
    const verb = random.pick(VERBS);
    const object = random.pick(OBJECTS);
    set(row, "ID", areaId(code, index));
    set(row, "Objetivo", objectives[index % Math.max(objectives.length, 1)] ?? "Objetivo del área");
    set(row, "Actividad", `${verb} ${object} (${index + 1})`);
    set(row, "Entregable", random.pick(DELIVERABLES));
    set(
      row,
      "Indicador",
      `${object[0].toUpperCase()}${object.slice(1)} ${percent ? "cumplidos" : "realizados"}`
    );
    set(
      row,
      "Fórmula del indicador",
      percent ? "Logrado / programado × 100" : "Número de entregas"
    );
    set(row, "Tipo de indicador", random.pick(TYPES));
    set(row, "Unidad de medida", percent ? "Porcentaje" : "Número");
    set(row, "Sentido", random.next() < 0.9 ? "Ascendente" : "Descendente");
    set(row, "Línea base", random.integer(0, 20));
    const goal = percent ? 1 : random.integer(4, 40);
    set(row, "Meta", goal);
    const programmed = percent
      ? [0.25, 0.5, 0.75, 1]
      : (() => {
          const quarter = Math.floor(goal / 4);
          return [quarter, quarter, quarter, goal - 3 * quarter];
        })();
    programmed.forEach((value, period) => set(row, `Programado T${period + 1}`, value));
    for (let period = 0; period < 2; period++) {
      if (random.next() < 0.05) continue;
      const factor = 0.5 + random.next() * 0.8;
      const value = percent
        ? Math.round(programmed[period] * factor * 100) / 100
        : Math.round(programmed[period] * factor);
      set(row, `Ejecutado T${period + 1}`, value);
    }
    if (weighted) set(row, "Ponderación", 1 / table.rows.length);
    set(row, "Responsable", random.pick(RESPONSIBLE));
    const start = random.integer(1, 150);
    set(row, "Fecha inicio", { date: dateSerial(year, 1, 1) + start });
    set(row, "Fecha fin", { date: dateSerial(year, 1, 1) + start + random.integer(30, 210) });
    set(row, "Presupuesto", random.integer(0, 200) * 500_000);
    set(row, "Evidencias", `https://intranet.example/evidencias/${code}/${index + 1}`);
    set(
      row,
      "Observaciones",
      random.next() < 0.3 ? "Se reprogramó una mesa por agenda de los alcaldes" : null
    );
    set(
      row,
      "Estado del reporte",
      random.next() < 0.1 ? "Borrador" : random.pick(["Enviado", "Aprobado"])
    );
    // What users do wrong, about one row in a hundred.
    const mistake = random.next();
    if (mistake < 0.004) set(row, "Meta", `${goal},0`);
    else if (mistake < 0.007) set(row, "Fecha inicio", `15/03/${year}`);
    else if (mistake < 0.01) set(row, "Responsable", null);
  });
}
