// TEMPORARY: replaced by the package-layer branch at merge
/**
 * The package layer on bytes, as the in-browser workbook needs it (`MemoryHost`). This stand-in runs on Node: it
 * goes through temporary files to today's file-based package reader and writer, and through ExcelJS for a new
 * workbook, the sheet list and a sheet's grid. The package-layer branch provides the real one (no Node), with the
 * same four signatures.
 */
import ExcelJS from "exceljs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Cell } from "../../../core/workbook/CellValue";
import { WorkbookPatch } from "../../../core/workbook/WorkbookPatch";
import { SheetVisibility, WorkbookSnapshot } from "../../../core/workbook/WorkbookSnapshot";
import { toCell } from "../toCell";
import { workbookFromPatch, workbookToBuffer } from "../workbookFile";
import { readSnapshotFromFile } from "./readSnapshotFromFile";
import { writePatchedWorkbook } from "./writePatchedWorkbook";

async function inTemporaryFolder<T>(run: (folder: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "plan-matrix-bytes-"));
  try {
    return await run(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS types predate Node 20 Buffer generics.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

export async function readSnapshotFromBytes(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  return inTemporaryFolder(async (folder) => {
    const file = path.join(folder, "input.xlsx");
    await writeFile(file, bytes);
    return readSnapshotFromFile(file);
  });
}

export async function writePatchedBytes(
  input: Uint8Array | null,
  patch: WorkbookPatch,
  options: { onStep?: (step: string) => void } = {}
): Promise<Uint8Array> {
  if (input === null) {
    const workbook = await workbookFromPatch(patch);
    options.onStep?.("serialise");
    return new Uint8Array(await workbookToBuffer(workbook));
  }
  return inTemporaryFolder(async (folder) => {
    const inFile = path.join(folder, "input.xlsx");
    const outFile = path.join(folder, "output.xlsx");
    await writeFile(inFile, input);
    await writePatchedWorkbook(inFile, patch, outFile, { onStep: options.onStep });
    return new Uint8Array(await readFile(outFile));
  });
}

export async function readSheetGrid(
  bytes: Uint8Array,
  sheet: string
): Promise<{ rows: number; columns: number; cells: Map<string, Cell> }> {
  const worksheet = (await loadWorkbook(bytes)).getWorksheet(sheet);
  if (!worksheet) throw new Error(`No sheet ${sheet}`);
  const cells = new Map<string, Cell>();
  worksheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const value = toCell(cell);
      if (value.kind !== "empty" || value.formula !== undefined) cells.set(cell.address, value);
    })
  );
  return { rows: worksheet.rowCount, columns: worksheet.columnCount, cells };
}

export async function listSheets(
  bytes: Uint8Array
): Promise<{ name: string; visibility: SheetVisibility }[]> {
  return (await loadWorkbook(bytes)).worksheets.map((worksheet) => ({
    name: worksheet.name,
    visibility: worksheet.state as SheetVisibility,
  }));
}
