import { buildManagementReport } from "../../../src/core/report/buildManagementReport";
import { computeSemaphore } from "../../../src/core/semaphore/computeSemaphore";
import { Plan } from "../../../src/core/plan/readPlan";
import { PeriodKind, defaultPeriods } from "../../../src/core/template/Template";
import { sampleTemplate } from "../../support/sampleTemplate";
import { numberRow, reportPlan } from "./reportPlan";
import { HYPERLINK_TEXT, SCRIPT_TEXT, samplePlan, sampleReport } from "./sampleReport";

const semaphoreAt = (plan: Plan, label: string) => {
  const config = plan.config!;
  const index = config.periodLabels.indexOf(label);
  return computeSemaphore(plan, { ...config, cutoffIndex: index, cutoffLabel: label });
};

describe("buildManagementReport: cut-off", () => {
  it("measures semester 1 at T2 and semester 2 at T4, whatever the workbook's Corte says", () => {
    const first = buildManagementReport(samplePlan({ cutoff: "T4" }), 1, {
      generatedAt: "2021-07-15",
    });
    expect(first.cutoff).toMatchObject({ label: "T2", index: 1, notMidYear: false });
    const second = buildManagementReport(samplePlan({ cutoff: "T1" }), 2, {
      generatedAt: "2022-01-15",
    });
    expect(second.cutoff).toMatchObject({ label: "T4", index: 3, notMidYear: false });
    expect(second.semester).toBe(2);
    expect(second.generatedAt).toBe("2022-01-15");
  });

  it.each([
    ["S", "S1", "S2", false],
    ["C", "C2", "C3", true],
    ["T", "T2", "T4", false],
    ["B", "B3", "B6", false],
    ["M", "M6", "M12", false],
  ] as [PeriodKind, string, string, boolean][])(
    "with %s periods uses %s and %s, and computes the semáforo there",
    (kind, first, second, notMidYear) => {
      const periods = defaultPeriods(kind);
      const n = periods.labels.length;
      // One executed unit per period in the first half only: compliance falls in the second half.
      const row = numberRow(
        periods.labels.map(() => 1),
        periods.labels.map((_, i) => (i < n / 2 ? 1 : null)),
        {},
        periods.labels
      );
      const plan = reportPlan(sampleTemplate({ periods }), { DJ: [row] });
      const one = buildManagementReport(plan, 1, { generatedAt: "2021-07-01" });
      const two = buildManagementReport(plan, 2, { generatedAt: "2022-01-01" });
      expect(one.cutoff).toMatchObject({ label: first, periodKind: kind, notMidYear });
      expect(two.cutoff).toMatchObject({ label: second, notMidYear: false });
      expect(one.areas[0].compliance).toBe(semaphoreAt(plan, first).areas[0].compliance);
      expect(two.areas[0].compliance).toBe(semaphoreAt(plan, second).areas[0].compliance);
      expect(two.areas[0].compliance).toBeCloseTo(Math.ceil(n / 2) / n, 9);
    }
  );
});

describe("buildManagementReport: levels", () => {
  it("takes institution, macroprocess and area compliance from the semáforo at the cut-off, in template order", () => {
    const report = sampleReport(1);
    const semaphore = semaphoreAt(samplePlan(), "T2");
    expect(report.organisation).toBe("Alcaldía de Ejemplo");
    expect(report.year).toBe(2021);
    expect(report.institution).toEqual({ ...semaphore.institution, totalAreas: 3 });
    expect(
      report.areas.map((area) => [area.code, area.section, area.compliance, area.band])
    ).toEqual(
      semaphore.areas.map((area, i) => [
        area.code,
        ["3.1", "3.1.1", "6.1"][i],
        area.compliance,
        area.band,
      ])
    );
    expect(report.areas.map((area) => area.code)).toEqual(["DJ", "SGR", "CI"]);
    expect(report.areas.find((area) => area.code === "DJ")).toMatchObject({
      band: "amarillo",
      programmedRows: 3,
      rows: 3,
    });
    expect(report.areas.find((area) => area.code === "CI")).toMatchObject({
      compliance: null,
      band: "sin-programacion",
    });
    expect(report.macroprocesses).toEqual([
      { ...semaphore.macroprocesses[0], totalAreas: 2 },
      { ...semaphore.macroprocesses[1], totalAreas: 1 },
    ]);
    expect(report.macroprocesses[1]).toMatchObject({ compliance: null, band: "sin-programacion" });
    expect(report.institution.areas).toBe(2);
    expect(report.bands).toEqual({ green: 0.8, yellow: 0.6, overExecution: 1.2 });
  });

  it("throws when the plan has no template (the shell checks first)", () => {
    const plan = samplePlan();
    expect(() =>
      buildManagementReport({ ...plan, template: null, config: null }, 1, { generatedAt: "x" })
    ).toThrow();
  });
});

describe("buildManagementReport: lists", () => {
  it("lists the rows in red with area name, activity (or objective), indicator, responsible, compliance and observations", () => {
    const report = sampleReport(1);
    expect(report.redRows).toEqual([
      expect.objectContaining({
        id: "DJ-01",
        areaCode: "DJ",
        areaName: "Dirección Jurídica",
        activity: HYPERLINK_TEXT,
        objective: "Mapear el litigio estratégico.",
        indicator: "Casos mapeados",
        responsible: "Ana Pérez",
        compliance: 0.25,
        observations: SCRIPT_TEXT,
        row: 8,
      }),
      expect.objectContaining({
        id: "SGR-01",
        areaName: "Sistema General de Regalías – SGR",
        activity: "",
        objective: "Acompañar proyectos.",
        responsible: "Marta Ruiz",
        compliance: 0,
      }),
    ]);
  });

  it("lists rows with programming to date that lack execution or a sent report, with the reasons", () => {
    const report = sampleReport(1);
    expect(report.unreportedRows.map((row) => [row.id, row.reasons, row.status])).toEqual([
      ["DJ-02", ["statusDraft"], "borrador"],
      ["DJ-03", ["statusBlank"], ""],
      ["SGR-01", ["noExecuted", "statusDraft"], "Borrador"],
    ]);
    // SGR-02 has nothing programmed by T2: not expected to report yet.
    expect(report.unreportedRows.some((row) => row.id === "SGR-02")).toBe(false);
  });

  it("at semester 2 the elapsed periods run to T4", () => {
    const report = sampleReport(2);
    expect(report.unreportedRows.map((row) => [row.id, row.reasons])).toEqual([
      ["DJ-02", ["statusDraft"]],
      ["DJ-03", ["statusBlank"]],
      ["SGR-01", ["noExecuted", "statusDraft"]],
      ["SGR-02", ["noExecuted", "statusBlank"]],
    ]);
    expect(report.redRows.map((row) => [row.id, row.compliance])).toEqual([
      ["DJ-01", 0.125],
      ["SGR-01", 0],
      ["SGR-02", 0],
    ]);
  });

  it("lists the rows over the over-execution threshold", () => {
    expect(sampleReport(1).overExecutedRows).toEqual([
      expect.objectContaining({
        id: "DJ-02",
        areaName: "Dirección Jurídica",
        responsible: "Luis Gómez",
        compliance: 2,
        observations: "Demanda mayor a la prevista",
      }),
    ]);
    expect(sampleReport(2).overExecutedRows.map((row) => [row.id, row.compliance])).toEqual([
      ["DJ-02", 1.5],
    ]);
  });

  it("uses the thresholds of Configuración, as the semáforo does", () => {
    const template = sampleTemplate({ bands: { green: 0.8, yellow: 0.6, overExecution: 2.5 } });
    const plan = reportPlan(template, {
      DJ: [numberRow([1, 1, 1, 1], [2, 2, 2, 2])],
    });
    expect(buildManagementReport(plan, 1, { generatedAt: "d" }).overExecutedRows).toEqual([]);
  });
});
