/**
 * `plan-matrix fix FILE.xlsx --out FILE.xlsx [--cutoff T2] [--force]` (SPEC §4, §8): the unambiguous automatic
 * fixes, in a copy; what remains is counted at the same cut-off `validate --cutoff` would use.
 */
import { planFixes } from "../../core/fixes/planFixes";
import { validateWorkbook } from "../../core/validation/validateWorkbook";
import { CellInput } from "../../core/workbook/WorkbookPatch";
import { say } from "../CliContext";
import { CliError } from "../CliError";
import { Command, stringOption } from "../Command";
import { checkOutputPath } from "../files";
import { readPlanFile, readSnapshotFile } from "../readPlanFile";
import { writePatchedFile } from "../writePatchedFile";

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
    await checkOutputPath(out, { force: options.force === true, inputs: [file] });
    const cutoff = stringOption(options, "cutoff");
    const { snapshot } = await readPlanFile(file, { cutoff, requireTemplate: true });
    const report = validateWorkbook(snapshot, { cutoff });
    const edits = planFixes(report);
    const issueAt = new Map(
      report.issues
        .filter((issue) => issue.fix)
        .map((issue) => [`${issue.fix?.sheet}!${issue.fix?.cell}`, issue])
    );
    // Only the rows holding a fixed cell are rewritten; every other part is copied as it is.
    await writePatchedFile(file, { sheets: [], definedNames: [], edits }, out);
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
    const after = validateWorkbook(await readSnapshotFile(out), { cutoff });
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
