/** An area workbook the user picked in the pane (bytes of an `.xlsx`), read for consolidation. */
import { OperationError } from "../../operations/OperationError";
import { ImportedWorkbook } from "../../operations/PlanOperations";
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
    throw new OperationError("operation.notXlsx", {
      path: file,
      detail: error instanceof Error ? error.message.split("\n")[0] : String(error),
    });
  }
}
