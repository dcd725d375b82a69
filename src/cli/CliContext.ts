import { Language } from "../core/messages/Language";
import { cliMessages, CliMessageCode } from "./messages/cliMessages";
import { cliHelpMessages, CliHelpCode } from "./messages/cliHelpMessages";
import { fillPlaceholders, MessageParams } from "../core/messages/formatMessage";
import { CliVocabulary } from "./CliVocabulary";

/** Where a command writes, in which language, and with the names the user typed; tests pass their own sinks. */
export type CliContext = {
  language: Language;
  out: (text: string) => void;
  err: (text: string) => void;
  /** The command and option names messages use (the ones typed); absent: the canonical names. */
  names?: CliVocabulary;
};

/** A `command` or `option` parameter (canonical, as the commands pass it) in the names the user typed. */
function typedParams(context: CliContext, params?: MessageParams): MessageParams | undefined {
  const names = context.names;
  if (names === undefined || params === undefined) return params;
  const shown = { ...params };
  if (typeof shown.command === "string") shown.command = names.command(shown.command);
  if (typeof shown.option === "string" && /^--[a-z][a-z-]*$/.test(shown.option))
    shown.option = names.option(shown.option.slice(2));
  return shown;
}

export function say(context: CliContext, code: CliMessageCode, params?: MessageParams): string {
  const text = cliMessages[context.language][code];
  const rendered = context.names ? context.names.render(text) : text;
  return fillPlaceholders(rendered, typedParams(context, params));
}

export function helpText(context: CliContext, code: CliHelpCode): string {
  return cliHelpMessages[context.language][code];
}
