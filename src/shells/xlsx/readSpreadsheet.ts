/**
 * A spreadsheet the user gave (bytes of an `.xlsx`: a file on disk for the CLI, a picked file in the pane) read as
 * plain data for `importSpreadsheet`. Refuses what is not an .xlsx package in one line; no Node import (the pane
 * loads it as its own chunk).
 */
import { SpreadsheetData } from "../../core/template/fromSheet/SpreadsheetData";
import { OperationError } from "../../operations/OperationError";
import { readSpreadsheetData } from "./package/read/readSpreadsheetData";
import { refuseNonWorkbook } from "./refuseNonWorkbook";

export async function readSpreadsheet(bytes: Uint8Array, file: string): Promise<SpreadsheetData> {
  refuseNonWorkbook(file, bytes);
  try {
    return await readSpreadsheetData(bytes);
  } catch (error) {
    throw new OperationError("operation.notXlsx", {
      path: file,
      detail: error instanceof Error ? error.message.split("\n")[0] : String(error),
    });
  }
}
