/**
 * The package reader's snapshot of only some sheets (`readSnapshotFromZip`'s `sheets`): those sheets' tables and
 * names' values, every sheet listed, no other worksheet parsed; every entry still checked (CRC-32 and size), except
 * in bytes the writer has just made (`trustWrittenEntries`), which it made sound.
 */
import { generate } from "../../../../src/operations/generate";
import { MemoryHost } from "../../../../src/shells/memory/MemoryHost";
import { openWorkbookPackage } from "../../../../src/shells/xlsx/package/read/openWorkbookPackage";
import {
  readSnapshotFromBytes,
  writePatchedBytes,
} from "../../../../src/shells/xlsx/package/packageBytes";
import { ZipReader } from "../../../../src/shells/xlsx/package/zip/ZipReader";
import { sampleTemplate } from "../../../support/sampleTemplate";

jest.setTimeout(120_000);

const DJ = "3.1 Dirección Jurídica";

let bytes: Uint8Array;

beforeAll(async () => {
  const host = new MemoryHost();
  await generate(host, { template: sampleTemplate() });
  bytes = host.exportBytes();
});

test("one area sheet: its table alone, no names (they are on Configuración), every sheet listed", async () => {
  const full = await readSnapshotFromBytes(bytes);
  const partial = await readSnapshotFromBytes(bytes, { sheets: new Set([DJ]) });
  expect(partial.tables).toEqual(full.tables.filter((table) => table.name === "T_DJ"));
  expect(partial.names).toEqual({});
  expect(partial.templateJson).toBeUndefined();
  expect(partial.sheets).toEqual(full.sheets);
  expect(partial.definedNames).toEqual(full.definedNames);
});

test("Configuración and Plantilla: the single-cell names and the template JSON, no table", async () => {
  const full = await readSnapshotFromBytes(bytes);
  const partial = await readSnapshotFromBytes(bytes, {
    sheets: new Set(["Configuración", "Plantilla"]),
  });
  expect(partial.tables).toEqual([]);
  expect(partial.names).toEqual(full.names);
  expect(partial.names.Corte).toEqual({ kind: "text", value: "T1" });
  expect(partial.templateJson).toBe(full.templateJson);
});

test("another sheet's damaged entry: the read of one sheet refuses it too (every entry is checked)", async () => {
  const zip = ZipReader.fromBytes(bytes);
  const { worksheets } = await openWorkbookPackage(zip);
  const other = zip.entry(
    worksheets.find(({ sheet }) => sheet.name === "6.1 Control Interno")!.part
  )!;
  const damaged = bytes.slice();
  // The first byte of its compressed data: the inflated bytes (or their CRC-32) no longer match the directory.
  damaged[zip.dataOffset(other)] ^= 0xff;
  await expect(readSnapshotFromBytes(damaged)).rejects.toMatchObject({ part: other.name });
  await expect(readSnapshotFromBytes(damaged, { sheets: new Set([DJ]) })).rejects.toMatchObject({
    part: other.name,
  });
});

test("bytes the writer made are not inflated again to be checked; the same bytes copied are", async () => {
  const checked = jest.spyOn(
    ZipReader.prototype as unknown as { inflate(entry: { name: string }): void },
    "inflate"
  );
  const worksheetsChecked = (): string[] =>
    checked.mock.calls
      .map(([entry]) => entry.name)
      .filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name));
  try {
    // Bytes nobody has read yet (a copy of the plan's, as an import brings them) are checked in full.
    await readSnapshotFromBytes(bytes.slice(), { sheets: new Set([DJ]) });
    // Every worksheet but the one streamed: the 11 sheets of the sample plan less DJ's.
    expect(worksheetsChecked()).toHaveLength(10);
    checked.mockClear();
    const written = await writePatchedBytes(bytes, {
      sheets: [],
      definedNames: [],
      edits: [{ sheet: DJ, cell: "C8", value: "Litigar" }],
    });
    checked.mockClear();
    await readSnapshotFromBytes(written, { sheets: new Set([DJ]) });
    expect(worksheetsChecked()).toEqual([]);
    await readSnapshotFromBytes(written.slice(), { sheets: new Set([DJ]) });
    expect(worksheetsChecked()).toHaveLength(10);
  } finally {
    checked.mockRestore();
  }
});
