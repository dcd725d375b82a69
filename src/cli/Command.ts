import { CliHelpCode } from "./messages/cliHelpMessages";
import { CliContext } from "./CliContext";

export type OptionSpec = { type: "string" | "boolean"; multiple?: boolean };

export type ParsedOptions = Record<string, string | boolean | string[] | undefined>;

/** What a command does, given its parsed options and files; returns the exit code. */
export type CommandRun = (
  options: ParsedOptions,
  positionals: string[],
  context: CliContext
) => Promise<number>;

/**
 * One CLI command: its name, help text and options (enough to parse and explain it), and how to load what it does.
 * `load` imports the command's module only when the command runs, so `--help` or one command does not load the
 * others' operations, shells and renderers.
 */
export type Command = {
  name: string;
  help: CliHelpCode;
  options: Record<string, OptionSpec>;
  load: () => Promise<CommandRun>;
};

export function stringOption(options: ParsedOptions, name: string): string | undefined {
  const value = options[name];
  return typeof value === "string" ? value : undefined;
}
