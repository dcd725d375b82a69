/**
 * The informe's trend: this year's entries for cut-offs before the report's, oldest first; the report's own
 * cut-off from the report's figures (replacing or adding), for every area of the plan and the institution.
 */
import { HistoryEntry } from "../../../src/core/history/HistoryEntry";
import { reportHistory } from "../../../src/core/history/reportHistory";

const entry = (
  cutoff: string,
  code: string | null,
  compliance: number | null,
  date: string
): HistoryEntry => ({
  cutoff,
  date,
  code,
  name: code ?? "Institución",
  compliance,
  band: compliance === null ? "sin-diligenciar" : compliance >= 0.8 ? "verde" : "rojo",
});
const keys = (entries: HistoryEntry[]) =>
  entries.map((e) => `${e.cutoff} ${e.code ?? "-"} ${e.compliance} ${e.band} ${e.date}`);

const figures = {
  year: 2021,
  date: "2021-07-20",
  cutoff: { label: "T2", index: 1, periodLabels: ["T1", "T2", "T3", "T4"] },
  areas: [
    { code: "DJ", name: "Dirección Jurídica", compliance: 0.75, band: "amarillo" as const },
    { code: "DE", name: "Dirección de Estudios", compliance: 1, band: "verde" as const },
  ],
  institution: { compliance: 0.875, band: "verde" as const },
};

it("takes this year's earlier cut-offs from the history and the report's own cut-off from its figures", () => {
  const history = [
    // Last year's plan, carried over in the workbook: recorded before 2021's periods began.
    entry("T1", "DJ", 0.1, "2020-04-02"),
    entry("T3", "DJ", 0.2, "2021-01-15"),
    // This year's T1 (recorded in its period or after), DE never recorded at T1.
    entry("T1", null, 0.5, "2021-04-10"),
    entry("T1", "DJ", 1, "2021-04-10"),
    // T2 as an earlier consolidation recorded it: replaced by the report's own figures.
    entry("T2", "DJ", 0.5, "2021-07-05"),
    entry("T2", null, 0.5, "2021-07-05"),
    // Later than the report's cut-off, and an area the plan no longer has: left out.
    entry("T3", "DJ", 0.9, "2021-10-05"),
    entry("T1", "OLD", 0.9, "2021-04-10"),
  ];
  expect(keys(reportHistory(history, figures))).toEqual([
    "T1 DJ 1 verde 2021-04-10",
    "T1 - 0.5 rojo 2021-04-10",
    "T2 DJ 0.75 amarillo 2021-07-20",
    "T2 DE 1 verde 2021-07-20",
    "T2 - 0.875 verde 2021-07-20",
  ]);
});

it("gives the report's own cut-off when nothing was ever consolidated, the institution named as Resumen names it", () => {
  const merged = reportHistory([], figures);
  expect(keys(merged)).toEqual([
    "T2 DJ 0.75 amarillo 2021-07-20",
    "T2 DE 1 verde 2021-07-20",
    "T2 - 0.875 verde 2021-07-20",
  ]);
  expect(merged.map((e) => e.name)).toEqual([
    "Dirección Jurídica",
    "Dirección de Estudios",
    "Institución",
  ]);
});

it("counts a late run for its own plan year: T1 of 2021 consolidated in 2022", () => {
  const merged = reportHistory([entry("T1", "DJ", 0.4, "2022-02-01")], figures);
  expect(keys(merged)[0]).toBe("T1 DJ 0.4 rojo 2022-02-01");
});
