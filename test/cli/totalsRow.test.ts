/**
 * Excel's Total Row ("Fila de totales") under an area's table is not a plan row (probe D15): `validate` reports
 * nothing on it, `consolidate` writes no `Matriz` row for it, and the area tab keeps it — openpyxl reads the table
 * of the output with its Total Row, label and SUBTOTAL as the user left them.
 */
import { runPython } from "../support/python";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { filledPlanWorkbook, validRow } from "../support/filledPlan";
import { cli } from "../support/runCli";
import { sampleTemplate } from "../support/sampleTemplate";
import { testOutputDir } from "../support/tempDir";

const dir = testOutputDir("totals-row");
const plan = path.join(dir, "plan.xlsx");
const withTotals = path.join(dir, "totals.xlsx");
const consolidated = path.join(dir, "consolidated.xlsx");
const matrixTotals = path.join(dir, "matrix-totals.xlsx");
const templateV2 = path.join(dir, "template-v2.json");

const sha = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

/** T_Matriz (A4:AI7: header and DJ-01, DJ-02, SGR-01) gets a Total Row at row 8. */
const MATRIX_TOTALS = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = next(ws for ws in wb.worksheets if 'T_Matriz' in ws.tables)
t = ws.tables['T_Matriz']
top, bottom = t.ref.split(':')
last = int(''.join(c for c in bottom if c.isdigit()))
t.autoFilter.ref = t.ref; t.ref = top + ':' + bottom.rstrip('0123456789') + str(last + 1)
t.totalsRowCount = 1; t.totalsRowShown = True; t.tableColumns[0].totalsRowLabel = 'Total'
ws.cell(last + 1, 1).value = 'Total'
wb.save(sys.argv[2])
`;

/** openpyxl, as a user's Excel would: T_DJ (A7:AE9 here, two rows) gets a Total Row at row 10. */
const ADD_TOTALS = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = next(ws for ws in wb.worksheets if 'T_DJ' in ws.tables)
t = ws.tables['T_DJ']
assert t.ref == 'A7:AE9', t.ref
t.ref = 'A7:AE10'; t.autoFilter.ref = 'A7:AE9'; t.totalsRowCount = 1; t.totalsRowShown = True
t.tableColumns[0].totalsRowLabel = 'Total'; t.tableColumns[10].totalsRowFunction = 'sum'
ws['A10'] = 'Total'; ws['K10'] = '=SUBTOTAL(109,T_DJ[Meta])'
wb.save(sys.argv[2])
`;

/** What openpyxl reads of the output: T_DJ's range and Total Row, row 10's label and formula, Matriz's IDs. */
const READ_BACK = `
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = next(ws for ws in wb.worksheets if 'T_DJ' in ws.tables)
t = ws.tables['T_DJ']
m = next(ws for ws in wb.worksheets if 'T_Matriz' in ws.tables)
ref = m.tables['T_Matriz'].ref
rows = list(m[ref])
column = [c.value for c in rows[0]].index('ID')
print(json.dumps({'ref': t.ref, 'totalsRowCount': t.totalsRowCount, 'label': ws['A10'].value,
  'sum': ws['K10'].value, 'ids': [r[column].value for r in rows[1:]]}))
`;

/** T_DJ's range, Total Row count and the label in row 10. */
const READ_TOTALS = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = next(ws for ws in wb.worksheets if 'T_DJ' in ws.tables)
print(ws.tables['T_DJ'].ref, ws.tables['T_DJ'].totalsRowCount, ws['A10'].value)
`;

const python = (script: string, ...args: string[]): string =>
  runPython(["-W", "ignore", "-c", script, ...args]);

beforeAll(async () => {
  const workbook = await filledPlanWorkbook(sampleTemplate(), {
    DJ: [
      validRow("Mapear el litigio", [1, null, null, null]),
      validRow("Asesorar", [1, null, null, null]),
    ],
  });
  await workbook.xlsx.writeFile(plan);
  python(ADD_TOTALS, plan, withTotals);
  writeFileSync(templateV2, JSON.stringify({ ...sampleTemplate(), templateVersion: 2 }));
}, 60_000);

describe("an area table with Excel's Total Row", () => {
  it("validate reads two rows in DJ and reports nothing on its Total Row", async () => {
    const run = await cli("validate", withTotals, "--json", "--cutoff", "T1");
    const report = JSON.parse(run.stdout) as {
      issues: { area: string; row: number | null; cell: string | null }[];
      areas: { code: string; rows: number }[];
    };
    expect(report.issues.filter((issue) => issue.row === 10 && issue.area === "DJ")).toEqual([]);
    expect(report.areas.find((area) => area.code === "DJ")?.rows).toBe(2);
  });

  it("consolidate writes DJ-01 and DJ-02, no row for the Total Row, and leaves the Total Row in the tab", async () => {
    const run = await cli("consolidate", withTotals, "--cutoff", "T1", "--out", consolidated);
    expect(run.stderr).not.toMatch(/Error inesperado|Unexpected error/);
    const read = JSON.parse(python(READ_BACK, consolidated)) as {
      ref: string;
      totalsRowCount: number;
      label: string;
      sum: string;
      ids: string[];
    };
    expect(read).toEqual({
      ref: "A7:AE10",
      totalsRowCount: 1,
      label: "Total",
      sum: "=SUBTOTAL(109,T_DJ[Meta])",
      ids: ["DJ-01", "DJ-02", "SGR-01"],
    });
  });

  it("import leaves DJ's tab as it is and says why: it would rebuild the tab without its Total Row", async () => {
    const out = path.join(dir, "imported.xlsx");
    const run = await cli("import", withTotals, plan, "--out", out);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `La tabla T_DJ de la pestaña «3.1 Dirección Jurídica» (área DJ) tiene fila de totales, que la importación no sabe rehacer: «${plan}» no se importó para no perderla.`
    );
    expect(existsSync(out)).toBe(false);
  });

  it("upgrade leaves DJ's tab as it was, Total Row included, and says why", async () => {
    const out = path.join(dir, "upgraded.xlsx");
    const run = await cli("upgrade", withTotals, "--template", templateV2, "--out", out);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "La tabla T_DJ de la hoja «3.1 Dirección Jurídica» tiene fila de totales, que la actualización no sabe rehacer: esa área se dejó como estaba"
    );
    expect(python(READ_TOTALS, out).trim()).toBe("A7:AE10 1 Total");
  });

  it("consolidate refuses, writing nothing, when T_Matriz has a Total Row it would rebuild without", async () => {
    python(MATRIX_TOTALS, consolidated, matrixTotals);
    const before = sha(matrixTotals);
    const out = path.join(dir, "reconsolidated.xlsx");
    const run = await cli("consolidate", matrixTotals, "--cutoff", "T1", "--out", out);
    expect([run.code, run.stderr.trim()]).toEqual([
      2,
      "La tabla T_Matriz de la hoja «Matriz» tiene fila de totales, y esta operación rehace esa tabla entera sin ella: no se escribió nada. Quite la fila de totales (Diseño de tabla › Fila de totales) y vuelva a intentarlo.",
    ]);
    expect(existsSync(out)).toBe(false);
    expect(sha(matrixTotals)).toBe(before);
  });
});
