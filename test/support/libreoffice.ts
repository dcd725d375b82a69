/**
 * LibreOffice headless as an independent reader: converts .xlsx files (recalculating every formula, not trusting
 * cached results) with a private profile — one per jest worker, so parallel workers never share one, and each call
 * after a worker's first finds it already started.
 *
 * Under jest (its global set-up names the run), each worker's first conversion starts one office of its own
 * (`soffice --accept`: test/support/workerProcess.ts, its folder the office's profile) and every later conversion
 * of that worker, whichever suite asks, goes to it through UNO (test/support/libreoffice_convert.py: the same
 * filters `--convert-to` picks; its xlsx is the same parts, byte for byte). Measured: a plan converted in 0.7–0.8 s where `soffice --convert-to` took 4.9 s,
 * 4 s of it starting the office (2 s user, 2 s system CPU) — paid by each of the run's thirty-odd soffice calls. The
 * global tear-down stops the offices. Where that path is not available (no python3-uno, outside jest, a format it
 * does not take) or fails, the conversion runs `soffice --convert-to` as before.
 *
 * The profile also says which LibreOffice last ran it (`ooSetupLastVersion`: the installed one). On a profile that does
 * not say so, LibreOffice 7.x runs its graphics self-tests first (GraphicsRenderTests: about a hundred drawings up to
 * 4096 px, written to the profile's GraphicsRenderTests.log, to judge the drawing backend of a desktop session):
 * some 5 s of CPU per soffice call, four fifths of converting a small file, and nothing a headless conversion uses.
 * What is loaded, recalculated and written is the same.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PYTHON } from "./python";
import { SHARED_DIR_VARIABLE } from "./sharedFixture";
import { helperFailed, workerProcess } from "./workerProcess";

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

/**
 * This jest worker's profile: made by the worker's first soffice call, used by its later ones, whichever suite makes
 * them (a worker runs one soffice at a time: `execFileSync`). A first start on an empty profile registers the bundled
 * extensions and writes the configuration out, about 0.3 s of CPU and 0.7 s of wall time, which a profile already
 * started skips. Named after the run (its shared folder, test/support/sharedFixture.ts) and the worker's pid, so
 * neither another worker nor another run uses it; without jest's global set-up, one per suite.
 */
let suiteProfile: string | undefined;
/** Marks a profile whose soffice failed: its office may still be running, holding the pipe named after it. */
const FAILED = "failed";
function workerProfile(): string {
  const run = process.env[SHARED_DIR_VARIABLE];
  let profile: string;
  if (run) {
    const base = path.join(os.tmpdir(), `lo-profile-${path.basename(run)}-${process.pid}`);
    let attempt = 0;
    while (existsSync(path.join(`${base}-${attempt}`, FAILED))) attempt++;
    profile = `${base}-${attempt}`;
  } else profile = suiteProfile ??= mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));
  seedProfile(profile);
  return profile;
}

/** Gives a new profile its settings (`profileSettings`); a profile already seeded is left as it is. */
function seedProfile(profile: string): void {
  const settings = path.join(profile, "user", "registrymodifications.xcu");
  if (!existsSync(settings)) {
    mkdirSync(path.dirname(settings), { recursive: true });
    writeFileSync(settings, profileSettings(profile));
  }
}

const CONVERT_SCRIPT = path.join(__dirname, "libreoffice_convert.py");

/**
 * This worker's running office (its folder is its profile): the pipe it listens on, the office started on first use
 * (it takes some 4 s to answer; the script waits for it); null outside a jest run or once it failed in this run.
 */
function workerOffice(): { profile: string; pipe: string } | null {
  const pipeOf = (profile: string): string => `plan-matrix-${path.basename(profile)}`;
  const profile = workerProcess("office", (into) => {
    seedProfile(into);
    return spawn(
      "soffice",
      [
        `-env:UserInstallation=file://${into}`,
        "--headless",
        "--invisible",
        "--norestore",
        "--nologo",
        `--accept=pipe,name=${pipeOf(into)};urp;`,
      ],
      { detached: true, stdio: "ignore", env: { ...process.env, HOME: into } }
    );
  });
  return profile ? { profile, pipe: pipeOf(profile) } : null;
}

/**
 * Converts through this worker's running office; false when there is none or it failed (then it is stopped and not
 * used again in this run, and the caller runs soffice itself).
 */
function convertInRunningOffice(
  files: string[],
  outDir: string,
  format: string,
  timeoutMs = 180_000
): boolean {
  if (!/^(xlsx|pdf)(:|$)/.test(format)) return false; // what libreoffice_convert.py converts to
  const office = workerOffice();
  if (!office) return false;
  try {
    execFileSync(PYTHON, [CONVERT_SCRIPT, office.pipe, outDir, format, ...files], {
      stdio: "pipe",
      timeout: timeoutMs,
    });
    return true;
  } catch {
    helperFailed(office.profile);
    return false;
  }
}

/**
 * The `format` of Calc's PDF export with each sheet on one page of its own size (`SinglePageSheets`), for suites
 * that check LibreOffice opens and draws a workbook, not how it prints: every cell and chart of every sheet is still
 * laid out and drawn, but LibreOffice 7.4 paginates a sheet again for each A4 page it exports (about 70 ms of CPU a
 * page here), so a plan's 40–70 pages cost 3–6 s of CPU over loading it, one page a sheet next to nothing. The print
 * layout (page breaks, titles on every page, fit to width) is what test/print checks, on paginated PDFs.
 */
export const PDF_ONE_PAGE_A_SHEET = `pdf:calc_pdf_Export:${JSON.stringify({
  SinglePageSheets: { type: "boolean", value: "true" },
})}`;

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
  const profile = workerProfile();
  mkdirSync(outDir, { recursive: true });
  const converted = files.map((file) =>
    path.join(outDir, path.basename(file).replace(/\.[^.]+$/, `.${format.split(":")[0]}`))
  );
  if (convertInRunningOffice(files, outDir, format, options.timeoutMs)) return converted;
  try {
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
      {
        stdio: "pipe",
        timeout: options.timeoutMs ?? 180_000,
        env: { ...process.env, HOME: profile },
      }
    );
  } catch (error) {
    // An soffice killed on its timeout may leave its office running on this profile: the next call takes another.
    writeFileSync(path.join(profile, FAILED), "");
    suiteProfile = undefined;
    throw error;
  }
  return converted;
}
