/**
 * What `import` (or `consolidate --import`) did, for a person: the conflicts and the files not used first (each on
 * its own line, a tab in conflict with the option that replaces it), then one line per imported file — the areas
 * imported from it and, counted, the areas it left unfilled (ignored) — instead of one line per ignored area. Other
 * notices (values replaced, rows retired or restored) follow as they are.
 */
import { ConsolidationFinding } from "../core/consolidation/ConsolidationFinding";
import { consolidationMessages } from "../core/messages/catalog/consolidationMessages";
import { formatMessage } from "../core/messages/formatMessage";
import { CliContext, say } from "./CliContext";

export type SummaryLine = { text: string; stream: "out" | "err" };

const PER_FILE = new Set(["import.used", "import.noData"]);

export function importSummaryLines(
  findings: ConsolidationFinding[],
  context: CliContext
): SummaryLine[] {
  const message = (finding: ConsolidationFinding): string =>
    formatMessage(consolidationMessages, context.language, finding.code, finding.params);
  const conflicts = findings.filter((finding) => finding.severity === "conflict");
  const lines: SummaryLine[] = conflicts.map((finding) => ({
    text:
      finding.code === "import.tabDiffers"
        ? `⚠ ${message(finding)} ${say(context, "cli.importReplaceHint", { option: "--replace", area: finding.area ?? "" })}`
        : `⚠ ${message(finding)}`,
    stream: "err",
  }));
  const files: string[] = [];
  for (const finding of findings) {
    const file = finding.file ?? String(finding.params.file ?? "");
    if (PER_FILE.has(finding.code) && !files.includes(file)) files.push(file);
  }
  for (const file of files) {
    const ofFile = findings.filter(
      (finding) =>
        PER_FILE.has(finding.code) && (finding.file ?? String(finding.params.file ?? "")) === file
    );
    const used = ofFile.filter((finding) => finding.code === "import.used");
    const ignored = ofFile.filter((finding) => finding.code === "import.noData");
    const parts = [
      used.length > 0
        ? say(context, "cli.importFileUsed", {
            count: used.length,
            areas: used
              .map((finding) =>
                say(context, "cli.importFileUsedArea", {
                  area: finding.area ?? String(finding.params.area ?? ""),
                  rows: Number(finding.params.rows ?? 0),
                })
              )
              .join(", "),
          })
        : say(context, "cli.importFileNothingUsed"),
    ];
    if (ignored.length > 0)
      parts.push(
        say(context, "cli.importFileIgnored", {
          count: ignored.length,
          areas: ignored.map((finding) => finding.area ?? String(finding.params.area)).join(", "),
        })
      );
    lines.push({
      text: `· ${say(context, "cli.importFileSummary", { file, parts: parts.join("; ") })}`,
      stream: "out",
    });
  }
  for (const finding of findings)
    if (finding.severity !== "conflict" && !PER_FILE.has(finding.code))
      lines.push({ text: `· ${message(finding)}`, stream: "out" });
  return lines;
}
