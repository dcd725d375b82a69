/**
 * A plan whose area leads typed a date where its column has no date format (Excel turns "1/4" typed in «Ponderación»
 * into 1 April 2021; 15/03/2021 in «Entregable») and an error value (#N/A in SGR's «Ponderación»), over the sample
 * template: DJ-01 is 2 of 2 to T2 (100 %, weight 0,5); DJ-02 0 of 2 (0 %, rojo) with the dates; SGR-01 2 of 2.
 */
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { dateSerial } from "../../src/core/workbook/dateSerial";
import { workbookToBuffer } from "./exceljs/workbookFile";
import { findAreaTable } from "./fillArea";
import { filledPlanWorkbook, validRow } from "./filledPlan";
import { sampleTemplate } from "./sampleTemplate";

export const DATES_AND_ERRORS_TEMPLATE = sampleTemplate();
export const APRIL_1 = dateSerial(2021, 4, 1);
export const MARCH_15 = dateSerial(2021, 3, 15);

export const DATES_AND_ERRORS_FILL = {
  DJ: [
    validRow("Revisar contratos", [1, 1, null, null], { [HEADERS.weight]: 0.5 }),
    validRow("Atender tutelas", [0, 0, null, null]),
  ],
  SGR: [validRow("Gestionar riesgos", [1, 1, null, null])],
};

/** What the leads typed after the rows above, by area, row (0-based) and header. */
export const TYPED_KINDS = [
  { code: "DJ", row: 1, header: HEADERS.weight, date: APRIL_1 },
  { code: "DJ", row: 1, header: HEADERS.deliverable, date: MARCH_15 },
  { code: "SGR", row: 0, header: HEADERS.weight, error: "#N/A" },
] as const;

/** The plan as the leads left it, written with ExcelJS as Excel saves it (a typed date: its serial, a date format). */
export async function datesAndErrorsPlanBytes(): Promise<Buffer> {
  const workbook = await filledPlanWorkbook(DATES_AND_ERRORS_TEMPLATE, DATES_AND_ERRORS_FILL);
  for (const typed of TYPED_KINDS) {
    const { sheet, headerRow, headers } = findAreaTable(workbook, typed.code);
    const cell = sheet.getRow(headerRow + 1 + typed.row).getCell(headers.indexOf(typed.header) + 1);
    if ("date" in typed) {
      cell.value = typed.date;
      cell.numFmt = "dd/mm/yyyy";
    } else cell.value = { error: typed.error };
  }
  return workbookToBuffer(workbook);
}
