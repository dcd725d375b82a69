/**
 * One area-table row told in a sentence (SPEC §7 "achievements in words"): its `Entregable` (or, when blank, its
 * activity, objective or indicator) as the subject, executed against programmed to date with its unit, then what
 * the area typed as evidence and observations, quoted. Figures are the semáforo's, never recomputed. Users' text
 * (control characters already spaces, `plainText`) is told with its white space collapsed (`collapseWhitespace`:
 * a line break inside a cell is one space in a sentence) and quoted as text.
 */
import { UNIT_PERCENT } from "../../template/Template";
import { collapseWhitespace } from "../../text/collapseWhitespace";
import { OverExecutedRow, ReportRow, UnreportedRow } from "../ManagementReport";
import { ReportTexts } from "../reportTexts";

/** What the row delivers, in the area's words, without a closing full stop (the sentence adds its own). */
export function rowSubject(row: ReportRow): string {
  const text = [row.deliverable, row.activity, row.objective, row.indicator]
    .map(collapseWhitespace)
    .find((candidate) => candidate !== "");
  return (text ?? row.id).replace(/[\s.;:,]+$/u, "");
}

/** What the row plans to do, for the programmed-versus-executed table: its activity, else what it delivers. */
export function rowActivity(row: ReportRow): string {
  const text = [row.activity, row.deliverable, row.objective, row.indicator]
    .map(collapseWhitespace)
    .find((candidate) => candidate !== "");
  return text ?? row.id;
}

/** Users' text inside the informe's quotes: trimmed, inner whitespace runs (line breaks) as one space, no final full stop. */
const quoted = (text: string): string => collapseWhitespace(text).replace(/[\s.]+$/u, "");

const isPercentUnit = (row: ReportRow): boolean =>
  row.unit.toLowerCase() === UNIT_PERCENT.toLowerCase();

/** "Subject: se ejecutaron 58 de 60 programados a la fecha (96,7 %)." */
export function figuresSentence(row: ReportRow, t: ReportTexts): string {
  const subject = rowSubject(row);
  if (row.band === "con-errores") return t.say("report.row.errors", { subject });
  const percent = isPercentUnit(row);
  const executedText = percent ? t.level(row.executed) : t.amount(row.executed);
  const programmedText = percent ? t.level(row.programmed) : t.amount(row.programmed);
  const params = {
    subject,
    executed: row.executed,
    programmed: row.programmed,
    executedText,
    programmedText,
    percent: t.percent(row.compliance),
  };
  if (row.programmed === 0 || row.compliance === null)
    return t.say(
      percent ? "report.row.percentUnprogrammed" : "report.row.numberUnprogrammed",
      params
    );
  return t.say(percent ? "report.row.percent" : "report.row.number", params);
}

const evidenceOf = (row: ReportRow, t: ReportTexts): string[] =>
  row.evidence.trim() === ""
    ? []
    : [t.say("report.row.evidence", { evidence: quoted(row.evidence) })];
const observationsOf = (row: ReportRow, t: ReportTexts): string[] =>
  row.observations.trim() === ""
    ? []
    : [t.say("report.row.observations", { observations: quoted(row.observations) })];

/** An achievement: the figures, the evidence, the area's observations. */
export function achievementText(row: ReportRow, t: ReportTexts): string {
  return [figuresSentence(row, t), ...evidenceOf(row, t), ...observationsOf(row, t)].join(" ");
}

/** A row in red: the figures, who is in charge, what the area says about it (or that it said nothing). */
export function difficultyText(row: ReportRow, t: ReportTexts): string {
  const responsible = collapseWhitespace(row.responsible);
  return [
    figuresSentence(row, t),
    ...(responsible === "" ? [] : [t.say("report.row.responsible", { responsible })]),
    ...(row.observations.trim() === ""
      ? [t.say("report.row.noObservations")]
      : observationsOf(row, t)),
  ].join(" ");
}

/** Over-execution: the figures and the area's explanation, or that the explanation is still missing. */
export function overExecutionText(row: OverExecutedRow, threshold: string, t: ReportTexts): string {
  const explanation = row.needsExplanation
    ? t.say("report.row.overUnexplained", { threshold })
    : t.say("report.row.overExplained", { threshold, observations: quoted(row.observations) });
  return `${figuresSentence(row, t)} ${explanation}`;
}

/** A row without report and why: "Subject: sin ejecutado registrado para el primer trimestre y sin estado del reporte." */
export function unreportedText(row: UnreportedRow, periodLabels: string[], t: ReportTexts): string {
  const reasons = row.reasons.map((reason) => {
    if (reason === "statusBlank") return t.say("report.reason.statusBlank");
    if (reason === "statusDraft") return t.say("report.reason.statusDraft");
    const periods = row.missingPeriods.map((label) => {
      const index = periodLabels.indexOf(label);
      return index < 0 ? label : t.period(index);
    });
    return t.say("report.reason.noExecuted", { periods: t.list(periods) });
  });
  // "; " between reasons: the periods are already a list joined with "y".
  return t.say("report.row.unreported", { subject: rowSubject(row), reasons: reasons.join("; ") });
}
