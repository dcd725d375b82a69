/** File input and output of the CLI's own files (templates, texts, pages): clear errors, never a half-written file. */
import { promises as fs } from "node:fs";
import { OperationError } from "../operations/OperationError";
import * as checks from "../shells/xlsx/fileChecks";
import { writeFileAtomically } from "../shells/xlsx/writeFileAtomically";
import { cliErrorOf } from "./cliErrorOf";
import { CliError } from "./CliError";

export { systemErrorCode } from "../shells/xlsx/fileChecks";

async function asCliError<T>(path: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    // The checks' codes all have a CLI wording, so the language does not matter here.
    if (error instanceof OperationError) throw cliErrorOf(error, path, "es");
    throw error;
  }
}

/** Refuses an input that does not exist or is a folder, in one line. */
export function checkInputFile(file: string): Promise<void> {
  return asCliError(file, () => checks.checkInputFile(file));
}

export async function readInputFile(file: string): Promise<Buffer> {
  await checkInputFile(file);
  try {
    return await fs.readFile(file);
  } catch (error) {
    throw new CliError("cli.fileUnreadable", {
      path: file,
      detail: (error as NodeJS.ErrnoException).code ?? String(error),
    });
  }
}

/** Checks an output path before any work is done, so a refusal costs nothing. */
export function checkOutputPath(
  out: string,
  options: { force: boolean; inputs: string[] }
): Promise<void> {
  return asCliError(out, () => checks.checkOutputPath(out, options));
}

/** Writes to a temporary file beside the target, then renames: readers see the old file or the whole new one. */
export async function writeOutputFile(
  out: string,
  bytes: Buffer | string,
  onStep: (step: string) => void = () => undefined
): Promise<void> {
  try {
    await writeFileAtomically(out, bytes, onStep);
  } catch (error) {
    throw new CliError("cli.writeFailed", {
      path: out,
      detail: (error as NodeJS.ErrnoException).code ?? String(error),
    });
  }
}
