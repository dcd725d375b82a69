/** Generated plan workbooks with filled rows, written to disk, for tests of commands over real files. */
import ExcelJS from "exceljs";
import { Template } from "../../src/core/template/Template";
import { layoutWorkbook } from "../../src/core/workbook/layoutWorkbook";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { dateSerial } from "../../src/core/workbook/dateSerial";
import { workbookFromPatch } from "./exceljs/workbookFile";
import { fillArea, RowValues } from "./fillArea";

/** A complete, valid row: Número, quarterly programming adding up to the goal, executed per `executed`. */
export function validRow(
  activity: string,
  executed: (number | null)[],
  extra: RowValues = {}
): RowValues {
  return {
    [HEADERS.activity]: activity,
    [HEADERS.deliverable]: "Informe",
    [HEADERS.indicator]: "Informes entregados",
    [HEADERS.indicatorType]: "Eficacia",
    [HEADERS.unit]: "Número",
    [HEADERS.direction]: "Ascendente",
    [HEADERS.goal]: 4,
    "Programado T1": 1,
    "Programado T2": 1,
    "Programado T3": 1,
    "Programado T4": 1,
    ...Object.fromEntries(executed.map((value, i) => [`Ejecutado T${i + 1}`, value])),
    [HEADERS.responsible]: "Coordinación del área",
    [HEADERS.startDate]: { date: dateSerial(2021, 1, 15) },
    [HEADERS.endDate]: { date: dateSerial(2021, 12, 15) },
    [HEADERS.evidence]: "Actas en la carpeta compartida",
    [HEADERS.reportStatus]: "Enviado",
    ...extra,
  };
}

export async function filledPlanWorkbook(
  template: Template,
  fill: Record<string, RowValues[]>
): Promise<ExcelJS.Workbook> {
  const workbook = await workbookFromPatch(layoutWorkbook(template));
  for (const [code, rows] of Object.entries(fill)) fillArea(workbook, code, rows);
  return workbook;
}
