/**
 * Small results written out by hand, as the operations would return them, for the flows to show. Figures are chosen
 * so every expected text in the tests can be read off here.
 */
import { Issue } from "../../src/core/validation/Issue";
import { ValidationReport } from "../../src/core/validation/ValidationReport";
import { SemaphoreReport, RowSemaphore } from "../../src/core/semaphore/computeSemaphore";
import { ConsolidateResult, ImportResult } from "../../src/operations/PlanOperations";

const numberAsText = (cell: string, value: string, fixed: number): Issue => ({
  severity: "error",
  code: "number.asText",
  sheet: "3.1 Jurídica",
  area: "DJ",
  row: Number(cell.slice(1)),
  column: "Meta",
  cell,
  value,
  params: { fixed },
  fix: { sheet: "3.1 Jurídica", cell, value: fixed },
});

/** DJ: two numbers typed as text in Meta (K8, K9), one missing Responsable (Y8); SG: one warning. */
export function sampleValidation(): ValidationReport {
  return {
    issues: [
      numberAsText("K8", "0,8", 0.8),
      numberAsText("K9", "1.000", 1000),
      {
        severity: "error",
        code: "required.empty",
        sheet: "3.1 Jurídica",
        area: "DJ",
        row: 8,
        column: "Responsable",
        cell: "Y8",
        value: null,
        params: {},
      },
      {
        severity: "warning",
        code: "report.stillDraft",
        sheet: "4.1 Secretaría",
        area: "SG",
        row: 8,
        column: "Estado del reporte",
        cell: "AF8",
        value: "Borrador",
        params: { cutoff: "T2" },
      },
    ],
    areas: [
      {
        code: "DJ",
        name: "Dirección Jurídica",
        sheet: "3.1 Jurídica",
        rows: 2,
        filledRows: 2,
        unfilledRows: 0,
        errors: 3,
        warnings: 0,
      },
      {
        code: "SG",
        name: "Secretaría General",
        sheet: "4.1 Secretaría",
        rows: 3,
        filledRows: 1,
        unfilledRows: 2,
        errors: 0,
        warnings: 1,
      },
    ],
    summary: { areas: 2, rows: 5, filledRows: 3, errors: 3, warnings: 1, fixable: 2 },
  };
}

const row = (overrides: Partial<RowSemaphore>): RowSemaphore => ({
  programmed: 10,
  executed: 10,
  compliance: 1,
  band: "verde",
  overExecution: false,
  inputError: null,
  id: "DJ-01",
  area: "DJ",
  sheet: "3.1 Jurídica",
  row: 8,
  responsible: "Ana",
  weight: null,
  weightError: false,
  leftOut: overrides.band === "con-errores",
  ...overrides,
});

/** At T2: DJ-01 green 100 %, DJ-02 red 40 %, SG-01 over-executed 150 %, SG-02 resting on #REF!. */
export function sampleSemaphore(cutoff = "T2"): SemaphoreReport {
  return {
    cutoff,
    rows: [
      row({}),
      row({ id: "DJ-02", row: 9, executed: 4, compliance: 0.4, band: "rojo" }),
      row({
        id: "SG-01",
        area: "SG",
        sheet: "4.1 Secretaría",
        row: 8,
        executed: 15,
        compliance: 1.5,
        overExecution: true,
      }),
      row({
        id: "SG-02",
        area: "SG",
        sheet: "4.1 Secretaría",
        row: 9,
        compliance: null,
        band: "con-errores",
        inputError: "#REF!",
      }),
    ],
    areas: [
      {
        code: "DJ",
        name: "Dirección Jurídica",
        section: "3.1",
        macroprocess: "Misional",
        sheet: "3.1 Jurídica",
        compliance: 0.7,
        band: "amarillo",
        weighted: false,
        rows: 2,
        programmedRows: 2,
        rowsWithErrors: 0,
        error: null,
        missingHeaders: [],
        bandCounts: {
          verde: 1,
          amarillo: 0,
          rojo: 1,
          "sin-programacion": 0,
          "sin-diligenciar": 0,
          "con-errores": 0,
        },
      },
      {
        code: "SG",
        name: "Secretaría General",
        section: "4.1",
        macroprocess: "Apoyo",
        sheet: "4.1 Secretaría",
        compliance: 1,
        band: "verde",
        weighted: false,
        rows: 2,
        programmedRows: 1,
        rowsWithErrors: 1,
        error: null,
        missingHeaders: [],
        bandCounts: {
          verde: 1,
          amarillo: 0,
          rojo: 0,
          "sin-programacion": 0,
          "sin-diligenciar": 0,
          "con-errores": 1,
        },
      },
    ],
    macroprocesses: [
      {
        name: "Misional",
        code: "MI",
        compliance: 0.7,
        band: "amarillo",
        areas: 1,
        rowsWithErrors: 0,
        areasWithErrors: 0,
        unfilledAreas: [],
        totalAreas: 1,
      },
      {
        name: "Apoyo",
        code: "AP",
        compliance: 1,
        band: "verde",
        areas: 1,
        rowsWithErrors: 1,
        areasWithErrors: 0,
        unfilledAreas: [],
        totalAreas: 1,
      },
    ],
    institution: {
      compliance: 0.85,
      band: "verde",
      areas: 2,
      rowsWithErrors: 1,
      areasWithErrors: 0,
      unfilledAreas: [],
      totalAreas: 2,
    },
    thresholdErrors: 0,
    cutoffIndexErrors: 0,
    cutoffIndexProblem: null,
  };
}

/** Three matrix rows; two areas: DJ from this workbook, SG from the file (3 rows used); one conflict on DE. */
export function sampleConsolidation(): ConsolidateResult {
  return {
    matrix: { headers: [], rowCount: 3, retired: [], vanishedKeys: [], restoredKeys: [] },
    sources: [
      { code: "DJ", tab: "3.1 Jurídica" },
      { code: "SG", tab: "4.1 Secretaría" },
    ],
    findings: [
      {
        severity: "notice",
        code: "matrix.notesRestored",
        file: null,
        area: null,
        params: { count: 1 },
      },
    ],
    semaphore: sampleSemaphore("T2"),
  } as unknown as ConsolidateResult; // only what the flows show
}

/** What `importAreas` answers for one area file: refused (its tab holds other typed values), or SG imported. */
export function sampleImport(kind: "refused" | "imported"): ImportResult {
  if (kind === "refused")
    return {
      refused: true,
      written: false,
      conflicts: [
        {
          kind: "tabDiffers",
          area: "SG",
          name: "Secretaría General",
          sheet: "4.1 Secretaría",
          file: "secretaria.xlsx",
          differences: [
            { id: "SG-01", column: "Actividad", before: "Archivo", after: "Archivo central" },
          ],
        },
      ],
      imported: [],
      findings: [],
      replaced: [],
    };
  return {
    refused: false,
    written: true,
    conflicts: [],
    imported: [
      {
        area: "SG",
        name: "Secretaría General",
        sheet: "4.1 Secretaría",
        file: "secretaria.xlsx",
        rows: 3,
        replaced: 1,
      },
    ],
    findings: [
      {
        severity: "notice",
        code: "import.used",
        file: "secretaria.xlsx",
        area: "SG",
        params: { area: "SG", file: "secretaria.xlsx", sheet: "4.1 Secretaría", rows: 3 },
      },
      {
        severity: "notice",
        code: "import.replaced",
        file: "secretaria.xlsx",
        area: "SG",
        params: { area: "SG", count: 1 },
      },
    ],
    replaced: [
      {
        id: "SG-01",
        area: "SG",
        column: "Actividad",
        before: "Archivo",
        after: "Archivo central",
        file: "secretaria.xlsx",
        on: "2021-07-05",
      },
    ],
  };
}
