/**
 * `Resumen`: compliance and semáforo per area, macroprocess and institution as live formulas over the area
 * tables (structured references, so rows added to a table count). `rollUp.ts` computes the same numbers.
 */
import { NUMBER_FORMATS } from "../numberFormats";
import { MAX_FORMULA_LENGTH } from "../textLiteral";
import { Template, areasInOrder } from "../../template/Template";
import { HEADERS, areaColumns } from "../areaColumns";
import { BAND_LABEL, COMPUTED_HEADERS, bandFormula, roundedFormula } from "../rowFormulas";
import { Band } from "../../semaphore/Band";
import { SHEET, tableName } from "../sheetNames";
import { NAME } from "../workbookNames";
import { BAND_COLORS } from "../workbookText";
import { CellInput, SheetPatch, emptySheet } from "../WorkbookPatch";
import { IssueCounts } from "../../validation/IssueCounts";
import { bandFormat } from "./bandFormat";
import { LINE_HEIGHT, wrappedRowHeight } from "./wrappedRowHeight";

export const SUMMARY_TEXT = {
  title: "Resumen de cumplimiento",
  cutoff: "Corte",
  areaHeaders: [
    "Macroproceso",
    "Sección",
    "Código",
    "Área",
    "Filas con programación",
    "% Cumplimiento",
    "Semáforo",
    "Verde",
    "Amarillo",
    "Rojo",
    "Errores",
    "Advertencias",
    "Filas excluidas por errores",
  ],
  macroprocessHeaders: [
    "Macroproceso",
    "",
    "",
    "",
    "Áreas con programación",
    "% Cumplimiento",
    "Semáforo",
    "Áreas sin diligenciar",
    "",
    "",
    "",
    "",
    "Filas excluidas por errores",
  ],
  institution: "Institución",
};

export const SUMMARY_FIRST_AREA_ROW = 5;
/**
 * Points of rows a printed page of `Resumen` holds under its title rows, on the safe side: landscape Letter less the
 * margins leaves about 540 pt, at the 80 % or so that fits the sheet's 169 characters to the page width some 675 pt,
 * less the title rows' 75.
 */
export const SUMMARY_PAGE_ROOM = 600;
/** Columns of `Resumen` (1-based). */
export const SUMMARY_COLUMN = {
  name: 1,
  section: 2,
  code: 3,
  area: 4,
  count: 5,
  compliance: 6,
  band: 7,
  verde: 8,
  amarillo: 9,
  rojo: 10,
  errors: 11,
  warnings: 12,
  /** Rows left out of the figure because of an error (SPEC §5.1). */
  rowsWithErrors: 13,
  /**
   * In the macroprocess and institution rows, the areas `Sin diligenciar` (SPEC §5: named beside the average), in
   * one cell merged over the band-count columns, which those rows leave empty: `unfilledAreas` to `unfilledAreasEnd`.
   */
  unfilledAreas: 8,
  unfilledAreasEnd: 12,
} as const;

/** Characters that, in a header, make Excel read a structured reference's column only between double brackets. */
const SPECIAL_IN_HEADER = /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/]/;

/**
 * A table column as a structured reference, `T_DJ[Meta]`. A header holding one of Excel's special characters (a
 * template's extra column may: "Costo [COP]", "N° #", "Avance-%") goes between double brackets, with `[`, `]`, `#` and
 * `'` escaped by `'`, as Excel's syntax asks; a space alone needs neither.
 */
const column = (table: string, header: string): string =>
  SPECIAL_IN_HEADER.test(header)
    ? `${table}[[${header.replace(/['#[\]]/g, "'$&")}]]`
    : `${table}[${header}]`;

/**
 * 1 for a row whose four computed cells still hold formulas, 0 for a row with a value pasted over one of them
 * (SPEC §5.1: that row is "Con errores", as in the core). `ISFORMULA` is Excel 2013+ and LibreOffice; files carry it
 * as `_xlfn.ISFORMULA` (the writers add the prefix).
 */
export function intactFormula(table: string): string {
  return COMPUTED_HEADERS.map((header) => `ISFORMULA(${column(table, header)})`).join("*");
}

/** How many rows hold a figure that counts: a number in `% Cumplimiento`, its formula intact. */
export function programmedRowsFormula(table: string): string {
  return `SUMPRODUCT(${intactFormula(table)},--ISNUMBER(${column(table, HEADERS.compliance)}))`;
}

/**
 * Σ w·min(c,1) ÷ Σ w over rows with a compliance (weighted), or the plain mean of min(c,1) when no row has a weight;
 * rows whose computed cells were overwritten left out. An area weights its rows when any row has a number in
 * `Ponderación`, zeros included (`weighsRows` in the core).
 */
export function areaComplianceFormula(table: string): string {
  const w = column(table, HEADERS.weight);
  const c = column(table, HEADERS.compliance);
  const ok = intactFormula(table);
  // A row whose figure is an error value (a ratio past the largest number: #NUM!) is left out, as in the core; its
  // cell read through IFERROR, so that the error does not become the area's.
  const value = `IFERROR(${c},0)`;
  const capped = (weight: string): string =>
    `(SUMPRODUCT(${weight}${ok},--ISNUMBER(${c}),--(${value}>=1))+SUMPRODUCT(${weight}${ok},${value},--(${value}<1)))`;
  const weightSum = `SUMPRODUCT(${w},${ok},--ISNUMBER(${c}))`;
  const weighted = `IF(${weightSum}>0,${roundedFormula(`${capped(`${w},`)}/${weightSum}`)},"")`;
  const equal = roundedFormula(`${capped("")}/${programmedRowsFormula(table)}`);
  return `IF(${programmedRowsFormula(table)}=0,"",IF(COUNT(${w})>0,${weighted},${equal}))`;
}

/**
 * 1 for each row of the table with anything typed in an input, 0 for a row with nothing typed (`blankRowTest` in the
 * core, which skips such a row whatever its computed cells hold: a row cleared whole, its formulas too, is no row
 * with an overwritten formula). A cell counts when it holds a number, an error value or a text with more than spaces
 * and control characters (TRIM, CLEAN). Where the core would differ, left as it is: a text of only non-breaking or
 * other Unicode spaces (blank to the core), a formula whose result is the empty text (typed, to the core), and a
 * column the template does not know (the core reads every header of the table).
 */
function typedRowsFormula(table: string, inputHeaders: readonly string[]): string {
  const lengths = inputHeaders.map(
    (header) => `IFERROR(LEN(TRIM(CLEAN(${column(table, header)}&""))),1)`
  );
  return `--((${lengths.join("+")})>0)`;
}

/**
 * Rows an area's figure leaves out (`isLeftOut` in the core): rows with anything typed whose computed cells were
 * overwritten, rows "Con errores" (or whose figure is an error value: a ratio past the largest number), and rows with
 * programming but no numeric weight where the area weights its rows.
 */
export function rowsWithErrorsFormula(table: string, inputHeaders: readonly string[]): string {
  const w = column(table, HEADERS.weight);
  const c = column(table, HEADERS.compliance);
  const ok = intactFormula(table);
  const withErrors = `"${BAND_LABEL["con-errores"]}"`;
  return (
    `SUMPRODUCT(1-${ok},${typedRowsFormula(table, inputHeaders)})` +
    `+SUMPRODUCT(${ok},--(IFERROR(${c},${withErrors})=${withErrors}))` +
    `+IF(COUNT(${w})>0,SUMPRODUCT(${ok},--ISNUMBER(${c}),--NOT(ISNUMBER(${w}))),0)`
  );
}

/** Rows of a band among the rows whose formulas are intact. */
const bandCountFormula = (table: string, band: Band): string =>
  `SUMPRODUCT(${intactFormula(table)},--(${column(table, HEADERS.semaphore)}="${BAND_LABEL[band]}"))`;

/**
 * Every row of the table with anything typed is `Sin diligenciar` (an area that never filled its tab, SPEC §5; the
 * core's rows are those with anything typed).
 */
const areaUnfilledFormula = (table: string, inputHeaders: readonly string[]): string => {
  const s = column(table, HEADERS.semaphore);
  // A band cell holding an error value counts as not Sin diligenciar, without making the test an error.
  const notUnfilled = `--(IFERROR(${s},"")<>"${BAND_LABEL["sin-diligenciar"]}")`;
  return `SUMPRODUCT(${notUnfilled},${typedRowsFormula(table, inputHeaders)})=0`;
};

/**
 * The areas `Sin diligenciar` among `rows` of `Resumen`, comma-separated: the words beside an average (SPEC §5). Each by
 * section and code ("3.1 DJ"), which the area rows above spell out: by section and name (as the informe says them),
 * seventeen areas took 25 lines in the institution's row, and a row sized for them pushed `Resumen` onto a second
 * page whatever the list held. Built without TEXTJOIN, which Excel 2016 lacks.
 */
function unfilledNamesFormula(rows: number[]): string {
  const c = SUMMARY_COLUMN;
  const letter = (col: number): string => String.fromCharCode(64 + col);
  if (rows.length === 0) return `""`;
  const parts = rows.map(
    (row) =>
      `IF(${letter(c.band)}${row}="${BAND_LABEL["sin-diligenciar"]}",", "&${letter(c.section)}${row}&" "&${letter(c.code)}${row},"")`
  );
  return `MID(${parts.join("&")},3,2000)`;
}

/**
 * Mean of the figures of a range, skipping text and error values (an area "Con errores" is counted, not averaged):
 * `meanOfPresent` in the core. Every number counts, a negative one too (an area whose executed values were typed
 * below zero): `COUNT` counts numbers alone, and the two `SUMIF`s add the numbers on either side of zero without
 * stopping at an error value, as `SUM` would.
 */
const meanFormula = (range: string): string =>
  `IF(COUNT(${range})=0,"",${roundedFormula(`(SUMIF(${range},">=0")+SUMIF(${range},"<0"))/COUNT(${range})`)})`;

/**
 * The input columns `typedRowsFormula` may test, longest list first: every input column of the template; then, for a
 * template whose many or long headers would take a formula past Excel's 8,192 characters, the columns a row with
 * programming or any required value types (required columns, `Ponderación`, the period columns).
 */
function typedRowTestHeaders(template: Template): string[][] {
  const inputs = areaColumns(template).filter((areaColumn) => areaColumn.type !== "computed");
  const essential = inputs.filter(
    (areaColumn) =>
      areaColumn.required !== false ||
      areaColumn.key === "programmed" ||
      areaColumn.key === "executed"
  );
  return [inputs, essential].map((columns) => columns.map((areaColumn) => areaColumn.header));
}

export type SummaryLayout = {
  sheet: SheetPatch;
  areaRows: Map<string, number>;
  macroprocessRows: Map<string, number>;
  institutionRow: number;
};

/** Issue counts are values from the last validation (written by consolidation); the rest are live formulas. */
export function layoutSummarySheet(
  template: Template,
  issueCounts: IssueCounts = new Map()
): SummaryLayout {
  const sheet = emptySheet(SHEET.summary);
  const areas = areasInOrder(template);
  const areaRows = new Map<string, number>();
  const c = SUMMARY_COLUMN;
  const letter = (col: number): string => String.fromCharCode(64 + col);
  const at = (col: number, row: number): string => `${letter(col)}${row}`;
  const typedTests = typedRowTestHeaders(template);
  const areaValues: CellInput[][] = areas.map(({ area, macroprocess }, index) => {
    const row = SUMMARY_FIRST_AREA_ROW + index;
    areaRows.set(area.code, row);
    const table = tableName(area.code);
    // The band's and the rows-left-out formulas over every input column where both stay within Excel's limit, else
    // over the shorter list (`typedRowTestHeaders`); each list's formulas built once.
    const withTypedTest = typedTests.map((inputHeaders) => ({
      band: bandFormula(
        at(c.compliance, row),
        `OR(${at(c.count, row)}>0,${at(c.rowsWithErrors, row)}>0)`,
        areaUnfilledFormula(table, inputHeaders)
      ),
      rowsWithErrors: rowsWithErrorsFormula(table, inputHeaders),
    }));
    const formulas =
      withTypedTest.find(
        ({ band, rowsWithErrors }) =>
          band.length <= MAX_FORMULA_LENGTH && rowsWithErrors.length <= MAX_FORMULA_LENGTH
      ) ?? withTypedTest[withTypedTest.length - 1];
    return [
      macroprocess.name,
      area.section,
      area.code,
      area.name,
      { formula: programmedRowsFormula(table) },
      { formula: areaComplianceFormula(table) },
      { formula: formulas.band },
      { formula: bandCountFormula(table, "verde") },
      { formula: bandCountFormula(table, "amarillo") },
      { formula: bandCountFormula(table, "rojo") },
      issueCounts.get(area.code)?.errors ?? null,
      issueCounts.get(area.code)?.warnings ?? null,
      { formula: formulas.rowsWithErrors },
    ];
  });
  const lastAreaRow = SUMMARY_FIRST_AREA_ROW + areas.length - 1;
  const macroHeaderRow = lastAreaRow + 2;
  const macroprocessRows = new Map<string, number>();
  const macroValues: CellInput[][] = template.macroprocesses.map((macroprocess, index) => {
    const row = macroHeaderRow + 1 + index;
    macroprocessRows.set(macroprocess.code, row);
    const rows = areas.flatMap(({ area, macroprocess: owner }) =>
      owner === macroprocess ? [areaRows.get(area.code) as number] : []
    );
    const span = (col: number): string | null =>
      rows.length > 0 ? `${at(col, Math.min(...rows))}:${at(col, Math.max(...rows))}` : null;
    const range = span(c.compliance);
    const bands = span(c.band);
    const excluded = span(c.rowsWithErrors);
    return [
      macroprocess.name,
      null,
      macroprocess.code,
      null,
      range ? { formula: `COUNT(${range})` } : 0,
      range ? { formula: meanFormula(range) } : "",
      {
        formula: bandFormula(
          at(c.compliance, row),
          bands ? `COUNTIF(${bands},"${BAND_LABEL["con-errores"]}")>0` : "0",
          bands ? `COUNTIF(${bands},"${BAND_LABEL["sin-diligenciar"]}")=${rows.length}` : "0"
        ),
      },
      { formula: unfilledNamesFormula(rows) },
      null,
      null,
      null,
      null,
      excluded ? { formula: `SUM(${excluded})` } : 0,
    ];
  });
  const institutionRow = macroHeaderRow + template.macroprocesses.length + 2;
  const allAreas = `${at(c.compliance, SUMMARY_FIRST_AREA_ROW)}:${at(c.compliance, lastAreaRow)}`;
  const allBands = `${at(c.band, SUMMARY_FIRST_AREA_ROW)}:${at(c.band, lastAreaRow)}`;
  const allExcluded = `${at(c.rowsWithErrors, SUMMARY_FIRST_AREA_ROW)}:${at(c.rowsWithErrors, lastAreaRow)}`;
  // 169 characters: one landscape Letter page wide at 8 pt or more (npx jest test/print); long macroprocess and
  // area names wrap within their columns instead of widening the page.
  const widths = [18, 8, 8, 28, 14, 13, 16, 9, 10, 9, 10, 12, 14];
  sheet.columnWidths = widths;
  sheet.blocks.push(
    {
      row: 1,
      column: 1,
      values: [
        [SUMMARY_TEXT.title, null],
        [SUMMARY_TEXT.cutoff, { formula: NAME.cutoff }],
      ],
    },
    {
      row: SUMMARY_FIRST_AREA_ROW - 1,
      column: 1,
      values: [SUMMARY_TEXT.areaHeaders, ...areaValues],
    },
    { row: macroHeaderRow, column: 1, values: [SUMMARY_TEXT.macroprocessHeaders, ...macroValues] },
    {
      row: institutionRow,
      column: 1,
      values: [
        [
          SUMMARY_TEXT.institution,
          null,
          null,
          null,
          { formula: `COUNT(${allAreas})` },
          { formula: meanFormula(allAreas) },
          {
            formula: bandFormula(
              at(c.compliance, institutionRow),
              `COUNTIF(${allBands},"${BAND_LABEL["con-errores"]}")>0`,
              `COUNTIF(${allBands},"${BAND_LABEL["sin-diligenciar"]}")=${areas.length}`
            ),
          },
          { formula: unfilledNamesFormula([...areaRows.values()]) },
          null,
          null,
          null,
          null,
          { formula: `SUM(${allExcluded})` },
        ],
      ],
    }
  );
  const percentRanges = [
    `F${SUMMARY_FIRST_AREA_ROW}:F${lastAreaRow}`,
    `F${macroHeaderRow + 1}:F${macroHeaderRow + template.macroprocesses.length}`,
    `F${institutionRow}`,
  ];
  sheet.styles.push(
    { range: "A1", style: { bold: true, fontSize: 14 } },
    { range: "A2", style: { bold: true } },
    {
      range: `A${SUMMARY_FIRST_AREA_ROW - 1}:M${SUMMARY_FIRST_AREA_ROW - 1}`,
      style: { bold: true, fill: BAND_COLORS.titleFill, fontColor: "FFFFFF", wrap: true },
    },
    {
      range: `A${macroHeaderRow}:M${macroHeaderRow}`,
      // Wrapped like the area header: "Áreas con programación" is wider than its column.
      style: { bold: true, fill: BAND_COLORS.titleFill, fontColor: "FFFFFF", wrap: true },
    },
    {
      range: `A${institutionRow}:M${institutionRow}`,
      style: { bold: true, wrap: true, vertical: "top" },
    },
    // Names wrap in their columns; every figure of a two-line row stays level with the name's first line.
    { range: `A${SUMMARY_FIRST_AREA_ROW}:M${lastAreaRow}`, style: { wrap: true, vertical: "top" } },
    {
      range: `A${macroHeaderRow + 1}:M${macroHeaderRow + template.macroprocesses.length}`,
      style: { wrap: true, vertical: "top" },
    },
    ...percentRanges.map((range) => ({ range, style: { numberFormat: NUMBER_FORMATS.compliance } }))
  );
  const bandRange = (top: number, bottom: number) =>
    bandFormat(`G${top}:G${bottom}`, `$F${top}`, `$G${top}`);
  sheet.conditionalFormats.push(
    bandRange(SUMMARY_FIRST_AREA_ROW, lastAreaRow),
    bandRange(macroHeaderRow + 1, macroHeaderRow + template.macroprocesses.length),
    bandRange(institutionRow, institutionRow)
  );
  // The areas Sin diligenciar of a group, in one cell over the band-count columns (which group rows leave empty).
  const listRange = (row: number): string =>
    `${at(c.unfilledAreas, row)}:${at(c.unfilledAreasEnd, row)}`;
  sheet.merges.push(
    listRange(macroHeaderRow),
    ...template.macroprocesses.map((macroprocess) =>
      listRange(macroprocessRows.get(macroprocess.code) as number)
    ),
    listRange(institutionRow)
  );
  const listWidth = widths
    .slice(c.unfilledAreas - 1, c.unfilledAreasEnd)
    .reduce((sum, width) => sum + width, 0);
  /** The list of `members` when none was ever filled, as `unfilledNamesFormula` writes it: the longest it gets. */
  const longestList = (members: typeof areas): string =>
    members.map(({ area }) => `${area.section} ${area.code}`).join(", ");
  // Two lines of bold 11 pt per header row ("Filas con / programación"): a wrapped cell does not grow its row
  // when the file is opened (LibreOffice printed only the last line). A group's row is as tall as its list of areas
  // Sin diligenciar at its longest, so that the list prints whole, whichever areas it names.
  const nameRows = [
    ...areas.map(({ area, macroprocess }) => ({
      row: areaRows.get(area.code) as number,
      height: wrappedRowHeight([
        { text: macroprocess.name, width: widths[c.name - 1] },
        { text: area.name, width: widths[c.area - 1] },
      ]),
    })),
    ...template.macroprocesses.map((macroprocess) => ({
      row: macroprocessRows.get(macroprocess.code) as number,
      height: wrappedRowHeight([
        { text: macroprocess.name, width: widths[c.name - 1] },
        {
          text: longestList(areas.filter((entry) => entry.macroprocess === macroprocess)),
          width: listWidth,
        },
      ]),
    })),
    {
      row: institutionRow,
      height: wrappedRowHeight([{ text: longestList(areas), width: listWidth, bold: true }]),
    },
  ];
  sheet.rowHeights = [
    { row: SUMMARY_FIRST_AREA_ROW - 1, height: 30 },
    { row: macroHeaderRow, height: 30 },
    ...nameRows.filter(({ height }) => height > LINE_HEIGHT),
  ];
  // The macroprocess table starts a page of its own when both tables would not fit on one: never the institution's
  // figure alone on a page, under the area table's header (the print titles). When the area table fits its page, the
  // print titles are the title and `Corte` alone, so that the macroprocess table's page shows its own header only.
  const heights = new Map(sheet.rowHeights.map(({ row, height }) => [row, height]));
  const heightOf = (first: number, last: number): number => {
    let points = 0;
    for (let row = first; row <= last; row++) points += heights.get(row) ?? LINE_HEIGHT;
    return points;
  };
  const pageOfItsOwn = heightOf(SUMMARY_FIRST_AREA_ROW, institutionRow) > SUMMARY_PAGE_ROOM;
  if (pageOfItsOwn) sheet.pageBreaksBefore = [macroHeaderRow];
  const areasOnOnePage = heightOf(SUMMARY_FIRST_AREA_ROW, lastAreaRow) <= SUMMARY_PAGE_ROOM;
  sheet.freeze = { rows: SUMMARY_FIRST_AREA_ROW - 1, columns: 0 };
  sheet.pageSetup = {
    orientation: "landscape",
    fitToWidth: true,
    pagesWide: 1,
    printTitleRows: pageOfItsOwn && areasOnOnePage ? "1:2" : `1:${SUMMARY_FIRST_AREA_ROW - 1}`,
  };
  return { sheet, areaRows, macroprocessRows, institutionRow };
}
