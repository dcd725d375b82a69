import * as React from "react";
import { ImportedWorkbook, PlanOperations } from "../../../operations/PlanOperations";
import { Consolidation } from "../../../core/consolidation/consolidatePlan";
import { WorkbookSnapshot } from "../../../core/workbook/WorkbookSnapshot";
import { OperationRunner, useOperationRunner } from "../../operation/useOperationRunner";
import { readFileBytes } from "../../readFile";
import { today as todayInUserZone } from "../../../operations/today";

export type ConsolidarFlowProps = {
  operations: PlanOperations;
  /** Area workbook bytes → snapshot, through the package layer in the pane. */
  readAreaWorkbook: (bytes: Uint8Array, file: string) => Promise<WorkbookSnapshot>;
  onChanged?: () => void;
  /** yyyy-mm-dd; tests fix it. */
  today?: () => string;
};

export type PickedFile =
  | { file: string; snapshot: WorkbookSnapshot; problem: null }
  /** `problem`: what reading threw (an OperationError the pane puts in words, failures/errorText.ts). */
  | { file: string; snapshot: null; problem: unknown };

export type ConsolidarFlowState = {
  runner: OperationRunner;
  picked: PickedFile[];
  reading: boolean;
  pick: (files: File[]) => void;
  remove: (file: string) => void;
  consolidate: () => void;
  result: Consolidation | null;
};

/** Consolidar: area workbooks picked from disk are read here (nothing leaves the machine), then one consolidate. */
export function useConsolidarFlow(props: ConsolidarFlowProps): ConsolidarFlowState {
  const { operations, readAreaWorkbook, onChanged } = props;
  const today = props.today ?? (() => todayInUserZone());
  const runner = useOperationRunner();
  const [picked, setPicked] = React.useState<PickedFile[]>([]);
  const [reading, setReading] = React.useState(false);
  const [result, setResult] = React.useState<Consolidation | null>(null);

  const pick = (files: File[]): void => {
    if (files.length === 0) return;
    setReading(true);
    void Promise.all(
      files.map(async (file): Promise<PickedFile> => {
        try {
          const snapshot = await readAreaWorkbook(await readFileBytes(file), file.name);
          return { file: file.name, snapshot, problem: null };
        } catch (error) {
          return {
            file: file.name,
            snapshot: null,
            problem: error,
          };
        }
      })
    ).then((read) => {
      setReading(false);
      setPicked((before) => [
        ...before.filter((entry) => !read.some((next) => next.file === entry.file)),
        ...read,
      ]);
    });
  };

  const consolidate = (): void => {
    const imports: ImportedWorkbook[] = picked.flatMap((entry) =>
      entry.snapshot ? [{ file: entry.file, snapshot: entry.snapshot }] : []
    );
    setResult(null);
    void runner
      .run((context) => operations.consolidate({ imports, today: today() }, context))
      .then((done) => {
        if (!done) return;
        setResult(done.value);
        onChanged?.();
      });
  };

  return {
    runner,
    picked,
    reading,
    pick,
    remove: (file) => setPicked((before) => before.filter((entry) => entry.file !== file)),
    consolidate,
    result,
  };
}
