import { CliMessageCode } from "./messages/cliMessages";
import { MessageParams } from "../core/messages/formatMessage";

/** A failure the user can act on: printed as one line, exit code 2, never a stack trace. */
export class CliError extends Error {
  constructor(
    readonly code: CliMessageCode,
    readonly params: MessageParams = {}
  ) {
    super(code);
  }
}
