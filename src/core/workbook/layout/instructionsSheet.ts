/** `Instrucciones`: how to fill the plan, and the semáforo legend (thresholds read live from `Configuración`). */
import { Template } from "../../template/Template";
import { SHEET } from "../sheetNames";
import { BAND_COLORS, WORKBOOK_TEXT } from "../workbookText";
import { CellInput, SheetPatch, emptySheet } from "../WorkbookPatch";
import { wrappedRowHeight } from "./wrappedRowHeight";

export function layoutInstructionsSheet(template: Template): SheetPatch {
  const text = WORKBOOK_TEXT.instructions;
  const sheet = emptySheet(SHEET.instructions);
  const steps: CellInput[][] = text.steps.map((step) => [step]);
  const legendRow = 4 + steps.length + 1;
  const legend: CellInput[][] = [
    [text.legendTitle],
    [{ formula: text.legendVerde }],
    [{ formula: text.legendAmarillo }],
    [{ formula: text.legendRojo }],
    [text.legendSinProgramacion],
    [{ formula: text.legendOverExecution }],
  ];
  sheet.columnWidths = [100];
  sheet.rowHeights = text.steps.map((step, index) => ({
    row: 4 + index,
    height: wrappedRowHeight([{ text: step, width: 100 }]),
  }));
  sheet.pageSetup = { orientation: "portrait", fitToWidth: true };
  sheet.blocks.push(
    {
      row: 1,
      column: 1,
      values: [[text.title], [WORKBOOK_TEXT.planTitle(template.year, template.organisation)]],
    },
    { row: 4, column: 1, values: steps },
    { row: legendRow, column: 1, values: legend }
  );
  sheet.styles.push(
    { range: "A1", style: { bold: true, fontSize: 14 } },
    { range: `A4:A${3 + steps.length}`, style: { wrap: true, vertical: "top" } },
    { range: `A${legendRow}`, style: { bold: true } },
    { range: `A${legendRow + 1}`, style: { fill: BAND_COLORS.verde } },
    { range: `A${legendRow + 2}`, style: { fill: BAND_COLORS.amarillo } },
    { range: `A${legendRow + 3}`, style: { fill: BAND_COLORS.rojo } },
    { range: `A${legendRow + 4}`, style: { fill: BAND_COLORS["sin-programacion"] } },
    { range: `A${legendRow + 5}`, style: { fontColor: BAND_COLORS.overExecution, bold: true } }
  );
  return sheet;
}
