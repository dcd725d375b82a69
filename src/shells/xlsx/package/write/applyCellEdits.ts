/**
 * Overwrites cells of an existing worksheet part while it streams: every row an edit does not touch is copied
 * token for token; a touched row is rebuilt from its cells, the edited ones replaced (keeping their style) or
 * inserted in column order; missing rows are inserted in row order; the dimension grows to cover the edits. When an
 * edit overwrites the first cell of a shared formula, the cells sharing it get their own formula text. Dates are
 * written in the workbook's own date system (`date1904`, see src/core/workbook/dateSystem.ts).
 */
import { cellAddress, columnIndex, parseRangeAddress } from "../../../../core/workbook/address";
import { CellInput } from "../../../../core/workbook/WorkbookPatch";
import { escapeXmlText } from "../xml/escapeXml";
import { renderCell } from "./renderCell";
import { CellPosition, slideFormula } from "../read/slideFormula";
import { XmlScanner } from "../xml/XmlScanner";

/** Row → column → new value. */
export type SheetEdits = Map<number, Map<number, CellInput>>;

type CapturedCell = {
  column: number;
  /** The `<c ...>` start tag (or the whole self-closing element). */
  open: string;
  selfClosing: boolean;
  style: number;
  /** Raw XML of each child element, in order. */
  children: { name: string; raw: string }[];
  formula?: { type?: string; ref?: string; group?: string; text: string };
};

type OpenRow = {
  number: number;
  open: string;
  selfClosing: boolean;
  style: number;
  cells: CapturedCell[];
};

function columnOf(reference: string): number {
  return columnIndex(reference.replace(/[^A-Za-z]/g, ""));
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

export async function* applyCellEdits(
  source: AsyncIterable<string>,
  edits: SheetEdits,
  date1904: boolean
): AsyncGenerator<string> {
  let out: string[] = [];
  const pending = [...edits.keys()].sort((a, b) => a - b);
  let nextPending = 0;
  const columnStyles: { min: number; max: number; style: number }[] = [];
  const orphans = new Map<string, { formula: string; position: CellPosition }>();
  let inSheetData = false;
  let rowNumber = 0;
  let row: OpenRow | null = null;
  let cell: CapturedCell | null = null;
  let child: { name: string; raw: string[]; level: number } | null = null;
  /** The root's namespace prefix (`x:` when the producer wrote `<x:worksheet>`), "" for a default namespace. */
  let prefix = "";
  /** New cells are written unprefixed; under a prefixed root they declare the main namespace themselves. */
  const newCell = (reference: string, input: CellInput | undefined, style: number): string => {
    const xml = renderCell(reference, input, style, date1904);
    return prefix ? xml.replace(/^<c /, `<c xmlns="${MAIN}" `) : xml;
  };

  const styleFor = (column: number, rowStyle: number): number =>
    rowStyle ||
    (columnStyles.find((entry) => column >= entry.min && column <= entry.max)?.style ?? 0);

  const newRow = (number: number): string => {
    const cells = [...(edits.get(number) ?? new Map<number, CellInput>())].sort(
      (a, b) => a[0] - b[0]
    );
    return `<${prefix}row r="${number}">${cells
      .map(([column, value]) => newCell(cellAddress(number, column), value, styleFor(column, 0)))
      .join("")}</${prefix}row>`;
  };

  const flushPendingBefore = (number: number): void => {
    while (nextPending < pending.length && pending[nextPending] < number)
      out.push(newRow(pending[nextPending++]));
    if (nextPending < pending.length && pending[nextPending] === number) nextPending++;
  };

  const renderCaptured = (captured: CapturedCell, number: number): string => {
    const formula = captured.formula;
    const orphan =
      formula?.type === "shared" && !formula.ref && formula.group !== undefined && !formula.text
        ? orphans.get(formula.group)
        : undefined;
    const reference = cellAddress(number, captured.column);
    let open = captured.open;
    if (!/\sr="/.test(open)) open = open.replace(/^<([^\s/>]+)/, `<$1 r="${reference}"`);
    if (!orphan)
      return captured.selfClosing
        ? open
        : `${open}${captured.children.map((c) => c.raw).join("")}</${prefix}c>`;
    const text = slideFormula(orphan.formula, orphan.position, {
      row: number,
      column: captured.column,
    });
    const children = captured.children.map((c) =>
      c.name === "f" ? `<${prefix}f>${escapeXmlText(text)}</${prefix}f>` : c.raw
    );
    return `${open}${children.join("")}</${prefix}c>`;
  };

  const finishRow = (current: OpenRow): void => {
    const rowEdits = edits.get(current.number);
    const byColumn = new Map<number, string>();
    for (const captured of current.cells) {
      const value = rowEdits?.get(captured.column);
      if (rowEdits?.has(captured.column)) {
        const formula = captured.formula;
        if (formula?.type === "shared" && formula.ref && formula.group !== undefined)
          orphans.set(formula.group, {
            formula: formula.text,
            position: { row: current.number, column: captured.column },
          });
        byColumn.set(
          captured.column,
          newCell(cellAddress(current.number, captured.column), value ?? null, captured.style)
        );
      } else byColumn.set(captured.column, renderCaptured(captured, current.number));
    }
    for (const [column, value] of rowEdits ?? [])
      if (!byColumn.has(column))
        byColumn.set(
          column,
          newCell(cellAddress(current.number, column), value, styleFor(column, current.style))
        );
    let open = current.open.replace(/\sspans="[^"]*"/, "");
    if (!/\sr="/.test(open)) open = open.replace(/^<([^\s/>]+)/, `<$1 r="${current.number}"`);
    if (current.selfClosing) open = open.replace(/\s*\/>$/, ">");
    const cells = [...byColumn].sort((a, b) => a[0] - b[0]).map(([, xml]) => xml);
    out.push(`${open}${cells.join("")}</${prefix}row>`);
  };

  const scanner: XmlScanner = new XmlScanner({
    open(name, attributes, selfClosing) {
      const level = scanner.level;
      if (level === 1) prefix = /^<([^\s/>:]+:)?/.exec(scanner.raw())?.[1] ?? "";
      if (child) {
        child.raw.push(scanner.raw());
        return;
      }
      if (cell && level === 5) {
        child = { name, raw: [scanner.raw()], level };
        if (name === "f")
          cell.formula = {
            type: attributes.t,
            ref: attributes.ref,
            group: attributes.si,
            text: "",
          };
        if (selfClosing) {
          cell.children.push({ name, raw: child.raw.join("") });
          child = null;
        }
        return;
      }
      if (row && level === 4 && name === "c") {
        const column = attributes.r
          ? columnOf(attributes.r)
          : (row.cells[row.cells.length - 1]?.column ?? 0) + 1;
        cell = {
          column,
          open: scanner.raw(),
          selfClosing,
          style: attributes.s ? parseInt(attributes.s, 10) : 0,
          children: [],
        };
        if (selfClosing) {
          row.cells.push(cell);
          cell = null;
        }
        return;
      }
      if (row) return;
      if (level === 2 && name === "dimension" && attributes.ref) {
        out.push(
          scanner
            .raw()
            .replace(/\sref="[^"]*"/, ` ref="${expandedDimension(attributes.ref, edits)}"`)
        );
        return;
      }
      if (level === 3 && name === "col" && attributes.style)
        columnStyles.push({
          min: parseInt(attributes.min ?? "0", 10),
          max: parseInt(attributes.max ?? "0", 10),
          style: parseInt(attributes.style, 10),
        });
      if (level === 2 && name === "sheetData") {
        if (selfClosing) {
          out.push("<sheetData>");
          flushPendingBefore(Infinity);
          out.push("</sheetData>");
          return;
        }
        inSheetData = true;
      }
      if (inSheetData && level === 3 && name === "row") {
        rowNumber = attributes.r ? parseInt(attributes.r, 10) : rowNumber + 1;
        flushPendingBefore(rowNumber);
        if (edits.has(rowNumber) || orphans.size > 0) {
          const current: OpenRow = {
            number: rowNumber,
            open: scanner.raw(),
            selfClosing,
            style: attributes.customFormat === "1" && attributes.s ? parseInt(attributes.s, 10) : 0,
            cells: [],
          };
          if (selfClosing) finishRow(current);
          else row = current;
          return;
        }
      }
      out.push(scanner.raw());
    },
    text(text) {
      if (child) {
        child.raw.push(scanner.raw());
        if (child.name === "f" && cell?.formula) cell.formula.text += text;
        return;
      }
      if (cell || row) return;
      out.push(scanner.raw());
    },
    other() {
      if (child) child.raw.push(scanner.raw());
      else if (!cell && !row) out.push(scanner.raw());
    },
    close(name) {
      const level = scanner.level;
      const closingTag = scanner.raw().startsWith("</");
      if (child) {
        if (closingTag) child.raw.push(scanner.raw());
        if (level === child.level) {
          cell?.children.push({ name: child.name, raw: child.raw.join("") });
          child = null;
        }
        return;
      }
      if (cell && level === 4 && name === "c") {
        if (closingTag) row?.cells.push(cell);
        cell = null;
        return;
      }
      if (row && level === 3 && name === "row") {
        if (closingTag) finishRow(row);
        row = null;
        return;
      }
      if (row) return;
      if (!closingTag) return;
      if (level === 2 && name === "sheetData") {
        flushPendingBefore(Infinity);
        inSheetData = false;
      }
      out.push(scanner.raw());
    },
  });

  for await (const chunk of source) {
    scanner.write(chunk);
    if (out.length > 0) {
      yield out.join("");
      out = [];
    }
  }
  scanner.end();
  if (out.length > 0) yield out.join("");
}

function expandedDimension(ref: string, edits: SheetEdits): string {
  let { top, left, bottom, right } = parseRangeAddress(ref);
  for (const [row, columns] of edits) {
    for (const column of columns.keys()) {
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, column);
      right = Math.max(right, column);
    }
  }
  const first = cellAddress(top, left);
  const last = cellAddress(bottom, right);
  return first === last ? first : `${first}:${last}`;
}
