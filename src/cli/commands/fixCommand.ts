/**
 * `plan-matrix fix FILE.xlsx --out FILE.xlsx [--cutoff T2] [--force]` (SPEC §4, §8): the unambiguous automatic
 * fixes, in a copy; what remains is counted at the same cut-off `validate --cutoff` would use.
 */
import { CellInput } from "../../core/workbook/WorkbookPatch";
import { fix } from "../../operations/fix";
import { FileHost } from "../../shells/xlsx/FileHost";
import { say } from "../CliContext";
import { onFile } from "../cliErrorOf";
import { CliError } from "../CliError";
import { Command, stringOption } from "../Command";

const shown = (value: CellInput | string | number | boolean | null): string =>
  value === null
    ? ""
    : typeof value === "object"
      ? "formula" in value
        ? `=${value.formula}`
        : String(value.date)
      : JSON.stringify(value);

export const fixCommand: Command = {
  name: "fix",
  help: "cli.help.fix",
  options: { out: { type: "string" }, cutoff: { type: "string" }, force: { type: "boolean" } },
  async run(options, positionals, context) {
    const [file] = positionals;
    const out = stringOption(options, "out");
    if (file === undefined)
      throw new CliError("cli.missingOption", { option: "FILE.xlsx", command: "fix" });
    if (out === undefined)
      throw new CliError("cli.missingOption", { option: "--out", command: "fix" });
    const host = new FileHost({ input: file, output: out, force: options.force === true });
    // Only the rows holding a fixed cell are rewritten; every other part is copied as it is.
    const { edits, before, after } = await onFile(file, context.language, async () => {
      await host.checkOutput();
      return fix(host, { cutoff: stringOption(options, "cutoff") });
    });
    const issueAt = new Map(
      before.issues
        .filter((issue) => issue.fix)
        .map((issue) => [`${issue.fix?.sheet}!${issue.fix?.cell}`, issue])
    );
    for (const edit of edits) {
      context.out(
        say(context, "cli.fixApplied", {
          sheet: edit.sheet,
          cell: edit.cell,
          before: shown(issueAt.get(`${edit.sheet}!${edit.cell}`)?.value ?? null),
          after: shown(edit.value),
        })
      );
    }
    context.out(
      say(context, "cli.fixSummary", {
        count: edits.length,
        path: out,
        errors: after.summary.errors,
        warnings: after.summary.warnings,
      })
    );
    return after.summary.errors > 0 ? 1 : 0;
  },
};
