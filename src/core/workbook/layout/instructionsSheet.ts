/** `Instrucciones`: how to fill the plan, and the semáforo legend (thresholds read live from `Configuración`). */
import { Template } from "../../template/Template";
import { areaColumns } from "../areaColumns";
import { SHEET } from "../sheetNames";
import { BAND_COLORS, InstructionsContext, WORKBOOK_TEXT } from "../workbookText";
import { CellInput, SheetPatch, emptySheet } from "../WorkbookPatch";
import { wrappedRowHeight } from "./wrappedRowHeight";

/** Width of the one text column: a landscape Letter or A4 page holds it unscaled (LibreOffice cuts wrapped lines when it scales a page: measured at 120, fine at 110). */
const TEXT_WIDTH = 100;
export const INSTRUCTIONS_FIRST_STEP_ROW = 4;

const sentence = (items: string[]): string =>
  items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} y ${items[items.length - 1]}`;

export function instructionsContext(template: Template): InstructionsContext {
  const labels = template.periods.labels;
  const list = (key: string): string => (template.lists[key] ?? []).join(", ");
  return {
    year: template.year,
    firstPeriod: labels[0],
    lastPeriod: labels[labels.length - 1],
    required: sentence(
      areaColumns(template)
        .filter((column) => column.required === true)
        .map((column) => column.header)
    ),
    lists: {
      indicatorType: list("indicatorType"),
      unit: list("unit"),
      direction: list("direction"),
      reportStatus: list("reportStatus"),
    },
  };
}

/** The steps as written in the sheet, one per row from `INSTRUCTIONS_FIRST_STEP_ROW`. */
export function instructionSteps(template: Template): string[] {
  return WORKBOOK_TEXT.instructions.steps(instructionsContext(template));
}

export function layoutInstructionsSheet(template: Template): SheetPatch {
  const text = WORKBOOK_TEXT.instructions;
  const sheet = emptySheet(SHEET.instructions);
  const stepTexts = instructionSteps(template);
  const steps: CellInput[][] = stepTexts.map((step) => [step]);
  const first = INSTRUCTIONS_FIRST_STEP_ROW;
  const legendRow = first + steps.length + 1;
  const legend: CellInput[][] = [
    [text.legendTitle],
    [{ formula: text.legendVerde }],
    [{ formula: text.legendAmarillo }],
    [{ formula: text.legendRojo }],
    [text.legendSinProgramacion],
    [text.legendSinDiligenciar],
    [text.legendConErrores],
    [{ formula: text.legendOverExecution }],
  ];
  sheet.columnWidths = [TEXT_WIDTH];
  sheet.rowHeights = stepTexts.map((step, index) => ({
    row: first + index,
    // One line more than the estimate: proportional fonts wrap a little earlier than a character count says.
    height: wrappedRowHeight([{ text: step, width: TEXT_WIDTH }]) + 15,
  }));
  sheet.pageSetup = {
    orientation: "landscape",
    fitToWidth: true,
    pagesWide: 1,
    printTitleRows: "1:2",
  };
  sheet.blocks.push(
    {
      row: 1,
      column: 1,
      values: [[text.title], [WORKBOOK_TEXT.planTitle(template.year, template.organisation)]],
    },
    { row: first, column: 1, values: steps },
    { row: legendRow, column: 1, values: legend }
  );
  sheet.styles.push(
    { range: "A1", style: { bold: true, fontSize: 14 } },
    { range: `A${first}:A${first - 1 + steps.length}`, style: { wrap: true, vertical: "top" } },
    { range: `A${legendRow}`, style: { bold: true } },
    { range: `A${legendRow + 1}`, style: { fill: BAND_COLORS.verde } },
    { range: `A${legendRow + 2}`, style: { fill: BAND_COLORS.amarillo } },
    { range: `A${legendRow + 3}`, style: { fill: BAND_COLORS.rojo } },
    { range: `A${legendRow + 4}`, style: { fill: BAND_COLORS["sin-programacion"] } },
    { range: `A${legendRow + 5}`, style: { fill: BAND_COLORS["sin-diligenciar"] } },
    { range: `A${legendRow + 6}`, style: { fill: BAND_COLORS["con-errores"] } },
    { range: `A${legendRow + 7}`, style: { fontColor: BAND_COLORS.overExecution, bold: true } }
  );
  return sheet;
}
