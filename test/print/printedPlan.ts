/**
 * The filled, consolidated 2021 plan as a committee gets it: the default template generated, two areas filled
 * (Dirección Jurídica in Número rows with every band, Dirección de Estudios with Porcentaje rows and weights),
 * consolidated at T2 and given its first-semester informe, through the CLI.
 */
import path from "node:path";
import { DEFAULT_TEMPLATE } from "../../src/core/template/defaultTemplate";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { RowValues } from "../support/fillArea";
import { filledPlanWorkbook, validRow } from "../support/filledPlan";
import { cli } from "../support/runCli";

const percentRow = (
  activity: string,
  programmed: number[],
  executed: (number | null)[]
): RowValues =>
  validRow(activity, executed, {
    [HEADERS.unit]: "Porcentaje",
    [HEADERS.baseline]: 0,
    [HEADERS.goal]: 1,
    ...Object.fromEntries(programmed.map((value, i) => [`Programado T${i + 1}`, value])),
  });

export const PRINTED_FILL: Record<string, RowValues[]> = {
  DJ: [
    validRow("Mapa del litigio estratégico", [1, 1]),
    validRow("Intervenciones ante las Altas Cortes", [1, 0]),
    validRow("Asesorías a los asociados", [1, 1, null, null], {
      [HEADERS.observations]: "Se atendieron todas las solicitudes del semestre",
    }),
    validRow("Diplomado en defensa jurídica territorial", [0, 0], {
      [HEADERS.responsible]: "Coordinación académica",
    }),
  ],
  DE: [
    {
      ...percentRow("Arquitectura de datos", [0.25, 0.5, 0.75, 1], [0.25, 0.5]),
      [HEADERS.weight]: 0.6,
    },
    { ...percentRow("Reforma tributaria", [0.1, 0.3, 0.6, 1], [0.1, 0.2]), [HEADERS.weight]: 0.4 },
  ],
};

export type PrintedPlan = { file: string };

/**
 * Writes plan.xlsx, consolidated.xlsx and printed.xlsx (consolidated with Tablero's chart, then given the informe)
 * into `dir`, through the CLI.
 */
export async function writePrintedPlan(dir: string): Promise<PrintedPlan> {
  const plan = path.join(dir, "plan.xlsx");
  const consolidated = path.join(dir, "consolidated.xlsx");
  const printed = path.join(dir, "printed.xlsx");
  const workbook = await filledPlanWorkbook(DEFAULT_TEMPLATE, PRINTED_FILL);
  await workbook.xlsx.writeFile(plan);
  const consolidation = await cli("consolidate", plan, "--cutoff", "T2", "--out", consolidated);
  if (consolidation.code > 1) throw new Error(`consolidate failed: ${consolidation.stderr}`);
  const report = await cli("report", consolidated, "--semester", "1", "--out", printed);
  if (report.code > 1) throw new Error(`report failed: ${report.stderr}`);
  return { file: printed };
}
