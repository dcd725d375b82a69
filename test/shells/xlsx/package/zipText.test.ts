/**
 * The package layer's container on its own: CRC-32 against the standard check values, and text parts decoded as
 * they stream, whatever chunk boundary a multi-byte character falls on, bad UTF-8 still refused.
 */
import { crc32 } from "../../../../src/shells/xlsx/package/zip/crc32";
import { completeUtf8Length, ZipReader } from "../../../../src/shells/xlsx/package/zip/ZipReader";
import { ZipWriter } from "../../../../src/shells/xlsx/package/zip/ZipWriter";

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

async function textOf(zip: ZipReader, name: string): Promise<string> {
  let text = "";
  for await (const chunk of zip.textChunks(name)) text += chunk;
  return text;
}

describe("crc32", () => {
  it("gives the check values of CRC-32/ISO-HDLC, in one call or continued", () => {
    const digits = new TextEncoder().encode("123456789");
    expect(crc32(digits)).toBe(0xcbf43926);
    expect(crc32(digits.subarray(4), crc32(digits.subarray(0, 4)))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    // 32 zero bytes (catalogued check of the same CRC): the 8-byte steps and the tail agree.
    expect(crc32(new Uint8Array(32))).toBe(0x190a55ad);
    expect(crc32(new Uint8Array(35), 0)).toBe(crc32(new Uint8Array(3), crc32(new Uint8Array(32))));
  });
});

describe("completeUtf8Length", () => {
  it("holds back only a last character whose bytes are not all there", () => {
    expect(completeUtf8Length(bytes(0x61, 0x62))).toBe(2);
    // "ñ" is C3 B1: complete, or cut after its lead byte.
    expect(completeUtf8Length(bytes(0x61, 0xc3, 0xb1))).toBe(3);
    expect(completeUtf8Length(bytes(0x61, 0xc3))).toBe(1);
    // "€" is E2 82 AC; "😀" is F0 9F 98 80.
    expect(completeUtf8Length(bytes(0x61, 0xe2, 0x82))).toBe(1);
    expect(completeUtf8Length(bytes(0xe2, 0x82, 0xac))).toBe(3);
    expect(completeUtf8Length(bytes(0x61, 0xf0, 0x9f, 0x98))).toBe(1);
    expect(completeUtf8Length(bytes(0xf0, 0x9f, 0x98, 0x80))).toBe(4);
    expect(completeUtf8Length(new Uint8Array())).toBe(0);
  });
});

describe("ZipReader.textChunks", () => {
  it("decodes a big part of multi-byte characters exactly, chunk boundaries anywhere", async () => {
    const text = "año €5 😀 ".repeat(120_000);
    const writer = new ZipWriter();
    await writer.add("a.xml", text);
    await writer.addStream("b.xml", ["ñ".repeat(70_001), "€".repeat(50_003), "😀".repeat(30_007)]);
    const zip = ZipReader.fromBytes(writer.finish());
    expect(await textOf(zip, "a.xml")).toBe(text);
    expect(await textOf(zip, "b.xml")).toBe(
      "ñ".repeat(70_001) + "€".repeat(50_003) + "😀".repeat(30_007)
    );
  });

  it("refuses bad UTF-8, in the middle of a part or cut at its end", async () => {
    const writer = new ZipWriter();
    const middle = new Uint8Array(200_000).fill(0x61);
    middle.set([0xc3, 0x28], 150_000);
    await writer.add("middle.xml", middle);
    await writer.add("end.xml", bytes(0x61, 0x62, 0xe2, 0x82));
    const zip = ZipReader.fromBytes(writer.finish());
    await expect(textOf(zip, "middle.xml")).rejects.toMatchObject({ fault: "package.badText" });
    await expect(textOf(zip, "end.xml")).rejects.toMatchObject({ fault: "package.badText" });
  });
});

describe("ZipWriter.finishParts", () => {
  it("gives the archive as pieces that, one after the other, are the bytes finish() gives", async () => {
    const write = async (): Promise<ZipWriter> => {
      const writer = new ZipWriter();
      await writer.add("a.xml", "<a/>");
      await writer.addStream("b.xml", ["<b>", "x".repeat(200_000), "</b>"]);
      return writer;
    };
    const whole = (await write()).finish();
    const parts = (await write()).finishParts();
    // A local header, its data, and the directory's records at least: never one joined copy.
    expect(parts.length).toBeGreaterThan(4);
    const joined = Buffer.concat(parts);
    expect(joined.equals(Buffer.from(whole))).toBe(true);
    expect(await textOf(ZipReader.fromBytes(joined), "a.xml")).toBe("<a/>");
  });
});
