/** `Configuración` as the workbook has it (cut-off, bands, year), carried into the upgraded workbook. */
import { Bands, Template } from "../template/Template";
import { Cell } from "../workbook/CellValue";
import { NAME } from "../workbook/workbookNames";
import { WorkbookSnapshot } from "../workbook/WorkbookSnapshot";
import { UpgradeProblem } from "./UpgradeReport";
import { readThresholds } from "../plan/readThresholds";

export type KeptConfiguration = {
  /** A period label of the new template. */
  cutoff: string;
  bands: Bands;
  /** The workbook's vigencia: an upgrade never moves a plan to another year. */
  year: number;
  problems: UpgradeProblem[];
};

/** A band as a whole percentage for messages (0.8 → 80). */
const percent = (fraction: number): number => Math.round(fraction * 1000) / 10;

function textOf(cell: Cell | undefined): string | undefined {
  if (cell?.kind === "text" && cell.value.trim() !== "") return cell.value.trim();
  if (cell?.kind === "number") return String(cell.value);
  return undefined;
}

export function keptConfiguration(
  snapshot: WorkbookSnapshot,
  stored: Template,
  next: Template
): KeptConfiguration {
  const problems: UpgradeProblem[] = [];
  const labels = next.periods.labels;
  const typed = textOf(snapshot.names[NAME.cutoff]);
  const label = labels.find((candidate) => candidate.toLowerCase() === typed?.toLowerCase());
  if (typed !== undefined && label === undefined)
    problems.push({ code: "upgrade.cutoffReset", params: { cutoff: typed, label: labels[0] } });
  // Thresholds that are not usable (SPEC §5.1) are not carried: the stored template's stand in.
  const { bands } = readThresholds(snapshot.names, stored.bands);
  if (
    bands.green !== next.bands.green ||
    bands.yellow !== next.bands.yellow ||
    bands.overExecution !== next.bands.overExecution
  )
    problems.push({
      code: "upgrade.bandsKept",
      params: {
        green: percent(bands.green),
        yellow: percent(bands.yellow),
        overExecution: percent(bands.overExecution),
        templateGreen: percent(next.bands.green),
        templateYellow: percent(next.bands.yellow),
        templateOverExecution: percent(next.bands.overExecution),
      },
    });
  if (next.year !== stored.year)
    problems.push({
      code: "upgrade.yearKept",
      params: { year: stored.year, templateYear: next.year },
    });
  return { cutoff: label ?? labels[0], bands, year: stored.year, problems };
}
