/** `plan-matrix generate [--template FILE | --from-text FILE] [--year N] --out FILE.xlsx [--force]` (SPEC §8). */
import { layoutWorkbook } from "../../core/workbook/layoutWorkbook";
import { withYear } from "../../core/template/withYear";
import { workbookFromPatch, workbookToBuffer } from "../../shells/xlsx/workbookFile";
import { say } from "../CliContext";
import { CliError } from "../CliError";
import { Command, stringOption } from "../Command";
import { checkOutputPath, writeOutputFile } from "../files";
import { countObjectives, resolveTemplate } from "../templateSource";

function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 2000 || year > 2100)
    throw new CliError("cli.badYear", { value });
  return year;
}

export const generateCommand: Command = {
  name: "generate",
  help: "cli.help.generate",
  options: {
    template: { type: "string" },
    "from-text": { type: "string" },
    year: { type: "string" },
    out: { type: "string" },
    force: { type: "boolean" },
  },
  async run(options, _positionals, context) {
    const out = stringOption(options, "out");
    if (out === undefined)
      throw new CliError("cli.missingOption", { option: "--out", command: "generate" });
    const year = parseYear(stringOption(options, "year"));
    const inputs = [stringOption(options, "template"), stringOption(options, "from-text")].filter(
      (file): file is string => file !== undefined
    );
    await checkOutputPath(out, { force: options.force === true, inputs });
    const source = await resolveTemplate(options, context, context.out);
    const template = year === undefined ? source : withYear(source, year);
    const workbook = await workbookFromPatch(layoutWorkbook(template));
    await writeOutputFile(out, await workbookToBuffer(workbook));
    context.out(
      say(context, "cli.generated", {
        path: out,
        year: template.year,
        ...countObjectives(template),
      })
    );
    return 0;
  },
};
