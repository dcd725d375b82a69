import * as React from "react";
import { PlanOperations } from "../../../operations/PlanOperations";
import { OperationRunner, useOperationRunner } from "../../operation/useOperationRunner";
import { describeWorkbook, WorkbookStatus } from "./describeWorkbook";

export type InicioFlowProps = {
  operations: PlanOperations;
  /** Told what the workbook is, each time it is read (the other flows use its periods and plan state). */
  onStatus?: (status: WorkbookStatus) => void;
  onGoTo: (flow: "plan" | "validar" | "semaforo") => void;
};

export type InicioFlowState = {
  runner: OperationRunner;
  status: WorkbookStatus | null;
  refresh: () => void;
  goTo: InicioFlowProps["onGoTo"];
};

/** Inicio reads the workbook (one operation: readSnapshot) when shown and on request. */
export function useInicioFlow(props: InicioFlowProps): InicioFlowState {
  const { operations, onStatus } = props;
  const runner = useOperationRunner();
  const [status, setStatus] = React.useState<WorkbookStatus | null>(null);
  const { run } = runner;
  const refresh = React.useCallback(() => {
    void run((context) => operations.readSnapshot(context)).then((done) => {
      if (!done) return;
      const described = describeWorkbook(done.value);
      setStatus(described);
      onStatus?.(described);
    });
  }, [operations, onStatus, run]);
  React.useEffect(refresh, [refresh]);
  return { runner, status, refresh, goTo: props.onGoTo };
}
