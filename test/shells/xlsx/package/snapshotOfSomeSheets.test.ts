/**
 * The package reader's snapshot of only some sheets (`readSnapshotFromZip`'s `sheets`): those sheets' tables and
 * names' values, every sheet listed, and no other worksheet inflated — a damaged entry elsewhere goes unseen, which
 * is why only bytes the writer made itself are read so (`MemoryHost` after a cell edit).
 */
import { generate } from "../../../../src/operations/generate";
import { MemoryHost } from "../../../../src/shells/memory/MemoryHost";
import { openWorkbookPackage } from "../../../../src/shells/xlsx/package/read/openWorkbookPackage";
import { readSnapshotFromBytes } from "../../../../src/shells/xlsx/package/packageBytes";
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

test("another sheet's damaged entry: the full read refuses it, the read of one sheet never inflates it", async () => {
  const zip = ZipReader.fromBytes(bytes);
  const { worksheets } = await openWorkbookPackage(zip);
  const other = zip.entry(
    worksheets.find(({ sheet }) => sheet.name === "6.1 Control Interno")!.part
  )!;
  const damaged = bytes.slice();
  // The first byte of its compressed data: the inflated bytes (or their CRC-32) no longer match the directory.
  damaged[zip.dataOffset(other)] ^= 0xff;
  await expect(readSnapshotFromBytes(damaged)).rejects.toMatchObject({ part: other.name });
  const partial = await readSnapshotFromBytes(damaged, { sheets: new Set([DJ]) });
  expect(partial.tables.map((table) => table.name)).toEqual(["T_DJ"]);
});
