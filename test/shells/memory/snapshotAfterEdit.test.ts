/**
 * The in-browser workbook keeps its last snapshot: after a cell edit it reads only the edited sheet again (no other
 * worksheet inflated or parsed) and splices it in, and what it gives equals a full read of the same bytes; any other
 * write reads everything again.
 */
import { WorkbookSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";
import { CellInput } from "../../../src/core/workbook/WorkbookPatch";
import { generate } from "../../../src/operations/generate";
import { MemoryHost } from "../../../src/shells/memory/MemoryHost";
import { readSnapshotFromBytes } from "../../../src/shells/xlsx/package/packageBytes";
import { ZipReader } from "../../../src/shells/xlsx/package/zip/ZipReader";
import { sampleTemplate } from "../../support/sampleTemplate";

jest.setTimeout(120_000);

const DJ = "3.1 Dirección Jurídica";

const isWorksheet = (part: string): boolean => /^xl\/worksheets\/[^/]+\.xml$/.test(part);

/**
 * What one `readSnapshot` gave, with the worksheet parts it streamed (parsed) and those it inflated whole only to
 * check them (`verifyAll`; bytes the writer made are known sound, so none is).
 */
async function readCounting(
  host: MemoryHost
): Promise<{ snapshot: WorkbookSnapshot; worksheets: string[]; checked: string[] }> {
  const streamed = jest.spyOn(ZipReader.prototype, "textChunks");
  // `inflate` is private: spied on by name, as the reader calls it for every whole-entry read and check.
  const inflated = jest.spyOn(
    ZipReader.prototype as unknown as { inflate(entry: { name: string }): void },
    "inflate"
  );
  try {
    const snapshot = await host.readSnapshot();
    return {
      snapshot,
      worksheets: streamed.mock.calls.map(([part]) => part).filter(isWorksheet),
      checked: inflated.mock.calls.map(([entry]) => entry.name).filter(isWorksheet),
    };
  } finally {
    streamed.mockRestore();
    inflated.mockRestore();
  }
}

/** The snapshot of the host's bytes read afresh: every worksheet, every entry checked. */
async function freshRead(host: MemoryHost): Promise<WorkbookSnapshot> {
  return readSnapshotFromBytes(host.exportBytes());
}

describe("MemoryHost's snapshot after a cell edit", () => {
  let host: MemoryHost;

  beforeEach(async () => {
    host = new MemoryHost();
    await generate(host, { template: sampleTemplate() });
    // The first read after a write reads every worksheet holding a table, a single-cell name or the template JSON: 5
    // of the 11 (the three area sheets, Configuración and Plantilla).
    const first = await readCounting(host);
    expect([first.worksheets.length, first.checked]).toEqual([5, []]);
  });

  async function edit(sheet: string, cell: string, value: CellInput) {
    await host.editCell(sheet, cell, value);
    return readCounting(host);
  }

  it("on an area sheet: a text, a number and a date land in its table, one worksheet read", async () => {
    // T_DJ's header row is 7: row 8 is its first row; C Actividad, L Programado T1, V Fecha inicio.
    for (const [cell, value] of [
      ["C8", "Litigar"],
      ["L8", 10],
      ["V8", { date: 44228 }],
    ] as [string, CellInput][]) {
      const read = await edit(DJ, cell, value);
      expect([read.worksheets.length, read.checked]).toEqual([1, []]);
      expect(read.snapshot).toEqual(await freshRead(host));
    }
    const { snapshot } = await readCounting(host);
    const row = snapshot.tables.find((table) => table.name === "T_DJ")!.rows[0];
    expect([row[2], row[11], row[21]]).toEqual([
      { kind: "text", value: "Litigar" },
      { kind: "number", value: 10 },
      // 1 February 2021: 44197 (1 January) + 31.
      { kind: "date", serial: 44228 },
    ]);
    expect(snapshot.tables.map((table) => table.name)).toEqual(["T_DJ", "T_SGR", "T_CI"]);
  });

  it("on Configuración: the cut-off typed into the Corte cell changes names.Corte", async () => {
    // Corte is 'Configuración'!$B$6 (snapshot.definedNames).
    const read = await edit("Configuración", "B6", "T2");
    expect(read.worksheets.length).toBe(1);
    expect(read.snapshot.names.Corte).toEqual({ kind: "text", value: "T2" });
    expect(Object.keys(read.snapshot.names)).toEqual([
      "Organizacion",
      "Vigencia",
      "Corte",
      "CorteIndice",
      "UmbralVerde",
      "UmbralAmarillo",
      "UmbralSobreejecucion",
    ]);
    expect(read.snapshot).toEqual(await freshRead(host));
  });

  it("on a sheet with no table and no name: no worksheet parsed, the snapshot as before", async () => {
    const before = await readCounting(host);
    const read = await edit("Instrucciones", "A40", "Nota");
    expect(read.worksheets).toEqual([]);
    expect(read.snapshot).toEqual(before.snapshot);
    expect(read.snapshot).toEqual(await freshRead(host));
  });

  it("edits on two sheets, the tab named in other case: both read, once; then the kept snapshot as it is", async () => {
    await host.editCell(DJ.toUpperCase(), "C9", "Conciliar");
    await host.editCell("configuración", "B6", "T3");
    const read = await readCounting(host);
    expect(read.worksheets.length).toBe(2);
    expect(read.snapshot.tables[0].rows[1][2]).toEqual({ kind: "text", value: "Conciliar" });
    expect(read.snapshot.names.Corte).toEqual({ kind: "text", value: "T3" });
    expect(read.snapshot).toEqual(await freshRead(host));
    const again = await readCounting(host);
    expect(again.worksheets).toEqual([]);
    expect(again.snapshot).toBe(read.snapshot);
  });

  it("a failed edit keeps the snapshot; any other write reads everything again", async () => {
    const before = await readCounting(host);
    await expect(host.editCell("No existe", "A1", 1)).rejects.toThrow();
    const kept = await readCounting(host);
    expect([kept.worksheets.length, kept.snapshot]).toEqual([0, before.snapshot]);
    await host.applyPatch({
      sheets: [],
      definedNames: [],
      edits: [{ sheet: DJ, cell: "C8", value: "x" }],
    });
    const full = await readCounting(host);
    expect([full.worksheets.length, full.checked]).toEqual([5, []]);
    expect(full.snapshot.tables[0].rows[0][2]).toEqual({ kind: "text", value: "x" });
  });
});
