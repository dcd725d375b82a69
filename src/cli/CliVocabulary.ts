/**
 * The names the user typed (SPEC §8: every command and option has a Spanish name beside the English one, and
 * messages repeat the names the user typed). The catalogues and the commands speak the English (canonical) names;
 * a vocabulary turns a message's `plan-matrix validate` and `--cutoff` into `plan-matrix validar` and `--corte`
 * when the user typed Spanish names, and back into exactly what they typed where they typed it.
 */
import { COMMAND_ALIASES } from "./commands/commandAliases";
import { OPTION_ALIASES, SPANISH_OPTION_NAMES } from "./optionAliases";

export type CliVocabulary = {
  /** Whether messages name commands and options in Spanish (the user typed a Spanish name). */
  spanish: boolean;
  /** The command as the user should read it: as typed, or in the vocabulary's language. */
  command: (canonical: string) => string;
  /** `--name` as the user should read it, for a canonical option name. */
  option: (canonical: string) => string;
  /** A catalogue text with its `plan-matrix <command>` and `--option` words in this vocabulary. */
  render: (text: string) => string;
};

const SPANISH_COMMAND_NAMES: Record<string, string> = Object.fromEntries(
  Object.entries(COMMAND_ALIASES)
    .filter(([spanish]) => spanish === spanish.normalize("NFD").replace(/[\u0300-\u036f]/g, ""))
    .map(([spanish, canonical]) => [canonical, spanish])
);

/** The canonical option name of a typed `--name` (without dashes), or the name itself when it is no alias. */
export function canonicalOption(typed: string): string {
  return OPTION_ALIASES[typed.toLowerCase()] ?? typed;
}

/** `--opción[=valor]` → `--option[=valor]`, and the option's typed name, for each argument that is an alias. */
export function translateArguments(args: string[]): { args: string[]; typed: Map<string, string> } {
  const typed = new Map<string, string>();
  const translated = args.map((arg) => {
    const match = /^--([^=]+)(=.*)?$/.exec(arg);
    if (!match) return arg;
    const canonical = canonicalOption(match[1]);
    typed.set(canonical, match[1]);
    return `--${canonical}${match[2] ?? ""}`;
  });
  return { args: translated, typed };
}

export function cliVocabulary(
  typedCommand: string | undefined,
  typedOptions: Map<string, string> = new Map()
): CliVocabulary {
  const commandIsSpanish =
    typedCommand !== undefined && COMMAND_ALIASES[typedCommand.toLowerCase()] !== undefined;
  const optionIsSpanish = [...typedOptions.values()].some(
    (name) => OPTION_ALIASES[name.toLowerCase()] !== undefined
  );
  const spanish = commandIsSpanish || optionIsSpanish;
  const typedCanonical =
    typedCommand === undefined
      ? undefined
      : (COMMAND_ALIASES[typedCommand.toLowerCase()] ?? typedCommand.toLowerCase());
  const command = (canonical: string): string => {
    if (typedCommand !== undefined && canonical === typedCanonical) return typedCommand;
    return spanish ? (SPANISH_COMMAND_NAMES[canonical] ?? canonical) : canonical;
  };
  const option = (canonical: string): string => {
    const name = typedOptions.get(canonical);
    if (name !== undefined) return `--${name}`;
    return `--${spanish ? (SPANISH_OPTION_NAMES[canonical] ?? canonical) : canonical}`;
  };
  const render = (text: string): string =>
    text
      .replace(/plan-matrix ([a-z]+)/g, (whole, name: string) =>
        SPANISH_COMMAND_NAMES[name] !== undefined ? `plan-matrix ${command(name)}` : whole
      )
      .replace(/--([a-z][a-z-]*)/g, (whole, name: string) =>
        SPANISH_OPTION_NAMES[name] !== undefined ? option(name) : whole
      );
  return { spanish, command, option, render };
}
