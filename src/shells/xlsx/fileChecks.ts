/** Checks of the files a file host reads and writes: one clear error each, before any work is done. */
import { promises as fs } from "node:fs";
import path from "node:path";
import { OperationError } from "../../operations/OperationError";

/** The code of an operating-system error (`ENOENT`, `EACCES`…), or null for any other error. */
export function systemErrorCode(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" && code.startsWith("E") ? code : null;
}

/** Refuses an input that does not exist or is a folder. */
export async function checkInputFile(file: string): Promise<void> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw new OperationError("operation.fileMissing", { path: file });
  if (stat.isDirectory()) throw new OperationError("operation.fileIsDirectory", { path: file });
}

/** Refuses an output that is one of the inputs, in a missing folder, a folder, or existing without `force`. */
export async function checkOutputPath(
  out: string,
  options: { force: boolean; inputs: string[] }
): Promise<void> {
  const resolved = path.resolve(out);
  if (options.inputs.some((input) => path.resolve(input) === resolved))
    throw new OperationError("operation.outIsInput", { path: out });
  const directory = await fs.stat(path.dirname(resolved)).catch(() => null);
  if (!directory?.isDirectory()) throw new OperationError("operation.outDirMissing", { path: out });
  const existing = await fs.stat(resolved).catch(() => null);
  if (existing?.isDirectory()) throw new OperationError("operation.fileIsDirectory", { path: out });
  if (existing && !options.force) throw new OperationError("operation.outExists", { path: out });
}
