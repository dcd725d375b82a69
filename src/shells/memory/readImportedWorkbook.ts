/**
 * An area workbook the user picked in the pane (bytes of an `.xlsx`), read for consolidation, with what its area
 * sheets hold around their tables (`withOutsideCells`: the CLI reads a file the same way), whichever host runs.
 */
import { areaFileSheets, withOutsideCells } from "../../core/import/withOutsideCells";
import { ImportedWorkbook } from "../../operations/PlanOperations";
import { packageFault } from "../xlsx/packageFault";
import { refuseNonWorkbook } from "../xlsx/refuseNonWorkbook";
import { packageLayer } from "./packageLayer";

export async function readImportedWorkbook(
  bytes: Uint8Array,
  file: string
): Promise<ImportedWorkbook> {
  refuseNonWorkbook(file, bytes);
  const { readSnapshotFromBytes, readSheetContents } = await packageLayer();
  try {
    const snapshot = await readSnapshotFromBytes(bytes);
    const contents = await readSheetContents(bytes, areaFileSheets(snapshot));
    return { file, snapshot: withOutsideCells(snapshot, contents) };
  } catch (error) {
    throw packageFault(error, file);
  }
}
