import { WorkbookSnapshot } from "../core/workbook/WorkbookSnapshot";
import { enterStep, OperationContext } from "./OperationContext";
import { WorkbookHost } from "./WorkbookHost";

/** The host's snapshot, for a pane that shows the workbook's areas before any operation. */
export async function readSnapshot(
  host: WorkbookHost,
  context?: OperationContext
): Promise<WorkbookSnapshot> {
  enterStep(context, "read", 0);
  const snapshot = await host.readSnapshot(context);
  enterStep(context, "done", 1);
  return snapshot;
}
