/**
 * The in-browser workbook stores what a Colombian user types as Excel set to es-CO would (issue 15, finding 6:
 * `2.500` was stored as 2.5, `01/02/2021`, `0,25` and `15%` as text that validation then blamed on the user).
 */
import { columnLetter } from "../../src/core/workbook/address";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { validate } from "../../src/operations/validate";
import { generate } from "../../src/operations/generate";
import { MemoryHost } from "../../src/shells/memory/MemoryHost";
import { openWorkbookPackage } from "../../src/shells/xlsx/package/read/openWorkbookPackage";
import { ZipReader } from "../../src/shells/xlsx/package/zip/ZipReader";
import { PaneWorkbook } from "../../src/taskpane/PaneWorkbook";
import { sampleTemplate } from "../support/sampleTemplate";

jest.setTimeout(120_000);

const DJ = "3.1 Dirección Jurídica";

test("es-CO typing: thousands, decimals, percent and d/m/y dates are stored as numbers and dates", async () => {
  const workbook = new PaneWorkbook();
  await generate(workbook, { template: sampleTemplate() });
  const header = workbook.grid(DJ)[6];
  const column = (name: string): string => columnLetter(header.indexOf(name) + 1);
  const typed: [string, string][] = [
    [HEADERS.budget, "2.500"],
    [HEADERS.baseline, "1.200"],
    [HEADERS.goal, "1.000"],
    [HEADERS.startDate, "01/02/2021"],
    ["Programado T1", "0,25"],
    ["Ejecutado T1", "15%"],
  ];
  for (const [name, value] of typed)
    await workbook.editCell(DJ, `${column(name)}8`, value, "es-CO");
  const table = (await workbook.readSnapshot()).tables.find((candidate) => candidate.sheet === DJ)!;
  const firstRow = table.rows[0];
  expect(typed.map(([name]) => firstRow[table.headers.indexOf(name)])).toEqual([
    { kind: "number", value: 2500 },
    { kind: "number", value: 1200 },
    { kind: "number", value: 1000 },
    { kind: "date", serial: 44228 },
    { kind: "number", value: 0.25 },
    { kind: "number", value: 0.15 },
  ]);
  const report = await validate(workbook, {});
  expect(report.issues.filter((issue) => issue.code === "number.asText")).toEqual([]);
  expect(workbook.hasUnsavedWork()).toBe(true);
});

test("computed columns and Resumen show the core's figures (the in-browser workbook cannot recalculate)", async () => {
  const workbook = new PaneWorkbook();
  await generate(workbook, { template: sampleTemplate() });
  const header = workbook.grid(DJ)[6];
  const column = (name: string): string => columnLetter(header.indexOf(name) + 1);
  // Row 8 counts: 7 of 10 → 0,7, Amarillo (the sample's thresholds: Verde from 0,8, Amarillo from 0,6).
  // Row 9 is a percentage: a level of 50 % against 50 % → 1, Verde. DJ = (0,7 + 1) ÷ 2 = 0,85, Verde.
  const typed: [string, string][] = [
    [`${column(HEADERS.unit)}8`, "Número"],
    [`${column("Programado T1")}8`, "10"],
    [`${column("Ejecutado T1")}8`, "7"],
    // Typed in lower case: Excel compares list text without case, and so do the core and the grid.
    [`${column(HEADERS.unit)}9`, "porcentaje"],
    [`${column("Programado T1")}9`, "50%"],
    [`${column("Ejecutado T1")}9`, "0,5"],
  ];
  for (const [cell, value] of typed) await workbook.editCell(DJ, cell, value, "es-CO");
  const computedOf = (row: number, sheet = DJ) =>
    [HEADERS.programmedToDate, HEADERS.executedToDate, HEADERS.compliance, HEADERS.semaphore].map(
      (name) => workbook.grid(sheet)[row - 1][header.indexOf(name)]
    );
  expect(computedOf(8)).toEqual([
    { computed: 10 },
    { computed: 7 },
    { computed: 0.7, percent: true },
    { computed: "Amarillo" },
  ]);
  expect(computedOf(9)).toEqual([
    { computed: 0.5, percent: true },
    { computed: 0.5, percent: true },
    { computed: 1, percent: true },
    { computed: "Verde" },
  ]);
  // A row never filled (SGR's first: nothing programmed in any period): 0 and 0 to date, no % and "Sin diligenciar"
  // (SPEC §5), as the formulas give.
  expect(computedOf(8, "3.1.1 Sistema General Regalías")).toEqual([
    { computed: 0 },
    { computed: 0 },
    { computed: null },
    { computed: "Sin diligenciar" },
  ]);
  const summary = workbook.grid("Resumen");
  const djRow = summary.find((row) => row[2] === "DJ")!;
  // Filas con programación, % Cumplimiento, Semáforo, Verde, Amarillo, Rojo, … Filas excluidas por errores.
  expect(djRow.slice(4, 10)).toEqual([
    { computed: 2 },
    { computed: 0.85, percent: true },
    { computed: "Verde" },
    { computed: 1 },
    { computed: 1 },
    { computed: 0 },
  ]);
  expect(djRow[12]).toEqual({ computed: 0 });
  const institution = summary.find((row) => row[0] === "Institución")!;
  expect(institution.slice(4, 7)).toEqual([
    { computed: 1 },
    { computed: 0.85, percent: true },
    { computed: "Verde" },
  ]);
});

test("a cell edit reads its own sheet again, not the others, and every sheet shows what a full read shows", async () => {
  const read: string[] = [];
  class CountingHost extends MemoryHost {
    override grid(sheet: string) {
      read.push(sheet);
      return super.grid(sheet);
    }
  }
  const host = new CountingHost();
  const workbook = new PaneWorkbook(host);
  await generate(workbook, { template: sampleTemplate() });
  const header = workbook.grid(DJ)[6];
  const column = (name: string): string => columnLetter(header.indexOf(name) + 1);
  read.length = 0;
  const streamed = jest.spyOn(ZipReader.prototype, "textChunks");
  await workbook.editCell(DJ, `${column(HEADERS.activity)}8`, "Litigar", "es-CO");
  const worksheets = streamed.mock.calls
    .map(([part]) => part)
    .filter((part) => part.startsWith("xl/worksheets/"));
  streamed.mockRestore();
  expect(read).toEqual([DJ]);
  // DJ's worksheet part streamed three times (by the write that edits it, for the grid and for the core's snapshot);
  // no other worksheet part is inflated or parsed.
  const { worksheets: parts } = await openWorkbookPackage(ZipReader.fromBytes(host.exportBytes()));
  const djPart = parts.find(({ sheet }) => sheet.name === DJ)!.part;
  expect(worksheets).toEqual([djPart, djPart, djPart]);
  expect(workbook.grid(DJ)[7][header.indexOf(HEADERS.activity)]).toBe("Litigar");
  // The same bytes opened afresh: every sheet read, each grid as the edited workbook shows it.
  const fresh = new PaneWorkbook();
  await fresh.importBytes(host.exportBytes(), "plan.xlsx");
  expect(workbook.sheets()).toEqual(fresh.sheets());
  for (const sheet of fresh.sheets())
    expect([sheet, workbook.grid(sheet)]).toEqual([sheet, fresh.grid(sheet)]);
  expect(await workbook.readSnapshot()).toEqual(await fresh.readSnapshot());
});
