/**
 * Consolidation rewrites Matriz, Resumen, Tablero and Registro in place. A failure injected at every sync of that
 * patch — with none, half or all of that request's commands run — leaves the previous workbook exactly as it was
 * (cells, tables, names, protection, visibility) and events back on.
 */
import { HEADERS } from "../../../src/core/workbook/areaColumns";
import { layoutWorkbook } from "../../../src/core/workbook/layoutWorkbook";
import { emptySheet, WorkbookPatch } from "../../../src/core/workbook/WorkbookPatch";
import { HostError } from "../../../src/shells/office/HostError";
import { OfficeHost } from "../../../src/shells/office/OfficeHost";
import { FakeExcel } from "../../fakes/excel/FakeExcel";
import { validRow } from "../../support/filledPlan";
import { sampleTemplate } from "../../support/sampleTemplate";
import { filledLayout } from "../../../bench/excelRoundTrips";
import { consolidation, fillEdits, officeHost } from "./support";

const template = sampleTemplate();

/** A plan generated, filled and consolidated once at T1 through the host; returns the T2 consolidation patch. */
async function consolidatedOnce(): Promise<{
  excel: FakeExcel;
  host: OfficeHost;
  next: WorkbookPatch;
}> {
  const { excel, host } = officeHost();
  const layout = layoutWorkbook(template);
  await host.applyPatch(layout);
  const fill = {
    DJ: [
      validRow('=HYPERLINK("http://x","y")', [1, 1, null, null], {
        [HEADERS.observations]: "+57 300",
      }),
      validRow("Asesorar a las alcaldías", [1, 0, null, null], { [HEADERS.deliverable]: "@x" }),
    ],
  };
  await host.applyPatch({ sheets: [], definedNames: [], edits: fillEdits(layout, fill) });
  await host.applyPatch(consolidation(await host.readSnapshot(), "T1", "2021-04-05"));
  const next = consolidation(await host.readSnapshot(), "T2", "2021-07-05");
  excel.resetCounters();
  return { excel, host, next };
}

/** Everything a user could see: tabs in order, their cells, tables, names, protection. */
function state(excel: FakeExcel): unknown {
  return {
    sheets: excel.model.sheets.map((sheet) => ({
      name: sheet.name,
      visibility: sheet.visibility,
      protected: sheet.isProtected,
      cells: excel.dump(sheet.name),
    })),
    tables: excel.model.tables
      .map((table) => ({ name: table.name, sheet: table.sheet.name, bounds: table.bounds }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    names: excel.model.names.map((name) => `${name.name}=${name.formula}`).sort(),
  };
}

test("consolidation replaces its four sheets and nothing else", async () => {
  const { excel, host, next } = await consolidatedOnce();
  expect(next.sheets.map((sheet) => sheet.name)).toEqual([
    "Matriz",
    "Resumen",
    "Tablero",
    "Registro",
  ]);
  const areaTab = excel.dump("3.1 Dirección Jurídica");
  await host.applyPatch(next);
  expect(excel.dump("3.1 Dirección Jurídica")).toEqual(areaTab);
  expect(excel.sheetNames().some((name) => name.startsWith("~pm"))).toBe(false);
  expect(excel.syncCount).toBeLessThanOrEqual(5);
});

test("a failure at every sync of the consolidation leaves the previous workbook and events on", async () => {
  const clean = await consolidatedOnce();
  const previous = state(clean.excel);
  // What must survive includes the history T1's consolidation recorded (SPEC §6).
  expect(clean.excel.model.tables.map((table) => table.name)).toContain("T_Historial");
  await clean.host.applyPatch(clean.next);
  const complete = state(clean.excel);
  const syncs = clean.excel.syncCount;
  expect(syncs).toBeGreaterThanOrEqual(2);
  expect(complete).not.toEqual(previous);
  for (let at = 1; at <= syncs; at++)
    for (const fraction of [0, 0.5, 1]) {
      const run = await consolidatedOnce();
      expect(state(run.excel)).toEqual(previous);
      run.excel.failAtSync(at, fraction);
      const error = await run.host.applyPatch(run.next).then(
        () => null,
        (caught: unknown) => caught
      );
      expect(error).toBeInstanceOf(HostError);
      expect(state(run.excel)).toEqual(previous);
      expect(run.excel.model.enableEvents).toBe(true);
    }
});

test("a failure at every sync of a whole regeneration (every sheet, table and name replaced) leaves the old plan", async () => {
  const setup = async (): Promise<{ excel: FakeExcel; host: OfficeHost }> => {
    const { excel, host } = officeHost();
    await host.applyPatch(layoutWorkbook(template));
    excel.resetCounters();
    return { excel, host };
  };
  const again = layoutWorkbook({ ...template, year: 2022, organisation: "Otra" });
  const clean = await setup();
  const previous = state(clean.excel);
  await clean.host.applyPatch(again);
  const complete = state(clean.excel);
  expect(complete).not.toEqual(previous);
  const syncs = clean.excel.syncCount;
  for (let at = 1; at <= syncs; at++)
    for (const fraction of [0, 0.5]) {
      const run = await setup();
      run.excel.failAtSync(at, fraction);
      await expect(run.host.applyPatch(again)).rejects.toBeInstanceOf(HostError);
      expect(state(run.excel)).toEqual(previous);
    }
});

test("with a consolidation that spans several requests, a failure at every one of them leaves the previous workbook", async () => {
  const setup = async (): Promise<{ excel: FakeExcel; host: OfficeHost; next: WorkbookPatch }> => {
    // Requests of at most 70 kB (the fake refuses more than 120 kB): the patch spans several.
    const { excel, host } = officeHost({ payloadBudget: 70_000, payloadLimit: 120_000 });
    await host.applyPatch(filledLayout(template, 300));
    await host.applyPatch(consolidation(await host.readSnapshot(), "T1", "2021-04-05"));
    const next = consolidation(await host.readSnapshot(), "T2", "2021-07-05");
    excel.resetCounters();
    return { excel, host, next };
  };
  const clean = await setup();
  const previous = state(clean.excel);
  await clean.host.applyPatch(clean.next);
  const syncs = clean.excel.syncCount;
  expect(syncs).toBeGreaterThanOrEqual(3); // more than one build request
  expect(clean.excel.largestRequestBytes).toBeLessThan(120_000);
  for (let at = 1; at <= syncs; at++) {
    const run = await setup();
    run.excel.failAtSync(at);
    await expect(run.host.applyPatch(run.next)).rejects.toBeInstanceOf(HostError);
    expect(state(run.excel)).toEqual(previous);
  }
});

/** A sheet with two tables; `gap` rows of notes above the second one (its header moves when the notes grow). */
function twoTables(gap: number, note: string): WorkbookPatch {
  const sheet = emptySheet("Registro");
  sheet.blocks.push({
    row: 1,
    column: 1,
    values: Array.from({ length: gap }, (_, index) => [`${note} ${index + 1}`]),
  });
  sheet.tables.push(
    {
      name: "T_Fijo",
      topLeft: "D1",
      headers: ["Clave", "Valor"],
      rows: [["a", 1]],
      style: "TableStyleLight1",
    },
    {
      name: "T_Movil",
      topLeft: `A${gap + 2}`,
      headers: ["Fecha", "Nota"],
      rows: [
        ["2021-04-05", `${note} x`],
        ["2021-04-06", `${note} y`],
      ],
      style: "TableStyleLight1",
    }
  );
  return { sheets: [sheet], definedNames: [] };
}

test("a table whose header row moves is moved with whole rows, keeping what refers to it; a failure at any sync puts it back as it was", async () => {
  const setup = async () => {
    const { excel, host } = officeHost();
    await host.applyPatch(twoTables(2, "antes"));
    // The user's own tab: a formula on the table, one on a cell of its body, a name on that cell.
    await excel.run(async (context) => {
      const mine = context.workbook.worksheets.add("Mis cuentas");
      mine.getRange("A1:A2").formulas = [["=COUNTA(T_Movil[Nota])"], ["='Registro'!B5"]];
      context.workbook.names.add("MiNota", "='Registro'!$B$5");
      await context.sync();
    });
    excel.resetCounters();
    return { excel, host };
  };
  const moved = twoTables(5, "después");
  const clean = await setup();
  const previous = state(clean.excel);
  const table = clean.excel.model.tables.find((candidate) => candidate.name === "T_Movil");
  expect(table?.bounds).toEqual({ top: 3, left: 0, bottom: 5, right: 1 });
  await clean.host.applyPatch(moved);
  // The same table (not deleted and added again), its header now on row 7 (0-based 6): three rows were inserted
  // above it, so B5 — its first row — is B8; the other table resized in place.
  expect(clean.excel.model.tables.find((candidate) => candidate.name === "T_Movil")).toBe(table);
  expect(table?.bounds).toEqual({ top: 6, left: 0, bottom: 8, right: 1 });
  expect(clean.excel.dump("Mis cuentas")).toEqual({
    A1: "=COUNTA(T_Movil[Nota])",
    A2: "='Registro'!B8",
  });
  expect(clean.excel.sheet("Mis cuentas").cell(0, 0)?.error).toBeUndefined();
  expect(clean.excel.model.nameByKey("MiNota")?.formula).toBe("='Registro'!$B$8");
  expect(clean.excel.dump("Registro")).toMatchObject({ A7: "Fecha", B8: "después x" });
  const syncs = clean.excel.syncCount;
  expect(syncs).toBeGreaterThanOrEqual(2);
  for (let at = 1; at <= syncs; at++)
    for (const fraction of [0, 0.5, 1]) {
      const run = await setup();
      run.excel.failAtSync(at, fraction);
      await expect(run.host.applyPatch(moved)).rejects.toBeInstanceOf(HostError);
      // Cells (the user's formulas included), tables and names exactly as they were.
      expect(state(run.excel)).toEqual(previous);
      expect(run.excel.sheet("Mis cuentas").cell(0, 0)?.error).toBeUndefined();
      expect(run.excel.model.enableEvents).toBe(true);
    }
});

test("a table moves up when the rows above it shrink; a failure at any sync puts it back", async () => {
  const setup = async () => {
    const { excel, host } = officeHost();
    await host.applyPatch(twoTables(5, "antes"));
    await excel.run(async (context) => {
      context.workbook.worksheets.add("Mis cuentas").getRange("A1").formulas = [
        ["=COUNTA(T_Movil[Nota])"],
      ];
      await context.sync();
    });
    excel.resetCounters();
    return { excel, host };
  };
  const moved = twoTables(2, "después");
  const clean = await setup();
  const previous = state(clean.excel);
  const table = clean.excel.model.tables.find((candidate) => candidate.name === "T_Movil");
  expect(table?.bounds.top).toBe(6);
  await clean.host.applyPatch(moved);
  expect(clean.excel.model.tables.find((candidate) => candidate.name === "T_Movil")).toBe(table);
  expect(table?.bounds).toEqual({ top: 3, left: 0, bottom: 5, right: 1 });
  expect(clean.excel.dump("Mis cuentas")).toEqual({ A1: "=COUNTA(T_Movil[Nota])" });
  const syncs = clean.excel.syncCount;
  for (let at = 1; at <= syncs; at++)
    for (const fraction of [0, 0.5, 1]) {
      const run = await setup();
      run.excel.failAtSync(at, fraction);
      await expect(run.host.applyPatch(moved)).rejects.toBeInstanceOf(HostError);
      expect(state(run.excel)).toEqual(previous);
    }
});

/** A sheet with a table whose header is filled and whose Estado column has a drop-down list. */
function styledTable(rows: number, header: string): WorkbookPatch {
  const sheet = emptySheet("Seguimiento");
  sheet.tables.push({
    name: "T_Seguimiento",
    topLeft: "A1",
    headers: ["Tarea", "Estado"],
    rows: Array.from({ length: rows }, (_, index) => [`Tarea ${index + 1}`, "Abierta"]),
    style: "TableStyleLight1",
  });
  sheet.styles.push({ range: "A1:B1", style: { fill: header } });
  sheet.validations.push({
    range: `B2:B${rows + 1}`,
    rule: { kind: "list", source: '"Abierta,Cerrada"' },
    error: { title: "Estado", message: "Elija un estado de la lista." },
  });
  return { sheets: [sheet], definedNames: [] };
}

/** Each cell's fill and validation rule in A1:C12 of a sheet, as the last write over it left them. */
function formats(excel: FakeExcel, name: string): Record<string, string> {
  const sheet = excel.sheet(name);
  const cells: Record<string, string> = {};
  for (let row = 0; row < 12; row++)
    for (let column = 0; column < 3; column++) {
      const covers = (bounds: { top: number; left: number; bottom: number; right: number }) =>
        bounds.top <= row &&
        row <= bounds.bottom &&
        bounds.left <= column &&
        column <= bounds.right;
      let fill: unknown = "";
      for (const record of sheet.formats)
        if (record.property === "fill.color" && covers(record.bounds)) fill = record.value;
      let rule: unknown = "";
      for (const record of sheet.validations)
        if (record.property === "dataValidation.rule" && covers(record.bounds)) rule = record.value;
      if (fill !== "" || rule !== "")
        cells[`${String.fromCharCode(65 + column)}${row + 1}`] = `${fill}|${JSON.stringify(rule)}`;
    }
  return cells;
}

test("a failure at any sync of a rewrite puts back the tables' fills and data validation as they were, a user's fill included", async () => {
  const setup = async () => {
    const { excel, host } = officeHost();
    await host.applyPatch(styledTable(4, "C00000"));
    // The user marks a column of the body.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Seguimiento").getRange("A2:A5").format.fill.color =
        "#FFFF00";
      await context.sync();
    });
    excel.resetCounters();
    return { excel, host };
  };
  const rewrite = styledTable(9, "1F4E78");
  const clean = await setup();
  const previous = formats(clean.excel, "Seguimiento");
  expect(previous).toMatchObject({
    A1: '#C00000|""',
    A2: '#FFFF00|""',
    B2: `|{"list":{"inCellDropDown":true,"source":"=\\"Abierta,Cerrada\\""}}`,
  });
  await clean.host.applyPatch(rewrite);
  expect(formats(clean.excel, "Seguimiento")).not.toEqual(previous);
  const syncs = clean.excel.syncCount;
  for (let at = 1; at <= syncs; at++)
    for (const fraction of [0, 0.5, 1]) {
      const run = await setup();
      run.excel.failAtSync(at, fraction);
      await expect(run.host.applyPatch(rewrite)).rejects.toBeInstanceOf(HostError);
      expect(formats(run.excel, "Seguimiento")).toEqual(previous);
    }
});
