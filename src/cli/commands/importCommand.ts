/** `plan-matrix import FILE.xlsx AREA.xlsx … [--replace CODE …] --out FILE.xlsx [--json]` (SPEC §6, §8). */
import { areaFileSheets, withOutsideCells } from "../../core/import/withOutsideCells";
import { Language } from "../../core/messages/Language";
import { importAreas } from "../../operations/importAreas";
import { ImportedWorkbook, ImportResult } from "../../operations/PlanOperations";
import { FileHost } from "../../shells/xlsx/FileHost";
import { findingsJson } from "../findingsJson";
import { CliContext, say } from "../CliContext";
import { onFile } from "../cliErrorOf";
import { CliError } from "../CliError";
import { CommandRun, ParsedOptions, stringOption } from "../Command";
import { importSummaryLines } from "../importSummaryLines";
import { cliToday } from "../cliToday";
import { macrosDroppedWarning } from "../macrosDroppedWarning";

/** Every value of a repeatable option (its Spanish name arrives under the English one). */
export function listOption(options: ParsedOptions, name: string): string[] {
  const value = options[name];
  return Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
}

/**
 * The area workbooks named on the command line, read with what their area sheets hold around their tables
 * (`withOutsideCells`, as the pane reads a picked file); an unreadable one stops the command: exit 2.
 */
export async function readAreaFiles(
  files: string[],
  language: Language,
  onStep: (step: string) => void = () => undefined
): Promise<ImportedWorkbook[]> {
  const read: ImportedWorkbook[] = [];
  for (const file of files) {
    onStep(`read:${file}`);
    const snapshot = await onFile(file, language, async () => {
      const host = new FileHost({ input: file });
      const read = await host.readSnapshot();
      return withOutsideCells(read, await host.readSheetContents(areaFileSheets(read)));
    });
    read.push({ file, snapshot });
  }
  return read;
}

export type ImportFileRequest = {
  input: string;
  imports: string[];
  replace: string[];
  out: string;
  force: boolean;
  today: string;
  /** Called when the output leaves out the input's macros (the command warns). */
  onMacrosDropped?: () => void;
};

export async function importWorkbookFile(
  request: ImportFileRequest,
  language: Language = "es"
): Promise<ImportResult> {
  const host = new FileHost({
    input: request.input,
    output: request.out,
    force: request.force,
    otherInputs: request.imports,
    onMacrosDropped: request.onMacrosDropped,
  });
  await onFile(request.input, language, () => host.checkOutput());
  const imports = await readAreaFiles(request.imports, language);
  return onFile(request.input, language, () =>
    importAreas(host, { imports, replace: request.replace, today: request.today })
  );
}

/** The conflicts (and files not used) on stderr, then what was imported; the exit code. */
export function printImport(result: ImportResult, out: string, context: CliContext): number {
  const lines = importSummaryLines(result.findings, context);
  if (result.refused) {
    for (const line of lines.filter((line) => line.stream === "err")) context.err(line.text);
    context.err(say(context, "cli.importRefused", { path: out, count: result.conflicts.length }));
    return 2;
  }
  if (!result.written) {
    for (const line of lines) (line.stream === "err" ? context.err : context.out)(line.text);
    // Areas that came but could not be used are not "no filled rows": the lines above say why each was left out.
    const leftOut = result.findings.some((finding) => finding.severity === "conflict");
    context.err(
      say(context, leftOut ? "cli.importNoneUsable" : "cli.importNothing", { path: out })
    );
    return 2;
  }
  context.out(say(context, "cli.imported", { path: out, count: result.imported.length }));
  for (const line of lines) (line.stream === "err" ? context.err : context.out)(line.text);
  return 0;
}

export const importCommand: CommandRun = async (options, positionals, context) => {
  const [input, ...imports] = positionals;
  const out = stringOption(options, "out");
  if (input === undefined) throw new CliError("cli.missingWorkbook", { command: "import" });
  if (imports.length === 0) throw new CliError("cli.missingAreaFiles", { command: "import" });
  if (out === undefined)
    throw new CliError("cli.missingOption", { option: "--out", command: "import" });
  const result = await importWorkbookFile(
    {
      input,
      imports,
      replace: listOption(options, "replace"),
      out,
      force: options.force === true,
      today: cliToday(),
      onMacrosDropped: macrosDroppedWarning(context, input, out),
    },
    context.language
  );
  if (!options.json) return printImport(result, out, context);
  context.out(
    JSON.stringify(
      {
        out,
        written: result.written,
        imported: result.imported,
        conflicts: result.conflicts.map((conflict) =>
          conflict.kind === "tabDiffers"
            ? { ...conflict, differences: conflict.differences.length }
            : conflict
        ),
        findings: findingsJson(result.findings, context.language),
        replaced: result.replaced,
      },
      null,
      2
    )
  );
  return result.written ? 0 : 2;
};
