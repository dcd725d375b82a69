/**
 * Independent readers over many files at once: openpyxl (one Python process) says which files it opens and their
 * sheet names; LibreOffice (one soffice call, the shared recalculating profile) converts each to PDF, one page a
 * sheet.
 */
import { runPython } from "../../../support/python";
import { existsSync, readFileSync } from "node:fs";
import { convertWithLibreOffice, PDF_ONE_PAGE_A_SHEET } from "../../../support/libreoffice";

export type OpenpyxlResult = { file: string; sheets?: string[]; error?: string };

const OPEN_ALL = `
import json, sys, warnings, openpyxl
warnings.simplefilter("ignore")
out = []
for f in sys.argv[1:]:
    try:
        wb = openpyxl.load_workbook(f)
        out.append({"file": f, "sheets": wb.sheetnames})
    except Exception as e:
        out.append({"file": f, "error": repr(e)[:300]})
print(json.dumps(out))
`;

export function openWithOpenpyxl(files: string[]): OpenpyxlResult[] {
  const output = runPython(["-c", OPEN_ALL, ...files], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output) as OpenpyxlResult[];
}

/** Converts every file to PDF in one soffice call; returns, per file, whether a PDF came out (starts with %PDF). */
export function convertToPdf(files: string[], outDir: string): Map<string, boolean> {
  const pdfs = convertWithLibreOffice(files, outDir, PDF_ONE_PAGE_A_SHEET, { timeoutMs: 600_000 });
  return new Map(
    files.map((file, index) => [
      file,
      existsSync(pdfs[index]) && readFileSync(pdfs[index]).subarray(0, 4).toString() === "%PDF",
    ])
  );
}
