/**
 * Node's `parseArgs` refusals, which are English only ("Unknown option '--cutof'. To specify a positional
 * argument…"), as the CLI's own one-line messages in the user's language, with the option meant when one is close.
 */
import { CliError } from "./CliError";
import { closestName } from "./closestName";
import { Command } from "./Command";
import { SPANISH_OPTION_NAMES } from "./optionAliases";

const COMMON_OPTIONS = ["lang", "help"];

/** Every name an option of `command` answers to: English and Spanish. */
function knownNames(command: Command): string[] {
  const canonical = [...Object.keys(command.options), ...COMMON_OPTIONS];
  return [...canonical, ...canonical.flatMap((name) => SPANISH_OPTION_NAMES[name] ?? [])];
}

/** The option a parseArgs message names, e.g. `--out` in "Option '--out <value>' argument missing". */
function optionNamed(message: string): string | null {
  const match = /'(-{1,2}[^'\s=]+)/.exec(message);
  return match ? match[1] : null;
}

export function parseArgsError(error: unknown, command: Command, args: string[]): CliError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = optionNamed(message) ?? args.find((arg) => arg.startsWith("-")) ?? "";
  const known = knownNames(command);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const typed = option.replace(/^-+/, "").split("=")[0];
    const close = closestName(typed, known);
    return close
      ? new CliError("cli.unknownOptionSuggest", {
          option,
          command: command.name,
          suggestion: `--${close}`,
        })
      : new CliError("cli.unknownOption", { option, command: command.name });
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = option.replace(/^-+/, "");
    const spec = command.options[name];
    if (spec?.type === "boolean" || name === "help")
      return new CliError("cli.optionTakesNoValue", { option, command: command.name });
    return new CliError("cli.optionNeedsValue", { option, command: command.name });
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
    return new CliError("cli.unexpectedArgument", { command: command.name, argument: option });
  return new CliError("cli.badOption", { command: command.name, detail: option });
}
