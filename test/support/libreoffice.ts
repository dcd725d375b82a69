/**
 * LibreOffice headless as an independent reader: converts .xlsx files (recalculating every formula, not trusting
 * cached results) in one soffice call with a private profile, so parallel jest workers never share one.
 *
 * The profile also says which LibreOffice last ran it (`ooSetupLastVersion`: the installed one). On a profile that does
 * not say so, LibreOffice 7.x runs its graphics self-tests first (GraphicsRenderTests: about a hundred drawings up to
 * 4096 px, written to the profile's GraphicsRenderTests.log, to judge the drawing backend of a desktop session):
 * some 5 s of CPU per soffice call, four fifths of converting a small file, and nothing a headless conversion uses.
 * What is loaded, recalculated and written is the same.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * The installed LibreOffice's "major.minor" from `soffice --version` ("LibreOffice 7.4.7.2 …"): as jest's global
 * set-up read it once per run (test/support/globalSetup.js), or else read here once, with `home` (a private
 * profile's folder) as HOME so that nothing is written into the user's own.
 */
let installedVersion: string | null | undefined;
function libreOfficeVersion(home: string): string | null {
  if (installedVersion === undefined) {
    const output =
      process.env.PLAN_MATRIX_LIBREOFFICE_VERSION ??
      execFileSync("soffice", ["--version"], {
        encoding: "utf8",
        timeout: 60_000,
        env: { ...process.env, HOME: home },
      });
    installedVersion = /(\d+)\.(\d+)\./.exec(output)?.slice(1, 3).join(".") ?? null;
  }
  return installedVersion;
}

/** The profile's settings: recalculate every formula on load; this version already ran the profile. */
function profileSettings(home: string): string {
  const version = libreOfficeVersion(home);
  return `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
${
  version
    ? `<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>${version}</value></prop></item>\n`
    : ""
}</oor:items>
`;
}

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
  writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), profileSettings(profile));
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
