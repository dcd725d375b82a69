/** Reading and writing `.xlsx` files with ExcelJS; the only place the CLI touches workbook bytes. */
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import { WorkbookPatch } from "../../../src/core/workbook/WorkbookPatch";
import { applyPatch } from "./applyPatch";

export async function workbookFromPatch(patch: WorkbookPatch): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "plan-matrix";
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  await applyPatch(workbook, patch);
  return workbook;
}

export async function workbookToBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS types predate Node 20 Buffer generics.
  await workbook.xlsx.load((await fs.readFile(path)) as unknown as ExcelJS.Buffer);
  return workbook;
}
