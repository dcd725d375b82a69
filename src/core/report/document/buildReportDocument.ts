/**
 * The informe de gestión (SPEC §7) of a management report, as a document in one language: cover, executive summary,
 * one section per macroprocess (its name) and area (section number and name) in the plan's order, the trend across
 * this year's cut-offs and the annex with the full semáforo table. Every figure is the report's, which is
 * `computeSemaphore`'s: nothing is recomputed here, only told.
 */
import { Language } from "../../messages/Language";
import { Band, BANDS } from "../../semaphore/Band";
import { UNIT_NUMBER, UNIT_PERCENT } from "../../template/Template";
import {
  ManagementReport,
  ReportArea,
  ReportLevel,
  ReportRow,
  UnfilledArea,
} from "../ManagementReport";
import { ReportTexts, reportTexts } from "../reportTexts";
import { ReportBlock, ReportDocument, ReportTable, ReportTableCell } from "./ReportDocument";
import { mainAchievements, mainDelays } from "./pickHighlights";
import {
  achievementText,
  difficultyText,
  figuresSentence,
  overExecutionText,
  rowActivity,
  unreportedText,
} from "./rowSentences";

/** At most this many cut-offs in the trend table (the latest ones), so that it prints one page wide. */
export const TREND_CUTOFFS = 6;

const areaLabel = (area: { section: string | null; name: string }): string =>
  area.section ? `${area.section} ${area.name}` : area.name;

export function buildReportDocument(report: ManagementReport, language: Language): ReportDocument {
  const t = reportTexts(report, language);
  const blocks: ReportBlock[] = [];
  const heading = (level: 1 | 2 | 3, text: string): void => {
    blocks.push({ kind: "heading", level, text });
  };
  const paragraph = (text: string, tone: "normal" | "note" = "normal"): void => {
    blocks.push({ kind: "paragraph", text, ...(tone === "note" ? { tone } : {}) });
  };
  const bullets = (items: string[]): void => {
    if (items.length > 0) blocks.push({ kind: "bullets", items });
  };
  const table = (value: ReportTable): void => {
    blocks.push({ kind: "table", table: value });
  };

  executiveSummary(report, t, { heading, paragraph, bullets });

  const known = new Set(report.macroprocesses.map((macroprocess) => macroprocess.name));
  for (const macroprocess of report.macroprocesses) {
    heading(1, macroprocess.name);
    paragraph(
      withLeftOut(
        macroprocess.compliance === null
          ? t.say("report.macroprocess.noFigure")
          : t.say("report.macroprocess.figure", {
              percent: t.percent(macroprocess.compliance),
              band: t.band(macroprocess.band),
              count: macroprocess.areas,
              total: macroprocess.totalAreas,
            }),
        macroprocess,
        t
      )
    );
    unfilledSentence(macroprocess.unfilledAreas, t, paragraph);
    for (const area of report.areas.filter(
      (candidate) => candidate.macroprocess === macroprocess.name
    ))
      areaSection(report, area, t, { heading, paragraph, bullets, table });
  }
  const others = report.areas.filter(
    (area) => area.macroprocess === null || !known.has(area.macroprocess)
  );
  if (others.length > 0) {
    heading(1, t.say("report.otherAreas"));
    for (const area of others) areaSection(report, area, t, { heading, paragraph, bullets, table });
  }

  heading(1, t.say("report.trend.title"));
  const trend = trendTable(report, t);
  paragraph(t.say(trend.earlier ? "report.trend.note" : "report.trend.noHistory"), "note");
  table(trend.table);

  heading(1, t.say("report.annex.title"));
  paragraph(t.legend, "note");
  table(annexTable(report, t));

  return {
    language,
    title: t.title,
    organisation: report.organisation,
    cover: [
      t.say("report.cover.plan", { year: report.year }),
      t.say("report.cover.cutoff", { date: t.cutoffDate }),
      t.say("report.cover.generated", { date: t.generatedDate }),
      ...(t.cutoffNote ? [t.cutoffNote] : []),
    ],
    blocks,
  };
}

type Writers = {
  heading: (level: 1 | 2 | 3, text: string) => void;
  paragraph: (text: string, tone?: "normal" | "note") => void;
  bullets: (items: string[]) => void;
  table?: (value: ReportTable) => void;
};

/** A figure's sentence followed, when errors left rows out of it, by how many. */
function withLeftOut(text: string, level: ReportLevel, t: ReportTexts): string {
  return level.rowsWithErrors > 0
    ? `${text} ${t.say("report.leftOut", { count: level.rowsWithErrors })}`
    : text;
}

function unfilledSentence(
  areas: UnfilledArea[],
  t: ReportTexts,
  paragraph: Writers["paragraph"]
): void {
  if (areas.length > 0)
    paragraph(
      t.say("report.summary.unfilled", {
        count: areas.length,
        names: t.list(areas.map(areaLabel)),
      })
    );
}

const allRows = (report: ManagementReport): ReportRow[] =>
  report.areas.flatMap((area) => area.details);

function executiveSummary(report: ManagementReport, t: ReportTexts, write: Writers): void {
  const { heading, paragraph, bullets } = write;
  const { institution } = report;
  heading(1, t.say("report.summary.title"));
  paragraph(
    withLeftOut(
      institution.compliance === null
        ? t.say("report.summary.noInstitution", { date: t.cutoffDate })
        : t.say("report.summary.institution", {
            date: t.cutoffDate,
            percent: t.percent(institution.compliance),
            band: t.band(institution.band),
            count: institution.areas,
            total: institution.totalAreas,
          }),
      institution,
      t
    )
  );
  paragraph(t.say("report.summary.bandsIntro"));
  bullets(
    BANDS.flatMap((band: Band) => {
      const areas = report.areas.filter((area) => area.band === band);
      return areas.length === 0
        ? []
        : [
            t.say("report.summary.band", {
              band: t.band(band),
              count: areas.length,
              names: t.list(areas.map(areaLabel)),
            }),
          ];
    })
  );
  // The areas never filled are named by the bullet of their band, Sin diligenciar.
  const unreported = report.areas.flatMap((area) => {
    const rows = report.unreportedRows.filter((row) => row.areaCode === area.code).length;
    return rows === 0 ? [] : [`${areaLabel(area)} (${t.say("report.rowCount", { count: rows })})`];
  });
  paragraph(
    unreported.length === 0
      ? t.say("report.summary.allReported")
      : t.say("report.summary.unreported", {
          count: unreported.length,
          names: t.list(unreported),
        })
  );

  const areaOf = new Map(report.areas.map((area) => [area.code, areaLabel(area)]));
  const told = (row: ReportRow): string =>
    t.say("report.inArea", {
      area: areaOf.get(row.areaCode) ?? row.areaName,
      text: figuresSentence(row, t),
    });
  const rows = allRows(report);
  heading(2, t.say("report.summary.achievementsTitle"));
  paragraph(t.say("report.summary.achievementsRule"), "note");
  const achievements = mainAchievements(rows);
  if (achievements.length === 0) paragraph(t.say("report.summary.achievementsNone"));
  bullets(achievements.map(told));
  heading(2, t.say("report.summary.delaysTitle"));
  paragraph(t.say("report.summary.delaysRule"), "note");
  const delays = mainDelays(rows);
  if (delays.length === 0) paragraph(t.say("report.summary.delaysNone"));
  bullets(delays.map(told));

  const budgeted = report.areas.filter((area) => area.budget !== null);
  if (budgeted.length === 0) paragraph(t.say("report.summary.budgetNone"));
  else {
    paragraph(
      t.say("report.summary.budget", {
        count: budgeted.length,
        amount: t.money(budgeted.reduce((sum, area) => sum + (area.budget ?? 0), 0)),
      })
    );
    paragraph(t.say("report.budgetNote"), "note");
  }
}

function areaFigure(area: ReportArea, t: ReportTexts): string {
  if (area.rows === 0) return t.say("report.area.noRows");
  if (area.band === "sin-diligenciar") return t.say("report.area.unfilled");
  if (area.compliance === null)
    return area.band === "con-errores"
      ? t.say("report.area.errors")
      : t.say("report.area.noProgramming");
  return t.say("report.area.figure", {
    percent: t.percent(area.compliance),
    band: t.band(area.band),
    count: area.programmedRows,
    total: area.rows,
  });
}

const unitText = (row: ReportRow, t: ReportTexts): string =>
  row.unit.toLowerCase() === UNIT_PERCENT.toLowerCase()
    ? t.say("report.unit.percent")
    : row.unit.toLowerCase() === UNIT_NUMBER.toLowerCase()
      ? t.say("report.unit.number")
      : row.unit;

function percentCell(value: number | null, t: ReportTexts): ReportTableCell {
  return value === null
    ? { text: t.percent(null) }
    : { text: t.percent(value), value, format: "percent" };
}

const bandCell = (band: Band, t: ReportTexts): ReportTableCell => ({ text: t.band(band), band });

function figureCell(row: ReportRow, value: number, t: ReportTexts): ReportTableCell {
  return row.unit.toLowerCase() === UNIT_PERCENT.toLowerCase()
    ? percentCell(value, t)
    : { text: t.amount(value), value, format: "number" };
}

function areaSection(
  report: ManagementReport,
  area: ReportArea,
  t: ReportTexts,
  write: Writers
): void {
  const { heading, paragraph, bullets, table } = write;
  heading(2, areaLabel(area));
  paragraph(withLeftOut(areaFigure(area, t), area, t));

  const measured = area.details.filter(
    (row) => row.programmed > 0 || row.executed > 0 || row.band === "con-errores"
  );
  if (measured.length > 0 && table) {
    heading(3, t.say("report.area.tableTitle"));
    table({
      headers: [
        t.say("report.header.activity"),
        t.say("report.header.unit"),
        t.say("report.header.programmed"),
        t.say("report.header.executed"),
        t.say("report.header.compliance"),
        t.say("report.header.band"),
      ],
      widths: [60, 16, 16, 16, 14, 16],
      rows: measured.map((row) =>
        row.band === "con-errores"
          ? [
              { text: rowActivity(row) },
              { text: unitText(row, t) },
              { text: t.percent(null) },
              { text: t.percent(null) },
              { text: t.percent(null) },
              bandCell(row.band, t),
            ]
          : [
              { text: rowActivity(row) },
              { text: unitText(row, t) },
              figureCell(row, row.programmed, t),
              figureCell(row, row.executed, t),
              percentCell(row.compliance, t),
              bandCell(row.band, t),
            ]
      ),
    });
  }

  if (area.rows > 0 && area.band !== "sin-diligenciar") {
    const achieved = area.details.filter(
      (row) => row.executed > 0 && row.band !== "rojo" && row.band !== "con-errores"
    );
    heading(3, t.say("report.area.achievementsTitle"));
    if (achieved.length === 0) paragraph(t.say("report.area.achievementsNone"));
    bullets(achieved.map((row) => achievementText(row, t)));
  }
  const red = area.details.filter((row) => row.band === "rojo");
  if (red.length > 0) {
    heading(3, t.say("report.area.difficultiesTitle"));
    bullets(red.map((row) => difficultyText(row, t)));
  }
  const over = report.overExecutedRows.filter((row) => row.areaCode === area.code);
  if (over.length > 0) {
    heading(3, t.say("report.area.overTitle"));
    const threshold = t.level(report.bands.overExecution);
    bullets(over.map((row) => overExecutionText(row, threshold, t)));
  }
  const unreported = report.unreportedRows.filter((row) => row.areaCode === area.code);
  if (unreported.length > 0) {
    heading(3, t.say("report.area.unreportedTitle"));
    bullets(unreported.map((row) => unreportedText(row, report.cutoff.periodLabels, t)));
  }
  if (area.budget !== null) {
    paragraph(
      t.say("report.area.budget", {
        amount: t.money(area.budget),
        count: area.budgetRows,
        total: area.rows,
      })
    );
  }
}

/** Area × this year's cut-offs: the recorded ones before the report's, then the report's own figures. */
function trendTable(
  report: ManagementReport,
  t: ReportTexts
): { table: ReportTable; earlier: boolean } {
  const labels = report.cutoff.periodLabels;
  const own = report.cutoff.index;
  const recorded = labels
    .map((label, index) => ({ label, index }))
    .filter(
      ({ label, index }) => index < own && report.history.some((entry) => entry.cutoff === label)
    );
  const earlier = recorded.slice(-(TREND_CUTOFFS - 1));
  const entry = (label: string, code: string | null): ReportTableCell => {
    const found = report.history.find(
      (candidate) => candidate.cutoff === label && candidate.code === code
    );
    return found
      ? { ...percentCell(found.compliance, t), band: found.band }
      : { text: t.percent(null) };
  };
  const row = (name: string, code: string | null, level: ReportLevel): ReportTableCell[] => [
    { text: name },
    ...earlier.map(({ label }) => entry(label, code)),
    { ...percentCell(level.compliance, t), band: level.band },
  ];
  return {
    earlier: earlier.length > 0,
    table: {
      headers: [
        t.say("report.header.area"),
        ...earlier.map(({ index }) => t.cutoffDay(index)),
        t.cutoffDay(own),
      ],
      widths: [60, ...earlier.map(() => 16), 16],
      rows: [
        row(t.say("report.trend.institution"), null, report.institution),
        ...report.areas.map((area) => row(areaLabel(area), area.code, area)),
      ],
    },
  };
}

/** The full semáforo: the institution, each macroprocess followed by its areas, then areas of no macroprocess. */
function annexTable(report: ManagementReport, t: ReportTexts): ReportTable {
  /** What the figure stands on, with the rows errors left out and the areas never filled named (SPEC §5, §5.1). */
  const standsOn = (
    programming: string,
    figure: ReportLevel & { unfilledAreas?: UnfilledArea[] }
  ): string =>
    [
      programming,
      ...(figure.rowsWithErrors > 0
        ? [t.say("report.leftOutShort", { count: figure.rowsWithErrors })]
        : []),
      ...(figure.unfilledAreas && figure.unfilledAreas.length > 0
        ? [t.say("report.unfilledShort", { names: t.list(figure.unfilledAreas.map(areaLabel)) })]
        : []),
    ].join("; ");
  const line = (
    level: "institution" | "macroprocess" | "area",
    name: string,
    programming: string,
    figure: ReportLevel & { unfilledAreas?: UnfilledArea[] }
  ): ReportTableCell[] => [
    { text: name },
    { text: t.say(`report.level.${level}`) },
    { text: standsOn(programming, figure) },
    percentCell(figure.compliance, t),
    bandCell(figure.band, t),
  ];
  const areaLine = (area: ReportArea): ReportTableCell[] =>
    line(
      "area",
      areaLabel(area),
      t.say("report.programmedRows", { count: area.programmedRows, total: area.rows }),
      area
    );
  const known = new Set(report.macroprocesses.map((macroprocess) => macroprocess.name));
  return {
    headers: [
      t.say("report.header.name"),
      t.say("report.header.level"),
      t.say("report.header.withProgramming"),
      t.say("report.header.compliance"),
      t.say("report.header.band"),
    ],
    widths: [60, 16, 24, 16, 16],
    rows: [
      line(
        "institution",
        report.organisation,
        t.say("report.programmedAreas", {
          count: report.institution.areas,
          total: report.institution.totalAreas,
        }),
        report.institution
      ),
      ...report.macroprocesses.flatMap((macroprocess) => [
        line(
          "macroprocess",
          macroprocess.name,
          t.say("report.programmedAreas", {
            count: macroprocess.areas,
            total: macroprocess.totalAreas,
          }),
          macroprocess
        ),
        ...report.areas.filter((area) => area.macroprocess === macroprocess.name).map(areaLine),
      ]),
      ...report.areas
        .filter((area) => area.macroprocess === null || !known.has(area.macroprocess))
        .map(areaLine),
    ],
  };
}
