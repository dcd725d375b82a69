/** Shared by the Office host tests: a host over a fresh strict fake, and the ExcelJS file round trip to compare with. */
import ExcelJS from "exceljs";
import { consolidatePlan } from "../../../src/core/consolidation/consolidatePlan";
import { readPlan } from "../../../src/core/plan/readPlan";
import { issueCountsByArea } from "../../../src/operations/issueCountsByArea";
import { parseCellAddress, cellAddress } from "../../../src/core/workbook/address";
import { CellEdit, WorkbookPatch } from "../../../src/core/workbook/WorkbookPatch";
import { WorkbookSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";
import { OfficeHost } from "../../../src/shells/office/OfficeHost";
import { readSnapshot } from "../../support/exceljs/readSnapshot";
import { workbookFromPatch, workbookToBuffer } from "../../support/exceljs/workbookFile";
import { FakeExcel, FakeExcelOptions } from "../../fakes/excel/FakeExcel";
import { RowValues } from "../../support/fillArea";

export function officeHost(
  options: FakeExcelOptions & { payloadBudget?: number; responseBudget?: number } = {}
): {
  excel: FakeExcel;
  host: OfficeHost;
} {
  const excel = new FakeExcel(options);
  return {
    excel,
    host: new OfficeHost({
      run: excel.run,
      isSetSupported: excel.isSetSupported,
      payloadBudget: options.payloadBudget,
      responseBudget: options.responseBudget,
    }),
  };
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

/** The cell edits that type `fill` (rows by header, as `fillArea` writes them with ExcelJS) into the generated tables. */
export function fillEdits(layout: WorkbookPatch, fill: Record<string, RowValues[]>): CellEdit[] {
  return Object.entries(fill).flatMap(([code, rows]) => {
    const sheet = layout.sheets.find((candidate) =>
      candidate.tables.some((table) => table.name === `T_${code}`)
    );
    const table = sheet?.tables.find((candidate) => candidate.name === `T_${code}`);
    if (!sheet || !table) throw new Error(`No table T_${code}`);
    const { row, column } = parseCellAddress(table.topLeft);
    return rows.flatMap((values, index) =>
      Object.entries(values).map(([header, value]) => {
        const offset = table.headers.indexOf(header);
        if (offset < 0) throw new Error(`No column ${header} in T_${code}`);
        return { sheet: sheet.name, cell: cellAddress(row + 1 + index, column + offset), value };
      })
    );
  });
}

/** The consolidation patch the `consolidate` operation would hand the host, at `cutoff`, with no imports. */
export function consolidation(
  snapshot: WorkbookSnapshot,
  cutoff: string,
  today: string
): WorkbookPatch {
  const plan = readPlan(snapshot, { cutoff });
  return consolidatePlan({
    plan,
    config: plan.config!,
    snapshot,
    issueCounts: issueCountsByArea(snapshot, cutoff),
    today,
  }).patch;
}
