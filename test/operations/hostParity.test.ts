/**
 * Parity (SPEC §9): the same scenario through every workbook host gives the same snapshots (every table, every
 * column, every name), the same issues, semáforo, consolidated matrix and report. Expected figures are worked out
 * by hand from the rows the scenario types.
 */
import { areasInOrder } from "../../src/core/template/Template";
import { DEFAULT_TEMPLATE } from "../../src/core/template/defaultTemplate";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { WorkbookSnapshot } from "../../src/core/workbook/WorkbookSnapshot";
import { testOutputDir } from "../support/tempDir";
import { HOST_FACTORIES } from "./hostFactories";
import { INJECTION, ParityResult, runParityScenario } from "./parityScenario";

jest.setTimeout(300_000);

const results = new Map<string, ParityResult>();

/**
 * The result with the sheets the host's empty workbook started with left out of every snapshot's sheet list, and
 * the charts' references (`charts`) and names scoped to one sheet (`scopedNames`) left out of every snapshot: the
 * package shell reads them (for an upgrade to move them), the Office host does not (a series' source needs ExcelApi
 * 1.15), so there an upgrade moves none.
 */
function withoutStartSheets(result: ParityResult, names: string[]): ParityResult {
  const strip = ({
    charts: _charts,
    scopedNames: _scopedNames,
    ...snapshot
  }: WorkbookSnapshot): WorkbookSnapshot => ({
    ...snapshot,
    sheets: snapshot.sheets.filter((sheet) => !names.includes(sheet.name)),
  });
  return {
    ...result,
    generated: strip(result.generated),
    filled: strip(result.filled),
    afterImport: strip(result.afterImport),
    consolidated: strip(result.consolidated),
    reported: strip(result.reported),
  };
}

describe.each(HOST_FACTORIES)("the 2021 plan through the $name host", (factory) => {
  let result: ParityResult;

  beforeAll(async () => {
    result = await runParityScenario(factory, testOutputDir(`parity-${factory.name}`));
    results.set(factory.name, result);
  });

  it("generates one table per area of the template, found by name, with the stored template", () => {
    const codes = areasInOrder(DEFAULT_TEMPLATE).map(({ area }) => `T_${area.code}`);
    expect(codes).toHaveLength(17);
    expect(result.generated.tables.map((table) => table.name)).toEqual(
      expect.arrayContaining(codes)
    );
    expect(JSON.parse(result.generated.templateJson ?? "null")).toEqual(DEFAULT_TEMPLATE);
    expect(result.generated.names.Corte).toEqual({ kind: "text", value: "T1" });
  });

  it("reads back what was typed, the injection as text", () => {
    const dj = result.filled.tables.find((table) => table.name === "T_DJ")!;
    const activity = dj.headers.indexOf(HEADERS.activity);
    expect(dj.rows.slice(0, 3).map((row) => row[activity])).toEqual([
      { kind: "text", value: "Revisar contratos" },
      { kind: "text", value: "Atender tutelas" },
      { kind: "text", value: INJECTION },
    ]);
  });

  it("finds the goal typed as a word", () => {
    const goal = result.validation.issues.filter(
      (issue) => issue.area === "DJ" && issue.column === HEADERS.goal
    );
    expect(goal.map((issue) => [issue.code, issue.value])).toEqual([["number.invalid", "cuatro"]]);
  });

  it("bands each row at T2: 2 of 2 is verde, 1 of 2 is rojo", () => {
    const dj = result.semaphore.rows.filter((row) => row.area === "DJ").slice(0, 2);
    expect(dj.map((row) => [row.programmed, row.executed, row.compliance, row.band])).toEqual([
      [2, 2, 1, "verde"],
      [2, 1, 0.5, "rojo"],
    ]);
  });

  it("imports SGR from the area workbook into its tab, and Registro has nothing replaced", () => {
    expect(result.imported.written).toBe(true);
    expect(result.imported.imported).toEqual([
      {
        area: "SGR",
        name: "Sistema General de Regalías – SGR",
        sheet: result.filled.tables.find((table) => table.name === "T_SGR")!.sheet,
        file: "sgr.xlsx",
        rows: 1,
        replaced: 0,
      },
    ]);
    const sgr = result.afterImport.tables.find((table) => table.name === "T_SGR")!;
    const activity = sgr.headers.indexOf(HEADERS.activity);
    expect(sgr.rows[0][activity]).toEqual({ kind: "text", value: "Gestionar riesgos" });
    const replaced = result.afterImport.tables.find((table) => table.name === "T_Reemplazos")!;
    expect(replaced.rows.flat().every((cell) => cell.kind === "empty")).toBe(true);
  });

  it("consolidates every area from its tab, SGR's imported row included", () => {
    expect(result.consolidation.sources.map((source) => source.code)).toContain("SGR");
    expect(result.consolidation.findings).toEqual([]);
    const matrix = result.consolidated.tables.find((table) => table.name === "T_Matriz")!;
    const activity = matrix.headers.indexOf(HEADERS.activity);
    const typed = matrix.rows
      .map((row) => row[activity])
      .filter((cell) => cell.kind === "text" && cell.value !== "");
    expect(typed).toEqual(
      expect.arrayContaining([
        { kind: "text", value: "Revisar contratos" },
        { kind: "text", value: INJECTION },
        { kind: "text", value: "Gestionar riesgos" },
      ])
    );
  });

  it("reports the first semester from the consolidated matrix, into the Informe sheet", () => {
    expect(result.fromMatrix).toBe(true);
    expect(result.report.cutoff.label).toBe("T2");
    expect(result.reported.sheets.map((sheet) => sheet.name)).toContain("Informe");
  });
});

describe("every host gives the same result", () => {
  it.each(HOST_FACTORIES.slice(1))("$name equals file", (factory) => {
    const file = withoutStartSheets(results.get("file")!, []);
    const other = withoutStartSheets(results.get(factory.name)!, factory.startSheets ?? []);
    expect(other.generated).toEqual(file.generated);
    expect(other.filled).toEqual(file.filled);
    expect(other.imported).toEqual(file.imported);
    expect(other.afterImport).toEqual(file.afterImport);
    expect(other.validation).toEqual(file.validation);
    expect(other.semaphore).toEqual(file.semaphore);
    expect(other.consolidation).toEqual(file.consolidation);
    expect(other.consolidated).toEqual(file.consolidated);
    expect(other.report).toEqual(file.report);
    expect(other.reported).toEqual(file.reported);
  });
});
