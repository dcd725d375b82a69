/**
 * Applies a core `WorkbookPatch` to an ExcelJS workbook. It translates, never decides: every value, style,
 * rule and name comes from the patch. The Office.js shell applies the same patch inside Excel.
 */
import { fileFormula } from "../../../src/core/workbook/fileFormula";
import ExcelJS from "exceljs";
import { parseRangeAddress } from "../../../src/core/workbook/address";
import { utcMillisFromSerial } from "../../../src/core/workbook/dateSerial";
import {
  CellInput,
  CellStyle,
  ConditionalFormatPatch,
  DataValidationPatch,
  SheetPatch,
  TablePatch,
  WorkbookPatch,
} from "../../../src/core/workbook/WorkbookPatch";

const argb = (color: string): string => `FF${color.toUpperCase()}`;

/** Patch value → ExcelJS value. Strings stay strings: ExcelJS stores them as text, never as formulas. */
export function toExcelValue(input: CellInput): ExcelJS.CellValue {
  if (input === null) return null;
  if (typeof input === "object" && "error" in input)
    return { error: input.error } as ExcelJS.CellErrorValue;
  if (typeof input === "object")
    return "formula" in input
      ? ({
          formula: fileFormula(input.formula),
          ...(input.result !== undefined ? { result: input.result } : {}),
          date1904: false,
        } as ExcelJS.CellFormulaValue)
      : input.date;
  return input;
}

function forEachCell(
  sheet: ExcelJS.Worksheet,
  range: string,
  visit: (cell: ExcelJS.Cell) => void
): void {
  const { top, left, bottom, right } = parseRangeAddress(range);
  for (let row = top; row <= bottom; row++) {
    const excelRow = sheet.getRow(row);
    for (let column = left; column <= right; column++) visit(excelRow.getCell(column));
  }
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
  if (
    style.bold !== undefined ||
    style.italic !== undefined ||
    style.fontSize !== undefined ||
    style.fontColor !== undefined
  ) {
    cell.font = {
      // A font without a name is drawn in the reader's default face (LibreOffice: a serif), not the workbook's.
      name: "Calibri",
      family: 2,
      size: 11,
      ...cell.font,
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.italic !== undefined ? { italic: style.italic } : {}),
      ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
      ...(style.fontColor !== undefined ? { color: { argb: argb(style.fontColor) } } : {}),
    };
  }
  if (style.fill !== undefined)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.wrap !== undefined || style.horizontal !== undefined || style.vertical !== undefined) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      ...(style.horizontal !== undefined ? { horizontal: style.horizontal } : {}),
      ...(style.vertical !== undefined ? { vertical: style.vertical } : {}),
    };
  }
  if (style.locked !== undefined) cell.protection = { locked: style.locked };
}

function addTable(sheet: ExcelJS.Worksheet, table: TablePatch): void {
  sheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: table.topLeft,
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: table.headers.map((name) => ({ name, filterButton: true })),
    rows: [...table.rows].map((row) => row.map(toExcelValue)),
  });
}

function addValidation(sheet: ExcelJS.Worksheet, validation: DataValidationPatch): void {
  const base = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: validation.error.title,
    error: validation.error.message,
  };
  const prompt = validation.prompt
    ? {
        showInputMessage: true,
        promptTitle: validation.prompt.title,
        prompt: validation.prompt.message,
      }
    : {};
  const rule = validation.rule;
  let model: ExcelJS.DataValidation;
  switch (rule.kind) {
    case "list":
      model = {
        ...base,
        ...prompt,
        type: "list",
        formulae: [rule.source],
      } as ExcelJS.DataValidation;
      break;
    case "decimal":
      model = {
        ...base,
        ...prompt,
        type: "decimal",
        operator: rule.operator,
        formulae: rule.max === undefined ? [rule.min] : [rule.min, rule.max],
      } as ExcelJS.DataValidation;
      break;
    case "date":
      // ExcelJS writes date formulae from Date objects (a bare number would be read as milliseconds).
      model = {
        ...base,
        ...prompt,
        type: "date",
        operator: "between",
        formulae: [rule.min, rule.max].map((serial) => new Date(utcMillisFromSerial(serial))),
      } as ExcelJS.DataValidation;
      break;
    case "textLength":
      model = {
        ...base,
        ...prompt,
        type: "textLength",
        operator: "lessThanOrEqual",
        formulae: [rule.max],
      } as ExcelJS.DataValidation;
      break;
  }
  // ExcelJS keys validations by address; a range key is written as one <dataValidation sqref="A1:A9">.
  (
    sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
  ).dataValidations.model[validation.range] = model;
}

function addConditionalFormat(
  sheet: ExcelJS.Worksheet,
  format: ConditionalFormatPatch,
  priority: { next: number }
): void {
  const rules = format.rules.map((rule): ExcelJS.ConditionalFormattingRule => {
    const base = { priority: priority.next++ };
    switch (rule.kind) {
      case "expression":
        return {
          ...base,
          type: "expression",
          formulae: [rule.formula],
          style: {
            ...(rule.style.fill
              ? {
                  fill: {
                    type: "pattern",
                    pattern: "solid",
                    bgColor: { argb: argb(rule.style.fill) },
                  },
                }
              : {}),
            ...(rule.style.fontColor || rule.style.bold
              ? {
                  font: {
                    ...(rule.style.fontColor
                      ? { color: { argb: argb(rule.style.fontColor) } }
                      : {}),
                    ...(rule.style.bold ? { bold: true } : {}),
                  },
                }
              : {}),
            ...(rule.style.numberFormat ? { numFmt: rule.style.numberFormat } : {}),
          },
        } as ExcelJS.ConditionalFormattingRule;
      case "dataBar":
        return {
          ...base,
          type: "dataBar",
          cfvo: [
            { type: "num", value: 0 },
            { type: "num", value: 1 },
          ],
          color: { argb: argb(rule.color) },
          gradient: false,
        } as unknown as ExcelJS.ConditionalFormattingRule;
      case "colorScale":
        return {
          ...base,
          type: "colorScale",
          cfvo: rule.points.map((value) => ({ type: "num", value })),
          color: rule.colors.map((color) => ({ argb: argb(color) })),
        } as unknown as ExcelJS.ConditionalFormattingRule;
    }
  });
  sheet.addConditionalFormatting({ ref: format.range, rules });
}

async function applySheet(workbook: ExcelJS.Workbook, patch: SheetPatch): Promise<void> {
  const existing = workbook.getWorksheet(patch.name);
  // A replaced sheet keeps its place among the tabs (ExcelJS orders tabs by `orderNo`, absent from its types).
  const position = existing ? (existing as unknown as { orderNo: number }).orderNo : undefined;
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(patch.name, {
    state: patch.visibility,
    ...(patch.tabColor ? { properties: { tabColor: { argb: argb(patch.tabColor) } } } : {}),
    ...(patch.freeze
      ? { views: [{ state: "frozen", xSplit: patch.freeze.columns, ySplit: patch.freeze.rows }] }
      : {}),
  });
  if (position !== undefined) (sheet as unknown as { orderNo: number }).orderNo = position;
  patch.columnWidths?.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  patch.rowHeights?.forEach(({ row, height }) => (sheet.getRow(row).height = height));
  for (const block of patch.blocks) {
    block.values.forEach((values, r) => {
      const row = sheet.getRow(block.row + r);
      values.forEach((value, c) => (row.getCell(block.column + c).value = toExcelValue(value)));
    });
  }
  for (const table of patch.tables) addTable(sheet, table);
  for (const { range, style } of patch.styles)
    forEachCell(sheet, range, (cell) => applyStyle(cell, style));
  for (const merge of patch.merges) sheet.mergeCells(merge);
  for (const validation of patch.validations) addValidation(sheet, validation);
  const priority = { next: 1 };
  for (const format of patch.conditionalFormats) addConditionalFormat(sheet, format, priority);
  for (const row of patch.pageBreaksBefore ?? []) sheet.getRow(row - 1).addPageBreak();
  if (patch.pageSetup) {
    sheet.pageSetup = {
      ...sheet.pageSetup,
      orientation: patch.pageSetup.orientation,
      fitToPage: patch.pageSetup.fitToWidth,
      fitToWidth: patch.pageSetup.pagesWide ?? 1,
      fitToHeight: 0,
      ...(patch.pageSetup.printArea ? { printArea: patch.pageSetup.printArea } : {}),
      ...(patch.pageSetup.printTitleRows ? { printTitlesRow: patch.pageSetup.printTitleRows } : {}),
      ...(patch.pageSetup.printTitleColumns
        ? { printTitlesColumn: patch.pageSetup.printTitleColumns }
        : {}),
      ...(patch.pageSetup.margins === "narrow"
        ? {
            margins: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
          }
        : {}),
    };
  }
  if (patch.protection) {
    const allowed = new Set(patch.protection.allow);
    await sheet.protect("", {
      selectLockedCells: allowed.has("selectLockedCells"),
      selectUnlockedCells: allowed.has("selectUnlockedCells"),
      formatColumns: allowed.has("formatColumns"),
      formatRows: allowed.has("formatRows"),
      insertRows: allowed.has("insertRows"),
      sort: allowed.has("sort"),
      autoFilter: allowed.has("autoFilter"),
    });
  }
}

/** Called before each step of `applyPatch`; tests inject failures through it. */
export type PatchStepHook = (step: string) => void;

/** Sheets in patch order (created or replaced whole), then workbook names, then cell edits; formulas recalculate on open. */
export async function applyPatch(
  workbook: ExcelJS.Workbook,
  patch: WorkbookPatch,
  onStep: PatchStepHook = () => undefined
): Promise<void> {
  for (const sheet of patch.sheets) {
    onStep(`sheet:${sheet.name}`);
    await applySheet(workbook, sheet);
  }
  onStep("names");
  for (const { name, refersTo } of patch.definedNames) {
    workbook.definedNames.model = workbook.definedNames.model.filter(
      (definedName) => definedName.name !== name
    );
    workbook.definedNames.add(refersTo, name);
  }
  onStep("edits");
  for (const edit of patch.edits ?? []) {
    const sheet = workbook.getWorksheet(edit.sheet);
    if (!sheet) throw new Error(`No sheet ${edit.sheet} for an edit at ${edit.cell}`);
    sheet.getCell(edit.cell).value = toExcelValue(edit.value);
  }
  workbook.calcProperties.fullCalcOnLoad = true;
}
