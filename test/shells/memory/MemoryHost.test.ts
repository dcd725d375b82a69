/**
 * The in-browser workbook: import and export of `.xlsx` bytes, the grid the pane shows, edits through patches
 * (text stays text), selection, and writes that are all or nothing. The exported bytes are read by openpyxl.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { HEADERS } from "../../../src/core/workbook/areaColumns";
import { generate } from "../../../src/operations/generate";
import { OperationError } from "../../../src/operations/OperationError";
import { MemoryHost } from "../../../src/shells/memory/MemoryHost";
import { readImportedWorkbook } from "../../../src/shells/memory/readImportedWorkbook";
import { areaFileSheets, withOutsideCells } from "../../../src/core/import/withOutsideCells";
import { FileHost } from "../../../src/shells/xlsx/FileHost";
import { cellsOf, inspectWithOpenpyxl } from "../../support/openpyxl";
import { sampleTemplate } from "../../support/sampleTemplate";
import { testOutputDir } from "../../support/tempDir";

jest.setTimeout(120_000);

const dir = testOutputDir("memory-host");
const DJ = "3.1 Dirección Jurídica";

async function codeOf(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => null,
    (caught: unknown) => caught
  );
  return error instanceof OperationError ? error.code : `not an OperationError: ${String(error)}`;
}

describe("MemoryHost", () => {
  let host: MemoryHost;

  beforeAll(async () => {
    host = new MemoryHost();
    await generate(host, { template: sampleTemplate() });
  });

  it("starts with no workbook: an empty snapshot, no sheets, nothing to download", async () => {
    const empty = new MemoryHost();
    expect(await empty.readSnapshot()).toEqual({ sheets: [], tables: [], names: {} });
    expect(await empty.sheets()).toEqual([]);
    expect(empty.hasWorkbook()).toBe(false);
    expect(() => empty.exportBytes()).toThrow(OperationError);
    expect(await codeOf(empty.grid("Hoja1"))).toBe("operation.noWorkbook");
  });

  it("imports a plan written by the file host and reads it exactly as the file host does", async () => {
    const file = path.join(dir, "plan.xlsx");
    await generate(new FileHost({ output: file }), { template: sampleTemplate() });
    const imported = new MemoryHost();
    await imported.importBytes(new Uint8Array(readFileSync(file)), "plan.xlsx");
    expect(await imported.readSnapshot()).toEqual(
      await new FileHost({ input: file }).readSnapshot()
    );
    expect(await imported.sheets()).toEqual(
      expect.arrayContaining([
        { name: "Configuración", visibility: "visible" },
        { name: "Plantilla", visibility: "veryHidden" },
      ])
    );
  });

  it("refuses a text file with its own message, naming the file, and keeps the workbook it had", async () => {
    const before = host.exportBytes();
    const error = await host.importBytes(new TextEncoder().encode("hola"), "notas.txt").then(
      () => null,
      (caught: unknown) => caught as OperationError
    );
    expect([error?.code, error?.params.path]).toEqual(["operation.fileText", "notas.txt"]);
    expect(Buffer.from(host.exportBytes()).equals(Buffer.from(before))).toBe(true);
  });

  it("gives every cell of a sheet for the grid, keyed by address", async () => {
    const grid = await host.grid(DJ);
    const header = [...grid.cells.entries()].find(
      ([, cell]) => cell.kind === "text" && cell.value === HEADERS.activity
    );
    // The area table's header row is row 7 and Actividad its third column (ID, Objetivo, Actividad).
    expect(header?.[0]).toBe("C7");
    expect(grid.rows).toBeGreaterThanOrEqual(8);
    expect(await codeOf(host.grid("No existe"))).toBe("operation.noSheet");
  });

  it("writes what the user types as text, even when it looks like a formula, and tells the grid", async () => {
    let changes = 0;
    const stop = host.onChange(() => changes++);
    await host.editCell(DJ, "C8", "=1+1");
    await host.editCell(DJ, "D8", "+57 300");
    stop();
    expect(changes).toBe(2);
    const grid = await host.grid(DJ);
    expect([grid.cells.get("C8"), grid.cells.get("D8")]).toEqual([
      { kind: "text", value: "=1+1" },
      { kind: "text", value: "+57 300" },
    ]);
    const file = path.join(dir, "exported.xlsx");
    writeFileSync(file, host.exportBytes());
    const sheet = inspectWithOpenpyxl(file).sheets.find((candidate) => candidate.name === DJ)!;
    const cells = cellsOf(sheet);
    expect([cells.get("C8")?.value, cells.get("C8")?.dataType]).toEqual(["=1+1", "s"]);
    expect([cells.get("D8")?.value, cells.get("D8")?.dataType]).toEqual(["+57 300", "s"]);
  });

  it("keeps both of two edits started together (writes run one after the other)", async () => {
    await Promise.all([host.editCell(DJ, "E8", "uno"), host.editCell(DJ, "E9", "dos")]);
    const grid = await host.grid(DJ);
    expect([grid.cells.get("E8"), grid.cells.get("E9")]).toEqual([
      { kind: "text", value: "uno" },
      { kind: "text", value: "dos" },
    ]);
  });

  it("leaves the bytes as they were when a patch fails, and does not announce a change", async () => {
    const before = host.exportBytes();
    let changes = 0;
    const stop = host.onChange(() => changes++);
    await expect(host.editCell("No existe", "A1", 1)).rejects.toThrow();
    stop();
    expect(changes).toBe(0);
    expect(Buffer.from(host.exportBytes()).equals(Buffer.from(before))).toBe(true);
  });

  it("exports a copy: changing it does not change the workbook", () => {
    const copy = host.exportBytes();
    copy.fill(0);
    expect(host.exportBytes().some((byte) => byte !== 0)).toBe(true);
  });

  it("records the selected cell and tells its listener", async () => {
    const seen: string[] = [];
    const stop = host.onSelect(({ sheet, cell }) => seen.push(`${sheet}!${cell}`));
    await host.selectCell(DJ, "K8");
    stop();
    await host.selectCell(DJ, "K9");
    expect(seen).toEqual([`${DJ}!K8`]);
    expect(host.selection).toEqual({ sheet: DJ, cell: "K9" });
  });
});

describe("readImportedWorkbook", () => {
  it("reads an area workbook's bytes for consolidation, and names a file that is not one", async () => {
    const host = new MemoryHost();
    await generate(host, { template: sampleTemplate() });
    const imported = await readImportedWorkbook(host.exportBytes(), "juridica.xlsx");
    // The host's snapshot, with what each area tab holds around its table (here the title block alone).
    const snapshot = await host.readSnapshot();
    expect([imported.file, imported.snapshot]).toEqual([
      "juridica.xlsx",
      withOutsideCells(snapshot, await host.readSheetContents(areaFileSheets(snapshot))),
    ]);
    const dj = imported.snapshot.sheets.find((sheet) => sheet.name === DJ)?.outside;
    expect([...(dj?.cells.keys() ?? [])]).toEqual(["A1", "A2", "A3", "A4", "D4", "E4", "A5"]);
    const error = await readImportedWorkbook(new TextEncoder().encode("hola"), "notas.xlsx").then(
      () => null,
      (caught: unknown) => caught as OperationError
    );
    expect([error?.code, error?.params.path]).toEqual(["operation.fileText", "notas.xlsx"]);
  });
});
