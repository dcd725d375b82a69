/** File input and output of the CLI: clear errors, never a half-written file, never over an input. */
import { promises as fs } from "node:fs";
import path from "node:path";
import { CliError } from "./CliError";

/** The code of an operating-system error (`ENOENT`, `EACCES`…), or null for any other error. */
export function systemErrorCode(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" && code.startsWith("E") ? code : null;
}

/** Refuses an input that does not exist or is a folder, in one line. */
export async function checkInputFile(file: string): Promise<void> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw new CliError("cli.fileMissing", { path: file });
  if (stat.isDirectory()) throw new CliError("cli.fileIsDirectory", { path: file });
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
export async function checkOutputPath(
  out: string,
  options: { force: boolean; inputs: string[] }
): Promise<void> {
  const resolved = path.resolve(out);
  if (options.inputs.some((input) => path.resolve(input) === resolved))
    throw new CliError("cli.outIsInput", { path: out });
  const directory = await fs.stat(path.dirname(resolved)).catch(() => null);
  if (!directory?.isDirectory()) throw new CliError("cli.outDirMissing", { path: out });
  const existing = await fs.stat(resolved).catch(() => null);
  if (existing?.isDirectory()) throw new CliError("cli.fileIsDirectory", { path: out });
  if (existing && !options.force) throw new CliError("cli.outExists", { path: out });
}

/** Writes to a temporary file beside the target, then renames: readers see the old file or the whole new one. */
export async function writeOutputFile(
  out: string,
  bytes: Buffer | string,
  onStep: (step: string) => void = () => undefined
): Promise<void> {
  const resolved = path.resolve(out);
  const temporary = path.join(
    path.dirname(resolved),
    `.${path.basename(resolved)}.${process.pid}.tmp`
  );
  try {
    onStep("write");
    await fs.writeFile(temporary, bytes);
    onStep("rename");
    await fs.rename(temporary, resolved);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw new CliError("cli.writeFailed", {
      path: out,
      detail: (error as NodeJS.ErrnoException).code ?? String(error),
    });
  }
}
