/** `plan-matrix template [--from-text FILE] [--out FILE] [--force]` (SPEC §8). */
import { say } from "../CliContext";
import { CommandRun, stringOption } from "../Command";
import { checkOutputPath, writeOutputFile } from "../files";
import { countObjectives, resolveTemplate } from "../templateSource";

export const templateCommand: CommandRun = async (options, _positionals, context) => {
  const out = stringOption(options, "out");
  const textFile = stringOption(options, "from-text");
  if (out !== undefined)
    await checkOutputPath(out, {
      force: options.force === true,
      inputs: textFile ? [textFile] : [],
    });
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
  await writeOutputFile(out, json + "\n");
  context.out(say(context, "cli.templateWritten", { path: out, ...countObjectives(template) }));
  return 0;
};
