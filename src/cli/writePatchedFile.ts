/**
 * Writes `input` with a patch applied to `out` (see `writePatchedWorkbook`): never a half-written file, and a
 * failure of the file system becomes the one-line `cli.writeFailed` error.
 */
import { WorkbookPatch } from "../core/workbook/WorkbookPatch";
import { writePatchedWorkbook, WriteStepHook } from "../shells/xlsx/package/writePatchedWorkbook";
import { CliError } from "./CliError";
import { systemErrorCode } from "./files";

export async function writePatchedFile(
  input: string,
  patch: WorkbookPatch,
  out: string,
  onStep: WriteStepHook = () => undefined
): Promise<void> {
  try {
    await writePatchedWorkbook(input, patch, out, { onStep });
  } catch (error) {
    const code = systemErrorCode(error);
    if (code) throw new CliError("cli.writeFailed", { path: out, detail: code });
    throw error;
  }
}
