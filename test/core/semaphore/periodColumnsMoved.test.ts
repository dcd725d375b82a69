/**
 * SPEC §5.1: the row formulas of an area table read each period series by position (from its first period's column
 * over four columns). A period column moved among the others, or a user's column inserted between two of them, makes
 * the sheet sum other cells than the headers name, while the core reads by header: the two figures differ. The core
 * has no figure for such an area (`periodColumnsMoved`, every row `con-errores`, counted in the figure warning) and
 * validation names the column (`structure.periodColumnsMoved`). A column inserted elsewhere changes nothing.
 *
 * `sampleTemplate()`: T_DJ from A7, Programado T1…T4 in L:O, Ejecutado T1…T4 in P:S; no weights (plain mean).
 *
 * Swapped (cut-off T2): Ejecutado T2 and Ejecutado T3 trade places (headers and values), so P, Q, R hold Ejecutado
 * T1, T3, T2. The sheet's `Ejecutado a la fecha` still sums P:Q.
 *   DJ-01 programmed 10 + 10, executed T1 8, T2 4, T3 12: by header 12 ÷ 20 = 0.6 (Amarillo); the sheet 8 + 12 = 20,
 *         20 ÷ 20 = 1 (Verde).
 *   DJ-02 programmed 10 + 10, executed 5 + 5: by header 10 ÷ 20 = 0.5 (Rojo); the sheet 5 + 0 = 5, 0.25 (Rojo).
 *   DJ by header (0.6 + 0.5) ÷ 2 = 0.55 (Rojo); the sheet (1 + 0.25) ÷ 2 = 0.625 (Amarillo). Neither may be shown.
 *
 * Inserted (cut-off T3): "Meta ajustada" (10 on every row) inserted at N, between Programado T2 and T3; Excel and
 * LibreOffice widen the formulas' ranges to L:P.
 *   DJ-01, DJ-02 programmed 1 each period, executed 1 + 1 + 1: by header 3 ÷ 3 = 1 (Verde); the sheet sums L:N,
 *         1 + 1 + 10 = 12, 3 ÷ 12 = 0.25 (Rojo). DJ by header 1 (Verde), the sheet 0.25 (Rojo).
 *
 * Elsewhere: the same rows with "Meta ajustada" between Programado T4 and Ejecutado T1 (formulas adjusted as Excel
 * does): both series side by side, the figures stand: 1 (Verde) per row and for DJ.
 */
import { readPlan } from "../../../src/core/plan/readPlan";
import { computeSemaphore } from "../../../src/core/semaphore/computeSemaphore";
import { semaphoreErrors } from "../../../src/core/semaphore/semaphoreErrors";
import { formatIssueMessage } from "../../../src/core/validation/formatIssueMessage";
import { validateWorkbook } from "../../../src/core/validation/validateWorkbook";
import { Cell } from "../../../src/core/workbook/CellValue";
import {
  COMPUTED_COLUMNS,
  rowFormulaColumns,
  rowFormulas,
} from "../../../src/core/workbook/rowFormulas";
import { TableSnapshot, WorkbookSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";
import { buildSnapshot, periodRow } from "../../support/buildSnapshot";
import { sampleTemplate } from "../../support/sampleTemplate";
import { swapColumns, tableOf } from "../validation/tableEdits";

const PERIODS = ["T1", "T2", "T3", "T4"];

const row = periodRow;

/** Inserts a table column before `before` holding `value` on every data row (cells to its right move right). */
function insertColumn(table: TableSnapshot, before: string, header: string, value: number): void {
  const at = table.headers.indexOf(before);
  table.headers.splice(at, 0, header);
  table.rows.forEach((cells) => cells.splice(at, 0, { kind: "number", value }));
}

/** The computed cells' formulas as Excel adjusts them when columns move, where the layout still has formulas. */
function adjustFormulas(table: TableSnapshot): void {
  const columns = rowFormulaColumns(table.headers, PERIODS, table.firstColumn);
  if (!columns) return;
  table.rows.forEach((cells, index) => {
    const formulas = rowFormulas(columns, table.headerRow + 1 + index);
    for (const [key, header] of Object.entries(COMPUTED_COLUMNS))
      cells[table.headers.indexOf(header)] = {
        kind: "empty",
        formula: formulas[key as keyof typeof COMPUTED_COLUMNS],
      } as Cell;
  });
}

function figures(snapshot: WorkbookSnapshot) {
  const plan = readPlan(snapshot);
  if (!plan.config) throw new Error("no configuration");
  const report = computeSemaphore(plan, plan.config);
  const dj = report.areas.find((area) => area.code === "DJ")!;
  const issues = validateWorkbook(snapshot).issues.filter(
    (issue) => issue.code === "structure.periodColumnsMoved"
  );
  return {
    rows: report.rows
      .filter((candidate) => candidate.area === "DJ")
      .map(({ id, compliance, band }) => [id, compliance, band]),
    dj: [dj.compliance, dj.band, dj.error, dj.rowsWithErrors],
    institution: [report.institution.compliance, report.institution.band],
    errors: semaphoreErrors(report),
    issues,
  };
}

const swapped = (swap: boolean): WorkbookSnapshot => {
  const snapshot = buildSnapshot(
    sampleTemplate(),
    { DJ: [row("DJ-01", [10, 10], [8, 4, 12]), row("DJ-02", [10, 10], [5, 5])] },
    { cutoff: "T2" }
  );
  if (swap) swapColumns(tableOf(snapshot, "DJ"), "Ejecutado T2", "Ejecutado T3");
  return snapshot;
};

const withColumnBefore = (before: string): WorkbookSnapshot => {
  const snapshot = buildSnapshot(
    sampleTemplate(),
    { DJ: [row("DJ-01", [1, 1, 1, 1], [1, 1, 1]), row("DJ-02", [1, 1, 1, 1], [1, 1, 1])] },
    { cutoff: "T3" }
  );
  const table = tableOf(snapshot, "DJ");
  insertColumn(table, before, "Meta ajustada", 10);
  adjustFormulas(table);
  return snapshot;
};

describe("period columns out of place", () => {
  it("computes the area by header while the period columns are in order", () => {
    const result = figures(swapped(false));
    expect(result.rows).toEqual([
      ["DJ-01", 0.6, "amarillo"],
      ["DJ-02", 0.5, "rojo"],
    ]);
    expect(result.dj).toEqual([0.55, "rojo", null, 0]);
    expect(result.errors.total).toBe(0);
    expect(result.issues).toEqual([]);
  });

  it("gives no figure for an area whose executed columns were swapped, and names the column", () => {
    const result = figures(swapped(true));
    expect(result.rows).toEqual([
      ["DJ-01", null, "con-errores"],
      ["DJ-02", null, "con-errores"],
    ]);
    expect(result.dj).toEqual([null, "con-errores", "periodColumnsMoved", 2]);
    expect(result.institution).toEqual([null, "con-errores"]);
    expect(result.errors).toMatchObject({ rows: 0, areas: 1, total: 1 });
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: "error",
        sheet: "3.1 Dirección Jurídica",
        area: "DJ",
        row: 7,
        cell: "Q7",
        column: "Ejecutado T3",
        params: expect.objectContaining({
          variant: "order",
          range: "P7:S7",
          order: "Ejecutado T1, Ejecutado T3, Ejecutado T2, Ejecutado T4",
        }),
      }),
    ]);
    expect(formatIssueMessage(result.issues[0], "es")).toBe(
      "En la hoja «3.1 Dirección Jurídica», las columnas «Ejecutado T1» a «Ejecutado T4» de la tabla T_DJ no están en orden: en P7:S7 se leen, de izquierda a derecha, Ejecutado T1, Ejecutado T3, Ejecutado T2, Ejecutado T4; «Ejecutado T3» (Q7) no está en su lugar. Las fórmulas de cada fila leen esas columnas por su posición, así que la hoja calcula otra cifra que la de sus encabezados, y el área queda «Con errores». Ponga Programado T1 a T4 y Ejecutado T1 a T4 una al lado de la otra, en ese orden, y las columnas que usted agregó después de las columnas de la plantilla."
    );
  });

  it("gives no figure for an area with a column inserted among its programmed columns, and names it", () => {
    const result = figures(withColumnBefore("Programado T3"));
    expect(result.rows).toEqual([
      ["DJ-01", null, "con-errores"],
      ["DJ-02", null, "con-errores"],
    ]);
    expect(result.dj).toEqual([null, "con-errores", "periodColumnsMoved", 2]);
    expect(result.errors).toMatchObject({ areas: 1, total: 1 });
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ cell: "N7", column: "Meta ajustada" });
    expect(result.issues[0].params.variant).toBeUndefined();
    expect(formatIssueMessage(result.issues[0], "en")).toBe(
      "On sheet “3.1 Dirección Jurídica”, column “Meta ajustada” (N7) sits among the columns “Programado T1” to “Programado T4” of table T_DJ (L7:P7). The formulas of each row read those columns by position, so the sheet computes a different figure from what its headers say, and the area is “Con errores”. Move that column after the template's columns and keep Programado T1 to T4 and Ejecutado T1 to T4 side by side, in that order."
    );
  });

  it("names every column inserted among one series", () => {
    const snapshot = withColumnBefore("Ejecutado T2");
    insertColumn(tableOf(snapshot, "DJ"), "Ejecutado T3", "Notas", 1);
    const { issues, dj } = figures(snapshot);
    expect(dj).toEqual([null, "con-errores", "periodColumnsMoved", 2]);
    expect(issues).toEqual([
      expect.objectContaining({
        cell: "Q7",
        column: "Meta ajustada",
        params: expect.objectContaining({
          variant: "many",
          columns: "Meta ajustada (Q7), Notas (S7)",
          range: "P7:U7",
        }),
      }),
    ]);
  });

  it("keeps the figures of an area with a column inserted between the two series", () => {
    const result = figures(withColumnBefore("Ejecutado T1"));
    expect(result.rows).toEqual([
      ["DJ-01", 1, "verde"],
      ["DJ-02", 1, "verde"],
    ]);
    expect(result.dj).toEqual([1, "verde", null, 0]);
    expect(result.errors.total).toBe(0);
    expect(result.issues).toEqual([]);
  });
});
