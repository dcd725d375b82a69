/**
 * Checks of the files a file host reads and writes: one clear error each, before any work is done. Paths are
 * compared as the file system resolves them (symbolic links followed, hard links by identity), so an output never
 * lands on an input under another name.
 */
import { constants, promises as fs, Stats } from "node:fs";
import path from "node:path";
import { OperationError } from "../../operations/OperationError";
import { PACKAGE_BUDGET } from "./package/zip/packageBudget";

/** The code of an operating-system error (`ENOENT`, `EACCES`…), or null for any other error. */
export function systemErrorCode(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" && code.startsWith("E") ? code : null;
}

const tooLarge = (file: string, budget: number): OperationError =>
  new OperationError("operation.fileTooLarge", {
    path: file,
    limit: `${Math.round(budget / (1024 * 1024))} MB`,
  });

/** Refuses what is not a regular file (a folder, a FIFO, a device such as /dev/zero, a socket) or is too big. */
function checkInputStats(file: string, stat: Stats, budget: number): void {
  if (stat.isDirectory()) throw new OperationError("operation.fileIsDirectory", { path: file });
  if (!stat.isFile()) throw new OperationError("operation.fileNotRegular", { path: file });
  if (stat.size > budget) throw tooLarge(file, budget);
}

/** Refuses an input that does not exist, is not a regular file or is over the budget. */
export async function checkInputFile(
  file: string,
  budget: number = PACKAGE_BUDGET.fileBytes
): Promise<void> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw new OperationError("operation.fileMissing", { path: file });
  checkInputStats(file, stat, budget);
}

/**
 * The one reading of an input: its bytes, read once. The path is checked first (a FIFO would block, /dev/zero
 * never ends), then opened without blocking and checked again through the open handle, so what is read is the
 * regular file that was checked, within the budget.
 */
export async function readInputBytes(
  file: string,
  budget: number = PACKAGE_BUDGET.fileBytes
): Promise<Uint8Array> {
  await checkInputFile(file, budget);
  const unreadable = (error: unknown): OperationError =>
    systemErrorCode(error) === "ENOENT"
      ? new OperationError("operation.fileMissing", { path: file })
      : new OperationError("operation.fileUnreadable", {
          path: file,
          detail: systemErrorCode(error) ?? String(error),
        });
  const handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK).catch((error) => {
    throw unreadable(error);
  });
  try {
    checkInputStats(file, await handle.stat(), budget);
    const bytes = await handle.readFile().catch((error) => {
      throw unreadable(error);
    });
    // A file that grew while it was read.
    if (bytes.length > budget) throw tooLarge(file, budget);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } finally {
    await handle.close();
  }
}

/** Where a file written at `out` really lands: its folder resolved through links, then its own name. */
export async function resolveOutputPath(out: string): Promise<string> {
  const resolved = path.resolve(out);
  const folder = await fs.realpath(path.dirname(resolved)).catch(() => null);
  if (folder === null) throw new OperationError("operation.outDirMissing", { path: out });
  const folderStat = await fs.stat(folder).catch(() => null);
  if (!folderStat?.isDirectory())
    throw new OperationError("operation.outDirMissing", { path: out });
  return path.join(folder, path.basename(resolved));
}

/** Whether `target` is `input` under any name: the same resolved path, or the same file (a link to it). */
async function isSameFile(
  target: string,
  targetStat: Stats | null,
  input: string
): Promise<boolean> {
  const real = await fs.realpath(input).catch(() => path.resolve(input));
  if (real === target) return true;
  if (!targetStat) return false;
  const inputStat = await fs.stat(input).catch(() => null);
  return inputStat !== null && inputStat.dev === targetStat.dev && inputStat.ino === targetStat.ino;
}

/**
 * Refuses an output that is one of the inputs (by any name), without the `extension` of what is written (.xlsx),
 * in a missing folder, a folder, or existing without `force`. Returns the resolved path the write goes to.
 */
export async function checkOutputPath(
  out: string,
  options: { force: boolean; inputs: string[]; extension?: string }
): Promise<string> {
  const target = await resolveOutputPath(out);
  const existing = await fs.stat(target).catch(() => null);
  for (const input of options.inputs)
    if (await isSameFile(target, existing, input))
      throw new OperationError("operation.outIsInput", { path: out });
  // What is written is an .xlsx package: under another name (c.csv, c.xlsm) it would mislead whoever opens it.
  if (options.extension && path.extname(out).toLowerCase() !== options.extension)
    throw new OperationError("operation.outNotXlsx", { path: out });
  if (existing?.isDirectory()) throw new OperationError("operation.fileIsDirectory", { path: out });
  const link = await fs.lstat(target).catch(() => null);
  if ((existing || link) && !options.force)
    throw new OperationError("operation.outExists", { path: out });
  return target;
}
