/**
 * One `SheetPatch` as Office.js commands, in two parts:
 *  - `build`: what can be written on the sheet — new and hidden, or an existing one cleared in place — its cells as
 *    2-D blocks through `formulas` (formulas and values together, row pieces under the payload budget), each new
 *    table as one block then `tables.add` (never row by row), each existing table resized in place, the links
 *    carried to its cells (`Range.hyperlink`), number formats, styles, merges, widths, heights, tab colour, page
 *    layout;
 *  - `finish`: what must wait until every sheet, table and name of the patch exists, because Excel binds a
 *    reference when it is entered — formulas that name another sheet or a table, data validation (lists name the
 *    hidden `Listas` sheet's names), conditional formats (they use `UmbralVerde`, …), then protection, visibility and
 *    last freeze panes (on a visible sheet only).
 * Helpers only queue; the caller syncs (STYLE: `queue…` never syncs).
 */
import {
  cellAddress,
  columnLetter,
  parseCellAddress,
  parseRangeAddress,
} from "../../core/workbook/address";
import { CellLink } from "../../core/workbook/CellLink";
import { utcMillisFromSerial } from "../../core/workbook/dateSerial";
import {
  CellInput,
  CellStyle,
  ChartPatch,
  ConditionalFormatPatch,
  DataValidationPatch,
  SheetPatch,
} from "../../core/workbook/WorkbookPatch";
import { coalesceStyles, mergeRuns, rowHeightRuns } from "./coalesceStyles";
import { cellToExcel, ExcelCellInput, refersElsewhere } from "./cellToExcel";
import { ExcelRange, ExcelTable, ExcelWorksheet } from "./ExcelContext";
import { jsonBytes, rowPieces, Step, step } from "./PayloadChunks";

/** Office.js takes column widths in points; the patch (like the file format) in characters of the default font:
 * a character is 7 px of Calibri 11 plus 5 px of padding, and a point is 4/3 px (ECMA-376 §18.3.1.13). */
export const pointsFromCharacters = (characters: number): number =>
  Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

const hex = (color: string): string => `#${color.toUpperCase()}`;
/** Row heights are one command each: a few hundred per step keep requests evenly filled. */
const ROW_HEIGHTS_PER_STEP = 250;

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;
const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

export type SheetSteps = { build: Step[]; finish: Step[] };

export type SheetTarget = {
  /** The sheet's proxy (created by the first build step, or the existing sheet rewritten in place). */
  sheet: () => ExcelWorksheet;
  /** The table of that name already on the sheet, kept and resized in place (references to it stay valid). */
  existingTable: (name: string) => ExcelTable | undefined;
  pageLayout: boolean;
  /** Whether charts can be written (default true; tests turn it off); without it the chart is left out, its data stays. */
  charts: boolean;
  /** Whether the workbook is in the 1904 date system: dates are written as its serials (`cellToExcel`). */
  date1904: boolean;
};

type LateCell = { row: number; column: number; formula: string };

/** A 2-D block as it is written, and the formulas it must leave for `finish`. */
function blockGrid(
  values: CellInput[][],
  top: number,
  left: number,
  sheetName: string,
  late: LateCell[],
  date1904: boolean
): ExcelCellInput[][] {
  return values.map((row, r) =>
    row.map((input, c) => {
      const written = cellToExcel(input, date1904, () => ({
        sheet: sheetName,
        cell: cellAddress(top + r, left + c),
      }));
      if (
        typeof input === "object" &&
        input !== null &&
        "formula" in input &&
        refersElsewhere(input.formula)
      ) {
        late.push({ row: top + r, column: left + c, formula: String(written) });
        return "";
      }
      return written;
    })
  );
}

function gridSteps(
  target: SheetTarget,
  grid: ExcelCellInput[][],
  top: number,
  left: number
): Step[] {
  // Not Math.max(...rows): a block of 200,000 rows (the informe at 17 × 5,000) overflows the call stack.
  const width = grid.reduce((most, row) => Math.max(most, row.length), 0);
  if (width === 0) return [];
  const square = grid.map((row) =>
    row.length === width ? row : [...row, ...Array(width - row.length).fill("")]
  );
  return rowPieces(square).map(({ start, end, bytes }) =>
    step(() => {
      target.sheet().getRangeByIndexes(top - 1 + start, left - 1, end - start, width).formulas =
        square.slice(start, end);
    }, bytes)
  );
}

function styleSteps(target: SheetTarget, range: string, style: CellStyle): Step[] {
  const steps: Step[] = [];
  if (style.numberFormat !== undefined) {
    const { top, left, bottom, right } = parseRangeAddress(range);
    const row = Array(right - left + 1).fill(style.numberFormat);
    const grid = Array.from({ length: bottom - top + 1 }, () => row);
    for (const { start, end, bytes } of rowPieces(grid))
      steps.push(
        step(() => {
          target
            .sheet()
            .getRangeByIndexes(top - 1 + start, left - 1, end - start, row.length).numberFormat =
            grid.slice(start, end);
        }, bytes)
      );
  }
  const commands: ((format: ReturnType<ExcelWorksheet["getRange"]>["format"]) => void)[] = [];
  if (style.bold !== undefined)
    commands.push((format) => (format.font.bold = style.bold as boolean));
  if (style.italic !== undefined)
    commands.push((format) => (format.font.italic = style.italic as boolean));
  if (style.fontSize !== undefined)
    commands.push((format) => (format.font.size = style.fontSize as number));
  if (style.fontColor !== undefined)
    commands.push((format) => (format.font.color = hex(style.fontColor as string)));
  if (style.fill !== undefined)
    commands.push((format) => (format.fill.color = hex(style.fill as string)));
  if (style.wrap !== undefined)
    commands.push((format) => (format.wrapText = style.wrap as boolean));
  if (style.horizontal !== undefined)
    commands.push(
      (format) =>
        (format.horizontalAlignment = HORIZONTAL[style.horizontal as keyof typeof HORIZONTAL])
    );
  if (style.vertical !== undefined)
    commands.push(
      (format) => (format.verticalAlignment = VERTICAL[style.vertical as keyof typeof VERTICAL])
    );
  if (style.locked !== undefined)
    commands.push((format) => (format.protection.locked = style.locked as boolean));
  if (commands.length > 0)
    steps.push(
      step(
        () => {
          const format = target.sheet().getRange(range).format;
          for (const command of commands) command(format);
        },
        range.length + 40 * commands.length,
        commands.length
      )
    );
  return steps;
}

const isoDate = (serial: number): string =>
  new Date(utcMillisFromSerial(serial)).toISOString().slice(0, 10);

function validationStep(target: SheetTarget, validation: DataValidationPatch): Step {
  const rule = validation.rule;
  const excelRule: Excel.DataValidationRule =
    rule.kind === "list"
      ? { list: { inCellDropDown: true, source: `=${rule.source}` } }
      : rule.kind === "decimal"
        ? {
            decimal: {
              operator:
                rule.operator === "between"
                  ? "Between"
                  : rule.operator === "greaterThan"
                    ? "GreaterThan"
                    : "GreaterThanOrEqualTo",
              formula1: rule.min,
              ...(rule.max !== undefined ? { formula2: rule.max } : {}),
            },
          }
        : rule.kind === "date"
          ? {
              date: {
                operator: "Between",
                formula1: isoDate(rule.min),
                formula2: isoDate(rule.max),
              },
            }
          : { textLength: { operator: "LessThanOrEqualTo", formula1: rule.max } };
  const errorAlert: Excel.DataValidationErrorAlert = {
    showAlert: true,
    style: "Stop",
    title: validation.error.title,
    message: validation.error.message,
  };
  const prompt: Excel.DataValidationPrompt | undefined = validation.prompt
    ? { showPrompt: true, title: validation.prompt.title, message: validation.prompt.message }
    : undefined;
  return step(
    () => {
      const dataValidation = target.sheet().getRange(validation.range).dataValidation;
      dataValidation.ignoreBlanks = true;
      dataValidation.rule = excelRule;
      dataValidation.errorAlert = errorAlert;
      if (prompt) dataValidation.prompt = prompt;
    },
    jsonBytes([excelRule, errorAlert, prompt ?? null]),
    4
  );
}

function conditionalFormatStep(target: SheetTarget, format: ConditionalFormatPatch): Step {
  return step(
    () => {
      const range = target.sheet().getRange(format.range);
      for (const rule of format.rules) {
        if (rule.kind === "expression") {
          const conditional = range.conditionalFormats.add("Custom");
          conditional.custom.rule.formula = `=${rule.formula}`;
          if (rule.style.fill) conditional.custom.format.fill.color = hex(rule.style.fill);
          if (rule.style.fontColor)
            conditional.custom.format.font.color = hex(rule.style.fontColor);
          if (rule.style.bold) conditional.custom.format.font.bold = true;
          // ExcelApi 1.6, inside the write set: e.g. "0.0%" on Porcentaje rows.
          if (rule.style.numberFormat !== undefined)
            conditional.custom.format.numberFormat = rule.style.numberFormat;
        } else if (rule.kind === "dataBar") {
          const conditional = range.conditionalFormats.add("DataBar");
          conditional.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
          conditional.dataBar.upperBoundRule = { type: "Number", formula: "1" };
          conditional.dataBar.positiveFormat.fillColor = hex(rule.color);
          conditional.dataBar.positiveFormat.gradientFill = false;
        } else {
          const [minimum, midpoint, maximum] = rule.points.map((point, index) => ({
            type: "Number" as const,
            formula: String(point),
            color: hex(rule.colors[index]),
          }));
          range.conditionalFormats.add("ColorScale").colorScale.criteria = {
            minimum,
            midpoint,
            maximum,
          };
        }
      }
    },
    jsonBytes(format),
    format.rules.length * 5
  );
}

/**
 * A `ChartPatch` reference ("'Tablero'!$C$4:$C$20") as a range of the sheet being written. Charts are added in
 * `finish`, when the sheet carries its final name, and the host draws only over the sheet's own cells: null for
 * a reference to another sheet or none (literal numbers, which `setValues` cannot take).
 */
function ownRange(
  target: SheetTarget,
  sheetName: string,
  ref: string | undefined
): ExcelRange | null {
  if (ref === undefined) return null;
  const bang = ref.lastIndexOf("!");
  const sheet =
    bang < 0
      ? sheetName
      : ref
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'");
  // Sheet names compare ignoring case, as Excel does.
  if (sheet.toLowerCase() !== sheetName.toLowerCase()) return null;
  return target.sheet().getRange(ref.slice(bang + 1).replace(/\$/g, ""));
}

/**
 * One chart in one step, whatever its number of series and points (no sync per series or point): `charts.add`
 * over the first series' values (ExcelApi 1.1), then its categories, name, colours and per-point colours; each
 * further series by `series.add` + `setValues` (1.7), a line series drawn dashed over the bars (`chartType`, 1.7);
 * title, value axis (number format 1.8) and position last. Series whose values are not cells of this sheet are
 * left out (the dashboard's are always cells: LibreOffice draws no literal series either).
 */
function chartStep(target: SheetTarget, sheetName: string, chart: ChartPatch): Step {
  const drawn = chart.series.filter((series) => series.values.ref !== undefined);
  const points = drawn.reduce((sum, series) => sum + (series.pointColors?.length ?? 0), 0);
  return step(
    () => {
      const [first, ...rest] = drawn.map((series) => ({
        series,
        values: ownRange(target, sheetName, series.values.ref),
      }));
      if (!first?.values) return;
      const categories = ownRange(target, sheetName, chart.categories.ref);
      const added = target
        .sheet()
        .charts.add(
          chart.direction === "column" ? "ColumnClustered" : "BarClustered",
          first.values,
          "Columns"
        );
      const style = (
        proxy: ReturnType<typeof added.series.add>,
        series: ChartPatch["series"][number]
      ): void => {
        proxy.name = series.name;
        if (categories) proxy.setXAxisValues(categories);
        if (series.kind === "line") {
          proxy.chartType = "Line";
          proxy.format.line.color = hex(series.color);
          proxy.format.line.lineStyle = "Dash";
        } else proxy.format.fill.setSolidColor(hex(series.color));
        series.pointColors?.forEach((color, index) => {
          if (color !== null) proxy.points.getItemAt(index).format.fill.setSolidColor(hex(color));
        });
        if (series.dataLabels) proxy.hasDataLabels = true;
      };
      style(added.series.getItemAt(0), first.series);
      for (const { series, values } of rest) {
        if (!values) continue;
        const proxy = added.series.add(series.name);
        proxy.setValues(values);
        style(proxy, series);
      }
      added.title.text = chart.title;
      const axis = added.axes.valueAxis;
      if (chart.valueAxis.min !== undefined) axis.minimum = chart.valueAxis.min;
      if (chart.valueAxis.max !== undefined) axis.maximum = chart.valueAxis.max;
      axis.numberFormat = chart.valueAxis.numberFormat;
      added.setPosition(chart.from, chart.to);
    },
    jsonBytes(chart),
    8 + 8 * drawn.length + points
  );
}

/**
 * A carried link (one cell) as Excel's `Range.hyperlink` (ExcelApi 1.7): `textToDisplay` is left out — Excel would
 * write it over the cell's text, which the patch has just written (the link's `display` is what the file held).
 */
export function excelLink(link: CellLink): Excel.RangeHyperlink | null {
  if (link.target === undefined && link.location === undefined) return null;
  return {
    ...(link.target !== undefined ? { address: link.target } : {}),
    ...(link.location !== undefined ? { documentReference: link.location } : {}),
    ...(link.tooltip !== undefined ? { screenTip: link.tooltip } : {}),
  };
}

export function sheetSteps(patch: SheetPatch, target: SheetTarget): SheetSteps {
  const build: Step[] = [];
  const late: LateCell[] = [];
  for (const block of patch.blocks)
    build.push(
      ...gridSteps(
        target,
        blockGrid(block.values, block.row, block.column, patch.name, late, target.date1904),
        block.row,
        block.column
      )
    );
  for (const table of patch.tables) {
    const { row, column } = parseCellAddress(table.topLeft);
    const grid = blockGrid(
      [table.headers, ...table.rows],
      row,
      column,
      patch.name,
      late,
      target.date1904
    );
    const address = `${table.topLeft}:${columnLetter(column + table.headers.length - 1)}${row + Math.max(table.rows.length, 1)}`;
    const existing = target.existingTable(table.name);
    // An existing table keeps its identity (formulas, names, charts and PivotTables on it stay bound): resized to
    // the new extent (ExcelApi 1.13) before its cells are written. A new one is written, then added over its cells.
    if (existing)
      build.push(
        step(
          () => {
            existing.resize(address);
            existing.style = table.style;
          },
          address.length + table.style.length,
          2
        )
      );
    build.push(...gridSteps(target, grid, row, column));
    if (!existing)
      build.push(
        step(
          () => {
            const added = target.sheet().tables.add(address, true);
            added.name = table.name;
            added.style = table.style;
          },
          address.length + table.name.length + table.style.length,
          3
        )
      );
  }
  for (const link of patch.hyperlinks ?? []) {
    const hyperlink = excelLink(link);
    if (hyperlink)
      build.push(
        step(
          () => (target.sheet().getRange(link.ref).hyperlink = hyperlink),
          jsonBytes(hyperlink) + link.ref.length
        )
      );
  }
  for (const { range, style } of coalesceStyles(patch.styles))
    for (const styled of styleSteps(target, range, style)) build.push(styled);
  for (const { range, across } of mergeRuns(patch.merges))
    build.push(step(() => target.sheet().getRange(range).merge(across), range.length));
  if (patch.columnWidths?.length)
    build.push(
      step(
        () =>
          patch.columnWidths?.forEach((width, index) => {
            target.sheet().getRange(`${columnLetter(index + 1)}1`).format.columnWidth =
              pointsFromCharacters(width);
          }),
        0,
        patch.columnWidths.length
      )
    );
  const heights = rowHeightRuns(patch.rowHeights ?? []);
  for (let start = 0; start < heights.length; start += ROW_HEIGHTS_PER_STEP) {
    const piece = heights.slice(start, start + ROW_HEIGHTS_PER_STEP);
    build.push(
      step(
        () =>
          piece.forEach(({ first, last, height }) => {
            target.sheet().getRange(`A${first}:A${last}`).format.rowHeight = height;
          }),
        0,
        piece.length
      )
    );
  }
  if (patch.tabColor) {
    const color = hex(patch.tabColor);
    build.push(step(() => (target.sheet().tabColor = color)));
  }
  const setup = patch.pageSetup;
  if (setup && target.pageLayout)
    build.push(
      step(
        () => {
          const layout = target.sheet().pageLayout;
          layout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
          if (setup.fitToWidth) layout.zoom = { horizontalFitToPages: setup.pagesWide ?? 1 };
          if (setup.printArea) layout.setPrintArea(setup.printArea);
          if (setup.printTitleRows) layout.setPrintTitleRows(setup.printTitleRows);
          if (setup.printTitleColumns) layout.setPrintTitleColumns(setup.printTitleColumns);
          for (const row of patch.pageBreaksBefore ?? [])
            target.sheet().horizontalPageBreaks.add(`A${row}`);
          if (setup.margins === "narrow") {
            // Excel's "Narrow" preset, in points: 0.25" left and right, 0.75" top and bottom.
            layout.leftMargin = 18;
            layout.rightMargin = 18;
            layout.topMargin = 54;
            layout.bottomMargin = 54;
          }
        },
        100,
        8
      )
    );

  const finish: Step[] = [];
  for (const cell of late)
    finish.push(
      step(() => {
        target.sheet().getRangeByIndexes(cell.row - 1, cell.column - 1, 1, 1).formulas = [
          [cell.formula],
        ];
      }, cell.formula.length + 10)
    );
  for (const validation of patch.validations) finish.push(validationStep(target, validation));
  for (const format of patch.conditionalFormats) finish.push(conditionalFormatStep(target, format));
  // Charts come here, in `finish`: their series name the sheet's ranges, which Excel binds when called.
  if (target.charts)
    for (const chart of patch.charts ?? []) finish.push(chartStep(target, patch.name, chart));
  const protection = patch.protection;
  if (protection) {
    const allow = new Set(protection.allow);
    const options: Excel.WorksheetProtectionOptions = {
      allowAutoFilter: allow.has("autoFilter"),
      allowSort: allow.has("sort"),
      allowFormatColumns: allow.has("formatColumns"),
      allowFormatRows: allow.has("formatRows"),
      allowInsertRows: allow.has("insertRows"),
      selectionMode: allow.has("selectLockedCells")
        ? "Normal"
        : allow.has("selectUnlockedCells")
          ? "Unlocked"
          : "None",
    };
    finish.push(
      step(() => target.sheet().protection.protect(options), JSON.stringify(options).length)
    );
  }
  const visibility = VISIBILITY[patch.visibility];
  finish.push(step(() => (target.sheet().visibility = visibility)));
  // Freeze panes once the sheet is visible: on a hidden sheet they threw (office-js#1463, #2196) and freezing a
  // sheet that is not active fired WorksheetActivated (office-js#3148). A hidden sheet needs none.
  if (
    patch.visibility === "visible" &&
    patch.freeze &&
    (patch.freeze.rows > 0 || patch.freeze.columns > 0)
  ) {
    const { rows, columns } = patch.freeze;
    finish.push(
      step(() => {
        const panes = target.sheet().freezePanes;
        if (rows > 0 && columns > 0) panes.freezeAt(`A1:${columnLetter(columns)}${rows}`);
        else if (rows > 0) panes.freezeRows(rows);
        else panes.freezeColumns(columns);
      })
    );
  }
  return { build, finish };
}
