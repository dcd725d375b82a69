/** Writes to a temporary file beside the target, then renames: readers see the old file or the whole new one. */
import { promises as fs } from "node:fs";
import path from "node:path";

export async function writeFileAtomically(
  out: string,
  bytes: Uint8Array | string,
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
    throw error;
  }
}
