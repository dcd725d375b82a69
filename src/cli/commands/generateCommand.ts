/** `plan-matrix generate [--template FILE | --from-text FILE] [--year N] --out FILE.xlsx [--force]` (SPEC §8). */
import { withYear } from "../../core/template/withYear";
import { generate } from "../../operations/generate";
import { FileHost } from "../../shells/xlsx/FileHost";
import { say } from "../CliContext";
import { onFile } from "../cliErrorOf";
import { CliError } from "../CliError";
import { CommandRun, stringOption } from "../Command";
import { countObjectives, resolveTemplate } from "../templateSource";

function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 2000 || year > 2100)
    throw new CliError("cli.badYear", { value });
  return year;
}

export const generateCommand: CommandRun = async (options, _positionals, context) => {
  const out = stringOption(options, "out");
  if (out === undefined)
    throw new CliError("cli.missingOption", { option: "--out", command: "generate" });
  const year = parseYear(stringOption(options, "year"));
  const inputs = [stringOption(options, "template"), stringOption(options, "from-text")].filter(
    (file): file is string => file !== undefined
  );
  const host = new FileHost({ output: out, force: options.force === true, otherInputs: inputs });
  await onFile(out, context.language, () => host.checkOutput());
  const source = await resolveTemplate(options, context, context.out);
  const template = year === undefined ? source : withYear(source, year);
  await onFile(out, context.language, () => generate(host, { template }));
  context.out(
    say(context, "cli.generated", {
      path: out,
      year: template.year,
      ...countObjectives(template),
    })
  );
  return 0;
};
