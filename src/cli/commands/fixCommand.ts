/**
 * `plan-matrix fix FILE.xlsx --out FILE.xlsx [--cutoff T2] [--force]` (SPEC §4, §8): the unambiguous automatic
 * fixes, in a copy; what remains is counted at the same cut-off `validate --cutoff` would use.
 */
import { fix } from "../../operations/fix";
import { FileHost } from "../../shells/xlsx/FileHost";
import { say } from "../CliContext";
import { onFile } from "../cliErrorOf";
import { CliError } from "../CliError";
import { CommandRun, stringOption } from "../Command";
import { sheetReference, shellQuote } from "../quote";
import { shownCellValue } from "../shownCellValue";
import { macrosDroppedWarning } from "../macrosDroppedWarning";

export const fixCommand: CommandRun = async (options, positionals, context) => {
  const [file] = positionals;
  const out = stringOption(options, "out");
  if (file === undefined) throw new CliError("cli.missingWorkbook", { command: "fix" });
  if (out === undefined)
    throw new CliError("cli.missingOption", { option: "--out", command: "fix" });
  const host = new FileHost({
    input: file,
    output: out,
    force: options.force === true,
    onMacrosDropped: macrosDroppedWarning(context, file, out),
  });
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
    const reference = sheetReference(edit.sheet, edit.cell);
    const fixed = issueAt.get(`${edit.sheet}!${edit.cell}`);
    const id = fixed?.id ?? null;
    context.out(
      say(context, "cli.fixApplied", {
        reference: id === null ? reference : say(context, "cli.rowWithId", { row: reference, id }),
        before: shownCellValue(fixed?.value ?? null, context),
        after: shownCellValue(edit.value, context),
      })
    );
  }
  context.out(
    say(context, "cli.fixSummary", {
      count: edits.length,
      path: out,
      quotedPath: shellQuote(out),
      errors: after.summary.errors,
      warnings: after.summary.warnings,
    })
  );
  return after.summary.errors > 0 ? 1 : 0;
};
