/**
 * A stand-in workbook host for operation tests: it serves a snapshot, records every patch (and tab order) it is
 * given, and applies cell edits to the snapshot's tables so a re-read sees them. Not a fake of Excel: the hosts
 * themselves are tested on real workbooks (parity, cancel).
 */
import { parseCellAddress } from "../../src/core/workbook/address";
import { WorkbookPatch } from "../../src/core/workbook/WorkbookPatch";
import { WorkbookSnapshot } from "../../src/core/workbook/WorkbookSnapshot";
import { OperationContext, throwIfCancelled } from "../../src/operations/OperationContext";
import { WorkbookHost } from "../../src/operations/WorkbookHost";
import { toCell } from "../support/buildSnapshot";

export class RecordingHost implements WorkbookHost {
  readonly kind = "memory" as const;
  readonly patches: { patch: WorkbookPatch; tabOrder?: string[] }[] = [];
  readonly selections: string[] = [];
  reads = 0;

  constructor(public snapshot: WorkbookSnapshot) {}

  async readSnapshot(context?: OperationContext): Promise<WorkbookSnapshot> {
    throwIfCancelled(context);
    this.reads++;
    return structuredClone(this.snapshot);
  }

  async applyPatch(
    patch: WorkbookPatch,
    context?: OperationContext & { tabOrder?: string[] }
  ): Promise<void> {
    throwIfCancelled(context);
    this.patches.push({ patch, tabOrder: context?.tabOrder });
    for (const edit of patch.edits ?? []) {
      const { row, column } = parseCellAddress(edit.cell);
      const table = this.snapshot.tables.find((candidate) => candidate.sheet === edit.sheet);
      const cells = table?.rows[row - table.headerRow - 1];
      if (table && cells) cells[column - table.firstColumn] = toCell(edit.value);
    }
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.selections.push(`${sheet}!${cell}`);
  }
}
