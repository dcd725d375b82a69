/**
 * A filled sample plan (T_DJ two rows, A7:AE9) with rows typed under T_DJ that the table did not take in, written by
 * openpyxl as a user's LibreOffice leaves them (the table's `ref` unchanged): row 10 blank; C11 an activity, K11 a
 * goal, B12 a formula (=K11*2, no cached result), K13 a goal; E14 only styled, AF12 (right of AE) a note. The cells
 * filled below T_DJ within its columns are B11:K13. Shared by the package reader's and the CLI's tests.
 */
import { runPython } from "./python";
import path from "node:path";
import { filledPlanWorkbook, validRow } from "./filledPlan";
import { sampleTemplate } from "./sampleTemplate";

const TYPE_BELOW = `
import sys, openpyxl
from openpyxl.styles import PatternFill
wb = openpyxl.load_workbook(sys.argv[1])
ws = next(ws for ws in wb.worksheets if 'T_DJ' in ws.tables)
assert ws.tables['T_DJ'].ref == 'A7:AE9', ws.tables['T_DJ'].ref
ws['C11'] = 'Actividad escrita debajo'
ws['K11'] = 4
ws['B12'] = '=K11*2'
ws['K13'] = 3
ws['E14'].fill = PatternFill('solid', fgColor='FFFF00')
ws['AF12'] = 'Nota al lado'
assert ws.tables['T_DJ'].ref == 'A7:AE9'
wb.save(sys.argv[2])
`;

/** Writes `plan.xlsx` (filled, nothing below its tables) and `typed-below.xlsx` (the rows above) into `dir`. */
export async function writeRowsTypedBelow(dir: string): Promise<{ plan: string; typed: string }> {
  const plan = path.join(dir, "plan.xlsx");
  const typed = path.join(dir, "typed-below.xlsx");
  const workbook = await filledPlanWorkbook(sampleTemplate(), {
    DJ: [
      validRow("Mapear el litigio", [1, null, null, null]),
      validRow("Asesorar", [1, null, null, null]),
    ],
  });
  await workbook.xlsx.writeFile(plan);
  runPython(["-W", "ignore", "-c", TYPE_BELOW, plan, typed]);
  return { plan, typed };
}
