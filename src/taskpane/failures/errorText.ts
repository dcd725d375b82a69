/**
 * A failure as the pane says it: an `OperationError` as its catalogued sentence in the user's language (what
 * happened and what to do; never its code); anything else — a bug or the browser's own error — as its message.
 */
import { Language } from "../../core/messages/Language";
import { formatOperationError } from "../../operations/formatOperationError";
import { isOperationError } from "../../operations/OperationError";

export function errorText(error: unknown, language: Language): string {
  if (isOperationError(error)) return formatOperationError(error, language);
  return error instanceof Error ? error.message : String(error);
}
