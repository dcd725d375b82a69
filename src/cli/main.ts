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

/** How many plain arguments (files) a command takes; the rest take options only. */
const POSITIONALS: Record<string, number> = { template: 0, generate: 0 };

export const EXIT = { ok: 0, validationErrors: 1, usage: 2 } as const;

function languageOf(argv: string[]): Language | { invalid: string } {
  for (let i = 0; i < argv.length; i++) {
    const value =
      argv[i] === "--lang"
        ? argv[i + 1]
        : argv[i].startsWith("--lang=")
          ? argv[i].slice(7)
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
  const context: CliContext = {
    language: typeof language === "string" ? language : DEFAULT_LANGUAGE,
    ...sinks,
  };
  try {
    if (typeof language !== "string")
      throw new CliError("cli.badLanguage", { value: language.invalid });
    const [name, ...rest] = argv.filter(
      (arg, i) => !(arg === "--lang" || arg.startsWith("--lang=") || argv[i - 1] === "--lang")
    );
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      context.out(helpText(context, "cli.usage"));
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    const command = findCommand(name);
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      context.out(helpText(context, command.help));
      return EXIT.ok;
    }
    const extra = positionals.slice(POSITIONALS[command.name] ?? 1)[0];
    if (extra !== undefined)
      throw new CliError("cli.unexpectedArgument", { command: command.name, argument: extra });
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

export function main(argv: string[]): Promise<number> {
  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  return runCli(argv, {
    out: (text) => process.stdout.write(text + "\n"),
    err: (text) => process.stderr.write(text + "\n"),
  });
}
