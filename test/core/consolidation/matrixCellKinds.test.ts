/**
 * What consolidation hands every host for `Matriz`: each area cell as the same kind of value (a date stays a date —
 * with a date format of its own where its column has none — and an error value stays an error), so the semáforo
 * read back from the matrix is the tabs' (SPEC §5.1). The hosts' round trips: test/operations/matrixCellKinds.
 */
import { cellToInput } from "../../../src/core/consolidation/cellToInput";
import { consolidatePlan } from "../../../src/core/consolidation/consolidatePlan";
import { planFromMatrix } from "../../../src/core/consolidation/planFromMatrix";
import { readPlan } from "../../../src/core/plan/readPlan";
import { computeSemaphore } from "../../../src/core/semaphore/computeSemaphore";
import { tableOfSheet } from "../../../src/core/import/tableOfSheet";
import { HEADERS } from "../../../src/core/workbook/areaColumns";
import { cellAddress, columnLetter } from "../../../src/core/workbook/address";
import { dateSerial } from "../../../src/core/workbook/dateSerial";
import { SHEET } from "../../../src/core/workbook/sheetNames";
import { SheetPatch } from "../../../src/core/workbook/WorkbookPatch";
import { WorkbookSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";
import { issueCountsByArea } from "../../../src/operations/issueCountsByArea";
import { buildSnapshot } from "../../support/buildSnapshot";
import { validRow } from "../../support/filledPlan";
import { sampleTemplate } from "../../support/sampleTemplate";

const APRIL_1 = dateSerial(2021, 4, 1);
const MARCH_15 = dateSerial(2021, 3, 15);

describe("cellToInput", () => {
  it("keeps an error value an error: a constant one as itself, one only a formula gives as #N/A", () => {
    expect(cellToInput({ kind: "error", code: "#REF!" })).toEqual({ error: "#REF!" });
    expect(cellToInput({ kind: "error", code: "#DIV/0!", formula: "1/0" })).toEqual({
      error: "#DIV/0!",
    });
    expect(cellToInput({ kind: "error", code: "#SPILL!" })).toEqual({ error: "#N/A" });
  });

  it("keeps a date a date, and makes a number in a date column one", () => {
    expect(cellToInput({ kind: "date", serial: APRIL_1 })).toEqual({ date: 44287 });
    expect(cellToInput({ kind: "number", value: 44287 }, true)).toEqual({ date: 44287 });
    expect(cellToInput({ kind: "number", value: 0.25 })).toBe(0.25);
  });
});

describe("the Matriz of a plan with dates and an error where numbers go", () => {
  const template = sampleTemplate();
  const tabs: WorkbookSnapshot = buildSnapshot(
    template,
    {
      DJ: [
        validRow("Revisar contratos", [1, 1, null, null], { [HEADERS.weight]: 0.5 }),
        validRow("Atender tutelas", [0, 0, null, null], {
          [HEADERS.weight]: { date: APRIL_1 },
          [HEADERS.deliverable]: { date: MARCH_15 },
        }),
      ],
      SGR: [
        validRow("Gestionar riesgos", [1, 1, null, null], {
          [HEADERS.weight]: { error: "#N/A" },
        }),
      ],
    },
    { cutoff: "T2" }
  );
  const plan = readPlan(tabs);
  const { patch } = consolidatePlan({
    plan,
    config: plan.config!,
    snapshot: tabs,
    issueCounts: issueCountsByArea(tabs, "T2"),
    today: "2021-07-05",
  });
  const sheet = patch.sheets.find((candidate) => candidate.name === SHEET.matrix) as SheetPatch;
  const table = sheet.tables[0];
  const rows = [...table.rows];
  const column = (header: string): number => table.headers.indexOf(header);
  const rowOf = (id: string): number => rows.findIndex((row) => row[column(HEADERS.id)] === id);
  /** The cell of `Matriz` (the table's header is row 4, from column A) of row `id` under `header`. */
  const address = (id: string, header: string): string =>
    cellAddress(5 + rowOf(id), 1 + column(header));

  it("writes the dates as dates and the error as an error", () => {
    expect([
      rows[rowOf("DJ-02")][column(HEADERS.weight)],
      rows[rowOf("DJ-02")][column(HEADERS.deliverable)],
      rows[rowOf("SGR-01")][column(HEADERS.weight)],
    ]).toEqual([{ date: 44287 }, { date: 44270 }, { error: "#N/A" }]);
  });

  it("gives the two dates a date format after their columns' own (0 % and none)", () => {
    const weightColumn = columnLetter(1 + column(HEADERS.weight));
    const percent = sheet.styles.findIndex(
      (styled) => styled.range === `${weightColumn}5:${weightColumn}7`
    );
    expect(sheet.styles[percent].style).toEqual({ numberFormat: "0%" });
    const dated = (cell: string): number =>
      sheet.styles.findIndex(
        (styled) => styled.range === cell && styled.style.numberFormat === "dd/mm/yyyy"
      );
    expect(dated(address("DJ-02", HEADERS.weight))).toBeGreaterThan(percent);
    expect(dated(address("DJ-02", HEADERS.deliverable))).toBeGreaterThan(-1);
    // Nothing else of the matrix gets one: the dates of the date columns have their column's.
    expect(
      sheet.styles.filter(
        (styled) => !styled.range.includes(":") && styled.style.numberFormat === "dd/mm/yyyy"
      )
    ).toHaveLength(2);
  });

  it("reads back from the matrix the semáforo the tabs give", () => {
    const consolidated = { ...tabs, tables: [...tabs.tables, tableOfSheet(sheet)] };
    const fromMatrix = planFromMatrix(readPlan(consolidated), consolidated)!;
    const figures = (report: ReturnType<typeof computeSemaphore>) => ({
      rows: report.rows.map((row) => [
        row.id,
        row.band,
        row.compliance,
        row.weight,
        row.weightError,
      ]),
      areas: report.areas.map((area) => [area.code, area.band, area.compliance, area.error]),
    });
    const expected = figures(computeSemaphore(plan, plan.config!));
    expect(figures(computeSemaphore(fromMatrix, plan.config!))).toEqual(expected);
    expect(expected.areas).toEqual([
      ["DJ", "verde", 1, null],
      ["SGR", "con-errores", null, "weightError"],
      ["CI", "sin-diligenciar", null, null],
    ]);
  });
});
