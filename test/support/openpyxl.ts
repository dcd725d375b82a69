/** openpyxl (Debian python3-openpyxl, at /usr/bin/python3) describes a workbook as JSON: tables, rules, cells. */
import { execFileSync } from "node:child_process";
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
export type InspectedWorkbook = { sheets: InspectedSheet[]; definedNames: Record<string, string> };

export function inspectWithOpenpyxl(
  file: string,
  options: { values?: boolean } = {}
): InspectedWorkbook {
  const script = path.join(__dirname, "inspect_xlsx.py");
  const output = execFileSync(
    "/usr/bin/python3",
    [script, file, ...(options.values ? ["--values"] : [])],
    { maxBuffer: 512 * 1024 * 1024 }
  );
  return JSON.parse(output.toString("utf8")) as InspectedWorkbook;
}

export function cellsOf(sheet: InspectedSheet): Map<string, InspectedCell> {
  return new Map(sheet.cells.map((cell) => [cell.address, cell]));
}
