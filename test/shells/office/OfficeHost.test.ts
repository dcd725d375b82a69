/**
 * The Office.js host against the strict fake: what it writes reads back exactly as the file shell reads the same
 * patch (every column), a filled plan gives the same issues and semáforo, text stays text, syncs do not grow with
 * rows, Excel's errors become one message in the user's language, missing requirement sets are explained.
 */
import { withoutNamesAndCharts } from "../../support/withoutNamesAndCharts";
import { computeSemaphore } from "../../../src/core/semaphore/computeSemaphore";
import { readPlan } from "../../../src/core/plan/readPlan";
import { DEFAULT_TEMPLATE } from "../../../src/core/template/defaultTemplate";
import { areasInOrder } from "../../../src/core/template/Template";
import { validateWorkbook } from "../../../src/core/validation/validateWorkbook";
import { HEADERS } from "../../../src/core/workbook/areaColumns";
import { layoutWorkbook } from "../../../src/core/workbook/layoutWorkbook";
import { emptySheet, WorkbookPatch } from "../../../src/core/workbook/WorkbookPatch";
import { OperationCancelled } from "../../../src/operations/OperationContext";
import { HostError } from "../../../src/shells/office/HostError";
import { filledPlanWorkbook, validRow } from "../../support/filledPlan";
import { sampleTemplate } from "../../support/sampleTemplate";
import { planUpgrade } from "../../../src/core/upgrade/planUpgrade";
import { filledLayout } from "../../../bench/excelRoundTrips";
import { fileSnapshot, fileSnapshotOf, fillEdits, officeHost, withoutStartSheet } from "./support";

const FOUR_MB = 4 * 1024 * 1024;
const FIVE_MB = 5 * 1024 * 1024;

describe("OfficeHost", () => {
  test("the 2021 plan generated through the host reads back exactly as the file shell reads it, every column", async () => {
    const patch = layoutWorkbook(DEFAULT_TEMPLATE);
    const { excel, host } = officeHost();
    await host.applyPatch(patch);
    const written = excel.syncCount;
    excel.resetCounters();
    const office = await host.readSnapshot();
    expect(excel.syncCount).toBe(3);
    expect(written).toBeLessThanOrEqual(5 + Math.ceil(excel.totalRequestBytes / FOUR_MB));
    const file = await fileSnapshot(patch);
    expect(withoutNamesAndCharts(withoutStartSheet(office))).toEqual(file);
    expect(office.tables).toHaveLength(17); // one table per area, every column
    expect(
      office.tables.every((table) => table.headers.length === file.tables[0].headers.length)
    ).toBe(true);
    // Tab order, visibility and protection as the patch says.
    expect(excel.sheetNames().slice(1)).toEqual(patch.sheets.map((sheet) => sheet.name));
    expect(excel.sheet("Plantilla").visibility).toBe("VeryHidden");
    expect(excel.sheet(patch.sheets[2].name).isProtected).toBe(true);
  });

  test("reads an area table's rows without Excel's Total Row, and says it has one", async () => {
    const patch = layoutWorkbook(sampleTemplate());
    const { excel, host } = officeHost();
    await host.applyPatch(patch);
    // The user turns on T_DJ's Total Row (A7:AE9 → A7:AE10; the fake's bounds are 0-based) and labels it.
    const table = excel.model.tables.find((candidate) => candidate.name === "T_DJ");
    if (!table) throw new Error("no T_DJ");
    expect([table.bounds.top, table.bounds.bottom, table.bounds.left]).toEqual([6, 8, 0]);
    table.bounds = { ...table.bounds, bottom: 9 };
    table.showTotals = true;
    table.sheet.cellForWrite(9, 0).v = "Total";
    const office = await host.readSnapshot();
    const dj = office.tables.find((candidate) => candidate.name === "T_DJ");
    expect(dj?.rows.map((row) => row[0])).toEqual([
      { kind: "text", value: "DJ-01" },
      { kind: "text", value: "DJ-02" },
    ]);
    expect(dj?.totalsRow).toBe(true);
    expect(office.tables.filter((candidate) => candidate.totalsRow)).toHaveLength(1);
  });

  test("reads the cells typed below a table that did not grow, in its columns, in the same three syncs", async () => {
    const patch = layoutWorkbook(sampleTemplate());
    const { excel, host } = officeHost();
    await host.applyPatch(patch);
    // T_DJ is A7:AE9 (0-based rows 6–8, columns 0–30). The user leaves row 10 blank and types C11 and K11, a
    // formula in B12, K13; a note in AF12 (right of AE) and a cell emptied again (E14) do not count.
    const table = excel.model.tables.find((candidate) => candidate.name === "T_DJ");
    if (!table) throw new Error("no T_DJ");
    expect(table.bounds).toEqual({ top: 6, left: 0, bottom: 8, right: 30 });
    const sheet = table.sheet;
    sheet.cellForWrite(10, 2).v = "Actividad escrita debajo";
    sheet.cellForWrite(10, 10).v = 4;
    Object.assign(sheet.cellForWrite(11, 1), { v: 8, f: "=K11*2" });
    sheet.cellForWrite(12, 10).v = 3;
    sheet.cellForWrite(11, 31).v = "Nota al lado";
    sheet.cellForWrite(13, 4).v = "";
    excel.resetCounters();
    const office = await host.readSnapshot();
    expect(excel.syncCount).toBe(3);
    const dj = office.tables.find((candidate) => candidate.name === "T_DJ");
    expect(dj?.filledBelow).toEqual({ top: 11, left: 2, bottom: 13, right: 11 });
    expect(dj?.rows).toHaveLength(2);
    expect(office.tables.filter((candidate) => candidate.filledBelow)).toHaveLength(1);
    // Excel on the web refuses the first block request as too large: it is asked again, with the used range below.
    excel.resetCounters();
    excel.failAtSync(3, 0.5, "ResponsePayloadSizeLimitExceeded");
    const retried = await host.readSnapshot();
    expect(excel.syncCount).toBe(4);
    expect(retried).toEqual(office);
    expect(
      validateWorkbook(office)
        .issues.filter((issue) => issue.code === "table.rowsBelow")
        .map((issue) => [issue.severity, issue.sheet, issue.cell, issue.params])
    ).toEqual([
      ["error", sheet.name, "B11", { table: "T_DJ", first: "11", last: "13", range: "B11:K13" }],
    ]);
  });

  test("below a table, stops above the next table in its columns: that table's cells are not typed outside one", async () => {
    const sheet = emptySheet("Datos");
    sheet.tables.push(
      {
        name: "T_Uno",
        topLeft: "B2",
        headers: ["A", "B"],
        rows: [[1, 2]],
        style: "TableStyleLight1",
      },
      { name: "T_Dos", topLeft: "C6", headers: ["C"], rows: [[3]], style: "TableStyleLight1" }
    );
    const { excel, host } = officeHost();
    await host.applyPatch({ sheets: [sheet], definedNames: [] });
    const model = excel.model.tables.find((candidate) => candidate.name === "T_Uno")!.sheet;
    // Row 4 (under T_Uno, 0-based 3) typed in B; row 9, under T_Dos, typed in C: below T_Dos, not T_Uno's.
    model.cellForWrite(3, 1).v = "debajo de T_Uno";
    model.cellForWrite(8, 2).v = "debajo de T_Dos";
    const office = await host.readSnapshot();
    expect(
      Object.fromEntries(office.tables.map((table) => [table.name, table.filledBelow ?? null]))
    ).toEqual({
      T_Uno: { top: 4, left: 2, bottom: 4, right: 2 },
      T_Dos: { top: 9, left: 3, bottom: 9, right: 3 },
    });
  });

  test("a filled plan gives the same snapshot, the same validation issues and the same semáforo as the file shell", async () => {
    const [first, second] = areasInOrder(DEFAULT_TEMPLATE).map(({ area }) => area.code);
    const fill = {
      [first]: [
        validRow("Actividad con fórmula escrita", [1, 1, null, null], {
          [HEADERS.evidence]: '=HYPERLINK("http://x","y")',
          [HEADERS.observations]: "+57 300 1234567",
        }),
        validRow("Meta como texto", [1, 0, null, null], {
          [HEADERS.goal]: "0,8",
          [HEADERS.deliverable]: "-",
        }),
        validRow("@usuario", [2, 1, 1, null], { [HEADERS.startDate]: "15/03/2021" }),
      ],
      [second]: [
        validRow("Reuniones", [0, 0, null, null]),
        validRow("Informe", [1, null, null, null]),
      ],
    };
    const layout = layoutWorkbook(DEFAULT_TEMPLATE);
    const { excel, host } = officeHost();
    await host.applyPatch(layout);
    excel.resetCounters();
    await host.applyPatch({ sheets: [], definedNames: [], edits: fillEdits(layout, fill) });
    // Look; then one write (opening with the unprotect of the protected area tabs, closing with events back on).
    expect(excel.syncCount).toBe(2);
    const office = withoutNamesAndCharts(withoutStartSheet(await host.readSnapshot()));
    const file = await fileSnapshotOf(await filledPlanWorkbook(DEFAULT_TEMPLATE, fill));
    expect(office).toEqual(file);
    const officeIssues = validateWorkbook(office);
    expect(officeIssues.issues.length).toBeGreaterThan(0);
    expect(officeIssues).toEqual(validateWorkbook(file));
    const officePlan = readPlan(office);
    const filePlan = readPlan(file);
    expect(computeSemaphore(officePlan, officePlan.config!)).toEqual(
      computeSemaphore(filePlan, filePlan.config!)
    );
    // The area tab was protected: the edits went through unprotect / protect, and it is protected again.
    expect(excel.sheet(layout.sheets[2].name).isProtected).toBe(true);
  });

  test("text stays text: =, +, -, @, quotes, long text and number-like text are never evaluated", async () => {
    const texts = [
      '=HYPERLINK("http://x","y")',
      "+57 300",
      "-",
      "@x",
      "'apóstrofo",
      'Dijo "hola" =1+1',
      `=${"x".repeat(600)}"`,
      "0,8",
      "1.000",
      "80%",
      "15/03/2021",
      "TRUE",
      "#N/A",
      "marzo 2021",
      "Texto normal",
    ];
    const sheet = emptySheet("Datos");
    sheet.tables.push({
      name: "T_Texto",
      topLeft: "B2",
      headers: ["Valor"],
      rows: texts.map((text) => [text]),
      style: "TableStyleLight1",
    });
    const patch: WorkbookPatch = { sheets: [sheet], definedNames: [] };
    const { excel, host } = officeHost();
    await host.applyPatch(patch);
    // In Excel: string-literal formulas (="…"), never the user's text parsed.
    const cells = excel.dump("Datos");
    expect(cells.B3).toBe('="=HYPERLINK(""http://x"",""y"")"');
    expect(cells.B4).toBe('="+57 300"');
    expect(cells.B5).toBe('="-"');
    expect(cells.B6).toBe('="@x"');
    expect(cells.B17).toBe("Texto normal");
    expect(String(cells.B9)).toMatch(/^="=x{254}"&"x{255}"&"x{91}"""$/); // 255-character text constants
    const snapshot = await host.readSnapshot();
    const table = snapshot.tables.find((candidate) => candidate.name === "T_Texto")!;
    expect(table.rows.map((row) => row[0])).toEqual(
      texts.map((value) => ({ kind: "text", value }))
    );
    expect(table.rows).toEqual((await fileSnapshot(patch)).tables[0].rows);
  });

  test.each([10, 1000, 5000])(
    "with %i rows per area, reading takes 3 + ⌈response bytes ÷ 4 MB⌉ syncs and writing ≤ 5 + ⌈bytes ÷ 4 MB⌉, every request and response under 5 MB",
    async (rows) => {
      const patch = layoutWorkbook(DEFAULT_TEMPLATE, { areaSheet: () => ({ rowCount: rows }) });
      const { excel, host } = officeHost();
      await host.applyPatch(patch);
      expect(excel.syncCount).toBeLessThanOrEqual(5 + Math.ceil(excel.totalRequestBytes / FOUR_MB));
      expect(excel.largestRequestBytes).toBeLessThan(FIVE_MB);
      excel.resetCounters();
      const snapshot = await host.readSnapshot();
      expect(excel.syncCount).toBeLessThanOrEqual(
        3 + Math.ceil(excel.totalResponseBytes / FOUR_MB)
      );
      expect(excel.largestResponseBytes).toBeLessThan(FIVE_MB);
      expect(snapshot.tables.find((table) => table.name === "T_DJ")?.rows).toHaveLength(rows);
    }
  );

  test("a smaller payload budget gives more requests, each under a smaller limit", async () => {
    const patch = layoutWorkbook(DEFAULT_TEMPLATE, { areaSheet: () => ({ rowCount: 200 }) });
    const usual = officeHost();
    await usual.host.applyPatch(patch);
    const { excel, host } = officeHost({ payloadLimit: 1_200_000, payloadBudget: 1_000_000 });
    await host.applyPatch(patch);
    expect(excel.largestRequestBytes).toBeLessThan(1_200_000);
    expect(excel.syncs.length).toBeGreaterThan(usual.excel.syncs.length);
  });

  test("a missing requirement set is explained with the Office that has it", async () => {
    const { host } = officeHost({ apiVersion: 7 });
    const error = await host
      .applyPatch(layoutWorkbook(DEFAULT_TEMPLATE))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe("excel.requirementMissing");
    expect((error as HostError).text("es")).toBe(
      "Esta operación necesita ExcelApi 1.9, que tienen Office 2021 o Microsoft 365 (versión 1903 o posterior). Su Excel no la tiene: abra el libro en Office 2021 o Microsoft 365 (versión 1903 o posterior) o en Excel en la Web."
    );
    expect((error as HostError).text("en")).toContain(
      "needs ExcelApi 1.9, which Office 2021 or Microsoft 365 (version 1903 or later) have"
    );
    const old = officeHost({ apiVersion: 1 });
    await expect(old.host.readSnapshot()).rejects.toMatchObject({
      code: "excel.requirementMissing",
    });
  });

  test.each([
    ["ItemNotFound", "excel.itemNotFound", "no se modificó nada"],
    ["InvalidArgument", "excel.invalidArgument", "No se modificó nada"],
    ["AccessDenied", "excel.accessDenied", "Desproteger hoja"],
    ["InvalidOperationInCellEditMode", "excel.cellEditMode", "Presione Entrar o Esc"],
    ["RequestPayloadSizeLimitExceeded", "excel.payloadTooLarge", "5 MB"],
    ["UnsupportedFeature", "excel.unsupportedFeature", "no admite"],
    ["GeneralException", "excel.general", "espere un momento"],
  ])(
    "Excel's %s becomes one message (%s) in the user's language",
    async (officeCode, code, spanish) => {
      const { excel, host } = officeHost();
      excel.failAtSync(1, 0, officeCode);
      const error = (await host
        .applyPatch(layoutWorkbook(DEFAULT_TEMPLATE))
        .catch((caught: unknown) => caught)) as HostError;
      expect(error).toBeInstanceOf(HostError);
      expect(error.code).toBe(code);
      expect(error.officeCode).toBe(officeCode);
      expect(error.text("es")).toContain(spanish);
      expect(error.text("en")).not.toBe(error.text("es"));
      expect(excel.sheetNames()).toEqual(["Sheet1"]);
    }
  );

  test("a sheet protected with a password is detected before anything is written: the message names it and says to unprotect it", async () => {
    const layout = layoutWorkbook(DEFAULT_TEMPLATE);
    const { excel, host } = officeHost();
    await host.applyPatch(layout);
    const area = excel.sheet(layout.sheets[2].name);
    area.password = "secreta";
    const before = excel.dump(area.name);
    const error = (await host
      .applyPatch({
        sheets: [],
        definedNames: [],
        edits: fillEdits(layout, { DJ: [validRow("x", [1])] }),
      })
      .catch((caught: unknown) => caught)) as HostError;
    expect(error.code).toBe("excel.sheetPasswordProtected");
    expect(error.text("es")).toContain(`«${area.name}»`);
    expect(error.text("es")).toContain("Desproteger hoja");
    expect(excel.dump(area.name)).toEqual(before);
    expect(area.isProtected).toBe(true);
  });

  test("cancel before writing writes nothing; cancel between requests rolls back", async () => {
    const patch = layoutWorkbook(DEFAULT_TEMPLATE, { areaSheet: () => ({ rowCount: 2000 }) });
    const aborted = new AbortController();
    aborted.abort();
    const first = officeHost();
    await expect(first.host.applyPatch(patch, { signal: aborted.signal })).rejects.toBeInstanceOf(
      OperationCancelled
    );
    expect(first.excel.syncCount).toBe(0);
    const later = new AbortController();
    const second = officeHost();
    await expect(
      second.host.applyPatch(patch, { signal: later.signal, onProgress: () => later.abort() })
    ).rejects.toBeInstanceOf(OperationCancelled);
    expect(second.excel.sheetNames()).toEqual(["Sheet1"]);
  });

  test("selectCell activates the sheet and selects the cell", async () => {
    const layout = layoutWorkbook(DEFAULT_TEMPLATE);
    const { excel, host } = officeHost();
    await host.applyPatch(layout);
    await host.selectCell(layout.sheets[3].name, "K12");
    expect(excel.model.activeSheet?.name).toBe(layout.sheets[3].name);
    expect(excel.model.selection?.bounds).toEqual({ top: 11, left: 10, bottom: 11, right: 10 });
    await expect(host.selectCell("No existe", "A1")).rejects.toMatchObject({
      code: "excel.itemNotFound",
    });
  });
});

test("with a smaller response budget, bodies are read over more syncs, each response under it, the same snapshot", async () => {
  const patch = layoutWorkbook(DEFAULT_TEMPLATE, { areaSheet: () => ({ rowCount: 300 }) });
  const whole = officeHost();
  await whole.host.applyPatch(patch);
  whole.excel.resetCounters();
  const snapshot = await whole.host.readSnapshot();
  const small = officeHost({ responseBudget: 1_000_000 });
  await small.host.applyPatch(patch);
  small.excel.resetCounters();
  expect(await small.host.readSnapshot()).toEqual(snapshot);
  expect(small.excel.syncCount).toBeGreaterThan(whole.excel.syncCount);
  expect(small.excel.syncCount).toBeLessThanOrEqual(
    3 + Math.ceil(small.excel.totalResponseBytes / 1_000_000)
  );
  expect(small.excel.largestResponseBytes).toBeLessThan(1_000_000);
});

test("reads stay under Excel on the web's 5 MB response with 150-character texts in every text column; formulas come back only for the computed columns", async () => {
  const rows = 300;
  const long = "á".repeat(150); // 2 bytes each in UTF-8: 300 bytes a cell
  const layout = layoutWorkbook(DEFAULT_TEMPLATE, { areaSheet: () => ({ rowCount: rows }) });
  const textHeaders = new Set<string>([
    HEADERS.objective,
    HEADERS.activity,
    HEADERS.deliverable,
    HEADERS.indicator,
    HEADERS.indicatorFormula,
    HEADERS.responsible,
    HEADERS.evidence,
    HEADERS.observations,
  ]);
  for (const table of layout.sheets.flatMap((sheet) => sheet.tables))
    table.headers.forEach((header, column) => {
      if (textHeaders.has(header)) for (const row of table.rows) row[column] = long;
    });
  const { excel, host } = officeHost();
  await host.applyPatch(layout);
  excel.resetCounters();
  const snapshot = await host.readSnapshot();
  expect(excel.largestResponseBytes).toBeLessThan(FIVE_MB);
  expect(excel.syncCount).toBeLessThanOrEqual(3 + Math.ceil(excel.totalResponseBytes / FOUR_MB));
  expect(snapshot.tables.find((table) => table.name === "T_DJ")?.rows).toHaveLength(rows);
});

test("a workbook whose structure is protected is refused before anything is written, with a message that says what to do", async () => {
  const { excel, host } = officeHost();
  excel.model.structureProtected = true;
  const error = (await host
    .applyPatch(layoutWorkbook(DEFAULT_TEMPLATE))
    .catch((caught: unknown) => caught)) as HostError;
  expect(error.code).toBe("excel.structureProtected");
  expect(error.text("es")).toContain("Revisar › Proteger libro");
  expect(error.text("en")).toContain("Review › Protect Workbook");
  expect(excel.sheetNames()).toEqual(["Sheet1"]);
  expect(excel.syncCount).toBe(1); // the look only
});

test("events are back on after a failed write, and a rollback never unprotects an unprotected sheet", async () => {
  const layout = layoutWorkbook(DEFAULT_TEMPLATE);
  const { excel, host } = officeHost();
  // Without freeze panes, so that this setup writes the same through any version of the host.
  await host.applyPatch({
    ...layout,
    sheets: layout.sheets.map((sheet) => ({ ...sheet, freeze: undefined })),
  });
  const edits = fillEdits(layout, { DJ: [validRow("x", [1])] });
  const configuration = excel.sheet("Configuración");
  configuration.isProtected = false; // an edited sheet that is not protected
  excel.resetCounters();
  excel.failAtSync(2, 0.9);
  const error = await host
    .applyPatch({
      sheets: [],
      definedNames: [],
      edits: [...edits, { sheet: "Configuración", cell: "B6", value: "T2" }],
    })
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(HostError);
  expect((error as HostError).officeCode).toBe("GeneralException");
  expect(excel.model.enableEvents).toBe(true);
  expect(configuration.isProtected).toBe(false);
});

test("an edit that writes a formula into one cell of an empty table column sets that cell only (office-js#2093: no calculated column)", async () => {
  const { excel, host } = officeHost();
  const sheet = emptySheet("Hoja");
  sheet.tables.push({
    name: "T_Col",
    topLeft: "A1",
    headers: ["Meta", "Avance"],
    rows: [
      [1, null],
      [2, null],
      [3, null],
      [4, null],
    ],
    style: "TableStyleLight1",
  });
  await host.applyPatch({ sheets: [sheet], definedNames: [] });
  await host.applyPatch({
    sheets: [],
    definedNames: [],
    edits: [{ sheet: "Hoja", cell: "B3", value: { formula: "A3*2" } }],
  });
  expect(excel.dump("Hoja")).toEqual({
    A1: "Meta",
    B1: "Avance",
    A2: 1,
    A3: 2,
    A4: 3,
    A5: 4,
    B3: "=A3*2",
  });
});

test("freeze panes are set once the new sheets are shown (office-js#1463): a generated plan's sheets are visible and frozen", async () => {
  const { excel, host } = officeHost();
  await host.applyPatch(layoutWorkbook(sampleTemplate()));
  const area = excel.sheet("3.1 Dirección Jurídica");
  expect(area.visibility).toBe("Visible");
  expect(area.freeze).toBeDefined();
});

test("a rewrite whose back-up spans many sheets, each first estimated too light, is read in blocks under the response limit (the halvings are counted per refusal in a row)", async () => {
  const { host } = officeHost({ responseLimit: 300_000, responseBudget: 255_000 });
  await host.applyPatch(filledLayout(DEFAULT_TEMPLATE, 300));
  const snapshot = await host.readSnapshot();
  const next = { ...DEFAULT_TEMPLATE, templateVersion: DEFAULT_TEMPLATE.templateVersion + 1 };
  const upgrade = planUpgrade(snapshot, DEFAULT_TEMPLATE, next);
  await expect(
    host.applyPatch(upgrade.patch, { tabOrder: upgrade.tabOrder })
  ).resolves.toBeUndefined();
});
