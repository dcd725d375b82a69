import { Language } from "../core/messages/Language";
import { operationMessages } from "../core/messages/catalog/operationMessages";
import { packageMessages, PackageFaultCode } from "../core/messages/catalog/packageMessages";
import { upgradeMessages } from "../core/messages/catalog/upgradeMessages";
import { formatMessage } from "../core/messages/formatMessage";
import { OperationError } from "./OperationError";

/**
 * Why an operation failed, in the user's language, for the messages with a `{reason}`: an upgrade refusal, or what
 * is damaged in a package (`fault`, a code of `packageMessages`).
 */
export function operationErrorReason(error: OperationError, language: Language): string {
  if (error.refusal)
    return formatMessage(upgradeMessages, language, error.refusal.code, error.refusal.params);
  const fault = error.params.fault;
  if (typeof fault === "string" && fault in packageMessages.es)
    return formatMessage(packageMessages, language, fault as PackageFaultCode, error.params);
  return formatMessage(packageMessages, language, "package.damaged");
}

/** The text of an operation error in the user's language (the pane's message bar). */
export function formatOperationError(error: OperationError, language: Language): string {
  return formatMessage(operationMessages, language, error.code, {
    reason: operationErrorReason(error, language),
    ...error.params,
  });
}
