/**
 * Last years' plan matrices as planning offices keep them, written at test time (no binary file is committed):
 * six layouts for importing a spreadsheet as a template. Four are written with ExcelJS, one is one of those saved
 * again by LibreOffice, one is written by openpyxl. Their expected templates are in `sheetCorpusExpected.ts`.
 */
import { runPython } from "../python";
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { convertWithLibreOffice } from "../libreoffice";
import { sharedFixture } from "../sharedFixture";

export const LAYOUTS = [
  "oneSheetRow1",
  "sheetPerArea",
  "titleBlockMerged",
  "extraColumns",
  "libreOffice",
  "openpyxl",
] as const;
export type Layout = (typeof LAYOUTS)[number];

type Row = (string | number | null)[];

function addRows(sheet: ExcelJS.Worksheet, rows: Row[], from = 1): void {
  rows.forEach((values, index) => {
    values.forEach((value, column) => {
      if (value !== null) sheet.getCell(from + index, column + 1).value = value;
    });
  });
}

/** One sheet, headers on row 1, macroprocess and area in columns, quarters "I Trim" … "IV Trim", a total row. */
async function oneSheetRow1(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan 2025");
  addRows(sheet, [
    [
      "Macroproceso",
      "Proceso",
      "Objetivo estratégico",
      "Actividad",
      "Meta",
      "Indicador",
      "Responsable",
      "I Trim",
      "II Trim",
      "III Trim",
      "IV Trim",
    ],
    [
      "Misional",
      "Dirección Jurídica",
      "Mapear el litigio estratégico de las ciudades.",
      "Elaborar el mapa",
      1,
      "Mapa elaborado",
      "Directora jurídica",
      0,
      1,
      0,
      0,
    ],
    [
      "Misional",
      "Dirección Jurídica",
      "Mapear el litigio estratégico de las ciudades.",
      "Actualizar el mapa",
      2,
      "Actualizaciones",
      "Directora jurídica",
      0,
      1,
      0,
      1,
    ],
    [
      "Misional",
      "Dirección Jurídica",
      "Asesorar jurídicamente a los asociados.",
      "Responder consultas",
      40,
      "Consultas respondidas",
      "Abogado",
      10,
      10,
      10,
      10,
    ],
    [
      "Misional",
      "Dirección de Estudios",
      "Acompañar la reforma tributaria.",
      "Publicar boletines",
      4,
      "Boletines publicados",
      "Director de estudios",
      1,
      1,
      1,
      1,
    ],
    [
      "Apoyo",
      "Secretaría General",
      "Gestionar los recursos físicos.",
      "Hacer el inventario",
      1,
      "Inventario hecho",
      "Secretario general",
      0,
      0,
      0,
      1,
    ],
    [],
    ["Total actividades: 5"],
  ]);
  await workbook.xlsx.writeFile(file);
}

/** One sheet per area (the sheet's name), semesters "I Sem"/"II Sem", an instructions sheet without headers. */
async function sheetPerArea(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  addRows(workbook.addWorksheet("Instrucciones"), [
    ["Diligencie una fila por actividad."],
    ["Las metas se programan por semestre."],
  ]);
  const header = ["Objetivo", "Actividad", "Indicador", "Meta", "I Sem", "II Sem", "Responsable"];
  addRows(workbook.addWorksheet("Dirección Jurídica"), [
    header,
    [
      "Defender los intereses de las ciudades ante las cortes.",
      "Intervenir en procesos",
      "Intervenciones",
      6,
      3,
      3,
      "Director",
    ],
    [null, "Presentar demandas", "Demandas", 2, 1, 1, "Director"],
    [
      "Fortalecer la clínica jurídica.",
      "Abrir convocatoria",
      "Convocatorias",
      1,
      1,
      0,
      "Coordinadora",
    ],
  ]);
  addRows(workbook.addWorksheet("Comunicaciones"), [
    header,
    [
      "Divulgar la gestión de la asociación.",
      "Publicar noticias",
      "Noticias",
      24,
      12,
      12,
      "Jefe de prensa",
    ],
    [
      "Divulgar la gestión de la asociación.",
      "Emitir boletines",
      "Boletines",
      12,
      6,
      6,
      "Jefe de prensa",
    ],
  ]);
  await workbook.xlsx.writeFile(file);
}

/** A logo and title block above headers on row 7; macroprocess, area and one objective in merged cells. */
async function titleBlockMerged(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Matriz 2024");
  sheet.getCell("A1").value = "PLAN DE ACCIÓN INSTITUCIONAL 2024";
  sheet.mergeCells("A1:K1");
  sheet.getCell("A2").value = "Entidad: Alcaldía de Villa Esperanza";
  sheet.getCell("A3").value = "Versión 3 – aprobada por el comité";
  addRows(
    sheet,
    [
      [
        "Macroproceso",
        "Dependencia",
        "Objetivo",
        "Actividad",
        "Indicador",
        "Meta",
        "Trimestre 1",
        "Trimestre 2",
        "Trimestre 3",
        "Trimestre 4",
        "Ponderación",
      ],
      [
        "ESTRATÉGICO",
        "OFICINA DE PLANEACIÓN",
        "Formular el plan de acción.",
        "Consolidar el plan",
        "Plan aprobado",
        1,
        1,
        0,
        0,
        0,
        0.5,
      ],
      [
        null,
        null,
        "Hacer seguimiento trimestral al plan.",
        "Emitir informes",
        "Informes",
        4,
        1,
        1,
        1,
        1,
        0.5,
      ],
      [
        null,
        "OFICINA DE CONTROL INTERNO",
        "Ejecutar el plan anual de auditorías.",
        "Auditar procesos",
        "Auditorías",
        8,
        2,
        2,
        2,
        2,
        1,
      ],
      [
        "MISIONAL",
        "SECRETARÍA DE SALUD",
        "Ampliar la cobertura de vacunación.",
        "Jornadas de vacunación",
        "Jornadas",
        12,
        3,
        3,
        3,
        3,
        0.4,
      ],
      [null, null, null, "Vacunación casa a casa", "Barrios visitados", 20, 5, 5, 5, 5, 0.3],
      [
        null,
        null,
        "Vigilar la calidad del agua.",
        "Tomar muestras",
        "Muestras",
        48,
        12,
        12,
        12,
        12,
        0.3,
      ],
    ],
    7
  );
  sheet.mergeCells("A8:A10");
  sheet.mergeCells("B8:B9");
  sheet.mergeCells("A11:A13");
  sheet.mergeCells("B11:B13");
  sheet.mergeCells("C11:C12");
  await workbook.xlsx.writeFile(file);
}

/**
 * Headers in words nobody maps ("Unidad responsable" for the area), a column nobody maps, a column with no header,
 * semesters "Semestre 1"/"Semestre 2", a row with an objective but no area.
 */
async function extraColumns(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  addRows(workbook.addWorksheet("Hoja1"), [
    [
      "N°",
      "Unidad responsable",
      "Objetivos",
      "Actividades",
      "Entregable",
      "Línea base",
      "Peso",
      "Semestre 1",
      "Semestre 2",
      "Observaciones del comité",
    ],
    [
      1,
      "Talento Humano",
      "Fortalecer las competencias del personal.",
      "Plan de capacitación",
      "Plan",
      0,
      0.5,
      1,
      0,
      "Aprobado",
      "x",
    ],
    [
      2,
      "Talento Humano",
      "Medir el clima laboral.",
      "Encuesta de clima",
      "Informe",
      1,
      0.5,
      0,
      1,
      null,
    ],
    [
      3,
      "Gestión Financiera",
      "Cerrar la vigencia sin rezagos.",
      "Cierre contable",
      "Estados financieros",
      1,
      1,
      0,
      1,
      "Revisar",
    ],
    [
      4,
      null,
      "Objetivo sin dependencia asignada.",
      "Por definir",
      null,
      null,
      null,
      null,
      null,
      null,
    ],
  ]);
  await workbook.xlsx.writeFile(file);
}

/** Writes the six layouts into `dir` (LibreOffice and openpyxl included); returns each file's path. */
export async function buildSheetCorpus(dir: string): Promise<Record<Layout, string>> {
  mkdirSync(dir, { recursive: true });
  const file = (name: string): string => path.join(dir, `${name}.xlsx`);
  await oneSheetRow1(file("oneSheetRow1"));
  await sheetPerArea(file("sheetPerArea"));
  await titleBlockMerged(file("titleBlockMerged"));
  await extraColumns(file("extraColumns"));
  // LibreOffice saves the merged title-block layout again as its own .xlsx.
  const source = path.join(dir, "lo-in", "libreOffice.xlsx");
  mkdirSync(path.dirname(source), { recursive: true });
  copyFileSync(file("titleBlockMerged"), source);
  convertWithLibreOffice([source], dir, "xlsx");
  runPython([path.join(__dirname, "write_openpyxl_matrix.py"), file("openpyxl")]);
  return Object.fromEntries(LAYOUTS.map((layout) => [layout, file(layout)])) as Record<
    Layout,
    string
  >;
}

/**
 * The corpus of this jest run, built once for every suite that reads it (test/support/sharedFixture.ts); the
 * suites only read these files.
 */
export async function sheetCorpus(): Promise<Record<Layout, string>> {
  const dir = await sharedFixture("sheet-corpus", async (into) => {
    await buildSheetCorpus(into);
  });
  return Object.fromEntries(
    LAYOUTS.map((layout) => [layout, path.join(dir, `${layout}.xlsx`)])
  ) as Record<Layout, string>;
}
