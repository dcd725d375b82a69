/**
 * `plan-matrix generate [--template FILE | --from-text FILE | --from-xlsx FILE [--sheet NAME] [--map …]] [--year N]
 * --out FILE.xlsx [--force]` (SPEC §8).
 */
import { carriedRows } from "../../core/template/fromSheet/carriedRows";
import { SheetImport } from "../../core/template/fromSheet/SheetImport";
import { withYear } from "../../core/template/withYear";
import { generate } from "../../operations/generate";
import { FileHost } from "../../shells/xlsx/FileHost";
import { say } from "../CliContext";
import { onFile } from "../cliErrorOf";
import { CliError } from "../CliError";
import { CommandRun, stringOption } from "../Command";
import { parseYear } from "../parseYear";
import { countObjectives, resolveTemplate } from "../templateSource";

export const generateCommand: CommandRun = async (options, _positionals, context) => {
  const out = stringOption(options, "out");
  if (out === undefined)
    throw new CliError("cli.missingOption", { option: "--out", command: "generate" });
  const year = parseYear(stringOption(options, "year"));
  const inputs = ["template", "from-text", "from-xlsx"]
    .map((name) => stringOption(options, name))
    .filter((file): file is string => file !== undefined);
  const host = new FileHost({ output: out, force: options.force === true, otherInputs: inputs });
  await onFile(out, context.language, () => host.checkOutput());
  const carry = options["carry-rows"] === true;
  if (carry && stringOption(options, "from-xlsx") === undefined)
    throw new CliError("cli.optionNeedsXlsx", { option: "--carry-rows" });
  let imported: SheetImport | undefined;
  const source = await resolveTemplate(options, context, context.out, (result) => {
    imported = result;
  });
  const template = year === undefined ? source : withYear(source, year);
  const rows = carry && imported ? carriedRows(imported, template) : undefined;
  await onFile(out, context.language, () =>
    generate(host, { template, ...(rows ? { rows } : {}) })
  );
  context.out(
    say(context, "cli.generated", {
      path: out,
      year: template.year,
      ...countObjectives(template),
    })
  );
  if (rows)
    context.out(
      say(context, "cli.rowsCarried", {
        count: Object.values(rows).reduce((sum, list) => sum + list.length, 0),
      })
    );
  return 0;
};
