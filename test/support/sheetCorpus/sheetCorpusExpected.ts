/**
 * What each layout of the spreadsheet corpus (buildSheetCorpus.ts) must give, worked out by hand from the rows
 * written there: codes are the initials of the words that are not Spanish small words (as the text import makes
 * them), sections number macroprocess then area in order of first appearance, an objective is kept once per area.
 */
import { Layout } from "./buildSheetCorpus";

export type ExpectedArea = { code: string; name: string; section: string; objectives: string[] };
export type ExpectedMacroprocess = { code: string; name: string; areas: ExpectedArea[] };

export type ExpectedImport = {
  /** `--map` entries the layout needs (the pane changes the same columns in its select). */
  map: { header: string; field: string; column: string; sheet: string; label: string }[];
  periods: "T" | "S";
  /** The preview's lines naming each sheet read and its header row. */
  sheets: string[];
  /** The preview's line naming sheets without a header row, when there are. */
  skipped?: string;
  macroprocesses: ExpectedMacroprocess[];
  /** The preview from the rows not placed to its end. */
  unplaced: string[];
};

const ALL_COLUMNS = "Todas las columnas quedaron ubicadas.";
const ALL_ROWS = "Todas las filas con texto quedaron ubicadas.";

const TITLE_BLOCK: ExpectedImport = {
  map: [],
  periods: "T",
  sheets: ["Hoja «Matriz 2024»: encabezados en la fila 7"],
  macroprocesses: [
    {
      code: "E",
      name: "Estratégico",
      areas: [
        {
          code: "OP",
          name: "Oficina de Planeación",
          section: "1.1",
          objectives: ["Formular el plan de acción.", "Hacer seguimiento trimestral al plan."],
        },
        {
          code: "OCI",
          name: "Oficina de Control Interno",
          section: "1.2",
          objectives: ["Ejecutar el plan anual de auditorías."],
        },
      ],
    },
    {
      code: "M",
      name: "Misional",
      areas: [
        {
          code: "SS",
          name: "Secretaría de Salud",
          section: "2.1",
          objectives: ["Ampliar la cobertura de vacunación.", "Vigilar la calidad del agua."],
        },
      ],
    },
  ],
  unplaced: [ALL_ROWS, ALL_COLUMNS],
};

export const SHEET_CORPUS_EXPECTED: Record<Layout, ExpectedImport> = {
  oneSheetRow1: {
    map: [],
    periods: "T",
    sheets: ["Hoja «Plan 2025»: encabezados en la fila 1"],
    macroprocesses: [
      {
        code: "M",
        name: "Misional",
        areas: [
          {
            code: "DJ",
            name: "Dirección Jurídica",
            section: "1.1",
            objectives: [
              "Mapear el litigio estratégico de las ciudades.",
              "Asesorar jurídicamente a los asociados.",
            ],
          },
          {
            code: "DE",
            name: "Dirección de Estudios",
            section: "1.2",
            objectives: ["Acompañar la reforma tributaria."],
          },
        ],
      },
      {
        code: "A",
        name: "Apoyo",
        areas: [
          {
            code: "SG",
            name: "Secretaría General",
            section: "2.1",
            objectives: ["Gestionar los recursos físicos."],
          },
        ],
      },
    ],
    unplaced: [
      "Filas no ubicadas (1):",
      "  Plan 2025, fila 8 (sin objetivo): Total actividades: 5",
      ALL_COLUMNS,
    ],
  },
  sheetPerArea: {
    map: [],
    periods: "S",
    sheets: [
      "Hoja «Dirección Jurídica»: encabezados en la fila 1",
      "Hoja «Comunicaciones»: encabezados en la fila 1",
    ],
    skipped: "Hojas sin fila de encabezados (no leídas): Instrucciones",
    macroprocesses: [
      {
        code: "I",
        name: "Institucional",
        areas: [
          {
            code: "DJ",
            name: "Dirección Jurídica",
            section: "1.1",
            objectives: [
              "Defender los intereses de las ciudades ante las cortes.",
              "Fortalecer la clínica jurídica.",
            ],
          },
          {
            code: "C",
            name: "Comunicaciones",
            section: "1.2",
            objectives: ["Divulgar la gestión de la asociación."],
          },
        ],
      },
    ],
    unplaced: [ALL_ROWS, ALL_COLUMNS],
  },
  titleBlockMerged: TITLE_BLOCK,
  extraColumns: {
    map: [
      { header: "Unidad responsable", field: "área", column: "B", sheet: "Hoja1", label: "Área" },
    ],
    periods: "S",
    sheets: ["Hoja «Hoja1»: encabezados en la fila 1"],
    macroprocesses: [
      {
        code: "I",
        name: "Institucional",
        areas: [
          {
            code: "TH",
            name: "Talento Humano",
            section: "1.1",
            objectives: ["Fortalecer las competencias del personal.", "Medir el clima laboral."],
          },
          {
            code: "GF",
            name: "Gestión Financiera",
            section: "1.2",
            objectives: ["Cerrar la vigencia sin rezagos."],
          },
        ],
      },
    ],
    unplaced: [
      "Filas no ubicadas (1):",
      "  Hoja1, fila 5 (sin área): 4 · Objetivo sin dependencia asignada. · Por definir",
      "Columnas no ubicadas (2):",
      "  Hoja1, columna J «Observaciones del comité» (encabezado no reconocido)",
      "  Hoja1, columna K (sin encabezado)",
    ],
  },
  // The title-block layout saved again by LibreOffice: the same template.
  libreOffice: TITLE_BLOCK,
  openpyxl: {
    map: [],
    periods: "T",
    sheets: [
      "Hoja «Talento Humano»: encabezados en la fila 3",
      "Hoja «Gestión Financiera»: encabezados en la fila 3",
    ],
    macroprocesses: [
      {
        code: "A",
        name: "Apoyo",
        areas: [
          {
            code: "TH",
            name: "Talento Humano",
            section: "1.1",
            objectives: ["Fortalecer las competencias del personal.", "Medir el clima laboral."],
          },
          {
            code: "GF",
            name: "Gestión Financiera",
            section: "1.2",
            objectives: ["Cerrar la vigencia sin rezagos.", "Depurar la cartera."],
          },
        ],
      },
    ],
    unplaced: [ALL_ROWS, ALL_COLUMNS],
  },
};

/** The part of a template the corpus checks. */
export function templateOutline(template: {
  periods: { kind: string };
  macroprocesses: ExpectedMacroprocess[];
}): { periods: string; macroprocesses: ExpectedMacroprocess[] } {
  return {
    periods: template.periods.kind,
    macroprocesses: template.macroprocesses.map(({ code, name, areas }) => ({
      code,
      name,
      areas: areas.map(({ code: areaCode, name: areaName, section, objectives }) => ({
        code: areaCode,
        name: areaName,
        section,
        objectives,
      })),
    })),
  };
}

/** The preview's lines from the rows not placed (or "all placed") to the end. */
export function unplacedTail(lines: readonly string[]): string[] {
  const start = lines.findIndex(
    (line) => line.startsWith("Filas no ubicadas") || line === ALL_ROWS
  );
  return start < 0 ? [] : lines.slice(start);
}
