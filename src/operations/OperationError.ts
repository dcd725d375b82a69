/**
 * The one error an operation (or its host) throws for a failure the user must see: a message code from the
 * catalogue and its parameters, never a text. The CLI turns it into one line and exit code 2; the pane into a
 * message bar. Anything else thrown is a bug (a broken invariant), shown as "unexpected".
 */
import { OperationMessageCode } from "../core/messages/catalog/operationMessages";
import { MessageParams } from "../core/messages/formatMessage";
import { UpgradeRefusal } from "../core/upgrade/upgradeRefusal";

export class OperationError extends Error {
  constructor(
    readonly code: OperationMessageCode,
    readonly params: MessageParams = {},
    /** `operation.upgradeRefused`: why, in the upgrade catalogue (its text fills `{reason}`). */
    readonly refusal?: UpgradeRefusal
  ) {
    super(code);
    this.name = "OperationError";
  }
}

export function isOperationError(error: unknown): error is OperationError {
  return error instanceof OperationError;
}
