import ExcelJS from "exceljs";
import { arrangeTabOrder } from "../../../src/core/workbook/arrangeTabOrder";

/** Puts the tabs in `order` (ExcelJS orders tabs by `orderNo`, absent from its types); others keep theirs, after. */
export function arrangeTabs(workbook: ExcelJS.Workbook, order: string[]): void {
  const arranged = arrangeTabOrder(
    workbook.worksheets.map((sheet) => sheet.name),
    order
  );
  for (const sheet of workbook.worksheets)
    (sheet as unknown as { orderNo: number }).orderNo = arranged.indexOf(sheet.name);
}
