/**
 * What an upgrade did and could not do, in words (SPEC §2 "Template evolution"), for every front end: the CLI prints
 * the notes after its own line naming the output file, and the problems as warnings; the pane shows both after the
 * upgrade, so that nothing the CLI says about a user's cells, charts or comments goes unsaid in Excel.
 */
import { upgradeMessages, UpgradeMessageCode } from "../messages/catalog/upgradeMessages";
import { formatMessage, MessageParams } from "../messages/formatMessage";
import { Language } from "../messages/Language";
import { WORKBOOK_TEXT } from "../workbook/workbookText";
import { UpgradeReport } from "./UpgradeReport";

/** How many cells a line names before "…": the JSON output has them all. */
const NAMED_CELLS = 10;

const firstCells = (cells: string[]): string =>
  cells.length > NAMED_CELLS ? `${cells.slice(0, NAMED_CELLS).join(", ")}, …` : cells.join(", ");

export type UpgradeSummary = { notes: string[]; problems: string[] };

/**
 * `consolidated`: the workbook held a consolidation, whose sheets the upgrade did not rebuild (said in the notes).
 */
export function upgradeSummary(
  report: UpgradeReport,
  consolidated: boolean,
  language: Language
): UpgradeSummary {
  const say = (code: UpgradeMessageCode, params: MessageParams = {}): string =>
    formatMessage(upgradeMessages, language, code, params);
  const quote = (text: string): string => (language === "es" ? `«${text}»` : `“${text}”`);
  const lines = [say("upgrade.keptRows", { rows: report.keptRows })];
  if (report.addedAreas.length > 0)
    lines.push(
      say("upgrade.addedAreas", {
        areas: report.addedAreas.map((area) => `${area.code} (${quote(area.sheet)})`).join(", "),
      })
    );
  if (report.addedColumns.length > 0)
    lines.push(say("upgrade.addedColumns", { columns: report.addedColumns.join(", ") }));
  for (const { list, values } of report.addedListValues)
    lines.push(
      say("upgrade.addedListValues", {
        list: WORKBOOK_TEXT.listsHeader[list] ?? list,
        values: values.join(", "),
      })
    );
  for (const added of report.addedObjectives) lines.push(say("upgrade.addedObjective", added));
  const nothingAdded =
    report.addedAreas.length +
      report.addedColumns.length +
      report.addedListValues.length +
      report.addedObjectives.length ===
    0;
  if (nothingAdded) lines.push(say("upgrade.nothingAdded"));
  for (const column of report.carriedUserColumns) lines.push(say("upgrade.carriedColumn", column));
  for (const { sheet, cells } of report.carriedOutside)
    lines.push(
      say("upgrade.carriedOutside", { sheet, count: cells.length, cells: cells.join(", ") })
    );
  for (const { sheet, cells } of report.movedFormulas)
    lines.push(
      say("upgrade.movedFormulas", { sheet, count: cells.length, cells: firstCells(cells) })
    );
  if (report.movedNames.length > 0)
    lines.push(
      say("upgrade.movedNames", {
        count: report.movedNames.length,
        names: report.movedNames.join(", "),
      })
    );
  for (const { sheet, charts } of report.movedCharts)
    lines.push(
      say("upgrade.movedCharts", { sheet, count: charts.length, charts: charts.join(", ") })
    );
  for (const { sheet, count } of report.movedRuleFormulas)
    lines.push(say("upgrade.movedRuleFormulas", { sheet, count }));
  for (const area of report.keptAreas) lines.push(say("upgrade.keptArea", area));
  if (consolidated) lines.push(say("upgrade.staleSheets"));
  return {
    notes: lines,
    problems: report.problems.map((problem) => say(problem.code, problem.params)),
  };
}
