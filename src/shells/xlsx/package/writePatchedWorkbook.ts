/**
 * The Node wrapper of `patchPackage`: reads `inputPath`, applies the patch in memory, writes the result to a
 * temporary file beside `outPath`, then renames it (`writeFileAtomically`). A failure at any step (`onStep` names each one, so tests can
 * inject failures) leaves `outPath` as it was.
 */
import { promises as fs } from "node:fs";
import { WorkbookPatch } from "../../../core/workbook/WorkbookPatch";
import { writeFileAtomically } from "../writeFileAtomically";
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
  const input = await fs.readFile(inputPath);
  const bytes = await patchPackage(
    new Uint8Array(input.buffer, input.byteOffset, input.byteLength),
    patch,
    settings
  );
  await writeFileAtomically(outPath, bytes, onStep);
}
