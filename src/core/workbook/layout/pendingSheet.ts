/** Sheets that later operations fill (`Matriz`, `Tablero`, `Informe`); generated with a line saying how. */
import { WORKBOOK_TEXT } from "../workbookText";
import { SheetPatch, emptySheet } from "../WorkbookPatch";

export function layoutPendingSheet(name: string): SheetPatch {
  const sheet = emptySheet(name);
  sheet.columnWidths = [100];
  sheet.blocks.push({
    row: 1,
    column: 1,
    values: [[name], [WORKBOOK_TEXT.pendingSheet[name] ?? null]],
  });
  sheet.styles.push(
    { range: "A1", style: { bold: true, fontSize: 14 } },
    { range: "A2", style: { italic: true } }
  );
  return sheet;
}
