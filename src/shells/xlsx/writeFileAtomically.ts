/**
 * The one writing of a file: the bytes go to a temporary file created exclusively in the target's own folder (the
 * folder resolved through links), are flushed to disk, then take the target's name in one step, so readers see
 * the old file or the whole new one, and the input is never the target under another name.
 *
 * Without `force`, the last step is `link()` then `unlink()` of the temporary name, not `rename()`: `link` fails when
 * the name exists, atomically, so a file someone created at the target meanwhile (a second consolidation writing
 * the same new output) is never replaced; `rename` would replace it silently, and a check just before `rename`
 * leaves a window. On a file system without hard links (`EPERM`, `ENOTSUP`…) it falls back to that check, then
 * `rename`. A failure at any step, or a signal (`temporaryFiles`), removes the temporary file.
 */
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { OperationError } from "../../operations/OperationError";
import { checkOutputPath, systemErrorCode } from "./fileChecks";
import { releaseTemporaryFile, trackTemporaryFile } from "./temporaryFiles";

export type WriteFileOptions = {
  /** Called before each step ("write", "sync", "rename"); a hook that throws aborts the write. */
  onStep?: (step: string) => void;
  /** Replace an existing file at `out`. */
  force?: boolean;
  /** Files the command read: `out` is never one of them, whatever name it goes by. */
  inputs?: string[];
};

async function linkWithoutReplacing(temporary: string, target: string, out: string): Promise<void> {
  try {
    await fs.link(temporary, target);
  } catch (error) {
    const code = systemErrorCode(error);
    if (code === "EEXIST") throw new OperationError("operation.outExists", { path: out });
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "EXDEV")
      throw error;
    if (await fs.lstat(target).catch(() => null))
      throw new OperationError("operation.outExists", { path: out });
    await fs.rename(temporary, target);
    return;
  }
  await fs.rm(temporary, { force: true });
}

export async function writeFileAtomically(
  out: string,
  /** The content, or its pieces in order (written one after the other, never joined in memory). */
  bytes: Uint8Array | string | readonly Uint8Array[],
  options: WriteFileOptions | ((step: string) => void) = {}
): Promise<void> {
  const {
    onStep = () => undefined,
    force = false,
    inputs = [],
  } = typeof options === "function" ? { onStep: options } : options;
  const target = await checkOutputPath(out, { force, inputs });
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
  trackTemporaryFile(temporary);
  try {
    onStep("write");
    const handle = await fs.open(temporary, "wx");
    try {
      if (typeof bytes === "string" || bytes instanceof Uint8Array) await handle.writeFile(bytes);
      else for (const part of bytes) await handle.writeFile(part);
      onStep("sync");
      await handle.sync();
    } finally {
      await handle.close();
    }
    onStep("rename");
    if (force) await fs.rename(temporary, target);
    else await linkWithoutReplacing(temporary, target, out);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  } finally {
    releaseTemporaryFile(temporary);
  }
}
