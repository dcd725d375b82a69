/**
 * ExcelJS 4 reads a table part's `headerRowCount` as `=== "1"`, so an absent attribute — which means 1 (ECMA-376
 * §18.5.1.2), and is how Excel writes every table with a header row — reads as no header row (exceljs#2908 and
 * fslaborg/FsSpreadsheet#69 report the same). Imported by the tests' ExcelJS reader before any load: the table parser
 * then takes only `"0"` as no header row, as Excel does.
 */
// ExcelJS ships no types for its internal parts; the shape used is declared here.
const TableXform = require("exceljs/lib/xlsx/xform/table/table-xform") as {
  prototype: {
    parser?: unknown;
    tag: string;
    model: { headerRow?: boolean };
    parseOpen(node: { name: string; attributes: Record<string, string> }): boolean;
  };
};

const parseOpen = TableXform.prototype.parseOpen;
TableXform.prototype.parseOpen = function (node) {
  const opening = !this.parser && node.name === this.tag;
  const result = parseOpen.call(this, node);
  if (opening) this.model.headerRow = node.attributes.headerRowCount !== "0";
  return result;
};

export {};
