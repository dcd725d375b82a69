import { importSpreadsheet } from "../../../../src/core/template/fromSheet/importSpreadsheet";
import { formatSheetImport } from "../../../../src/core/template/fromSheet/formatSheetImport";
import { SpreadsheetData } from "../../../../src/core/template/fromSheet/SpreadsheetData";

const outline = (data: SpreadsheetData, options = {}) => {
  const result = importSpreadsheet(data, { year: 2026, ...options });
  return result.template?.macroprocesses.map((macroprocess) => ({
    name: macroprocess.name,
    code: macroprocess.code,
    areas: macroprocess.areas.map((area) => [area.section, area.code, area.name, area.objectives]),
  }));
};

test("rows that go on with the objective above are placed with it; a blank area is a row not placed", () => {
  const data: SpreadsheetData = {
    sheets: [
      {
        name: "Plan",
        merges: [],
        rows: [
          ["Dependencia", "Objetivo", "Actividad"],
          ["Oficina Jurídica", "Defender a la entidad.", "Contestar demandas"],
          [null, null, "Asistir a audiencias"],
          [null, "Capacitar abogados.", "Curso"],
          [null, null, null],
          ["TOTAL", null, null],
        ],
      },
    ],
  };
  const result = importSpreadsheet(data, { year: 2026 });
  expect(result.unplacedRows).toEqual([
    { sheet: "Plan", row: 4, text: "Capacitar abogados. · Curso", reason: "no-area" },
    { sheet: "Plan", row: 6, text: "TOTAL", reason: "no-objective" },
  ]);
  expect(result.rows.OJ.map((row) => [row.row, row.objective, row.values.activity])).toEqual([
    [2, "Defender a la entidad.", "Contestar demandas"],
    [3, "Defender a la entidad.", "Asistir a audiencias"],
  ]);
});

test("a merged range is copied down its first column only; accents and case make no new area or objective", () => {
  const data: SpreadsheetData = {
    sheets: [
      {
        name: "Plan",
        // A2:A4 the macroprocess; B2:C2 an area merged across two columns (C is the objective's column).
        merges: [
          { top: 2, left: 1, bottom: 4, right: 1 },
          { top: 2, left: 2, bottom: 2, right: 3 },
        ],
        rows: [
          ["Macroproceso", "Área", "Objetivo", "Actividad"],
          ["APOYO", "GESTIÓN DOCUMENTAL", null, null],
          [null, "Gestion documental", "Digitalizar el archivo.", "Escanear"],
          [null, "gestión documental", "DIGITALIZAR  el archivo.", "Indexar"],
        ],
      },
    ],
  };
  // Row 2 has no objective (C2 is inside the area's merge, not filled); row 3 names the area first.
  expect(outline(data)).toEqual([
    {
      name: "Apoyo",
      code: "A",
      areas: [["1.1", "GD", "Gestion documental", ["Digitalizar el archivo."]]],
    },
  ]);
  const result = importSpreadsheet(data, { year: 2026 });
  expect(result.unplacedRows).toEqual([
    { sheet: "Plan", row: 2, text: "APOYO · GESTIÓN DOCUMENTAL", reason: "no-objective" },
  ]);
  // Both rows are the one objective, as first written.
  expect(result.rows.GD.map((row) => [row.row, row.objective, row.values.activity])).toEqual([
    [3, "Digitalizar el archivo.", "Escanear"],
    [4, "Digitalizar el archivo.", "Indexar"],
  ]);
});

test("codes as the text import makes them: a repeated code gets a digit, a macroprocess keeps clear of area codes", () => {
  const data: SpreadsheetData = {
    sheets: [
      {
        name: "Plan",
        merges: [],
        rows: [
          ["Macroproceso", "Proceso", "Objetivo"],
          ["Dirección Estratégica", "Dirección de Estudios", "Estudiar."],
          ["Dirección Estratégica", "Desarrollo Económico", "Crecer."],
          ["Apoyo", "Sistema General de Regalías – SGR", "Aprobar proyectos."],
        ],
      },
    ],
  };
  expect(outline(data)).toEqual([
    {
      name: "Dirección Estratégica",
      code: "DES",
      areas: [
        ["1.1", "DE", "Dirección de Estudios", ["Estudiar."]],
        ["1.2", "DE2", "Desarrollo Económico", ["Crecer."]],
      ],
    },
    {
      name: "Apoyo",
      code: "A",
      areas: [["2.1", "SGR", "Sistema General de Regalías – SGR", ["Aprobar proyectos."]]],
    },
  ]);
});

test("a workbook without a header row, or a sheet that does not exist, makes no template and says why", () => {
  const data: SpreadsheetData = {
    sheets: [{ name: "Notas", merges: [], rows: [["Plan de acción 2025"], ["Borrador"]] }],
  };
  expect(importSpreadsheet(data, { year: 2026 }).problems).toEqual([
    { code: "sheetImport.noHeaderRow", params: { sheets: "Notas", rows: 30 } },
  ]);
  const missing = importSpreadsheet(data, { year: 2026, sheet: "Plan" });
  expect([missing.template, missing.problems]).toEqual([
    null,
    [{ code: "sheetImport.sheetNotFound", params: { sheet: "Plan", sheets: "Notas" } }],
  ]);
});

test("the preview in English", () => {
  const data: SpreadsheetData = {
    sheets: [
      {
        name: "Plan",
        merges: [],
        rows: [
          ["Proceso", "Objetivo", "Notas"],
          ["Planeación", "Planear.", "x"],
        ],
      },
    ],
  };
  expect(formatSheetImport(importSpreadsheet(data, { year: 2026 }), "en")).toEqual([
    "Action plan 2026",
    "Macroprocesses: 1 · areas: 1 · objectives: 1",
    "Sheet “Plan”: headers on row 1",
    "  A “Proceso” → Area",
    "  B “Objetivo” → Objective",
    "  C “Notas” → (not placed)",
    "  Macroprocess Institucional [I] (Plan, row 2)",
    "    1.1 Planeación [P]: 1 objective (Plan, row 2)",
    "Every row with text was placed.",
    "Columns not placed (1):",
    "  Plan, column C “Notas” (header not recognised)",
  ]);
});
