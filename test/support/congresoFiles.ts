/**
 * The office's plan as `generate` makes it, and the copy 3.3 Enlace con el Congreso (ECR) filled and sent back: the
 * import suites' two files. At cut-off T2 the four rows (goal 4, programmed 1 per quarter: 2 to date) executed
 * 1+1 = 2 → 100 %; 1+0 = 1 → 50 % (Rojo); 1+1 = 2 → 100 %; 2+1 = 3 → 150 % (counts as 100 %). No weights:
 * equal weights. Area = (1 + 0.5 + 1 + 1) ÷ 4 = 0.875 → 87,5 % Verde, one row in red.
 */
import path from "node:path";
import { DEFAULT_TEMPLATE } from "../../src/core/template/defaultTemplate";
import { filledPlanWorkbook, validRow } from "./filledPlan";

export const CONGRESO_ROWS = [
  validRow("Seguimiento a proyectos de ley", [1, 1, null, null]),
  validRow("Boletín legislativo", [1, 0, null, null]),
  validRow("Mesas con bancadas", [1, 1, null, null]),
  validRow("Audiencias públicas", [2, 1, null, null]),
];

/** Writes `plan.xlsx` (nothing typed) and `congreso.xlsx` (the ECR rows typed) into `dir`. */
export async function writeCongresoFiles(dir: string): Promise<void> {
  await (
    await filledPlanWorkbook(DEFAULT_TEMPLATE, {})
  ).xlsx.writeFile(path.join(dir, "plan.xlsx"));
  await (
    await filledPlanWorkbook(DEFAULT_TEMPLATE, { ECR: CONGRESO_ROWS })
  ).xlsx.writeFile(path.join(dir, "congreso.xlsx"));
}
