/**
 * The compiled CLI on a plan whose area lead moved `Ejecutado T2` before `Ejecutado T1` (SPEC §5.1). The file is
 * written by openpyxl as LibreOffice leaves it after that move (seen with LibreOffice's own "move range"): the
 * header and values of P and Q trade places, and the computed columns' ranges over the executed series, P8:S8,
 * shrink to Q8:S8 (LibreOffice moved the range's first cell away). The sheet then computes other cells than the
 * headers name, so the engine gives T_DJ no figure: `semaphore`, `consolidate` and `report` mark it `Con errores`,
 * warn and exit 1; `validate` names the moved column, in Spanish and in English.
 *
 * The rows (cut-off T2, programmed 1 each quarter): DJ-01 executed 1, 0 and DJ-02 executed 0, 1. By header both are
 * 1 ÷ 2 = 50 % (Rojo); the moved sheet's `Ejecutado a la fecha` sums Q:R (Ejecutado T1 and T3): 1 ÷ 2 and 0 ÷ 2.
 */
import { runPython } from "../support/python";
import { existsSync } from "node:fs";
import path from "node:path";
import { filledPlanWorkbook, validRow } from "../support/filledPlan";
import { cliProcess } from "../support/runCli";
import { sampleTemplate } from "../support/sampleTemplate";
import { testOutputDir } from "../support/tempDir";

const MOVE_EXECUTED_T2 = `
import re, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb['Configuración']['B6'] = 'T2'
ws = next(ws for ws in wb.worksheets if 'T_DJ' in ws.tables)
table = ws.tables['T_DJ']
assert table.ref == 'A7:AE9', table.ref
assert (ws['P7'].value, ws['Q7'].value) == ('Ejecutado T1', 'Ejecutado T2')
columns = table.tableColumns
columns[15].name, columns[16].name = columns[16].name, columns[15].name
for row in range(7, 10):
    ws[f'P{row}'].value, ws[f'Q{row}'].value = ws[f'Q{row}'].value, ws[f'P{row}'].value
for row in range(8, 10):
    for cell in ws[row]:
        if isinstance(cell.value, str) and cell.value.startswith('='):
            cell.value = cell.value.replace(f'P{row}:', f'Q{row}:')
assert ws['AC8'].value.startswith('=IF(H8="Porcentaje",N(INDEX(Q8:S8,1,CorteIndice)),SUM(Q8:INDEX(Q8:S8,'), ws['AC8'].value
wb.save(sys.argv[2])
`;

/** `Matriz`'s rows read back by openpyxl: ID → [% Cumplimiento, Semáforo]. */
const MATRIX_ROWS = `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])['Matriz']
table = next(iter(ws.tables.values()))
top = int(''.join(ch for ch in table.ref.split(':')[0] if ch.isdigit()))
headers = [cell.value for cell in ws[top]]
at = {name: headers.index(name) for name in ('ID', '% Cumplimiento', 'Semáforo')}
rows = {}
for cells in ws.iter_rows(min_row=top + 1, values_only=True):
    if cells[at['ID']]:
        rows[cells[at['ID']]] = [cells[at['% Cumplimiento']], cells[at['Semáforo']]]
print(json.dumps(rows))
`;

let dir: string;
let plan: string;
let moved: string;

beforeAll(async () => {
  dir = testOutputDir("cli-period-columns-moved");
  plan = path.join(dir, "plan.xlsx");
  moved = path.join(dir, "moved.xlsx");
  const workbook = await filledPlanWorkbook(sampleTemplate(), {
    DJ: [validRow("Mapear el litigio", [1, 0]), validRow("Asesorar", [0, 1])],
  });
  await workbook.xlsx.writeFile(plan);
  runPython(["-W", "ignore", "-c", MOVE_EXECUTED_T2, plan, moved]);
}, 60_000);

type AreaJson = { code: string; compliance: number | null; band: string; error: string | null };

describe("a period column moved inside an area table", () => {
  it("gives T_DJ its figure while the columns are in order (50 %, Rojo; exit 0)", () => {
    const run = cliProcess(["semaphore", plan, "--cutoff", "T2", "--json"]);
    expect(run.code).toBe(0);
    const dj = (JSON.parse(run.stdout) as { areas: AreaJson[] }).areas.find(
      (area) => area.code === "DJ"
    );
    expect(dj).toMatchObject({ compliance: 0.5, band: "rojo", error: null });
  });

  it("marks T_DJ and its rows Con errores in semaphore, warns and exits 1", () => {
    const run = cliProcess(["semaphore", moved, "--json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      rows: { area: string; band: string; compliance: number | null }[];
      areas: AreaJson[];
    };
    expect(report.areas.find((area) => area.code === "DJ")).toMatchObject({
      compliance: null,
      band: "con-errores",
      error: "periodColumnsMoved",
    });
    expect(
      report.rows.filter((row) => row.area === "DJ").map((row) => [row.band, row.compliance])
    ).toEqual([
      ["con-errores", null],
      ["con-errores", null],
    ]);
    expect(run.stderr).toContain("1 área sin cifra");
    expect(run.stderr).toContain("plan-matrix validate");
  });

  it("exits 1 from consolidate and report too, their output written; Matriz holds DJ's rows Con errores", () => {
    const matrix = path.join(dir, "consolidado.xlsx");
    expect(cliProcess(["consolidate", moved, "--out", matrix, "--force"]).code).toBe(1);
    const read = runPython(["-W", "ignore", "-c", MATRIX_ROWS, matrix], {});
    expect(JSON.parse(read)).toMatchObject({
      "DJ-01": ["Con errores", "Con errores"],
      "DJ-02": ["Con errores", "Con errores"],
    });
    const html = path.join(dir, "informe.html");
    expect(cliProcess(["report", moved, "--semester", "1", "--out", html, "--force"]).code).toBe(1);
    expect(existsSync(html)).toBe(true);
  });

  it("names the moved column and what to do, in Spanish and in English, in validate (exit 1)", () => {
    const es = cliProcess(["validate", moved]);
    expect(es.code).toBe(1);
    expect(es.stdout.split("\n")).toContain(
      "  ✗ P7 Ejecutado T2: En la hoja «3.1 Dirección Jurídica», las columnas «Ejecutado T1» a «Ejecutado T4» de la tabla T_DJ no están en orden: en P7:S7 se leen, de izquierda a derecha, Ejecutado T2, Ejecutado T1, Ejecutado T3, Ejecutado T4; «Ejecutado T2» (P7) no está en su lugar. Las fórmulas de cada fila leen esas columnas por su posición, así que la hoja calcula otra cifra que la de sus encabezados, y el área queda «Con errores». Ponga Programado T1 a T4 y Ejecutado T1 a T4 una al lado de la otra, en ese orden, y las columnas que usted agregó después de las columnas de la plantilla."
    );
    const en = cliProcess(["validate", moved, "--lang", "en"]);
    expect(en.code).toBe(1);
    expect(en.stdout.split("\n")).toContain(
      "  ✗ P7 Ejecutado T2: On sheet “3.1 Dirección Jurídica”, columns “Ejecutado T1” to “Ejecutado T4” of table T_DJ are out of order: P7:S7 holds, left to right, Ejecutado T2, Ejecutado T1, Ejecutado T3, Ejecutado T4; “Ejecutado T2” (P7) is not in its place. The formulas of each row read those columns by position, so the sheet computes a different figure from what its headers say, and the area is “Con errores”. Put Programado T1 to T4 and Ejecutado T1 to T4 side by side, in that order, and the columns you added after the template's columns."
    );
  });
});
