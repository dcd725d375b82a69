import * as React from "react";
import {
  ConsolidateResult,
  ImportedWorkbook,
  ImportResult,
  PlanOperations,
} from "../../../operations/PlanOperations";
import { AreaConflict } from "../../../core/import/planAreaImport";
import { Language } from "../../../core/messages/Language";
import { WorkbookSnapshot } from "../../../core/workbook/WorkbookSnapshot";
import { formatOperationError } from "../../../operations/formatOperationError";
import { isOperationError } from "../../../operations/OperationError";
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

/**
 * A picked file: read, or why not — in plain words, the sentence of its error (`reason`), or, for an error without
 * one, its detail inside `pane.consolidar.fileUnreadable`.
 */
export type PickedFile =
  | { file: string; snapshot: WorkbookSnapshot; problem: null }
  | { file: string; snapshot: null; problem: { reason: string } | { detail: string } };

export type Answer = "replace" | "keep";

export type ConsolidarFlowState = {
  runner: OperationRunner;
  picked: PickedFile[];
  reading: boolean;
  pick: (files: File[]) => void;
  remove: (file: string) => void;
  /** Importar: the picked files into their areas' tabs; conflicts become `question`. */
  importFiles: () => void;
  /** Areas whose tab differs from their file, waiting for an answer; null when nothing is asked. */
  question: AreaConflict[] | null;
  answers: Record<string, Answer>;
  answer: (area: string, choice: Answer) => void;
  confirm: () => void;
  cancelQuestion: () => void;
  imported: ImportResult | null;
  consolidate: () => void;
  result: ConsolidateResult | null;
};

/**
 * Consolidar (SPEC §6): area workbooks picked from disk are read here (nothing leaves the machine) and imported into
 * their tabs — for each area whose tab already holds different typed values, the user answers Reemplazar or Conservar
 * first; then Consolidar reads the tabs.
 */
export function useConsolidarFlow(
  props: ConsolidarFlowProps,
  language: Language
): ConsolidarFlowState {
  const { operations, readAreaWorkbook, onChanged } = props;
  const today = props.today ?? (() => todayInUserZone());
  const runner = useOperationRunner();
  const [picked, setPicked] = React.useState<PickedFile[]>([]);
  const [reading, setReading] = React.useState(false);
  const [question, setQuestion] = React.useState<AreaConflict[] | null>(null);
  const [answers, setAnswers] = React.useState<Record<string, Answer>>({});
  const [imported, setImported] = React.useState<ImportResult | null>(null);
  const [result, setResult] = React.useState<ConsolidateResult | null>(null);

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
            problem: isOperationError(error)
              ? { reason: formatOperationError(error, language) }
              : { detail: error instanceof Error ? error.message : String(error) },
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

  const readable = (): ImportedWorkbook[] =>
    picked.flatMap((entry) =>
      entry.snapshot ? [{ file: entry.file, snapshot: entry.snapshot }] : []
    );

  const runImport = (replace: string[], keep: string[]): void => {
    setImported(null);
    setResult(null);
    void runner
      .run((context) =>
        operations.importAreas({ imports: readable(), replace, keep, today: today() }, context)
      )
      .then((done) => {
        if (!done) return;
        const value = done.value;
        if (value.refused) {
          setQuestion(value.conflicts);
          setAnswers({});
          return;
        }
        setQuestion(null);
        setImported(value);
        if (value.written) onChanged?.();
      });
  };

  const importFiles = (): void => runImport([], []);

  const confirm = (): void => {
    if (!question) return;
    const replace = question
      .filter((conflict) => conflict.kind === "tabDiffers" && answers[conflict.area] === "replace")
      .map((conflict) => conflict.area);
    // Two files for one area are never merged: that area stays as it is.
    const keep = question
      .filter((conflict) => !replace.includes(conflict.area))
      .map((conflict) => conflict.area);
    runImport(replace, keep);
  };

  const consolidate = (): void => {
    setResult(null);
    void runner
      .run((context) => operations.consolidate({ today: today() }, context))
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
    importFiles,
    question,
    answers,
    answer: (area, choice) => setAnswers((before) => ({ ...before, [area]: choice })),
    confirm,
    cancelQuestion: () => setQuestion(null),
    imported,
    consolidate,
    result,
  };
}
