/**
 * The Node wrapper of `patchPackage`: reads `inputPath`, applies the patch in memory, writes the result to a
 * temporary file beside `outPath`, then renames it. A failure at any step (`onStep` names each one, so tests can
 * inject failures) leaves `outPath` as it was.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { WorkbookPatch } from "../../../core/workbook/WorkbookPatch";
import { patchPackage, PatchOptions, WriteStepHook } from "./patchPackage";

export type { WriteStepHook } from "./patchPackage";
export type WriteOptions = PatchOptions;

export async function writePatchedWorkbook(
  inputPath: string,
  patch: WorkbookPatch,
  outPath: string,
  options: WriteOptions | WriteStepHook = {}
): Promise<void> {
  const settings = typeof options === "function" ? { onStep: options } : options;
  const onStep = settings.onStep ?? (() => undefined);
  const resolved = path.resolve(outPath);
  const temporary = path.join(
    path.dirname(resolved),
    `.${path.basename(resolved)}.${process.pid}.tmp`
  );
  const input = await fs.readFile(inputPath);
  const bytes = await patchPackage(
    new Uint8Array(input.buffer, input.byteOffset, input.byteLength),
    patch,
    settings
  );
  try {
    await fs.writeFile(temporary, bytes);
    onStep("rename");
    await fs.rename(temporary, resolved);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
