import * as React from "react";
import { PlanOperations } from "../../operations/PlanOperations";
import { WorkbookStatus } from "../../operations/describeWorkbook";
import { OperationRunner, useOperationRunner } from "../operation/useOperationRunner";

export type WorkbookStatusState = {
  runner: OperationRunner;
  status: WorkbookStatus | null;
  refresh: () => void;
};

/**
 * What the open workbook is, read with one describeWorkbook operation when the pane opens and again each time `revision` changes
 * (after a flow wrote to the workbook). Inicio shows it; Plan, Semáforo and Informe use its plan state and periods.
 */
export function useWorkbookStatus(
  operations: PlanOperations | null,
  revision: number
): WorkbookStatusState {
  const runner = useOperationRunner();
  const [status, setStatus] = React.useState<WorkbookStatus | null>(null);
  const { run } = runner;
  const refresh = React.useCallback(() => {
    if (!operations) return;
    void run((context) => operations.describeWorkbook(context)).then((done) => {
      if (done) setStatus(done.value);
    });
  }, [operations, run]);
  React.useEffect(refresh, [refresh, revision]);
  return { runner, status, refresh };
}
