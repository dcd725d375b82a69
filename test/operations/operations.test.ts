/**
 * Each operation's checks and what it hands its host: the refusals a user must see (one typed error with a
 * catalogue code, nothing written), the patches, and cancel before any work.
 */
import { strFromU8, unzipSync } from "fflate";
import { buildReportDocument } from "../../src/core/report/document/buildReportDocument";
import { DEFAULT_TEMPLATE } from "../../src/core/template/defaultTemplate";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { SHEET } from "../../src/core/workbook/sheetNames";
import { bindOperations } from "../../src/operations/bindOperations";
import { formatOperationError } from "../../src/operations/formatOperationError";
import { OperationCancelled } from "../../src/operations/OperationContext";
import { OperationError } from "../../src/operations/OperationError";
import { buildSnapshot } from "../support/buildSnapshot";
import { sampleTemplate } from "../support/sampleTemplate";
import { RecordingHost } from "./RecordingHost";

const TODAY = "2021-07-05";

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

async function failure(run: Promise<unknown>): Promise<OperationError> {
  const error = await run.then(
    () => null,
    (caught: unknown) => caught
  );
  if (!(error instanceof OperationError))
    throw new Error(`expected an OperationError, got ${String(error)}`);
  return error;
}

const notAPlan = () =>
  new RecordingHost({
    sheets: [{ name: "Hoja1", visibility: "visible" }],
    tables: [],
    names: {},
  });

describe("generate", () => {
  it("writes the plan into an empty workbook as one patch", async () => {
    const host = new RecordingHost({ sheets: [], tables: [], names: {} });
    await bindOperations(host).generate({ template: sampleTemplate() });
    expect(host.patches).toHaveLength(1);
    const names = host.patches[0].patch.sheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining([SHEET.configuration, SHEET.template]));
  });

  it("refuses a workbook that already holds a plan unless the replacement is confirmed", async () => {
    const host = new RecordingHost(buildSnapshot());
    const error = await failure(bindOperations(host).generate({ template: sampleTemplate() }));
    expect(error.code).toBe("operation.planExists");
    expect(host.patches).toHaveLength(0);
    await bindOperations(host).generate({ template: sampleTemplate(), replaceExistingPlan: true });
    expect(host.patches).toHaveLength(1);
  });
});

describe("validate", () => {
  it("validates any workbook, reporting a missing template as an issue, and writes nothing", async () => {
    const host = notAPlan();
    const report = await bindOperations(host).validate({});
    expect(report.issues.map((issue) => issue.code)).toContain("structure.noTemplate");
    expect(host.patches).toEqual([]);
  });

  it("refuses a requested cut-off that is not a period of the plan, naming the periods", async () => {
    const error = await failure(
      bindOperations(new RecordingHost(buildSnapshot())).validate({ cutoff: "T9" })
    );
    expect([error.code, error.params]).toEqual([
      "operation.badCutoff",
      { value: "T9", labels: "T1, T2, T3, T4" },
    ]);
    expect(formatOperationError(error, "en")).toBe(
      "“T9” is not a period of this plan; use one of: T1, T2, T3, T4."
    );
  });
});

describe("describeWorkbook", () => {
  it("says a workbook without a plan needs one, and writes nothing", async () => {
    const host = notAPlan();
    const status = await bindOperations(host).describeWorkbook();
    expect(status).toMatchObject({ isPlan: false, templateMissing: false, areasTotal: 0 });
    expect(status.next).toBe("createPlan");
    expect(host.patches).toEqual([]);
  });

  it("describes the sample plan at T2 with one of its three areas filled", async () => {
    const host = new RecordingHost(
      buildSnapshot(
        sampleTemplate(),
        { DJ: [{ Actividad: "Mapear procesos", Meta: 4 }] },
        { cutoff: "T2" }
      )
    );
    expect(await bindOperations(host).describeWorkbook()).toEqual({
      isPlan: true,
      templateMissing: false,
      templateId: "sample-plan",
      templateVersion: 1,
      year: 2021,
      cutoff: "T2",
      badCutoff: null,
      periodLabels: ["T1", "T2", "T3", "T4"],
      areasTotal: 3,
      areasFilled: 1,
      consolidated: false,
      next: "validate",
    });
  });

  it("asks for the areas to be filled when no area has a filled row", async () => {
    const host = new RecordingHost(buildSnapshot(sampleTemplate(), {}, { cutoff: "T2" }));
    const status = await bindOperations(host).describeWorkbook();
    expect([status.areasFilled, status.next]).toEqual([0, "fillAreas"]);
  });
});

describe("semáforo", () => {
  it("refuses a workbook plan-matrix did not make, and one whose stored template is unreadable", async () => {
    expect((await failure(bindOperations(notAPlan()).semaphore({}))).code).toBe(
      "operation.notPlanWorkbook"
    );
    const broken = new RecordingHost({ ...buildSnapshot(), templateJson: "{" });
    expect((await failure(bindOperations(broken).semaphore({}))).code).toBe(
      "operation.storedTemplateInvalid"
    );
  });

  it("refuses a cut-off typed in Corte that is not a period", async () => {
    const host = new RecordingHost(buildSnapshot(sampleTemplate(), {}, { cutoff: "Q3" }));
    const error = await failure(bindOperations(host).semaphore({}));
    expect([error.code, error.params]).toEqual([
      "operation.badCutoff",
      { value: "Q3", labels: "T1, T2, T3, T4" },
    ]);
  });

  it("writes the chosen cut-off into Corte when asked (the pane's selector), and only then", async () => {
    const host = new RecordingHost(buildSnapshot());
    const report = await bindOperations(host).semaphore({ cutoff: "T3" });
    expect(report.cutoff).toBe("T3");
    expect(host.patches).toEqual([]);
    await bindOperations(host).semaphore({ cutoff: "T3", writeCutoff: true });
    expect(host.patches.map(({ patch }) => patch.edits)).toEqual([
      [{ sheet: "Configuración", cell: "B6", value: "T3" }],
    ]);
  });
});

describe("fix", () => {
  const typed = () =>
    new RecordingHost(
      buildSnapshot(sampleTemplate(), {
        DJ: [
          { [HEADERS.activity]: "Revisar", [HEADERS.goal]: "4" },
          { [HEADERS.activity]: "Atender", [HEADERS.goal]: "6" },
        ],
      })
    );

  it("applies every fix as one patch of edits and validates the workbook again", async () => {
    const host = typed();
    const result = await bindOperations(host).fix({});
    const goals = result.edits.filter((edit) => edit.value === 4 || edit.value === 6);
    // Meta is the 11th column (K): ID, Objetivo, Actividad, Entregable, Indicador, Fórmula, Tipo, Unidad, Sentido, Línea base.
    expect(goals.map((edit) => [edit.sheet, edit.cell, edit.value])).toEqual([
      ["3.1 Dirección Jurídica", "K8", 4],
      ["3.1 Dirección Jurídica", "K9", 6],
    ]);
    expect(host.patches).toHaveLength(1);
    const asText = (report: typeof result.before) =>
      report.issues.filter((issue) => issue.code === "number.asText").length;
    expect([asText(result.before), asText(result.after)]).toEqual([2, 0]);
  });

  it("applies only the chosen fixes", async () => {
    const host = typed();
    const result = await bindOperations(host).fix({ only: ["3.1 Dirección Jurídica!K9"] });
    expect(result.edits.map((edit) => edit.cell)).toEqual(["K9"]);
  });
});

describe("report", () => {
  it("returns the page and writes nothing for html; writes the Informe sheet otherwise", async () => {
    const host = new RecordingHost(buildSnapshot());
    const operations = bindOperations(host);
    const page = await operations.report({
      semester: 1,
      language: "es",
      output: "html",
      today: TODAY,
    });
    expect(page.html).toMatch(/^<!DOCTYPE html>/i);
    expect(page.fromMatrix).toBe(false);
    expect(host.patches).toEqual([]);
    const sheet = await operations.report({
      semester: 2,
      language: "en",
      output: "sheet",
      today: TODAY,
    });
    expect(sheet.html).toBeUndefined();
    expect(host.patches.map(({ patch }) => patch.sheets.map((s) => s.name))).toEqual([
      [SHEET.report],
    ]);
  });

  it("returns the Word document of the report's document for docx, and writes nothing", async () => {
    const host = new RecordingHost(buildSnapshot());
    const word = await bindOperations(host).report({
      semester: 1,
      language: "en",
      output: "docx",
      today: TODAY,
    });
    expect(word.html).toBeUndefined();
    expect(host.patches).toEqual([]);
    const entries = unzipSync(word.docx as Uint8Array);
    const body = strFromU8(entries["word/document.xml"]);
    // The same document the sheet and the page render, in the request's language.
    const document = buildReportDocument(word.report, "en");
    const texts = [
      document.title,
      ...document.blocks.flatMap((block) => (block.kind === "heading" ? [block.text] : [])),
    ].map(escapeXml);
    const positions = texts.map((text) => body.indexOf(`>${text}<`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(strFromU8(entries["word/styles.xml"])).toContain('<w:lang w:val="en-US"/>');
  });
});

describe("upgrade", () => {
  it("refuses the same version, saying why in the upgrade catalogue, and writes nothing", async () => {
    const host = new RecordingHost(buildSnapshot());
    const error = await failure(bindOperations(host).upgrade({ template: sampleTemplate() }));
    expect([error.code, error.refusal?.code]).toEqual([
      "operation.upgradeRefused",
      "upgrade.refused.notNewer",
    ]);
    expect(formatOperationError(error, "es")).toBe(
      "Esa plantilla no puede actualizar este libro: es la versión 1 de la plantilla «sample-plan» y el libro ya tiene la versión 1; use una versión mayor que 1."
    );
    expect(host.patches).toEqual([]);
  });

  it("refuses another plan's template", async () => {
    const host = new RecordingHost(buildSnapshot());
    const error = await failure(bindOperations(host).upgrade({ template: DEFAULT_TEMPLATE }));
    expect(error.refusal?.code).toBe("upgrade.refused.otherTemplate");
  });

  it("hands the host the new tabs' order with the patch", async () => {
    const host = new RecordingHost(buildSnapshot());
    const next = sampleTemplate({ templateVersion: 2 });
    const result = await bindOperations(host).upgrade({ template: next });
    expect(host.patches).toHaveLength(1);
    expect(host.patches[0].tabOrder).toEqual(result.tabOrder);
    expect(result.consolidated).toBe(false);
  });
});

describe("consolidate", () => {
  it("with an imported workbook that is not a plan: writes one patch and reports the file", async () => {
    const host = new RecordingHost(buildSnapshot());
    const result = await bindOperations(host).consolidate({
      imports: [{ file: "otro.xlsx", snapshot: notAPlan().snapshot }],
      today: TODAY,
    });
    expect(result.findings.map((finding) => [finding.code, finding.file])).toEqual([
      ["import.notPlan", "otro.xlsx"],
    ]);
    expect(result.imported?.written).toBe(false);
    expect(host.patches).toHaveLength(1);
  });

  it("names each area's tab without holding its rows (the result outlives the write)", async () => {
    const result = await bindOperations(new RecordingHost(buildSnapshot())).consolidate({
      today: TODAY,
    });
    expect(result.sources.slice(0, 2)).toEqual([
      { code: "DJ", tab: "3.1 Dirección Jurídica" },
      { code: "SGR", tab: "3.1.1 Sistema General Regalías" },
    ]);
  });
});

describe("importAreas", () => {
  it("writes nothing when no file brings an area's rows", async () => {
    const host = new RecordingHost(buildSnapshot());
    const result = await bindOperations(host).importAreas({
      imports: [{ file: "otro.xlsx", snapshot: notAPlan().snapshot }],
      today: TODAY,
    });
    expect([result.written, result.refused]).toEqual([false, false]);
    expect(result.findings.map((finding) => finding.code)).toEqual(["import.notPlan"]);
    expect(host.patches).toHaveLength(0);
  });
});

describe("cancel", () => {
  it("a signal aborted before the start reads nothing and writes nothing", async () => {
    const host = new RecordingHost(buildSnapshot());
    const controller = new AbortController();
    controller.abort();
    await expect(
      bindOperations(host).consolidate({ imports: [], today: TODAY }, { signal: controller.signal })
    ).rejects.toBeInstanceOf(OperationCancelled);
    expect([host.reads, host.patches.length]).toEqual([0, 0]);
    expect(formatOperationError(new OperationCancelled(), "es")).toBe(
      "Operación cancelada; el libro quedó como estaba."
    );
  });

  it("selectCell goes to the host", async () => {
    const host = new RecordingHost(buildSnapshot());
    await bindOperations(host).selectCell("3.1 Dirección Jurídica", "G8");
    expect(host.selections).toEqual(["3.1 Dirección Jurídica!G8"]);
  });
});
