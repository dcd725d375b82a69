/** `plan-matrix <command>`: dispatch, language, help and the exit-code contract of SPEC §8. */
import { parseArgs } from "node:util";
import { DEFAULT_LANGUAGE, isLanguage, Language } from "../core/messages/Language";
import { CliContext, helpText, say } from "./CliContext";
import { CliError } from "./CliError";
import { Command } from "./Command";
import { COMMANDS } from "./commands";
import { cliErrorOf } from "./cliErrorOf";
import { COMMAND_ALIASES } from "./commands/commandAliases";
import { parseArgsError } from "./parseArgsError";
import { closestName } from "./closestName";
import { OperationError } from "../operations/OperationError";
import { cliVocabulary, translateArguments } from "./CliVocabulary";
import { CLI_VERSION } from "./cliVersion";
import { terminalText } from "./terminalText";

const HELP_WORDS = ["--help", "-h", "help", "--ayuda", "ayuda"];
const VERSION_WORDS = ["--version", "-v", "version"];

/** How many plain arguments (files) a command takes; the rest take options only. */
const POSITIONALS: Record<string, number> = { template: 0, generate: 0, import: Infinity };

/**
 * An argument no command takes. Right after a value of an option that may be repeated (`--import a.xlsx b.xlsx`),
 * it is most likely a second value: the message shows the option repeated.
 */
function extraArgumentError(command: Command, args: string[], extra: string): CliError {
  const at = args.indexOf(extra);
  const option = at >= 2 ? /^--([^=]+)$/.exec(args[at - 2])?.[1] : undefined;
  if (option !== undefined && command.options[option]?.multiple === true)
    return new CliError("cli.repeatOption", {
      command: command.name,
      option: `--${option}`,
      first: args[at - 1],
      argument: extra,
    });
  return new CliError("cli.unexpectedArgument", { command: command.name, argument: extra });
}

export const EXIT = { ok: 0, validationErrors: 1, usage: 2 } as const;

/** `--lang es` or `--idioma=en` (read before the command, so every message is in that language). */
const LANGUAGE_OPTIONS = ["--lang", "--idioma"];
const isLanguageOption = (arg: string): boolean =>
  LANGUAGE_OPTIONS.includes(arg) || LANGUAGE_OPTIONS.some((name) => arg.startsWith(`${name}=`));

function languageOf(argv: string[]): Language | { invalid: string } {
  for (let i = 0; i < argv.length; i++) {
    const value = LANGUAGE_OPTIONS.includes(argv[i])
      ? argv[i + 1]
      : isLanguageOption(argv[i])
        ? argv[i].slice(argv[i].indexOf("=") + 1)
        : undefined;
    if (value !== undefined) return isLanguage(value) ? value : { invalid: value };
  }
  return DEFAULT_LANGUAGE;
}

function parseCommandArgs(
  command: Command,
  args: string[]
): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: {
        ...command.options,
        lang: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
      strict: true,
    });
    return { values, positionals };
  } catch (error) {
    throw parseArgsError(error, command, args);
  }
}

/** A command by its English name or its Spanish alias; an unknown name is refused with the closest one. */
function findCommand(name: string): Command {
  const canonical = COMMAND_ALIASES[name.toLowerCase()] ?? name.toLowerCase();
  const command = COMMANDS.find((candidate) => candidate.name === canonical);
  if (command) return command;
  const names = [...COMMANDS.map((candidate) => candidate.name), ...Object.keys(COMMAND_ALIASES)];
  const close = closestName(name, names);
  if (close) throw new CliError("cli.unknownCommandSuggest", { command: name, suggestion: close });
  throw new CliError("cli.unknownCommand", { command: name });
}

export async function runCli(
  argv: string[],
  sinks: Pick<CliContext, "out" | "err">
): Promise<number> {
  const language = languageOf(argv);
  // The one print path: every line, whatever it shows (a cell, a path, a file's bytes), is made safe for a terminal.
  const context: CliContext = {
    language: typeof language === "string" ? language : DEFAULT_LANGUAGE,
    out: (text) => sinks.out(terminalText(text)),
    err: (text) => sinks.err(terminalText(text)),
  };
  try {
    if (typeof language !== "string")
      throw new CliError("cli.badLanguage", { value: language.invalid });
    const [name, ...typedRest] = argv.filter(
      (arg, i) => !(isLanguageOption(arg) || LANGUAGE_OPTIONS.includes(argv[i - 1]))
    );
    if (name === undefined || HELP_WORDS.includes(name)) {
      context.out(helpText(context, "cli.usage"));
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (VERSION_WORDS.includes(name)) {
      context.out(`plan-matrix ${CLI_VERSION}`);
      return EXIT.ok;
    }
    const { args: rest, typed } = translateArguments(typedRest);
    context.names = cliVocabulary(name, typed);
    const command = findCommand(name);
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      context.out(helpText(context, command.help));
      return EXIT.ok;
    }
    const extra = positionals.slice(POSITIONALS[command.name] ?? 1)[0];
    if (extra !== undefined) throw extraArgumentError(command, rest, extra);
    const run = await command.load();
    return await run(values, positionals, context);
  } catch (caught) {
    const error =
      caught instanceof OperationError ? cliErrorOf(caught, "", context.language) : caught;
    if (error instanceof CliError) {
      context.err(say(context, error.code, error.params));
    } else {
      context.err(
        say(context, "cli.unexpected", {
          detail: error instanceof Error ? error.message : String(error),
        })
      );
      if (process.env.PLAN_MATRIX_DEBUG) context.err(String((error as Error).stack));
    }
    return EXIT.usage;
  }
}

/** Resolves once everything written to stdout so far has been handed to the system (or failed). */
function flushed(): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.destroyed) resolve();
    else process.stdout.write("", () => resolve());
  });
}

/**
 * The CLI on the process's stdio. Output that cannot be written (a full disk, `> /dev/full`) is an error: one line
 * on stderr and exit 2, never exit 0 with an empty file.
 */
export async function main(argv: string[]): Promise<number> {
  let failure: NodeJS.ErrnoException | null = null;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    // A reader that stops early (`| head`) is not an error of ours.
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    failure ??= error;
  });
  const code = await runCli(argv, {
    out: (text) =>
      process.stdout.write(text + "\n", (error) => {
        if (error && (error as NodeJS.ErrnoException).code !== "EPIPE") failure ??= error;
      }),
    err: (text) => process.stderr.write(text + "\n"),
  });
  await flushed();
  if (failure === null) return code;
  const language = languageOf(argv);
  const context: CliContext = {
    language: typeof language === "string" ? language : DEFAULT_LANGUAGE,
    out: () => undefined,
    err: (text) => process.stderr.write(terminalText(text) + "\n"),
  };
  context.err(
    say(context, "cli.outputFailed", { detail: (failure as NodeJS.ErrnoException).code ?? "" })
  );
  return EXIT.usage;
}
