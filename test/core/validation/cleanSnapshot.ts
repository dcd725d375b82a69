/** The clean fill of `sampleTemplate()` at cut-off T2 (test/fixtures/badInput/cleanRows.ts), with cells changed by area, row and header. */
import { Template } from "../../../src/core/template/Template";
import { WorkbookSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";
import { sampleTemplate } from "../../support/sampleTemplate";
import { CLEAN_CUTOFF, CLEAN_ROWS } from "../../fixtures/badInput/cleanRows";
import {
  CellLike,
  SnapshotOptions,
  SnapshotRows,
  buildSnapshot,
} from "../../support/buildSnapshot";

/** Area code → data-row index → header → value. */
export type RowChanges = Record<string, Record<number, Record<string, CellLike>>>;

export function cleanRows(changes: RowChanges = {}): SnapshotRows {
  const rows: SnapshotRows = Object.fromEntries(
    Object.entries(CLEAN_ROWS).map(([code, list]) => [code, list.map((row) => ({ ...row }))])
  );
  for (const [code, byRow] of Object.entries(changes)) {
    const list = (rows[code] ??= []);
    for (const [index, values] of Object.entries(byRow)) {
      const at = Number(index);
      while (list.length <= at) list.push({});
      list[at] = { ...list[at], ...values };
    }
  }
  return rows;
}

export function cleanSnapshot(
  changes: RowChanges = {},
  options: SnapshotOptions = {},
  template: Template = sampleTemplate()
): WorkbookSnapshot {
  return buildSnapshot(template, cleanRows(changes), { cutoff: CLEAN_CUTOFF, ...options });
}
