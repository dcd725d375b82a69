/**
 * `detectFileKind` on real files of each kind (test/fixtures/producers: OLE2 files from a public corpus, the rest
 * made by scripts/make-producer-corpus.ts) and on the smallest byte patterns that decide each kind.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { detectFileKind } from "../../../../src/shells/xlsx/package/detectFileKind";

const PRODUCERS = path.resolve(__dirname, "..", "..", "..", "fixtures", "producers");
const read = (relative: string): Uint8Array =>
  new Uint8Array(readFileSync(path.join(PRODUCERS, relative)));
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE2 header followed by a directory entry name in UTF-16LE, as a compound file stores it. */
function ole2With(stream: string): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set(OLE2, 0);
  for (let i = 0; i < stream.length; i++) bytes[512 + 2 * i] = stream.charCodeAt(i);
  return bytes;
}

const packageWith = (contentType: string): Uint8Array =>
  zipSync({
    "[Content_Types].xml": strToU8(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/x/main.xml" ContentType="${contentType}"/></Types>`
    ),
  });

describe("detectFileKind on real files", () => {
  it.each([
    ["plans/plan-matrix.xlsx", { kind: "xlsx" }],
    ["plans/openpyxl.xlsx", { kind: "xlsx" }],
    ["plans/libreoffice.xlsx", { kind: "xlsx" }],
    ["excel/fibonacci.xlsx", { kind: "xlsx" }],
    ["bad/empty.xlsx", { kind: "empty" }],
    ["bad/old.xls", { kind: "xls" }],
    ["bad/old-renamed.xlsx", { kind: "xls" }],
    ["bad/encrypted.xlsx", { kind: "encrypted" }],
    ["bad/word.doc", { kind: "ole2" }],
    ["bad/data.csv", { kind: "text" }],
    ["bad/data-renamed.xlsx", { kind: "text" }],
    ["bad/export.xls", { kind: "html" }],
    ["bad/plan.ods", { kind: "ods" }],
    ["bad/plan-ods-renamed.xlsx", { kind: "ods" }],
    ["bad/letter.docx", { kind: "otherZip", format: ".docx" }],
    ["bad/letter-renamed.xlsx", { kind: "otherZip", format: ".docx" }],
    ["bad/truncated.xlsx", { kind: "truncatedZip" }],
  ])("%s is %j", (file, kind) => {
    expect(detectFileKind(read(file))).toEqual(kind);
  });
});

describe("detectFileKind on the bytes that decide", () => {
  it("calls an OLE2 file with an EncryptionInfo stream an encrypted workbook", () => {
    expect(detectFileKind(ole2With("EncryptionInfo"))).toEqual({ kind: "encrypted" });
  });
  it("calls an OLE2 file with a Workbook or Book stream an old .xls", () => {
    expect(detectFileKind(ole2With("Workbook"))).toEqual({ kind: "xls" });
    expect(detectFileKind(ole2With("Book"))).toEqual({ kind: "xls" });
  });
  it("calls another OLE2 file an old Office file", () => {
    expect(detectFileKind(ole2With("WordDocument"))).toEqual({ kind: "ole2" });
  });
  it("tells text with a byte-order mark and HTML apart", () => {
    expect(detectFileKind(strToU8("\uFEFFa;b\n1;2\n"))).toEqual({ kind: "text" });
    expect(detectFileKind(strToU8("  <!DOCTYPE html><html><body>x</body></html>"))).toEqual({
      kind: "html",
    });
  });
  it("calls binary data that is nothing known unknown", () => {
    expect(detectFileKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))).toEqual({
      kind: "unknown",
    });
  });
  it("reads the main content type of an OOXML zip", () => {
    const main = "application/vnd.openxmlformats-officedocument";
    expect(detectFileKind(packageWith(`${main}.spreadsheetml.sheet.main+xml`))).toEqual({
      kind: "xlsx",
    });
    expect(
      detectFileKind(packageWith("application/vnd.ms-excel.sheet.macroEnabled.main+xml"))
    ).toEqual({ kind: "xlsx" });
    expect(
      detectFileKind(packageWith("application/vnd.ms-excel.sheet.binary.macroEnabled.main"))
    ).toEqual({
      kind: "xlsb",
    });
    expect(detectFileKind(packageWith(`${main}.presentationml.presentation.main+xml`))).toEqual({
      kind: "otherZip",
      format: ".pptx",
    });
  });
  it("calls a zip without a package's content types a plain zip, and a cut one truncated", () => {
    const zip = zipSync({ "notes.txt": strToU8("hola") });
    expect(detectFileKind(zip)).toEqual({ kind: "otherZip", format: ".zip" });
    expect(detectFileKind(zip.subarray(0, zip.length - 10))).toEqual({ kind: "truncatedZip" });
  });
});
