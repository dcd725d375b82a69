/**
 * Independent readers over many files at once: openpyxl (one Python process) says which files it opens and their
 * sheet names; LibreOffice (one soffice call, private profile) converts each to PDF.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

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
  const output = execFileSync("/usr/bin/python3", ["-c", OPEN_ALL, ...files], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output.toString("utf8")) as OpenpyxlResult[];
}

/** Converts every file to PDF in one soffice call; returns, per file, whether a PDF came out (starts with %PDF). */
export function convertToPdf(files: string[], outDir: string): Map<string, boolean> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "lo-pdf-"));
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "pipe", timeout: 600_000, env: { ...process.env, HOME: profile } }
  );
  return new Map(
    files.map((file) => {
      const pdf = path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
      return [file, existsSync(pdf) && readFileSync(pdf).subarray(0, 4).toString() === "%PDF"];
    })
  );
}
