/**
 * What a file handed to the program as a workbook really is, from its bytes alone: an .xlsx (or .xlsm) package, or
 * one of the things users pick instead — an empty file, an old binary .xls, a workbook encrypted with a password to
 * open (OOXML inside an OLE2 container with an `EncryptionInfo` stream), another Office binary, a CSV or other
 * text, an HTML page saved with an .xls name, a binary .xlsb, an OpenDocument or Word/PowerPoint zip, or a zip cut
 * short by a copy or a download. Pure: no I/O, runs anywhere.
 */
import { isPackageError } from "./PackageError";
import { ZipReader } from "./zip/ZipReader";

export type FileKind =
  | { kind: "xlsx" }
  | { kind: "empty" }
  | { kind: "xls" }
  | { kind: "encrypted" }
  | { kind: "ole2" }
  | { kind: "text" }
  | { kind: "html" }
  | { kind: "xlsb" }
  | { kind: "ods" }
  /** A zip that is another document: `format` is its usual extension (`.docx`, `.pptx`, `.odt`, `.zip`…). */
  | { kind: "otherZip"; format: string }
  | { kind: "truncatedZip" }
  | { kind: "unknown" };

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const SNIFF = 8192;

const startsWith = (bytes: Uint8Array, magic: number[]): boolean =>
  magic.every((byte, i) => bytes[i] === byte);

/** Whether `bytes` hold `text` as UTF-16LE (how OLE2 directory entries store stream names). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < text.length; k++)
      if (bytes[i + 2 * k] !== text.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

function ole2Kind(bytes: Uint8Array): FileKind {
  if (containsUtf16(bytes, "EncryptionInfo") || containsUtf16(bytes, "EncryptedPackage"))
    return { kind: "encrypted" };
  // BIFF5/8 workbooks keep their data in a stream called "Workbook" (Excel 97–2003) or "Book" (Excel 5/95).
  if (containsUtf16(bytes, "Workbook") || containsUtf16(bytes, "Book")) return { kind: "xls" };
  return { kind: "ole2" };
}

function textKind(bytes: Uint8Array): FileKind | null {
  const head = bytes.subarray(0, SNIFF);
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return null;
    if (byte < 9 || (byte > 13 && byte < 32)) controls++;
  }
  if (controls > head.length / 100) return null;
  const text = new TextDecoder("latin1")
    .decode(head)
    .replace(/^\uFEFF|^ï»¿/, "")
    .trimStart();
  const lower = text.slice(0, 1024).toLowerCase();
  if (
    lower.startsWith("<!doctype html") ||
    lower.startsWith("<html") ||
    /<(html|table|meta|head|body)[\s>]/.test(lower)
  )
    return { kind: "html" };
  return { kind: "text" };
}

const ZIP_FORMATS: [RegExp, string][] = [
  [/wordprocessingml/, ".docx"],
  [/presentationml/, ".pptx"],
  [/ms-word/, ".docm"],
  [/ms-powerpoint/, ".pptm"],
];

/** What a zip's directory says when the file was cut short (a copy or download that stopped). */
const CUT_SHORT = new Set<string>([
  "package.notZip",
  "package.truncated",
  "package.brokenDirectory",
  "package.truncatedEntry",
]);

/**
 * A zip the package reader refused: cut short is its own message; any other damage it names (a bad checksum, a
 * duplicate part, a part over the budget) is left to the reader, which says which part, so it counts as a workbook.
 */
function damagedZipKind(error: unknown): FileKind | null {
  if (!isPackageError(error)) return null;
  return CUT_SHORT.has(error.fault) ? { kind: "truncatedZip" } : { kind: "xlsx" };
}

function zipKind(bytes: Uint8Array): FileKind {
  let zip: ZipReader;
  try {
    zip = ZipReader.fromBytes(bytes);
  } catch (error) {
    return damagedZipKind(error) ?? { kind: "unknown" };
  }
  try {
    if (zip.entry("mimetype")) {
      const mimetype = zip.readTextSync("mimetype").trim();
      if (mimetype === "application/vnd.oasis.opendocument.spreadsheet") return { kind: "ods" };
      const odf = /opendocument\.(\w+)/.exec(mimetype)?.[1];
      const extension: Record<string, string> = {
        text: ".odt",
        presentation: ".odp",
        graphics: ".odg",
      };
      return { kind: "otherZip", format: (odf && extension[odf]) ?? ".zip" };
    }
    if (!zip.entry("[Content_Types].xml")) return { kind: "otherZip", format: ".zip" };
    const types = zip.readTextSync("[Content_Types].xml");
    if (
      /spreadsheetml\.sheet\.main|ms-excel\.sheet\.macroEnabled\.main|spreadsheetml\.template\.main|ms-excel\.template\.macroEnabled\.main/.test(
        types
      )
    )
      return { kind: "xlsx" };
    if (/ms-excel\.sheet\.binary/.test(types)) return { kind: "xlsb" };
    const other = ZIP_FORMATS.find(([pattern]) => pattern.test(types));
    if (other) return { kind: "otherZip", format: other[1] };
    // A package without the usual override (some producers omit it) is tried as a workbook if it has one.
    return zip.entries.some((entry) => /(^|\/)workbook\.xml$/.test(entry.name))
      ? { kind: "xlsx" }
      : { kind: "otherZip", format: ".zip" };
  } catch (error) {
    return damagedZipKind(error) ?? { kind: "truncatedZip" };
  }
}

export function detectFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return { kind: "empty" };
  if (startsWith(bytes, OLE2)) return ole2Kind(bytes);
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return zipKind(bytes);
  return textKind(bytes) ?? { kind: "unknown" };
}
