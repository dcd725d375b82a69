import ExcelJS from "exceljs";

/** Puts the tabs in `order` (ExcelJS orders tabs by `orderNo`, absent from its types); others keep theirs, after. */
export function arrangeTabs(workbook: ExcelJS.Workbook, order: string[]): void {
  const rank = new Map(order.map((name, index) => [name.toLowerCase(), index]));
  workbook.worksheets.forEach((sheet, index) => {
    (sheet as unknown as { orderNo: number }).orderNo =
      rank.get(sheet.name.toLowerCase()) ?? order.length + index;
  });
}
