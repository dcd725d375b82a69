/** openpyxl (Debian python3-openpyxl, at /usr/bin/python3) describes a workbook as JSON: tables, rules, cells. */
import { runPython } from "./python";
import path from "node:path";

export type InspectedCell = {
  address: string;
  value: unknown;
  locked: boolean;
  numberFormat: string;
  dataType: string;
};
export type InspectedSheet = {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  protected: boolean;
  tables: { name: string; ref: string; headers: string[] }[];
  validations: {
    sqref: string;
    type: string;
    operator: string | null;
    formula1: string | null;
    formula2: string | null;
    showErrorMessage: boolean;
    error: string | null;
  }[];
  conditionalFormats: { sqref: string; type: string; formula: string[] }[];
  freeze: string | null;
  cells: InspectedCell[];
};
export type InspectedWorkbook = {
  sheets: InspectedSheet[];
  definedNames: Record<string, string>;
  /** The workbook's date system is 1904 (`<workbookPr date1904="1"/>`); its dates are read as calendar days. */
  date1904: boolean;
};

export function inspectWithOpenpyxl(
  file: string,
  options: { values?: boolean } = {}
): InspectedWorkbook {
  const script = path.join(__dirname, "inspect_xlsx.py");
  const output = runPython([script, file, ...(options.values ? ["--values"] : [])], {
    maxBuffer: 512 * 1024 * 1024,
  });
  return JSON.parse(output) as InspectedWorkbook;
}

export function cellsOf(sheet: InspectedSheet): Map<string, InspectedCell> {
  return new Map(sheet.cells.map((cell) => [cell.address, cell]));
}

/**
 * The workbook at `input` saved to `output` in the 1904 date system, as a Mac-origin file is: openpyxl reads each
 * date as its calendar day, and `epoch = CALENDAR_MAC_1904` writes it back as a 1904 serial under
 * `<workbookPr date1904="1"/>`.
 */
export function saveAsDate1904(input: string, output: string): void {
  const script = [
    "import sys, openpyxl, openpyxl.utils.datetime as d",
    "wb = openpyxl.load_workbook(sys.argv[1])",
    "wb.epoch = d.CALENDAR_MAC_1904",
    "wb.save(sys.argv[2])",
  ].join("\n");
  runPython(["-W", "ignore", "-c", script, input, output]);
}

/**
 * The tab holding table `table` of the workbook at `input`, saved alone to `output`, as an area sends back one tab
 * of the plan (Excel's Move or Copy › new book): every other sheet deleted by openpyxl, the plan's stored template
 * with them. `rename` changes header texts of that table (cell and table column alike), as a tab of another
 * template version would have them.
 */
export function saveOneTab(
  input: string,
  output: string,
  table: string,
  rename: Record<string, string> = {}
): void {
  const script = [
    "import sys, json, openpyxl",
    "wb = openpyxl.load_workbook(sys.argv[1])",
    "name, rename = sys.argv[3], json.loads(sys.argv[4])",
    "ws = next(s for s in wb.worksheets if name in s.tables)",
    "t = ws.tables[name]",
    "first = openpyxl.utils.cell.range_boundaries(t.ref)",
    "for i, col in enumerate(t.tableColumns):",
    "    if col.name in rename:",
    "        ws.cell(first[1], first[0] + i).value = rename[col.name]",
    "        col.name = rename[col.name]",
    "for other in [s for s in wb.worksheets if s is not ws]:",
    "    wb.remove(other)",
    "wb.save(sys.argv[2])",
  ].join("\n");
  runPython(["-W", "ignore", "-c", script, input, output, table, JSON.stringify(rename)]);
}

/**
 * The workbook at `input` saved to `output` without sheet `sheet`, deleted by openpyxl as a user deletes a tab: the
 * names that refer to it stay, pointing at a sheet that is gone (Excel shows them as #REF!).
 */
export function saveWithoutSheet(input: string, output: string, sheet: string): void {
  const script = [
    "import sys, openpyxl",
    "wb = openpyxl.load_workbook(sys.argv[1])",
    "wb.remove(wb[sys.argv[3]])",
    "wb.save(sys.argv[2])",
  ].join("\n");
  runPython(["-W", "ignore", "-c", script, input, output, sheet]);
}
