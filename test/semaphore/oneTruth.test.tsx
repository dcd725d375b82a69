/**
 * @jest-environment jsdom
 *
 * Issue 15 findings 1, 4, 5 and issue 20 findings 15, 16, 20 (first half), on the real operations (SPEC §5, §5.1):
 * every figure below is worked out by hand in the comment beside it. The views themselves are compared in
 * test/parity/viewParity.test.tsx; this file pins each finding where it went wrong.
 */
import { deserialize, serialize } from "node:v8";
import { screen, within } from "@testing-library/react";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { semaphoreErrors } from "../../src/core/semaphore/semaphoreErrors";
import { bindOperations } from "../../src/operations/bindOperations";
import { OperationError } from "../../src/operations/OperationError";
import { SemaforoFlow } from "../../src/taskpane/flows/Semaforo/SemaforoFlow";
import { CellLike, buildSnapshot } from "../support/buildSnapshot";
import { sampleTemplate } from "../support/sampleTemplate";
import { RecordingHost } from "../operations/RecordingHost";
import { renderPane } from "../taskpane/renderPane";

const TODAY = "2021-04-05";

// jsdom lacks structuredClone, which the recording host uses to hand out copies of its snapshot.
globalThis.structuredClone ??= <T,>(value: T): T => deserialize(serialize(value)) as T;

/** A row with programming and execution in T1 (unit blank = Número, direction blank = Ascendente). */
const row = (
  programmed: number,
  executed: number,
  more: Record<string, CellLike> = {}
): Record<string, CellLike> => ({
  [HEADERS.activity]: "Actividad",
  "Programado T1": programmed,
  "Ejecutado T1": executed,
  ...more,
});

const operationsOn = (rows: Parameters<typeof buildSnapshot>[1]) => {
  const host = new RecordingHost(buildSnapshot(sampleTemplate(), rows, { cutoff: "T1" }));
  return { host, operations: bindOperations(host) };
};

describe("finding 1: a row with programming and no Ponderación in an area that weights its rows", () => {
  // DJ-01 weighs 0.6 and is 8 ÷ 10 = 0.8; DJ-02 has no weight: left out. DJ = 0.6 × 0.8 ÷ 0.6 = 0.8, Verde.
  const rows = {
    DJ: [row(10, 8, { [HEADERS.weight]: 0.6 }), row(10, 10)],
  };

  it("is left out and counted by the core, the CLI's JSON figures and the pane alike", async () => {
    const { operations } = operationsOn(rows);
    const report = await operations.semaphore({});
    const dj = report.areas.find((area) => area.code === "DJ")!;
    expect([dj.compliance, dj.band, dj.rowsWithErrors]).toEqual([0.8, "verde", 1]);
    expect(report.rows.filter((candidate) => candidate.leftOut).map((r) => r.id)).toEqual([
      "DJ-02",
    ]);
    expect(semaphoreErrors(report).rows).toBe(1);

    renderPane(<SemaforoFlow operations={operations} periodLabels={["T1"]} cutoff="T1" />);
    // Before: "Filas con errores (fuera del cálculo) (0)" and "Ninguna." beside DJ's Verde 80,0 %.
    const errors = await screen.findByRole("region", {
      name: "Filas con errores (fuera del cálculo) (1)",
    });
    expect(within(errors).getByRole("button").textContent).toContain("DJ-02");
    const areas = screen.getByRole("region", { name: "Áreas" });
    expect(within(areas).getAllByRole("listitem")[0].textContent).toBe(
      "Dirección Jurídica Verde 80,0% Con errores 1 fila con errores quedó fuera de las cifras; véala en Validar."
    );
  });
});

describe("finding 4: a value pasted over a row's % Cumplimiento", () => {
  // DJ-01: 8 ÷ 10 = 0.8. DJ-02: 10 ÷ 10 = 1, but its % Cumplimiento holds a pasted 1 (no formula): Con errores.
  // DJ = 0.8 alone (before: (0.8 + 1) ÷ 2 = 0.9, the pasted value counted).
  const rows = {
    DJ: [row(10, 8), row(10, 10, { [HEADERS.compliance]: 1 })],
  };

  it("makes the row Con errores, leaves it out of the area and counts it in the warning", async () => {
    const { operations } = operationsOn(rows);
    const report = await operations.semaphore({});
    const dj02 = report.rows.find((candidate) => candidate.id === "DJ-02")!;
    expect([dj02.compliance, dj02.band, dj02.leftOut]).toEqual([null, "con-errores", true]);
    const dj = report.areas.find((area) => area.code === "DJ")!;
    expect([dj.compliance, dj.band, dj.rowsWithErrors]).toEqual([0.8, "verde", 1]);
    expect(semaphoreErrors(report)).toMatchObject({ rows: 1, total: 1 });
  });
});

describe("finding 5: areas that never filled their tab", () => {
  // DJ filled (8 ÷ 10 = 0.8); SGR's one row holds only its generated objective; CI has no rows at all.
  const rows = { DJ: [row(10, 8)] };

  it("are Sin diligenciar, left out of the average and named beside it, in the informe too", async () => {
    const { operations } = operationsOn(rows);
    const report = await operations.semaphore({});
    expect(report.areas.map((area) => [area.code, area.band])).toEqual([
      ["DJ", "verde"],
      ["SGR", "sin-diligenciar"], // before: sin-programacion, as if nothing were due yet
      ["CI", "sin-diligenciar"],
    ]);
    expect(report.institution).toMatchObject({
      compliance: 0.8,
      band: "verde",
      areas: 1,
      totalAreas: 3,
      unfilledAreas: [
        { code: "SGR", section: "3.1.1", name: "Sistema General de Regalías – SGR" },
        { code: "CI", section: "6.1", name: "Control Interno" },
      ],
    });
    const informe = await operations.report({
      semester: 1,
      language: "es",
      output: "html",
      today: TODAY,
    });
    expect(informe.html).toContain(
      "1 de 3 áreas; sin diligenciar: 3.1.1 Sistema General de Regalías – SGR y 6.1 Control Interno"
    );
    expect(informe.html).toContain(
      '<span class="band band-sin-diligenciar">Sin diligenciar</span>'
    );

    renderPane(<SemaforoFlow operations={operations} periodLabels={["T1"]} cutoff="T1" />);
    const institution = await screen.findByRole("region", { name: "Institución · T1" });
    expect(institution.textContent).toContain(
      "Verde 80,0% 1 de 3 áreas; sin diligenciar: 3.1.1 Sistema General de Regalías – SGR, 6.1 Control Interno"
    );
    const areas = screen.getByRole("region", { name: "Áreas" });
    expect(within(areas).getAllByText("Sin diligenciar")).toHaveLength(2);
  });
});

describe("issue 20 finding 15: an area table deleted", () => {
  // DJ = 8 ÷ 10 = 0.8 if it were there; without T_DJ it has no figure and says so (before: silently dropped).
  it("is marked Con errores in semáforo, consolidation and informe, and counted as an error (exit 1)", async () => {
    const host = new RecordingHost(
      buildSnapshot(sampleTemplate(), { DJ: [row(10, 8)], SGR: [row(4, 4)] }, { cutoff: "T1" })
    );
    host.snapshot.tables = host.snapshot.tables.filter((table) => table.name !== "T_DJ");
    const operations = bindOperations(host);
    const report = await operations.semaphore({});
    expect(report.areas.find((area) => area.code === "DJ")).toMatchObject({
      compliance: null,
      band: "con-errores",
      error: "missingTable",
    });
    // SGR = 4 ÷ 4 = 1 alone; DJ counted as an area with an error, never averaged in.
    expect(report.institution).toMatchObject({ compliance: 1, areas: 1, areasWithErrors: 1 });
    expect(semaphoreErrors(report)).toMatchObject({ areas: 1, total: 1 });
    const consolidation = await operations.consolidate({ imports: [], today: TODAY });
    expect(semaphoreErrors(consolidation.semaphore)).toMatchObject({ areas: 1 });
    const informe = await operations.report({
      semester: 1,
      language: "es",
      output: "html",
      today: TODAY,
    });
    expect(informe.report.figureErrors).toMatchObject({ areas: 1 });
    expect(informe.report.areas.find((area) => area.code === "DJ")?.band).toBe("con-errores");
  });
});

describe("issue 20 finding 16: weights typed as 0 everywhere in an area", () => {
  // DJ-01 and DJ-02 both programmed, both weigh 0: Σ w = 0, an error (before: treated as unweighted, 0.9).
  it("is an error, not an unweighted area", async () => {
    const { operations } = operationsOn({
      DJ: [row(10, 8, { [HEADERS.weight]: 0 }), row(10, 10, { [HEADERS.weight]: 0 })],
    });
    const report = await operations.semaphore({});
    expect(report.areas.find((area) => area.code === "DJ")).toMatchObject({
      compliance: null,
      band: "con-errores",
      error: "zeroWeight",
    });
    expect(semaphoreErrors(report).areas).toBe(1);
    const validation = await operations.validate({});
    expect(validation.issues.map((issue) => issue.code)).toContain("weights.zeroProgrammed");
  });
});

describe("issue 20 finding 20: upgrade with Corte = T9", () => {
  it("is refused with the cut-off error and writes nothing (before: reset to T1 with a warning)", async () => {
    const host = new RecordingHost(buildSnapshot(sampleTemplate(), {}, { cutoff: "T9" }));
    const failure = await bindOperations(host)
      .upgrade({ template: sampleTemplate({ templateVersion: 2 }) })
      .then(
        () => null,
        (error: unknown) => error
      );
    expect(failure).toBeInstanceOf(OperationError);
    expect((failure as OperationError).code).toBe("operation.badCutoff");
    expect((failure as OperationError).params).toEqual({ value: "T9", labels: "T1, T2, T3, T4" });
    expect(host.patches).toEqual([]);
  });

  it("is refused when Corte is blank too", async () => {
    const host = new RecordingHost(
      buildSnapshot(sampleTemplate(), {}, { names: { Corte: { kind: "empty" } } })
    );
    const failure = await bindOperations(host)
      .upgrade({ template: sampleTemplate({ templateVersion: 2 }) })
      .then(
        () => null,
        (error: unknown) => error
      );
    expect((failure as OperationError).code).toBe("operation.blankCutoff");
    expect(host.patches).toEqual([]);
  });
});
