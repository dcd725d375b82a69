import { Language } from "../core/messages/Language";
import { operationMessages } from "../core/messages/catalog/operationMessages";
import { upgradeMessages } from "../core/messages/catalog/upgradeMessages";
import { formatMessage } from "../core/messages/formatMessage";
import { OperationError } from "./OperationError";

/** The text of an operation error in the user's language (the pane's message bar). */
export function formatOperationError(error: OperationError, language: Language): string {
  const reason = error.refusal
    ? formatMessage(upgradeMessages, language, error.refusal.code, error.refusal.params)
    : "";
  return formatMessage(operationMessages, language, error.code, { reason, ...error.params });
}
