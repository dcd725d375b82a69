/** `T_Historial` after a consolidation: the cut-off's rows replaced, the others kept, in plan order. */
import { HistoryEntry } from "../../../src/core/history/HistoryEntry";
import { recordCutoff } from "../../../src/core/history/recordCutoff";

const entry = (
  cutoff: string,
  code: string | null,
  compliance: number | null,
  date = "2021-04-10"
): HistoryEntry => ({
  cutoff,
  date,
  code,
  name: code ?? "Institución",
  compliance,
  band: compliance === null ? "sin-programacion" : compliance >= 0.8 ? "verde" : "rojo",
});
const order = { periodLabels: ["T1", "T2", "T3", "T4"], areaCodes: ["DJ", "DE", "CI"] };
const keys = (entries: HistoryEntry[]) =>
  entries.map((e) => `${e.cutoff} ${e.code ?? "-"} ${e.compliance} ${e.date}`);

it("replaces the consolidated cut-off's rows and keeps the others, ordered by cut-off then plan order", () => {
  const previous = [
    entry("T2", "DJ", 0.5, "2021-07-01"),
    entry("T2", null, 0.5, "2021-07-01"),
    entry("T1", null, 1),
    entry("T1", "DE", 1),
    entry("T1", "DJ", 1),
  ];
  const current = [
    entry("T2", "DE", 0.9, "2021-07-05"),
    entry("T2", "DJ", 0.75, "2021-07-05"),
    entry("T2", null, 0.825, "2021-07-05"),
  ];
  expect(keys(recordCutoff(previous, current, order))).toEqual([
    "T1 DJ 1 2021-04-10",
    "T1 DE 1 2021-04-10",
    "T1 - 1 2021-04-10",
    "T2 DJ 0.75 2021-07-05",
    "T2 DE 0.9 2021-07-05",
    "T2 - 0.825 2021-07-05",
  ]);
});

it("keeps a cut-off and an area the plan no longer has, after the known ones", () => {
  const previous = [entry("X9", "DJ", 1), entry("T1", "OLD", 0.5), entry("T1", "DJ", 1)];
  expect(keys(recordCutoff(previous, [entry("T3", null, 0.7)], order))).toEqual([
    "T1 DJ 1 2021-04-10",
    "T1 OLD 0.5 2021-04-10",
    "T3 - 0.7 2021-04-10",
    "X9 DJ 1 2021-04-10",
  ]);
});

it("starts the history from nothing", () => {
  expect(keys(recordCutoff([], [entry("T1", "DJ", 1), entry("T1", null, 1)], order))).toEqual([
    "T1 DJ 1 2021-04-10",
    "T1 - 1 2021-04-10",
  ]);
});
