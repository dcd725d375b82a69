import { buildManagementReport } from "../../../src/core/report/buildManagementReport";
import { PeriodKind, defaultPeriods } from "../../../src/core/template/Template";
import { sampleTemplate } from "../../support/sampleTemplate";
import { numberRow, reportPlan } from "./reportPlan";
import { HYPERLINK_TEXT, SCRIPT_TEXT, samplePlan, sampleReport } from "./sampleReport";
import { richReport } from "./richPlan";

describe("buildManagementReport: cut-off", () => {
  it("measures semester 1 at T2 and semester 2 at T4, whatever the workbook's Corte says", () => {
    const first = buildManagementReport(samplePlan({ cutoff: "T4" }), 1, {
      generatedAt: "2021-07-15",
      language: "es",
    });
    expect(first.cutoff).toMatchObject({ label: "T2", index: 1, notMidYear: false });
    const second = buildManagementReport(samplePlan({ cutoff: "T1" }), 2, {
      generatedAt: "2022-01-15",
      language: "es",
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
      const one = buildManagementReport(plan, 1, { generatedAt: "2021-07-01", language: "es" });
      const two = buildManagementReport(plan, 2, { generatedAt: "2022-01-01", language: "es" });
      expect(one.cutoff).toMatchObject({ label: first, periodKind: kind, notMidYear });
      expect(two.cutoff).toMatchObject({ label: second, notMidYear: false });
      // Every period programmed 1, executed 1 in the first half: at mid-year all is executed (100 %); at the
      // year's end half of it — except with 3 periods, where semester 1 is C2 (2 of 2) and the year C3 (2 of 3).
      expect(one.areas[0].compliance).toBe(1);
      expect(two.areas[0].compliance).toBeCloseTo(Math.ceil(n / 2) / n, 9);
    }
  );
});

describe("buildManagementReport: levels", () => {
  it("reports institution, macroprocess and every area of the template at the cut-off, in template order", () => {
    const report = sampleReport(1);
    expect(report.organisation).toBe("Alcaldía de Ejemplo");
    expect(report.year).toBe(2021);
    // At T2: DJ-01 5 ÷ 20 = .25, DJ-02 4 ÷ 2 = 2 (capped at 1), DJ-03 6 ÷ 10 = .6 → DJ (.25 + 1 + .6) ÷ 3 =
    // 1.85 ÷ 3 = 0.61666… → 0.6166666667; SGR-01 0 ÷ 8 = 0 (SGR-02 has nothing programmed) → SGR 0;
    // Misional (0.6166666667 + 0) ÷ 2 = 0.30833333335 → 0.3083333334; Control Interno has no rows.
    expect(
      report.areas.map((area) => [area.code, area.section, area.compliance, area.band, area.rows])
    ).toEqual([
      ["DJ", "3.1", 0.6166666667, "amarillo", 3],
      ["SGR", "3.1.1", 0, "rojo", 2],
      ["CI", "6.1", null, "sin-diligenciar", 0], // no rows at all: never filled (SPEC §5)
    ]);
    expect(report.areas.find((area) => area.code === "DJ")).toMatchObject({
      programmedRows: 3,
      rowsWithErrors: 0,
    });
    expect(report.macroprocesses).toEqual([
      {
        code: "MI",
        name: "Misional",
        compliance: 0.3083333334,
        band: "rojo",
        rowsWithErrors: 0,
        areas: 2,
        totalAreas: 2,
        unfilledAreas: [],
      },
      {
        code: "SMC",
        name: "Seguimiento, Monitoreo y Control",
        compliance: null,
        // SPEC §5: its one area never filled its tab, so the group is Sin diligenciar (was Sin programación).
        band: "sin-diligenciar",
        rowsWithErrors: 0,
        areas: 0,
        totalAreas: 1,
        unfilledAreas: [{ code: "CI", section: "6.1", name: "Control Interno" }],
      },
    ]);
    expect(report.institution).toEqual({
      compliance: 0.3083333334,
      band: "rojo",
      rowsWithErrors: 0,
      areas: 2,
      totalAreas: 3,
      unfilledAreas: [{ code: "CI", section: "6.1", name: "Control Interno" }],
    });
    expect(report.bands).toEqual({ green: 0.8, yellow: 0.6, overExecution: 1.2 });
    expect(report.figureErrors.total).toBe(0);
  });

  it("marks figures resting on errors: a row whose executed value is #REF! is left out and counted", () => {
    const plan = reportPlan(sampleTemplate(), {
      DJ: [
        numberRow([1, 1, 1, 1], [1, { kind: "error", code: "#REF!" }, null, null]),
        numberRow([1, 1, 1, 1], [1, 0.5, null, null]), // 1.5 ÷ 2 = .75
      ],
    });
    const report = buildManagementReport(plan, 1, { generatedAt: "d", language: "es" });
    expect(report.areas[0]).toMatchObject({
      compliance: 0.75,
      band: "amarillo",
      rowsWithErrors: 1,
    });
    expect(report.institution).toMatchObject({ compliance: 0.75, rowsWithErrors: 1 });
    expect(report.redRows).toEqual([]);
    expect(report.figureErrors).toEqual({
      rows: 1,
      areas: 0,
      thresholds: 0,
      cutoffIndex: 0,
      cutoffIndexProblem: null,
      total: 1,
    });
  });

  it("throws when the plan has no template (the shell checks first)", () => {
    const plan = samplePlan();
    expect(() =>
      buildManagementReport({ ...plan, template: null, config: null }, 1, {
        generatedAt: "x",
        language: "es",
      })
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

  it("lists rows without report in validation's meaning: an elapsed period with programming and nothing executed, or a blank or draft status", () => {
    const report = sampleReport(1);
    expect(report.unreportedRows.map((row) => [row.id, row.reasons, row.status])).toEqual([
      ["DJ-02", ["statusDraft"], "borrador"],
      ["DJ-03", ["statusBlank"], ""],
      ["SGR-01", ["noExecuted", "statusDraft"], "Borrador"],
      // Nothing programmed by T2, but its status is blank: validation's meaning (SPEC §7) lists it.
      ["SGR-02", ["statusBlank"], ""],
    ]);
  });

  it("counts a row whose one elapsed period lacks its executed value, as validation warns", () => {
    // T1 executed, T2 programmed and blank: validation's executed.missing at T2.
    const plan = reportPlan(sampleTemplate(), {
      DJ: [numberRow([1, 1, 1, 1], [1, null, null, null])],
    });
    const report = buildManagementReport(plan, 1, { generatedAt: "d", language: "es" });
    expect(report.unreportedRows.map((row) => [row.id, row.reasons])).toEqual([
      ["DJ-01", ["noExecuted"]],
    ]);
  });

  it("at semester 2 the elapsed periods run to T4", () => {
    const report = sampleReport(2);
    expect(report.unreportedRows.map((row) => [row.id, row.reasons])).toEqual([
      ["DJ-01", ["noExecuted"]], // T3 and T4 programmed 10 each, nothing executed
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

  it("uses the thresholds of Configuración, not the template's, as the semáforo does", () => {
    // 2 ÷ 1 = 2: over the template's 1.2, under Configuración's 2.5; .7 is Amarillo at 60 %, Verde at Configuración's 70 %.
    const plan = reportPlan(
      sampleTemplate(),
      {
        DJ: [numberRow([1, 1, 1, 1], [2, 2, 2, 2]), numberRow([10, 10, 10, 10], [7, 7, 7, 7])],
      },
      {
        names: {
          UmbralSobreejecucion: { kind: "number", value: 2.5 },
          UmbralVerde: { kind: "number", value: 0.7 },
          UmbralAmarillo: { kind: "number", value: 0.5 },
        },
      }
    );
    const report = buildManagementReport(plan, 1, { generatedAt: "d", language: "es" });
    expect(report.overExecutedRows).toEqual([]);
    expect(report.bands).toEqual({ green: 0.7, yellow: 0.5, overExecution: 2.5 });
    // (1 + .7) ÷ 2 = .85
    expect(report.areas[0]).toMatchObject({ compliance: 0.85, band: "verde" });
  });
});

describe("buildManagementReport: what the informe's sections tell", () => {
  it("carries each area's filled rows with the semáforo's figures to date, their texts and the budget the area programmed", () => {
    const report = richReport();
    const dju = report.areas.find((area) => area.code === "DJU")!;
    expect(
      dju.details.map((row) => [
        row.deliverable,
        row.unit,
        row.programmed,
        row.executed,
        row.compliance,
        row.band,
        row.overExecution,
      ])
    ).toEqual([
      // At T2: 10 + 10 = 20 programmed, 2 + 3 = 5 executed; 1 + 1 against 3 + 2; 30 + 30 against 29 + 29.
      ["Procesos judiciales con seguimiento", "Número", 20, 5, 0.25, "rojo", false],
      ["Conceptos jurídicos emitidos", "Número", 2, 5, 2.5, "verde", true],
      [
        "Funcionarios certificados en el Diplomado en Gestión Pública",
        "Número",
        60,
        58,
        0.9666666667,
        "verde",
        false,
      ],
    ]);
    expect(dju.details[2].evidence).toBe("Listas de asistencia y certificados");
    expect(dju.details[0].observations).toBe("Retraso en la contratación del apoyo jurídico.");
    expect(dju.details.map((row) => row.order)).toEqual([0, 1, 2]);
    // Porcentaje: the level at T2, as fractions.
    const com = report.areas.find((area) => area.code === "COM")!;
    expect([com.details[0].programmed, com.details[0].executed, com.details[0].compliance]).toEqual(
      [0.5, 0.45, 0.9]
    );
    // Presupuesto summed where a row holds a number; null where no row does.
    // The over-executed row has no Observaciones: the informe asks for its explanation.
    expect(
      report.overExecutedRows.map((over) => [
        over.deliverable,
        over.compliance,
        over.needsExplanation,
      ])
    ).toEqual([["Conceptos jurídicos emitidos", 2.5, true]]);
    expect([dju.budget, dju.budgetRows, com.budget, com.budgetRows]).toEqual([
      12000000, 1, 3500000, 1,
    ]);
    const never = report.areas.filter((area) => area.band === "sin-diligenciar");
    expect(never.map((area) => [area.code, area.details.length, area.budget])).toEqual([
      ["GTE", 0, null],
      ["CIN", 0, null],
    ]);
  });
});

describe("buildManagementReport: a date typed in a text column", () => {
  it("tells it in words in the informe's language, as the informe writes its own dates", () => {
    // «Entregable» typed 15/03/2021, which Excel keeps as a date (serial 44270); 0 of 2 at T2: a red row.
    const plan = reportPlan(sampleTemplate(), {
      DJ: [
        numberRow([1, 1, 1, 1], [0, 0, null, null], {
          Entregable: { date: 44270 },
          Meta: 4,
        }),
      ],
    });
    const told = (language: "es" | "en") =>
      buildManagementReport(plan, 1, { generatedAt: "2021-07-01", language }).redRows.map(
        (row) => row.deliverable
      );
    expect(told("es")).toEqual(["15 de marzo de 2021"]);
    expect(told("en")).toEqual(["March 15, 2021"]);
  });
});
