/**
 * `plan-matrix template [--from-text FILE | --from-xlsx FILE [--sheet NAME] [--map "Encabezado=campo" …]] [--year N]
 * [--out FILE] [--force]` (SPEC §8).
 */
import { say } from "../CliContext";
import { CommandRun, stringOption } from "../Command";
import { checkOutputPath, writeOutputFile } from "../files";
import { countObjectives, resolveTemplate } from "../templateSource";

export const templateCommand: CommandRun = async (options, _positionals, context) => {
  const out = stringOption(options, "out");
  const inputs = [stringOption(options, "from-text"), stringOption(options, "from-xlsx")].filter(
    (file): file is string => file !== undefined
  );
  if (out !== undefined) await checkOutputPath(out, { force: options.force === true, inputs });
  // Printed JSON goes to stdout alone, so the import report then goes to stderr.
  const template = await resolveTemplate(
    options,
    context,
    out === undefined ? context.err : context.out
  );
  const json = JSON.stringify(template, null, 2);
  if (out === undefined) {
    context.out(json);
    return 0;
  }
  await writeOutputFile(out, json + "\n", { force: options.force === true, inputs });
  context.out(say(context, "cli.templateWritten", { path: out, ...countObjectives(template) }));
  return 0;
};
