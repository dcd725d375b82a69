import * as React from "react";
import {
  OperationCancelled,
  OperationContext,
  OperationStep,
} from "../../operations/OperationContext";

export type RunnerStatus = "idle" | "running" | "done" | "cancelled" | "failed";

export type OperationRunner = {
  status: RunnerStatus;
  step: OperationStep | null;
  /** 0…1 of the whole operation, as the operation reports it. */
  fraction: number;
  /** What the operation threw (null until it fails): the pane puts it in words (failures/errorText.ts). */
  failure: unknown;
  /**
   * Runs one operation with a fresh AbortController; resolves with its result, or null when cancelled, failed or
   * superseded (another run began before it ended).
   */
  run: <T>(work: (context: OperationContext) => Promise<T>) => Promise<{ value: T } | null>;
  cancel: () => void;
};

function isCancellation(error: unknown): boolean {
  return (
    error instanceof OperationCancelled ||
    (error instanceof Error && (error.name === "OperationCancelled" || error.name === "AbortError"))
  );
}

/** Progress, cancel and failure of the one operation a flow runs at a time. */
export function useOperationRunner(): OperationRunner {
  const [status, setStatus] = React.useState<RunnerStatus>("idle");
  const [step, setStep] = React.useState<OperationStep | null>(null);
  const [fraction, setFraction] = React.useState(0);
  const [failure, setFailure] = React.useState<unknown>(null);
  const controller = React.useRef<AbortController | null>(null);
  // The run begun last, kept after it ends. A run that ends after a newer one began speaks for nothing on screen: its
  // result, status or failure would put older figures over newer ones (a slow first reading ending after the user's
  // own request, or a second refresh).
  const latest = React.useRef<AbortController | null>(null);
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      controller.current?.abort();
    };
  }, []);

  const run = React.useCallback(
    async <T>(work: (context: OperationContext) => Promise<T>): Promise<{ value: T } | null> => {
      const own = new AbortController();
      controller.current = own;
      latest.current = own;
      const superseded = (): boolean => latest.current !== own;
      setStatus("running");
      setStep(null);
      setFraction(0);
      setFailure(null);
      try {
        const result = await work({
          signal: own.signal,
          onProgress: (next, part) => {
            if (!mounted.current || controller.current !== own) return;
            setStep(next);
            setFraction(part);
          },
        });
        if (own.signal.aborted) throw new OperationCancelled();
        if (superseded()) return null;
        if (mounted.current) setStatus("done");
        return { value: result };
      } catch (error) {
        if (!mounted.current || superseded()) return null;
        if (isCancellation(error) || own.signal.aborted) {
          setStatus("cancelled");
        } else {
          setStatus("failed");
          setFailure(error);
        }
        return null;
      } finally {
        if (controller.current === own) controller.current = null;
      }
    },
    []
  );

  const cancel = React.useCallback(() => controller.current?.abort(), []);
  return { status, step, fraction, failure, run, cancel };
}
