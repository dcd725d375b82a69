/**
 * The zip layer on Node's zlib (the CLI's codec) and on fflate (the browser's): what one writes the other reads,
 * byte for byte, streamed or whole; and on zlib the container's checks still refuse what they refused on fflate —
 * data that is not deflate, a part bigger than its directory says, a wrong CRC-32 — as package faults.
 */
import { NODE_ZIP_CODEC } from "../../../src/shells/xlsx/nodeZipCodec";
import { crc32 } from "../../../src/shells/xlsx/package/zip/crc32";
import {
  FFLATE_CODEC,
  installZipCodec,
  ZipCodec,
} from "../../../src/shells/xlsx/package/zip/ZipCodec";
import { ZipReader } from "../../../src/shells/xlsx/package/zip/ZipReader";
import { ZipWriter } from "../../../src/shells/xlsx/package/zip/ZipWriter";

const CODECS: [string, ZipCodec][] = [
  ["fflate", FFLATE_CODEC],
  ["zlib", NODE_ZIP_CODEC],
];

/** 1.2 MB of rows with multi-byte characters, in 1,000-row chunks as the sheet renderer gives them. */
const rowChunks = Array.from({ length: 20 }, (_, chunk) =>
  Array.from(
    { length: 1000 },
    (_, i) => `<row r="${chunk * 1000 + i + 1}"><c><is><t>Año ${i} — señal €</t></is></c></row>`
  ).join("")
);
const SMALL = '<?xml version="1.0"?><x a="ñ"/>';

async function archive(codec: ZipCodec): Promise<Uint8Array> {
  installZipCodec(codec);
  const writer = new ZipWriter();
  await writer.add("small.xml", SMALL);
  await writer.addStream("big.xml", rowChunks);
  return writer.finish();
}

async function textOf(zip: ZipReader, name: string): Promise<string> {
  let text = "";
  for await (const chunk of zip.textChunks(name)) text += chunk;
  return text;
}

const offsetOfData = (zip: ZipReader, name: string): number =>
  zip.dataOffset(zip.entry(name) as NonNullable<ReturnType<ZipReader["entry"]>>);

/** The central directory record of the archive's `index`-th entry (the writer puts it right after the data). */
function centralRecord(bytes: Uint8Array, index: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < index; i++) at += 46 + view.getUint16(at + 28, true);
  return at;
}

afterEach(() => installZipCodec(FFLATE_CODEC));

describe.each(CODECS)("written with %s", (_writerName, writerCodec) => {
  it.each(CODECS)("reads back with %s, streamed and whole", async (_readerName, readerCodec) => {
    const bytes = await archive(writerCodec);
    installZipCodec(readerCodec);
    const zip = ZipReader.fromBytes(bytes);
    expect(zip.readTextSync("small.xml")).toBe(SMALL);
    expect(await textOf(zip, "small.xml")).toBe(SMALL);
    expect(await textOf(ZipReader.fromBytes(bytes), "big.xml")).toBe(rowChunks.join(""));
    expect(ZipReader.fromBytes(bytes).readTextSync("big.xml")).toBe(rowChunks.join(""));
  });
});

describe.each(CODECS)("reading with %s", (_name, codec) => {
  it("refuses data that is not deflate, streamed or whole", async () => {
    const bytes = await archive(FFLATE_CODEC);
    const zip = ZipReader.fromBytes(bytes);
    const start = offsetOfData(zip, "big.xml");
    // 0xff opens a block of the reserved type 3: never valid deflate.
    bytes.fill(0xff, start, start + 8);
    installZipCodec(codec);
    await expect(textOf(ZipReader.fromBytes(bytes), "big.xml")).rejects.toMatchObject({
      fault: "package.badData",
    });
    expect(() => ZipReader.fromBytes(bytes).readSync("big.xml")).toThrow(
      expect.objectContaining({ fault: "package.badData" })
    );
  });

  it("refuses a part bigger than its directory says, and a wrong CRC-32", async () => {
    const understated = await archive(FFLATE_CODEC);
    const view = new DataView(understated.buffer);
    // big.xml is the second entry: its stated size becomes 100 bytes.
    view.setUint32(centralRecord(understated, 1) + 24, 100, true);
    const wrongCrc = await archive(FFLATE_CODEC);
    const crcView = new DataView(wrongCrc.buffer);
    const crcAt = centralRecord(wrongCrc, 1) + 16;
    crcView.setUint32(crcAt, crcView.getUint32(crcAt, true) ^ 1, true);
    installZipCodec(codec);
    await expect(textOf(ZipReader.fromBytes(understated), "big.xml")).rejects.toMatchObject({
      fault: expect.stringMatching(/^package\.bad(Size|Data)$/),
    });
    expect(() => ZipReader.fromBytes(understated).readSync("big.xml")).toThrow(
      expect.objectContaining({ fault: expect.stringMatching(/^package\.bad(Size|Data)$/) })
    );
    await expect(textOf(ZipReader.fromBytes(wrongCrc), "big.xml")).rejects.toMatchObject({
      fault: "package.badChecksum",
    });
    expect(() => ZipReader.fromBytes(wrongCrc).verifyAll()).toThrow(
      expect.objectContaining({ fault: "package.badChecksum" })
    );
  });

  it("gives the CRC-32 check values", () => {
    const digits = new TextEncoder().encode("123456789");
    expect(codec.crc32(digits, 0)).toBe(0xcbf43926);
    expect(codec.crc32(digits.subarray(4), codec.crc32(digits.subarray(0, 4), 0))).toBe(0xcbf43926);
    expect(codec.crc32(new Uint8Array(32), 0)).toBe(0x190a55ad);
    expect(codec.crc32(new Uint8Array(35), 0)).toBe(crc32(new Uint8Array(35)));
    // No bytes change nothing, whatever holds them (the writer's last text batch is often empty).
    expect(codec.crc32(new TextEncoder().encode(""), 0xcbf43926)).toBe(0xcbf43926);
    expect(codec.crc32(new Uint8Array(0), 0x190a55ad)).toBe(0x190a55ad);
  });
});
