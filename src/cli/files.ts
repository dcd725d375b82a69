/** File input and output of the CLI's own files (templates, texts, pages): clear errors, never a half-written file. */
import { OperationError } from "../operations/OperationError";
import * as checks from "../shells/xlsx/fileChecks";
import { writeFileAtomically } from "../shells/xlsx/writeFileAtomically";
import { cliErrorOf } from "./cliErrorOf";
import { CliError } from "./CliError";

export { systemErrorCode } from "../shells/xlsx/fileChecks";

/** A template or a plan text: far smaller than a workbook. */
const TEXT_FILE_BUDGET = 16 * 1024 * 1024;

async function asCliError<T>(path: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    // The checks' codes all have a CLI wording, so the language does not matter here.
    if (error instanceof OperationError) throw cliErrorOf(error, path, "es");
    throw error;
  }
}

/** Refuses an input that does not exist, is a folder or is not a regular file, in one line. */
export function checkInputFile(file: string): Promise<void> {
  return asCliError(file, () => checks.checkInputFile(file));
}

/** A text input's bytes, read once (a regular file within the budget). */
export async function readInputFile(file: string): Promise<Buffer> {
  const bytes = await asCliError(file, () => checks.readInputBytes(file, TEXT_FILE_BUDGET));
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Checks an output path before any work is done, so a refusal costs nothing. */
export async function checkOutputPath(
  out: string,
  options: { force: boolean; inputs: string[] }
): Promise<void> {
  await asCliError(out, () => checks.checkOutputPath(out, options));
}

/**
 * Writes to a temporary file beside the target, then renames: readers see the old file or the whole new one, and
 * the target is checked again at that moment (never an input, never a file that appeared meanwhile without force).
 */
export async function writeOutputFile(
  out: string,
  bytes: Buffer | string,
  options: { force: boolean; inputs: string[] } = { force: true, inputs: [] }
): Promise<void> {
  try {
    await asCliError(out, () => writeFileAtomically(out, bytes, options));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError("cli.writeFailed", {
      path: out,
      detail: (error as NodeJS.ErrnoException).code ?? String(error),
    });
  }
}
