/** How a long operation reports its progress and learns that the user cancelled it. */
import { OperationError } from "./OperationError";

export type OperationStep =
  "read" | "validate" | "compute" | "import" | "layout" | "write" | "done";

export type OperationContext = {
  /** Aborted by the user's "Cancelar"; an operation checks it between steps and a host before each write. */
  signal?: AbortSignal;
  /** Called when an operation enters a step; `fraction` is 0…1 of the whole operation. */
  onProgress?: (step: OperationStep, fraction: number) => void;
};

/** Thrown (as a value the pane and CLI recognise) when the signal is aborted; nothing has been written. */
export class OperationCancelled extends OperationError {
  constructor() {
    super("operation.cancelled");
    this.name = "OperationCancelled";
  }
}

export function throwIfCancelled(context: OperationContext | undefined): void {
  if (context?.signal?.aborted) throw new OperationCancelled();
}

/** Checks the cancel signal, then reports entering `step`. */
export function enterStep(
  context: OperationContext | undefined,
  step: OperationStep,
  fraction: number
): void {
  throwIfCancelled(context);
  context?.onProgress?.(step, fraction);
}

/** Reports a step without checking the signal: after the host has written, the work is done and stays done. */
export function reportStep(
  context: OperationContext | undefined,
  step: OperationStep,
  fraction: number
): void {
  context?.onProgress?.(step, fraction);
}
