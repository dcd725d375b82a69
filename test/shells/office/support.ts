/** Shared by the Office host tests: a host over a fresh strict fake, and the ExcelJS file round trip to compare with. */
import ExcelJS from "exceljs";
import { WorkbookPatch } from "../../../src/core/workbook/WorkbookPatch";
import { WorkbookSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";
import { OfficeHost } from "../../../src/shells/office/OfficeHost";
import { readSnapshot } from "../../../src/shells/xlsx/readSnapshot";
import { workbookFromPatch, workbookToBuffer } from "../../../src/shells/xlsx/workbookFile";
import { FakeExcel, FakeExcelOptions } from "../../fakes/excel/FakeExcel";

export function officeHost(options: FakeExcelOptions = {}): { excel: FakeExcel; host: OfficeHost } {
  const excel = new FakeExcel(options);
  return { excel, host: new OfficeHost({ run: excel.run, isSetSupported: excel.isSetSupported }) };
}

/** What the file shell gives for a patch: written with ExcelJS, saved, opened again and read. */
export async function fileSnapshot(patch: WorkbookPatch): Promise<WorkbookSnapshot> {
  return fileSnapshotOf(await workbookFromPatch(patch));
}

export async function fileSnapshotOf(workbook: ExcelJS.Workbook): Promise<WorkbookSnapshot> {
  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.load((await workbookToBuffer(workbook)) as unknown as ExcelJS.Buffer);
  return readSnapshot(reopened);
}

/** The fake starts with Excel's "Sheet1", which a file written from the patch does not have. */
export function withoutStartSheet(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return { ...snapshot, sheets: snapshot.sheets.filter((sheet) => sheet.name !== "Sheet1") };
}
