/** A fake `Excel.Range` (and its format, validation and conditional-format parts): exactly what the host uses. */
import {
  ExcelConditionalFormat,
  ExcelRange,
  ExcelRangeFormat,
} from "../../../src/shells/office/ExcelContext";
import { officeError } from "./OfficeError";
import { FakeProxy } from "./FakeProxy";
import type { FakeRequestContext } from "./FakeRequestContext";
import { Bounds, SheetModel } from "./WorkbookModel";

export type RangeTarget = { sheet: SheetModel; bounds: Bounds };

/** Excel reads at most 5,000,000 cells of a range; past it the arrays come back null (docs/excel/performance.md). */
export const READ_CELL_LIMIT = 5_000_000;
/** The last column's index (XFD), 0-based. */
export const LAST_COLUMN = 16_383;

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "A1" or "A1:C9" (optionally with $) → 0-based bounds; anything else is an InvalidArgument, as in Excel. */
export function parseAddress(address: string): Bounds {
  if (address.length > 8192) throw officeError("InvalidArgument", "The address is too long.");
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(address);
  if (!match) throw officeError("InvalidArgument", `"${address}" is not a range address.`);
  const column = (letters: string): number =>
    [...letters].reduce((sum, ch) => sum * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(match[2]) - 1;
  const left = column(match[1]);
  const bottom = match[4] ? Number(match[4]) - 1 : top;
  const right = match[3] ? column(match[3]) : left;
  if (top < 0 || bottom < top || right < left || bottom >= 1_048_576 || right >= 16_384)
    throw officeError("InvalidArgument", `"${address}" is not a range address.`);
  return { top, left, bottom, right };
}

export function formatAddress(sheet: string, bounds: Bounds): string {
  const cell = (row: number, column: number): string => `${columnLetters(column)}${row + 1}`;
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const single = bounds.top === bounds.bottom && bounds.left === bounds.right;
  return `${quoted}!${cell(bounds.top, bounds.left)}${single ? "" : `:${cell(bounds.bottom, bounds.right)}`}`;
}

/** Paths of a range's format and validation the host loads for its back-up (one value for the whole range). */
const PART_PROPERTIES = [
  "format/fill/color",
  "dataValidation/type",
  "dataValidation/rule",
  "dataValidation/prompt",
  "dataValidation/errorAlert",
  "dataValidation/ignoreBlanks",
] as const;

const RANGE_PROPERTIES = [
  ...PART_PROPERTIES,
  "values",
  "formulas",
  "numberFormat",
  "valueTypes",
  "address",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
] as const;

/** A settable part of a range (`format.font`, `dataValidation`, …): every assignment is a queued command. */
class FakeRangePart {
  constructor(
    private readonly range: FakeRange,
    private readonly prefix: string
  ) {}
  protected set(property: string, value: unknown): void {
    this.range.queueFormat(`${this.prefix}${property}`, value);
  }
  /** A value loaded through the range (`range.load("format/fill/color")`). */
  protected loadedAt<V>(path: string): V {
    return this.range.readPath<V>(path);
  }
  protected unreadable(property: string): never {
    throw officeError(
      "PropertyNotLoaded",
      `The property '${this.prefix}${property}' is not available: the host never loads it.`
    );
  }
}

class FakeFont
  extends FakeRangePart
  implements Pick<Excel.RangeFont, "bold" | "italic" | "size" | "color">
{
  get bold(): boolean {
    return this.unreadable("bold");
  }
  set bold(value: boolean) {
    this.set("bold", value);
  }
  get italic(): boolean {
    return this.unreadable("italic");
  }
  set italic(value: boolean) {
    this.set("italic", value);
  }
  get size(): number {
    return this.unreadable("size");
  }
  set size(value: number) {
    this.set("size", value);
  }
  get color(): string {
    return this.unreadable("color");
  }
  set color(value: string) {
    this.set("color", value);
  }
}

class FakeFill extends FakeRangePart implements Pick<Excel.RangeFill, "color"> {
  /** Loaded through the range: one colour when the whole range has it, null when it is mixed. */
  get color(): string {
    return this.loadedAt("format/fill/color");
  }
  set color(value: string) {
    this.set("color", value);
  }
}

class FakeFormatProtection extends FakeRangePart implements Pick<Excel.FormatProtection, "locked"> {
  get locked(): boolean {
    return this.unreadable("locked");
  }
  set locked(value: boolean) {
    this.set("locked", value);
  }
}

class FakeRangeFormat extends FakeRangePart implements ExcelRangeFormat {
  readonly font: FakeFont;
  readonly fill: FakeFill;
  readonly protection: FakeFormatProtection;
  constructor(range: FakeRange) {
    super(range, "");
    this.font = new FakeFont(range, "font.");
    this.fill = new FakeFill(range, "fill.");
    this.protection = new FakeFormatProtection(range, "protection.");
  }
  get wrapText(): boolean {
    return this.unreadable("wrapText");
  }
  set wrapText(value: boolean) {
    this.set("wrapText", value);
  }
  get horizontalAlignment(): ExcelRangeFormat["horizontalAlignment"] {
    return this.unreadable("horizontalAlignment");
  }
  set horizontalAlignment(value: ExcelRangeFormat["horizontalAlignment"]) {
    if (
      ![
        "General",
        "Left",
        "Center",
        "Right",
        "Fill",
        "Justify",
        "CenterAcrossSelection",
        "Distributed",
      ].includes(value)
    )
      throw officeError("InvalidArgument", `"${value}" is not a horizontal alignment.`);
    this.set("horizontalAlignment", value);
  }
  get verticalAlignment(): ExcelRangeFormat["verticalAlignment"] {
    return this.unreadable("verticalAlignment");
  }
  set verticalAlignment(value: ExcelRangeFormat["verticalAlignment"]) {
    if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(value))
      throw officeError("InvalidArgument", `"${value}" is not a vertical alignment.`);
    this.set("verticalAlignment", value);
  }
  get columnWidth(): number {
    return this.unreadable("columnWidth");
  }
  set columnWidth(value: number) {
    this.set("columnWidth", value);
  }
  get rowHeight(): number {
    return this.unreadable("rowHeight");
  }
  set rowHeight(value: number) {
    this.set("rowHeight", value);
  }
}

type DataValidationSubset = ExcelRange["dataValidation"];

class FakeDataValidation extends FakeRangePart implements DataValidationSubset {
  /** Loaded through the range: "None", a rule's type, or "Inconsistent" / "MixedCriteria" (excel.d.ts). */
  get type(): Excel.DataValidationType {
    return this.loadedAt("dataValidation/type");
  }
  get rule(): Excel.DataValidationRule {
    return this.loadedAt("dataValidation/rule");
  }
  set rule(value: Excel.DataValidationRule) {
    const kinds = Object.keys(value).filter(
      (key) => value[key as keyof Excel.DataValidationRule] !== undefined
    );
    if (kinds.length !== 1)
      throw officeError("InvalidArgument", "A data validation rule has exactly one kind.");
    if (value.list && typeof value.list.source !== "string")
      throw officeError("InvalidArgument", "A list source must be a formula or a list.");
    this.set("rule", value);
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.loadedAt("dataValidation/errorAlert");
  }
  set errorAlert(value: Excel.DataValidationErrorAlert) {
    if (value.title !== undefined && value.title.length > 32)
      throw officeError("InvalidArgument", "An error alert title has at most 32 characters.");
    if (value.message !== undefined && value.message.length > 225)
      throw officeError("InvalidArgument", "An error alert message has at most 225 characters.");
    this.set("errorAlert", value);
  }
  get prompt(): Excel.DataValidationPrompt {
    return this.loadedAt("dataValidation/prompt");
  }
  set prompt(value: Excel.DataValidationPrompt) {
    if (value.title !== undefined && value.title.length > 32)
      throw officeError("InvalidArgument", "A prompt title has at most 32 characters.");
    if (value.message !== undefined && value.message.length > 255)
      throw officeError("InvalidArgument", "A prompt message has at most 255 characters.");
    this.set("prompt", value);
  }
  get ignoreBlanks(): boolean {
    return this.loadedAt("dataValidation/ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this.set("ignoreBlanks", value);
  }
  /** `dataValidation.clear()` (ExcelApi 1.8): the range's validation rules go. */
  clear(): void {
    this.set("clear", true);
  }
}

/** One conditional format: every setting is recorded on the sheet at sync, under the format's index. */
class FakeConditionalFormat implements ExcelConditionalFormat {
  readonly custom: ExcelConditionalFormat["custom"];
  readonly dataBar: ExcelConditionalFormat["dataBar"];
  readonly colorScale: ExcelConditionalFormat["colorScale"];
  constructor(range: FakeRange, type: string) {
    const settings: unknown[] = [];
    range.queueConditionalFormat(type, settings);
    const record =
      (name: string) =>
      (value: unknown): void =>
        range.queueFormat(`conditionalFormat.${name}`, value, () =>
          settings.push({ [name]: value })
        );
    const writeOnly = <V>(name: string): { get(): V; set(value: V): void } => ({
      get: () => {
        throw officeError("PropertyNotLoaded", `${name} is not loaded.`);
      },
      set: record(name),
    });
    const object = <V extends object>(entries: Record<string, string>): V =>
      Object.defineProperties(
        {},
        Object.fromEntries(
          Object.entries(entries).map(([key, name]) => [
            key,
            { ...writeOnly(name), enumerable: true },
          ])
        )
      ) as V;
    const needs = (kind: string): void => {
      if (type !== kind)
        throw officeError("InvalidOperation", `A ${type} conditional format has no ${kind} part.`);
    };
    const guard = <V extends object>(kind: string, make: () => V): V => {
      let made: V | undefined;
      return new Proxy({} as V, {
        get: (_, key) => {
          needs(kind);
          made ??= make();
          return (made as Record<string | symbol, unknown>)[key];
        },
        set: (_, key, value) => {
          needs(kind);
          made ??= make();
          (made as Record<string | symbol, unknown>)[key] = value;
          return true;
        },
      });
    };
    this.custom = guard("Custom", () => ({
      rule: object({ formula: "custom.rule.formula" }),
      // numberFormat (ExcelApi 1.6) is write-only here like the rest: a getter, so never spread.
      format: Object.defineProperties(
        {
          fill: object({ color: "custom.format.fill.color" }),
          font: object({ color: "custom.format.font.color", bold: "custom.format.font.bold" }),
        },
        { numberFormat: { ...writeOnly("custom.format.numberFormat"), enumerable: true } }
      ) as ExcelConditionalFormat["custom"]["format"],
    }));
    this.dataBar = guard("DataBar", () => {
      const bar = object<ExcelConditionalFormat["dataBar"]>({
        lowerBoundRule: "dataBar.lowerBoundRule",
        upperBoundRule: "dataBar.upperBoundRule",
      });
      Object.defineProperty(bar, "positiveFormat", {
        value: object({
          fillColor: "dataBar.positiveFormat.fillColor",
          gradientFill: "dataBar.positiveFormat.gradientFill",
        }),
      });
      return bar;
    });
    this.colorScale = guard("ColorScale", () => object({ criteria: "colorScale.criteria" }));
  }
}

const VALIDATION_TYPES: Record<string, string> = {
  list: "List",
  decimal: "Decimal",
  wholeNumber: "WholeNumber",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

/**
 * A format or validation property of a whole range, as Excel reports it: the value when every cell has the same one,
 * otherwise null — and for `dataValidation/type`, "None" when no cell has a rule, "MixedCriteria" when only some
 * have one, "Inconsistent" when the rules differ (excel.d.ts, `Excel.DataValidationType`). A cell's value is the
 * last one set over it; no fill reads "#FFFFFF".
 */
function rangePart(sheet: SheetModel, bounds: Bounds, path: string): unknown {
  const covers = (outer: Bounds, row: number, column: number): boolean =>
    outer.top <= row && row <= outer.bottom && outer.left <= column && column <= outer.right;
  const [records, property, none] = path.startsWith("format/")
    ? [sheet.formats, path.slice("format/".length).replace(/\//g, "."), "#FFFFFF"]
    : [
        sheet.validations,
        `dataValidation.${path === "dataValidation/type" ? "rule" : path.slice("dataValidation/".length)}`,
        null,
      ];
  const relevant = records.filter(
    (record) =>
      record.property === property &&
      record.bounds.top <= bounds.bottom &&
      bounds.top <= record.bounds.bottom &&
      record.bounds.left <= bounds.right &&
      bounds.left <= record.bounds.right
  );
  const seen = new Set<string>();
  let first: unknown = undefined;
  // The last record over the whole range decides every cell (fast path for long columns).
  const last = relevant[relevant.length - 1];
  const whole =
    last &&
    covers(last.bounds, bounds.top, bounds.left) &&
    covers(last.bounds, bounds.bottom, bounds.right);
  if (relevant.length === 0 || whole) {
    first = whole ? last.value : none;
    seen.add(JSON.stringify(first));
  } else
    for (let row = bounds.top; row <= bounds.bottom; row++)
      for (let column = bounds.left; column <= bounds.right; column++) {
        let value: unknown = none;
        for (const record of relevant) if (covers(record.bounds, row, column)) value = record.value;
        if (seen.size === 0) first = value;
        seen.add(JSON.stringify(value));
      }
  if (path === "dataValidation/type") {
    if (seen.size === 1)
      return first === null
        ? "None"
        : VALIDATION_TYPES[
            Object.keys(first as object).find(
              (key) => (first as Record<string, unknown>)[key] !== undefined
            ) ?? ""
          ];
    return seen.has("null") ? "MixedCriteria" : "Inconsistent";
  }
  return seen.size === 1 ? first : null;
}

export class FakeRange extends FakeProxy<RangeTarget> implements ExcelRange {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: ExcelRange["conditionalFormats"];

  constructor(context: FakeRequestContext, path: string, resolve: () => RangeTarget | null) {
    super(context, path, resolve);
    this.format = new FakeRangeFormat(this);
    this.dataValidation = new FakeDataValidation(this, "dataValidation.");
    this.conditionalFormats = {
      add: (type: "Custom" | "DataBar" | "ColorScale") => new FakeConditionalFormat(this, type),
      clearAll: () =>
        this.command("conditionalFormats.clearAll", [], ({ sheet, bounds }) =>
          this.excelModel.clearRange(sheet, bounds, "ConditionalFormats")
        ),
    };
  }

  private get excelModel() {
    return this.context.model;
  }

  queueFormat(property: string, value: unknown, also?: () => void): void {
    this.command(property, [value], ({ sheet, bounds }) => {
      if (property.startsWith("conditionalFormat.")) {
        this.excelModel.writeFormat(sheet, bounds, property, value);
      } else if (property === "dataValidation.clear") {
        this.excelModel.clearRange(sheet, bounds, "DataValidation");
      } else if (property.startsWith("dataValidation.")) {
        this.excelModel.writeFormat(sheet, bounds, property, value);
        sheet.validations.push({ bounds, property, value });
      } else this.excelModel.writeFormat(sheet, bounds, property, value);
      also?.();
    });
  }

  queueConditionalFormat(type: string, settings: unknown[]): void {
    if (!["Custom", "DataBar", "ColorScale"].includes(type))
      throw officeError(
        "InvalidArgument",
        `"${type}" is not a conditional format type the host uses.`
      );
    this.command("conditionalFormats.add", [type], ({ sheet, bounds }) => {
      this.excelModel.writeFormat(sheet, bounds, "conditionalFormats.add", type);
      sheet.conditionalFormats.push({ bounds, type, settings });
    });
  }

  load(propertyNames: string[] | string): FakeRange {
    this.queueLoad(propertyNames, RANGE_PROPERTIES, ({ sheet, bounds }, name) => {
      const rows = bounds.bottom - bounds.top + 1;
      const columns = bounds.right - bounds.left + 1;
      const grid = (cell: (row: number, column: number) => unknown): unknown[][] | null =>
        rows * columns > READ_CELL_LIMIT
          ? null
          : Array.from({ length: rows }, (_, r) =>
              Array.from({ length: columns }, (_, c) => cell(bounds.top + r, bounds.left + c))
            );
      if (name.startsWith("format/") || name.startsWith("dataValidation/"))
        return rangePart(sheet, bounds, name);
      switch (name) {
        case "values":
          return grid((r, c) => sheet.cell(r, c)?.v ?? "");
        case "formulas":
          return grid((r, c) => {
            const cell = sheet.cell(r, c);
            return cell?.f ?? cell?.v ?? "";
          });
        case "numberFormat":
          return grid((r, c) => sheet.cell(r, c)?.nf ?? "General");
        case "valueTypes":
          return grid((r, c) => {
            const cell = sheet.cell(r, c);
            if (!cell || cell.v === "") return "Empty";
            if (cell.error) return "Error";
            return typeof cell.v === "number"
              ? "Double"
              : typeof cell.v === "boolean"
                ? "Boolean"
                : "String";
          });
        case "address":
          return formatAddress(sheet.name, bounds);
        case "rowIndex":
          return bounds.top;
        case "columnIndex":
          return bounds.left;
        case "rowCount":
          return rows;
        case "columnCount":
          return columns;
      }
      return undefined;
    });
    return this;
  }

  /** A loaded format or validation path, for the range's parts. */
  readPath<V>(path: string): V {
    return this.read(path);
  }

  get values(): Excel.Range["values"] {
    return this.read("values");
  }
  set values(values: Excel.Range["values"]) {
    this.command("values", [values], ({ sheet, bounds }) =>
      this.excelModel.writeCells(sheet, bounds, values, "values")
    );
  }
  get formulas(): Excel.Range["formulas"] {
    return this.read("formulas");
  }
  set formulas(formulas: Excel.Range["formulas"]) {
    this.command("formulas", [formulas], ({ sheet, bounds }) =>
      this.excelModel.writeCells(sheet, bounds, formulas, "formulas")
    );
  }
  get numberFormat(): Excel.Range["numberFormat"] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: Excel.Range["numberFormat"]) {
    this.command("numberFormat", [formats], ({ sheet, bounds }) =>
      this.excelModel.writeNumberFormat(sheet, bounds, formats)
    );
  }
  get valueTypes(): Excel.Range["valueTypes"] {
    return this.read("valueTypes");
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  /**
   * `Range.hyperlink` (ExcelApi 1.7): set only (the host reads links with `getCellProperties`). The object is Excel's
   * `RangeHyperlink`: `address`, `documentReference`, `screenTip`, `textToDisplay`, strings; anything else, or a link
   * that goes nowhere (neither an address nor a place in the workbook), is refused.
   */
  get hyperlink(): Excel.RangeHyperlink {
    throw officeError(
      "PropertyNotLoaded",
      `The property 'hyperlink' of ${this.path} is not loaded.`
    );
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    if (this.context.apiVersion < 7)
      throw officeError("ApiNotFound", "Range.hyperlink needs ExcelApi 1.7.");
    if (typeof link !== "object" || link === null)
      throw officeError("InvalidArgument", "A hyperlink is an object.");
    const keys = ["address", "documentReference", "screenTip", "textToDisplay"];
    for (const [key, value] of Object.entries(link)) {
      if (!keys.includes(key))
        throw officeError("InvalidArgument", `A hyperlink has no property '${key}'.`);
      if (value !== undefined && typeof value !== "string")
        throw officeError("InvalidArgument", `A hyperlink's ${key} is a string.`);
    }
    if (!link.address && !link.documentReference)
      throw officeError("InvalidArgument", "A hyperlink needs an address or a document reference.");
    this.command("hyperlink", [link], ({ sheet, bounds }) =>
      this.excelModel.writeHyperlink(sheet, bounds, link)
    );
  }

  /**
   * `getCellProperties(options)` (ExcelApi 1.9): per cell, the properties asked for, in a `ClientResult` whose
   * `value` is readable after the sync. The fake models `{ hyperlink: true }` only (anything else is refused rather
   * than answered wrongly): a linked cell gives its `RangeHyperlink`, another `hyperlink: null` — whether Excel sends
   * null or leaves the key out is unverified; null is the heavier, so the response is never under-counted. Past
   * 5,000,000 cells, refused like a values read would come back null.
   */
  getCellProperties(options: { hyperlink: true }): {
    value: { hyperlink?: Excel.RangeHyperlink }[][];
  } {
    if (this.context.apiVersion < 9)
      throw officeError("ApiNotFound", "Range.getCellProperties needs ExcelApi 1.9.");
    const asked = Object.entries(options ?? {});
    if (asked.length !== 1 || asked[0][0] !== "hyperlink" || asked[0][1] !== true)
      throw officeError(
        "InvalidArgument",
        "The fake's getCellProperties models { hyperlink: true } only."
      );
    let loaded: { hyperlink?: Excel.RangeHyperlink }[][] | undefined;
    this.context.enqueue(this.path, "getCellProperties", [options], () => {
      const target = this.targetAtSync();
      if (!target) throw officeError("ItemNotFound", `${this.path} does not exist.`);
      const { sheet, bounds } = target;
      if ((bounds.bottom - bounds.top + 1) * (bounds.right - bounds.left + 1) > READ_CELL_LIMIT)
        throw officeError("InvalidArgument", "getCellProperties past 5,000,000 cells.");
      const value = Array.from({ length: bounds.bottom - bounds.top + 1 }, (_, r) =>
        Array.from({ length: bounds.right - bounds.left + 1 }, (_, c) => {
          const link = sheet.cell(bounds.top + r, bounds.left + c)?.link;
          return { hyperlink: link ? { ...link } : null } as { hyperlink?: Excel.RangeHyperlink };
        })
      );
      this.context.respond(value);
      this.context.onResponse(() => (loaded = value));
    });
    const path = this.path;
    return {
      get value() {
        if (!loaded)
          throw officeError(
            "PropertyNotLoaded",
            `getCellProperties of ${path} is read after a sync.`
          );
        return loaded;
      },
    };
  }

  /** `clear(applyTo)` (ExcelApi 1.1): contents, formats (merges with them) or both; tables stay. */
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.command("clear", [applyTo], ({ sheet, bounds }) =>
      this.excelModel.clearRange(sheet, bounds, applyTo)
    );
  }

  /**
   * `insert("Down")` (ExcelApi 1.1) over whole rows ("5:7"): rows inserted above them, everything below and every
   * reference to it moved down (WorkbookModel.insertRows). The fake models whole rows only: other shapes shift
   * cells beside tables, which Excel refuses in ways the fake does not know.
   */
  insert(shift: "Down"): void {
    this.command("insert", [shift], ({ sheet, bounds }) => {
      this.wholeRows(bounds, shift, "Down");
      this.excelModel.insertRows(sheet, bounds.top, bounds.bottom - bounds.top + 1);
    });
  }

  /** `delete("Up")` (ExcelApi 1.1) over whole rows: the rows go, everything below moves up (deleteRows). */
  delete(shift: "Up"): void {
    this.command("delete", [shift], ({ sheet, bounds }) => {
      this.wholeRows(bounds, shift, "Up");
      this.excelModel.deleteRows(sheet, bounds.top, bounds.bottom - bounds.top + 1);
    });
  }

  private wholeRows(bounds: RangeTarget["bounds"], shift: string, expected: string): void {
    if (shift !== expected)
      throw officeError("InvalidArgument", `"${shift}" is not a shift the fake models here.`);
    if (bounds.left !== 0 || bounds.right !== LAST_COLUMN)
      throw officeError("InvalidArgument", "The fake inserts and deletes whole rows only.");
  }

  /** `getRow(i)` (ExcelApi 1.1): one row of the range, resolved at sync like every proxy. */
  getRow(row: number): FakeRange {
    if (!Number.isInteger(row) || row < 0)
      throw officeError("InvalidArgument", "getRow takes a row index from 0.");
    return new FakeRange(this.context, `${this.path}.getRow(${row})`, () => {
      const target = this.targetAtSync();
      if (!target) return null;
      const top = target.bounds.top + row;
      if (top > target.bounds.bottom)
        throw officeError("InvalidArgument", `Row ${row} is outside ${this.path}.`);
      return { sheet: target.sheet, bounds: { ...target.bounds, top, bottom: top } };
    });
  }

  /** `getLastRow()` (ExcelApi 1.1). */
  getLastRow(): FakeRange {
    return new FakeRange(this.context, `${this.path}.getLastRow()`, () => {
      const target = this.targetAtSync();
      return target
        ? { sheet: target.sheet, bounds: { ...target.bounds, top: target.bounds.bottom } }
        : null;
    });
  }

  /**
   * `getUsedRangeOrNullObject(valuesOnly)` (ExcelApi 1.4): the smallest range holding the range's cells with a value
   * or a formula, or a null object when it has none (excel.d.ts). Resolved at sync, over the cells as they are then.
   * The fake models `valuesOnly: true` only: without it Excel also counts formatted cells, which it does not track.
   */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (this.context.apiVersion < 4)
      throw officeError("ApiNotFound", "Range.getUsedRangeOrNullObject needs ExcelApi 1.4.");
    if (valuesOnly !== true)
      throw officeError("InvalidArgument", "The fake models a used range of values only.");
    return new FakeRange(this.context, `${this.path}.getUsedRangeOrNullObject(true)`, () => {
      const target = this.targetAtSync();
      const bounds = target?.sheet.usedBounds(target.bounds);
      return target && bounds ? { sheet: target.sheet, bounds } : null;
    });
  }

  merge(across?: boolean): void {
    // `across`: each row of the range merged as a separate merged cell
    // (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)).
    this.command("merge", [across ?? false], ({ sheet, bounds }) => {
      if (!across) this.excelModel.merge(sheet, bounds);
      else
        for (let row = bounds.top; row <= bounds.bottom; row++)
          this.excelModel.merge(sheet, { ...bounds, top: row, bottom: row });
    });
  }

  select(): void {
    this.command("select", [], ({ sheet, bounds }) => {
      if (this.excelModel.activeSheet !== sheet)
        throw officeError("InvalidSelection", "The range is not on the active sheet.");
      this.excelModel.selection = { sheet, bounds };
    });
  }
}
