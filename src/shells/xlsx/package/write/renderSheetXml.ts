/**
 * A sheet patch → the worksheet part's XML, produced in chunks so that a 85,000-row matrix never sits in memory as
 * one string: sheet properties, view (freeze panes), column widths, rows, protection, merges, conditional formats,
 * data validations, links, page setup and table parts, in the order the schema requires.
 */
import { cellAddress, columnLetter } from "../../../../core/workbook/address";
import {
  CellInput,
  ConditionalFormatPatch,
  DataValidationPatch,
  SheetPatch,
  SheetProtectionPatch,
} from "../../../../core/workbook/WorkbookPatch";
import { CellLink } from "../../../../core/workbook/CellLink";
import { fileDateSerial } from "../../../../core/workbook/dateSystem";
import { escapeXmlAttribute, escapeXmlText } from "../xml/escapeXml";
import { renderCell } from "./renderCell";
import { SheetStyleMap } from "./SheetStyleMap";
import { SheetValues } from "./SheetValues";

export type RenderedSheet = {
  patch: SheetPatch;
  values: SheetValues;
  styles: SheetStyleMap;
  /** For each conditional format, for each rule: its differential format index (expression rules only). */
  differentialFormats: (number | null)[][];
  /** Relationship ids of the sheet's table parts, in patch order. */
  tableRelationshipIds: string[];
  /** Relationship id of the sheet's drawing (its charts), if it has one. */
  drawingRelationshipId?: string;
  /** The sheet's links, each with the id of the relationship holding its target (a link with one). */
  hyperlinks: { link: CellLink; relationshipId?: string }[];
  /** Distinguishes this sheet's data bar ids from other sheets'. */
  ordinal: number;
  /** The target workbook's date system: its dates and date rules are written in it (src/core/workbook/dateSystem.ts). */
  date1904: boolean;
};

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const DATA_BAR_EXT = "{B025F937-C7B1-47D3-B67F-A62EFF666E3E}";
const CONDITIONAL_FORMATTINGS_EXT = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";
const CHUNK = 1 << 16;

const argb = (color: string): string => `FF${color.toUpperCase()}`;
const attribute = (name: string, value: string | number | undefined): string =>
  value === undefined ? "" : ` ${name}="${escapeXmlAttribute(String(value))}"`;

function dataBarId(ordinal: number, index: number): string {
  const tail = (ordinal * 0x10000 + index).toString(16).toUpperCase().padStart(12, "0");
  return `{5F1D6A2B-9C3E-4B7A-8D20-${tail}}`;
}

function sheetProperties(patch: SheetPatch): string {
  const tab = patch.tabColor ? `<tabColor rgb="${argb(patch.tabColor)}"/>` : "";
  const fit = patch.pageSetup?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : "";
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : "";
}

function sheetViews(patch: SheetPatch): string {
  const freeze = patch.freeze;
  if (!freeze || (freeze.rows <= 0 && freeze.columns <= 0))
    return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const topLeft = cellAddress(freeze.rows + 1, freeze.columns + 1);
  const pane =
    freeze.rows > 0 && freeze.columns > 0
      ? "bottomRight"
      : freeze.rows > 0
        ? "bottomLeft"
        : "topRight";
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${attribute("xSplit", freeze.columns || undefined)}` +
    `${attribute("ySplit", freeze.rows || undefined)} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

function columns(widths: number[] | undefined): string {
  if (!widths || widths.length === 0) return "";
  const parts: string[] = [];
  for (let start = 0; start < widths.length;) {
    let end = start;
    while (end + 1 < widths.length && widths[end + 1] === widths[start]) end++;
    if (widths[start] > 0)
      parts.push(
        `<col min="${start + 1}" max="${end + 1}" width="${widths[start]}" customWidth="1"/>`
      );
    start = end + 1;
  }
  return parts.length > 0 ? `<cols>${parts.join("")}</cols>` : "";
}

function protection(patch: SheetProtectionPatch | undefined): string {
  if (!patch) return "";
  const allowed = new Set(patch.allow);
  // Excel's attributes say what is *locked*: "0" allows an action that is locked by default, "1" forbids selection.
  const lockedByDefault = [
    "formatColumns",
    "formatRows",
    "insertRows",
    "sort",
    "autoFilter",
  ] as const;
  return (
    '<sheetProtection sheet="1"' +
    (allowed.has("selectLockedCells") ? "" : ' selectLockedCells="1"') +
    (allowed.has("selectUnlockedCells") ? "" : ' selectUnlockedCells="1"') +
    lockedByDefault.map((action) => (allowed.has(action) ? ` ${action}="0"` : "")).join("") +
    "/>"
  );
}

function conditionalFormats(rendered: RenderedSheet): { body: string; ext: string } {
  let priority = 1;
  let dataBars = 0;
  const body: string[] = [];
  const ext: string[] = [];
  rendered.patch.conditionalFormats.forEach((format: ConditionalFormatPatch, formatIndex) => {
    const rules = format.rules.map((rule, ruleIndex) => {
      switch (rule.kind) {
        case "expression":
          return (
            `<cfRule type="expression" dxfId="${rendered.differentialFormats[formatIndex][ruleIndex]}" ` +
            `priority="${priority++}"><formula>${escapeXmlText(rule.formula)}</formula></cfRule>`
          );
        case "dataBar": {
          const id = dataBarId(rendered.ordinal, dataBars++);
          ext.push(
            `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="${id}">` +
              '<x14:dataBar minLength="0" maxLength="100" gradient="0">' +
              '<x14:cfvo type="num"><xm:f>0</xm:f></x14:cfvo><x14:cfvo type="num"><xm:f>1</xm:f></x14:cfvo>' +
              `</x14:dataBar></x14:cfRule><xm:sqref>${escapeXmlText(format.range)}</xm:sqref>` +
              "</x14:conditionalFormatting>"
          );
          return (
            `<cfRule type="dataBar" priority="${priority++}"><dataBar>` +
            `<cfvo type="num" val="0"/><cfvo type="num" val="1"/><color rgb="${argb(rule.color)}"/></dataBar>` +
            `<extLst><ext uri="${DATA_BAR_EXT}" xmlns:x14="${X14}"><x14:id>${id}</x14:id></ext></extLst></cfRule>`
          );
        }
        case "colorScale":
          return (
            `<cfRule type="colorScale" priority="${priority++}"><colorScale>` +
            rule.points.map((point) => `<cfvo type="num" val="${point}"/>`).join("") +
            rule.colors.map((color) => `<color rgb="${argb(color)}"/>`).join("") +
            "</colorScale></cfRule>"
          );
      }
    });
    body.push(
      `<conditionalFormatting sqref="${escapeXmlAttribute(format.range)}">${rules.join("")}</conditionalFormatting>`
    );
  });
  return {
    body: body.join(""),
    ext:
      ext.length > 0
        ? `<ext uri="${CONDITIONAL_FORMATTINGS_EXT}" xmlns:x14="${X14}"><x14:conditionalFormattings>` +
          `${ext.join("")}</x14:conditionalFormattings></ext>`
        : "",
  };
}

function validation(patch: DataValidationPatch, date1904: boolean): string {
  const rule = patch.rule;
  let type: string;
  let operator: string | undefined;
  let formulas: (string | number)[];
  switch (rule.kind) {
    case "list":
      type = "list";
      formulas = [rule.source];
      break;
    case "decimal":
      type = "decimal";
      operator = rule.operator;
      formulas = rule.max === undefined ? [rule.min] : [rule.min, rule.max];
      break;
    case "date":
      type = "date";
      operator = "between";
      formulas = [fileDateSerial(rule.min, date1904), fileDateSerial(rule.max, date1904)];
      break;
    case "textLength":
      type = "textLength";
      operator = "lessThanOrEqual";
      formulas = [rule.max];
      break;
  }
  return (
    `<dataValidation type="${type}"${attribute("operator", operator)} allowBlank="1"` +
    (patch.prompt ? ' showInputMessage="1"' : "") +
    ' showErrorMessage="1" errorStyle="stop"' +
    attribute("errorTitle", patch.error.title) +
    attribute("error", patch.error.message) +
    attribute("promptTitle", patch.prompt?.title) +
    attribute("prompt", patch.prompt?.message) +
    ` sqref="${escapeXmlAttribute(patch.range.replace(/\$/g, ""))}">` +
    formulas
      .map((formula, i) => `<formula${i + 1}>${escapeXmlText(String(formula))}</formula${i + 1}>`)
      .join("") +
    "</dataValidation>"
  );
}

function validations(patches: DataValidationPatch[], date1904: boolean): string {
  // One rule per range, the last one winning: a cell holds one data-validation rule, in Excel as in the file.
  const byRange = new Map<string, DataValidationPatch>();
  for (const patch of patches) {
    byRange.delete(patch.range);
    byRange.set(patch.range, patch);
  }
  if (byRange.size === 0) return "";
  return `<dataValidations count="${byRange.size}">${[...byRange.values()].map((patch) => validation(patch, date1904)).join("")}</dataValidations>`;
}

/** `<hyperlinks>`, after the data validations and before the page margins (CT_Worksheet's order). */
function hyperlinks(links: RenderedSheet["hyperlinks"]): string {
  if (links.length === 0) return "";
  return `<hyperlinks>${links
    .map(
      ({ link, relationshipId }) =>
        `<hyperlink${attribute("ref", link.ref)}${attribute("r:id", relationshipId)}` +
        `${attribute("location", link.location)}${attribute("tooltip", link.tooltip)}` +
        `${attribute("display", link.display)}/>`
    )
    .join("")}</hyperlinks>`;
}

function* rows(rendered: RenderedSheet): Generator<string> {
  const { values, styles } = rendered;
  const bands = styles.bands;
  const heights = new Map(
    (rendered.patch.rowHeights ?? []).map(({ row, height }) => [row, height])
  );
  // Folded, not spread into Math.min: a sheet may set the height of more rows than a call takes arguments.
  let top = Math.min(values.isEmpty ? Infinity : values.top, bands[0]?.top ?? Infinity);
  let bottom = Math.max(
    values.isEmpty ? -Infinity : values.bottom,
    bands[bands.length - 1]?.bottom ?? -Infinity
  );
  for (const row of heights.keys()) {
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
  }
  const slots: (CellInput | undefined)[] = [];
  // Column letters, made once per column rather than once per cell.
  const letters: string[] = [];
  let chunk: string[] = [];
  let size = 0;
  for (let row = top; row <= bottom; row++) {
    const written = values.isEmpty ? null : values.fill(row, slots);
    const band = styles.bandAt(row);
    const height = heights.get(row);
    if (!written && !band && height === undefined) continue;
    const left = Math.min(written?.left ?? Infinity, band?.left ?? Infinity);
    const right = Math.max(written?.right ?? -Infinity, band?.right ?? -Infinity);
    let xml =
      height === undefined
        ? `<row r="${row}">`
        : `<row r="${row}" ht="${height}" customHeight="1">`;
    for (let column = left; column <= right; column++) {
      const value = slots[column];
      const format = band?.formats.get(column) ?? 0;
      if (value === undefined && format === 0) continue;
      slots[column] = undefined;
      if (value === null && format === 0) continue;
      xml += renderCell(
        (letters[column] ??= columnLetter(column)) + row,
        value,
        format,
        rendered.date1904
      );
    }
    xml += "</row>";
    chunk.push(xml);
    size += xml.length;
    if (size >= CHUNK) {
      yield chunk.join("");
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length > 0) yield chunk.join("");
}

function dimension(rendered: RenderedSheet): string {
  const { values, styles } = rendered;
  const bands = styles.bands;
  const top = Math.min(values.isEmpty ? Infinity : values.top, ...bands.map((band) => band.top));
  const bottom = Math.max(
    values.isEmpty ? -Infinity : values.bottom,
    ...bands.map((band) => band.bottom)
  );
  const left = Math.min(values.isEmpty ? Infinity : values.left, ...bands.map((band) => band.left));
  const right = Math.max(
    values.isEmpty ? -Infinity : values.right,
    ...bands.map((band) => band.right)
  );
  if (!Number.isFinite(top)) return '<dimension ref="A1"/>';
  const first = cellAddress(top, left);
  const last = cellAddress(bottom, right);
  return `<dimension ref="${first === last ? first : `${first}:${last}`}"/>`;
}

export function* renderSheetXml(rendered: RenderedSheet): Generator<string> {
  const patch = rendered.patch;
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  yield `<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">`;
  yield sheetProperties(patch) + dimension(rendered) + sheetViews(patch);
  yield '<sheetFormatPr defaultRowHeight="15"/>' + columns(patch.columnWidths);
  yield "<sheetData>";
  yield* rows(rendered);
  yield "</sheetData>";
  yield protection(patch.protection);
  if (patch.merges.length > 0)
    yield `<mergeCells count="${patch.merges.length}">${patch.merges
      .map((merge) => `<mergeCell ref="${escapeXmlAttribute(merge)}"/>`)
      .join("")}</mergeCells>`;
  const formats = conditionalFormats(rendered);
  yield formats.body + validations(patch.validations, rendered.date1904);
  yield hyperlinks(rendered.hyperlinks);
  // Excel's "Normal" and "Narrow" margins, in inches.
  yield patch.pageSetup?.margins === "narrow"
    ? '<pageMargins left="0.25" right="0.25" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
    : '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  if (patch.pageSetup)
    yield `<pageSetup orientation="${patch.pageSetup.orientation}" fitToWidth="${
      patch.pageSetup.pagesWide ?? 1
    }" fitToHeight="0"/>`;
  // A manual break after row N - 1 (CT_PageBreak ids are the row above the break, 1-based).
  const breaks = patch.pageBreaksBefore ?? [];
  if (breaks.length > 0)
    yield `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks
      .map((row) => `<brk id="${row - 1}" max="16383" man="1"/>`)
      .join("")}</rowBreaks>`;
  if (rendered.drawingRelationshipId) yield `<drawing r:id="${rendered.drawingRelationshipId}"/>`;
  const tables = rendered.tableRelationshipIds;
  if (tables.length > 0)
    yield `<tableParts count="${tables.length}">${tables
      .map((id) => `<tablePart r:id="${id}"/>`)
      .join("")}</tableParts>`;
  if (formats.ext) yield `<extLst>${formats.ext}</extLst>`;
  yield "</worksheet>";
}
