/** An area workbook the user picked in the pane (bytes of an `.xlsx`), read for consolidation. */
import { ImportedWorkbook } from "../../operations/PlanOperations";
import { packageFault } from "../xlsx/packageFault";
import { refuseNonWorkbook } from "../xlsx/refuseNonWorkbook";
import { packageLayer } from "./packageLayer";

export async function readImportedWorkbook(
  bytes: Uint8Array,
  file: string
): Promise<ImportedWorkbook> {
  refuseNonWorkbook(file, bytes);
  const { readSnapshotFromBytes } = await packageLayer();
  try {
    return { file, snapshot: await readSnapshotFromBytes(bytes) };
  } catch (error) {
    throw packageFault(error, file);
  }
}
