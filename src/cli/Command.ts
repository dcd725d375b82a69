import { CliHelpCode } from "../core/messages/catalog/cliHelpMessages";
import { CliContext } from "./CliContext";

export type OptionSpec = { type: "string" | "boolean"; multiple?: boolean };

export type ParsedOptions = Record<string, string | boolean | string[] | undefined>;

/** One CLI command: its options, its help text, and what it does; returns the exit code. */
export type Command = {
  name: string;
  help: CliHelpCode;
  options: Record<string, OptionSpec>;
  run: (options: ParsedOptions, positionals: string[], context: CliContext) => Promise<number>;
};

export function stringOption(options: ParsedOptions, name: string): string | undefined {
  const value = options[name];
  return typeof value === "string" ? value : undefined;
}
