/**
 * LibreOffice headless as an independent reader: converts .xlsx files (recalculating every formula, not trusting
 * cached results) in one soffice call with a private profile, so parallel jest workers never share one.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Converts each file with LibreOffice (recalculated) into `outDir`; returns the converted paths in order. */
export function recalculateWithLibreOffice(files: string[], outDir: string): string[] {
  return convertWithLibreOffice(files, outDir, "xlsx");
}

/** Converts each file (recalculated) to `format` ("xlsx", "pdf", …) into `outDir`; returns the paths in order. */
export function convertWithLibreOffice(
  files: string[],
  outDir: string,
  format: string,
  options: { timeoutMs?: number } = {}
): string[] {
  const profile = mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "pipe", timeout: options.timeoutMs ?? 180_000, env: { ...process.env, HOME: profile } }
  );
  return files.map((file) =>
    path.join(outDir, path.basename(file).replace(/\.[^.]+$/, `.${format.split(":")[0]}`))
  );
}
