import * as React from "react";
import { PlanOperations } from "../../../operations/PlanOperations";
import { RowSemaphore, SemaphoreReport } from "../../../core/semaphore/computeSemaphore";
import { OperationRunner, useOperationRunner } from "../../operation/useOperationRunner";

export type SemaforoFlowProps = {
  operations: PlanOperations;
  /** The plan's period labels (T1…T4, or the template's). */
  periodLabels: string[];
  /** The cut-off in `Corte` now, when it is a period. */
  cutoff: string | null;
  /** Told after `Corte` was written. */
  onChanged?: () => void;
};

export type SemaforoFlowState = {
  runner: OperationRunner;
  cutoff: string;
  setCutoff: (cutoff: string) => void;
  periodLabels: string[];
  report: SemaphoreReport | null;
  redRows: RowSemaphore[];
  overRows: RowSemaphore[];
  errorRows: RowSemaphore[];
  /** Rows left out of each area's figure because of an error (SPEC §5.1), by area code: the core's own count. */
  errorsByArea: Map<string, number>;
  apply: () => void;
  goTo: (row: RowSemaphore) => void;
};

/** The ID cell of a semáforo row: area tables start in column A (core/workbook/layout/areaSheet). */
export const rowCell = (row: RowSemaphore): string => `A${row.row}`;

/** Semáforo: shows the figures at the workbook's cut-off; choosing another cut-off writes `Corte` and recomputes. */
export function useSemaforoFlow(props: SemaforoFlowProps): SemaforoFlowState {
  const { operations, onChanged } = props;
  const runner = useOperationRunner();
  const [report, setReport] = React.useState<SemaphoreReport | null>(null);
  const [cutoff, setChosenCutoff] = React.useState(props.cutoff ?? props.periodLabels[0] ?? "");
  // Once the user picks a cut-off, the opening reading (which may end later: its code is fetched on first use) must
  // not put the workbook's back in its place.
  const chosen = React.useRef(false);
  const setCutoff = React.useCallback((next: string) => {
    chosen.current = true;
    setChosenCutoff(next);
  }, []);
  const { run } = runner;

  React.useEffect(() => {
    void run((context) => operations.semaphore({}, context)).then((done) => {
      if (!done) return;
      setReport(done.value);
      if (!chosen.current) setChosenCutoff(done.value.cutoff);
    });
  }, [operations, run]);

  const apply = (): void => {
    void run((context) => operations.semaphore({ cutoff, writeCutoff: true }, context)).then(
      (done) => {
        if (!done) return;
        setReport(done.value);
        onChanged?.();
      }
    );
  };

  const rows = report?.rows ?? [];
  // The core decides which rows are left out (RowSemaphore.leftOut, AreaSemaphore.rowsWithErrors): the pane shows
  // exactly what the CLI, the sheets and the informe count, never a count of its own.
  const errorsByArea = new Map(
    (report?.areas ?? []).map((area) => [area.code, area.rowsWithErrors])
  );
  const periodLabels =
    props.periodLabels.length > 0 ? props.periodLabels : report ? [report.cutoff] : [];
  return {
    runner,
    cutoff,
    setCutoff,
    periodLabels,
    report,
    redRows: rows.filter((row) => row.band === "rojo" && !row.leftOut),
    overRows: rows.filter((row) => row.overExecution && !row.leftOut),
    errorRows: rows.filter((row) => row.leftOut),
    errorsByArea,
    apply,
    goTo: (row) => {
      operations.selectCell(row.sheet, rowCell(row)).catch(() => undefined);
    },
  };
}
