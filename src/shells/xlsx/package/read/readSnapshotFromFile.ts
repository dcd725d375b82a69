/** The Node wrapper of `readSnapshotFromBytes`: an .xlsx file on disk → the core's `WorkbookSnapshot`. */
import { promises as fs } from "node:fs";
import { WorkbookSnapshot } from "../../../../core/workbook/WorkbookSnapshot";
import { readSnapshotFromBytes } from "../packageBytes";

export async function readSnapshotFromFile(path: string): Promise<WorkbookSnapshot> {
  const bytes = await fs.readFile(path);
  return readSnapshotFromBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
