/**
 * Random access to the entries of a zip archive (an .xlsx package) held as bytes, through its central directory:
 * small parts are inflated whole, big ones inflated and decoded chunk by chunk, and any entry's compressed bytes can
 * be copied as they are. No Node import: the same module runs in the browser.
 *
 * Why not fflate's own `unzipSync`/`Unzip`: they inflate every entry they hand out and give no access to an entry's
 * compressed bytes, which the writer copies unchanged (untouched parts stay byte for byte what they were); fflate
 * does the (de)compression here, this file only reads the container's directory (APPNOTE 4.3.12–4.3.16).
 */
import { DecodeUTF8, Inflate, inflateSync, strFromU8 } from "fflate";
import { ZipEntry } from "./ZipEntry";

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const MAX_COMMENT = 0xffff;
/**
 * Compressed bytes inflated per step while streaming a big part (≈ 300 KB of text). 256 KB steps (≈ 2.6 MB of text)
 * cost 125 MB more peak RSS on the bench plan: cell values kept as substrings pin the chunk they came from.
 */
const CHUNK = 1 << 15;

const utf8 = new TextDecoder("utf-8");

function latin1(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
  return text;
}

export class ZipReader {
  private readonly byName: Map<string, ZipEntry>;
  private readonly view: DataView;

  private constructor(
    private readonly bytes: Uint8Array,
    readonly entries: ZipEntry[]
  ) {
    this.byName = new Map(entries.map((entry) => [entry.name, entry]));
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Reads an archive's directory; throws a one-line error when it is not one (or uses features an .xlsx never needs). */
  static fromBytes(bytes: Uint8Array): ZipReader {
    return new ZipReader(bytes, readCentralDirectory(bytes));
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /** Kept for callers that close what they open; bytes need no closing. */
  async close(): Promise<void> {
    return undefined;
  }

  /** Where the entry's compressed bytes start. */
  dataOffset(entry: ZipEntry): number {
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || this.view.getUint32(at, true) !== LOCAL_FILE_HEADER)
      throw new Error(`Broken zip: no local header for ${entry.name}`);
    return at + 30 + this.view.getUint16(at + 26, true) + this.view.getUint16(at + 28, true);
  }

  /** The entry's compressed bytes, exactly as stored (a view, not a copy). */
  raw(entry: ZipEntry): Uint8Array {
    const start = this.dataOffset(entry);
    if (start + entry.compressedSize > this.bytes.length)
      throw new Error(`Broken zip: ${entry.name} is truncated`);
    return this.bytes.subarray(start, start + entry.compressedSize);
  }

  /** A whole entry, inflated. */
  async read(name: string): Promise<Uint8Array> {
    return this.readSync(name);
  }

  readSync(name: string): Uint8Array {
    const entry = this.requireEntry(name);
    const raw = this.raw(entry);
    return entry.method === 0 ? raw : inflateSync(raw, { out: new Uint8Array(entry.size) });
  }

  async readText(name: string): Promise<string> {
    return this.readTextSync(name);
  }

  readTextSync(name: string): string {
    return utf8.decode(this.readSync(name));
  }

  /** An entry's text, inflated and decoded as it streams (multi-byte characters never split). */
  async *textChunks(name: string): AsyncGenerator<string> {
    const entry = this.requireEntry(name);
    const raw = this.raw(entry);
    let pending: string[] = [];
    const decoder = new DecodeUTF8((text) => {
      if (text) pending.push(text);
    });
    const inflater =
      entry.method === 0
        ? null
        : new Inflate((chunk, final) => {
            decoder.push(chunk, final);
          });
    for (let at = 0; at < raw.length || at === 0; at += CHUNK) {
      const piece = raw.subarray(at, Math.min(raw.length, at + CHUNK));
      const final = at + CHUNK >= raw.length;
      if (inflater) inflater.push(piece, final);
      else decoder.push(piece, final);
      if (pending.length > 0) {
        const texts = pending;
        pending = [];
        yield texts.join("");
      }
      if (final) break;
    }
    if (pending.length > 0) yield pending.join("");
  }

  private requireEntry(name: string): ZipEntry {
    const entry = this.byName.get(name);
    if (!entry) throw new Error(`The package has no part ${name}`);
    return entry;
  }
}

function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = bytes.length;
  let end = -1;
  for (let i = size - 22; i >= Math.max(0, size - 22 - MAX_COMMENT); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error("not a zip file (no end of central directory)");
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff)
    throw new Error("ZIP64 archives are not supported");
  if (directoryOffset + directorySize > size) throw new Error("truncated zip file");
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > size || view.getUint32(at, true) !== CENTRAL_FILE_HEADER)
      throw new Error("broken zip directory");
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameBytes = bytes.slice(at + 46, at + 46 + nameLength);
    if (flags & 1) throw new Error("encrypted zip entries are not supported");
    entries.push({
      name: flags & 0x800 ? strFromU8(nameBytes) : latin1(nameBytes),
      nameBytes,
      method: view.getUint16(at + 10, true),
      flags,
      dosTime: view.getUint16(at + 12, true),
      dosDate: view.getUint16(at + 14, true),
      crc32: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  for (const entry of entries) {
    if (entry.method !== 0 && entry.method !== 8)
      throw new Error(`unsupported zip compression method ${entry.method} for ${entry.name}`);
    if (entry.localHeaderOffset + 30 > size)
      throw new Error(`truncated zip file (${entry.name} lies past the end)`);
  }
  return entries;
}
