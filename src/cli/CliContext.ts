import { Language } from "../core/messages/Language";
import { cliMessages, CliMessageCode } from "../core/messages/catalog/cliMessages";
import { cliHelpMessages, CliHelpCode } from "../core/messages/catalog/cliHelpMessages";
import { formatMessage, MessageParams } from "../core/messages/formatMessage";

/** Where a command writes and in which language; tests pass their own sinks. */
export type CliContext = {
  language: Language;
  out: (text: string) => void;
  err: (text: string) => void;
};

export function say(context: CliContext, code: CliMessageCode, params?: MessageParams): string {
  return formatMessage(cliMessages, context.language, code, params);
}

export function helpText(context: CliContext, code: CliHelpCode): string {
  return formatMessage(cliHelpMessages, context.language, code);
}
