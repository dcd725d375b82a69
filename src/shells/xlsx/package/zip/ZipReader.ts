/**
 * Random access to the entries of a zip archive (an .xlsx package) held as bytes, through its central directory:
 * small parts are inflated whole, big ones inflated and decoded chunk by chunk, and any entry's compressed bytes can
 * be copied as they are. No Node import: the same module runs in the browser.
 *
 * Why not fflate's own `unzipSync`/`Unzip`: they inflate every entry they hand out and give no access to an entry's
 * compressed bytes, which the writer copies unchanged (untouched parts stay byte for byte what they were); the
 * installed codec (`ZipCodec`: fflate, or Node's zlib in the CLI) inflates, this file only reads the container's
 * directory (APPNOTE 4.3.12–4.3.16).
 */
import { PACKAGE_BUDGET } from "./packageBudget";
import { PackageError } from "../PackageError";
import { ZipCodec, zipCodec } from "./ZipCodec";
import { ZipEntry } from "./ZipEntry";

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const MAX_COMMENT = 0xffff;
/** Bytes of a stored (uncompressed) part decoded per step. */
const STORED_STEP = 1 << 18;

/** Entries already checked (CRC-32 and size), per archive bytes: reading then copying an entry checks it once. */
const verifiedOf = new WeakMap<Uint8Array, Set<string>>();

/**
 * Archives `ZipWriter` has just made, with the CRC-32 of all their bytes then. Their entries are known sound
 * without inflating them: each was either copied from an entry already checked (`verifiedRaw`) or deflated by the
 * writer with the CRC-32 and size it computed on the way. Reading those bytes again (the in-browser workbook after
 * each write) then inflates nothing to check it: a cell edit on a 17 × 200-row plan used to inflate every copied
 * entry once more. The fingerprint keeps that true of the bytes as written: bytes changed in place since (a test
 * that damages what the writer made) are checked in full again.
 */
const writtenOf = new WeakMap<Uint8Array, number>();

/** Marks `bytes`, just made by `ZipWriter`, as holding the sound entries `names` (see `writtenOf`). */
export function trustWrittenEntries(bytes: Uint8Array, names: Iterable<string>): void {
  writtenOf.set(bytes, zipCodec().crc32(bytes, 0));
  verifiedOf.set(bytes, new Set(names));
}

/**
 * The entries of `bytes` already checked, shared by every reader of those bytes; none when the bytes were written
 * by `ZipWriter` and changed in place since (their CRC-32 is no longer the one recorded then).
 */
function verifiedEntries(bytes: Uint8Array, codec: ZipCodec): Set<string> {
  const written = writtenOf.get(bytes);
  let verified = verifiedOf.get(bytes);
  if (written !== undefined && codec.crc32(bytes, 0) !== written) {
    writtenOf.delete(bytes);
    verified = undefined;
  }
  if (!verified) verifiedOf.set(bytes, (verified = new Set()));
  return verified;
}

function latin1(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
  return text;
}

/**
 * A name that would land outside the folder it is extracted to (zip-slip: `../x`, `/etc/x`, `C:x`, `a\\b`) or
 * that no package part can have. Such entries are never read, never copied into an output.
 */
function isUnsafeName(name: string): boolean {
  if (name === "" || name.startsWith("/") || name.includes("\\") || /^[A-Za-z]:/.test(name))
    return true;
  // A folder entry ("xl/") ends in an empty segment; no other segment may be empty, "." or "..".
  return name
    .replace(/\/$/, "")
    .split("/")
    .some((segment) => segment === "" || segment === ".." || segment === ".");
}

export class ZipReader {
  private readonly byName: Map<string, ZipEntry>;
  private readonly view: DataView;
  private readonly verified: Set<string>;
  /** The codec installed when the archive was opened. */
  private readonly codec: ZipCodec = zipCodec();

  private constructor(
    private readonly bytes: Uint8Array,
    readonly entries: ZipEntry[]
  ) {
    this.byName = new Map(entries.map((entry) => [entry.name, entry]));
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.verified = verifiedEntries(bytes, this.codec);
  }

  /**
   * Reads an archive's directory, refusing (`PackageError`) what is not one, what uses features an .xlsx never
   * needs, duplicate names and what declares more than the budget. Unsafe names are left out of `entries`.
   */
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
      throw new PackageError("package.brokenEntry", entry.name);
    return at + 30 + this.view.getUint16(at + 26, true) + this.view.getUint16(at + 28, true);
  }

  /** The entry's compressed bytes, exactly as stored (a view, not a copy). */
  raw(entry: ZipEntry): Uint8Array {
    const start = this.dataOffset(entry);
    if (start + entry.compressedSize > this.bytes.length)
      throw new PackageError("package.truncatedEntry", entry.name);
    return this.bytes.subarray(start, start + entry.compressedSize);
  }

  /** The entry's compressed bytes once its CRC-32 and size are checked: what a writer may copy as they are. */
  verifiedRaw(entry: ZipEntry): Uint8Array {
    if (!this.verified.has(entry.name)) this.inflate(entry, () => undefined);
    return this.raw(entry);
  }

  /** Checks every entry not read yet (CRC-32 and size): a damaged part nobody reads is still damage. */
  verifyAll(): void {
    for (const entry of this.entries) this.verifiedRaw(entry);
  }

  /** A whole entry, inflated. */
  async read(name: string): Promise<Uint8Array> {
    return this.readSync(name);
  }

  readSync(name: string): Uint8Array {
    const entry = this.requireEntry(name);
    if (entry.size > PACKAGE_BUDGET.wholePartBytes)
      throw new PackageError("package.partTooLarge", name);
    const whole = new Uint8Array(entry.size);
    let at = 0;
    this.inflate(entry, (chunk) => {
      whole.set(chunk, at);
      at += chunk.length;
    });
    return whole;
  }

  async readText(name: string): Promise<string> {
    return this.readTextSync(name);
  }

  readTextSync(name: string): string {
    return decodeUtf8(this.readSync(name), name);
  }

  /** An entry's text, inflated and decoded as it streams (multi-byte characters never split; bad UTF-8 refused). */
  async *textChunks(name: string): AsyncGenerator<string> {
    const entry = this.requireEntry(name);
    const raw = this.raw(entry);
    const decoder = new TextDecoder("utf-8", { fatal: true });
    let pending: string[] = [];
    // The bytes of a character cut at the end of a chunk, decoded with the next one.
    let carried: Uint8Array | null = null;
    const decode = (chunk: Uint8Array, final: boolean): void => {
      let bytes = chunk;
      if (carried) {
        bytes = new Uint8Array(carried.length + chunk.length);
        bytes.set(carried);
        bytes.set(chunk, carried.length);
        carried = null;
      }
      const end = final ? bytes.length : completeUtf8Length(bytes);
      if (end < bytes.length) carried = bytes.slice(end);
      try {
        // Never `{ stream: true }`: a streaming TextDecoder leaves Node's fast UTF-8 path for good (5–10× slower).
        const text = decoder.decode(end < bytes.length ? bytes.subarray(0, end) : bytes);
        if (text) pending.push(text);
      } catch {
        throw new PackageError("package.badText", name);
      }
    };
    const check = this.checker(entry);
    try {
      if (entry.method === 0) {
        check.add(raw);
        for (let at = 0; at < raw.length || at === 0; at += STORED_STEP) {
          decode(raw.subarray(at, at + STORED_STEP), at + STORED_STEP >= raw.length);
          if (pending.length > 0) {
            const texts = pending;
            pending = [];
            yield texts.join("");
          }
        }
      } else {
        const chunks = this.codec.inflateChunks(raw);
        let previous: Uint8Array | null = null;
        // Each piece is decoded once the next one is there, so the last one is decoded as final.
        for await (const chunk of chunks) {
          check.add(chunk);
          if (previous) decode(previous, false);
          previous = chunk;
          if (pending.length > 0) {
            const texts = pending;
            pending = [];
            yield texts.join("");
          }
        }
        decode(previous ?? new Uint8Array(0), true);
      }
    } catch (error) {
      throw error instanceof PackageError ? error : new PackageError("package.badData", name);
    }
    check.finish();
    if (pending.length > 0) yield pending.join("");
  }

  /** Inflates a whole entry to `sink` in steps, checking its size as it grows and its CRC-32 at the end. */
  private inflate(entry: ZipEntry, sink: (chunk: Uint8Array) => void): void {
    const raw = this.raw(entry);
    const check = this.checker(entry);
    try {
      if (entry.method === 0) {
        check.add(raw);
        sink(raw);
      } else {
        this.codec.inflateSync(raw, entry.size, (chunk) => {
          check.add(chunk);
          sink(chunk);
        });
      }
    } catch (error) {
      throw error instanceof PackageError ? error : new PackageError("package.badData", entry.name);
    }
    check.finish();
  }

  /** Counts and checksums an entry's inflated bytes; `finish` refuses a size or CRC-32 the directory does not state. */
  private checker(entry: ZipEntry): { add(chunk: Uint8Array): void; finish(): void } {
    let size = 0;
    let crc = 0;
    return {
      add: (chunk) => {
        size += chunk.length;
        if (size > entry.size) throw new PackageError("package.badSize", entry.name);
        crc = this.codec.crc32(chunk, crc);
      },
      finish: () => {
        if (size !== entry.size) throw new PackageError("package.badSize", entry.name);
        if (crc !== entry.crc32 >>> 0) throw new PackageError("package.badChecksum", entry.name);
        this.verified.add(entry.name);
      },
    };
  }

  private requireEntry(name: string): ZipEntry {
    const entry = this.byName.get(name);
    if (!entry) throw new PackageError("package.missingPart", name);
    return entry;
  }
}

/**
 * How many of `bytes` end on a character boundary: a last character whose bytes are not all there yet (a lead byte
 * followed by fewer continuation bytes than it announces) is left for the next chunk. Anything else, valid or not,
 * is the decoder's to judge.
 */
export function completeUtf8Length(bytes: Uint8Array): number {
  const length = bytes.length;
  // A character has at most 4 bytes: look back over at most 3 continuation bytes (10xxxxxx) for its lead byte.
  for (let back = 1; back <= Math.min(4, length); back++) {
    const byte = bytes[length - back];
    if ((byte & 0xc0) === 0x80) continue;
    const needs = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needs > back ? length - back : length;
  }
  return length;
}

function decodeUtf8(bytes: Uint8Array, part: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new PackageError("package.badText", part);
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
  if (end < 0) throw new PackageError("package.notZip");
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new PackageError("package.zip64");
  if (directoryOffset + directorySize > size) throw new PackageError("package.truncated");
  if (count > PACKAGE_BUDGET.entries) throw new PackageError("package.tooManyParts");
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > size || view.getUint32(at, true) !== CENTRAL_FILE_HEADER)
      throw new PackageError("package.brokenDirectory");
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameBytes = bytes.slice(at + 46, at + 46 + nameLength);
    const name = flags & 0x800 ? decodeUtf8(nameBytes, "") : latin1(nameBytes);
    const header = at;
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) throw new PackageError("package.encrypted", name);
    const entry: ZipEntry = {
      name,
      nameBytes,
      method: view.getUint16(header + 10, true),
      flags,
      dosTime: view.getUint16(header + 12, true),
      dosDate: view.getUint16(header + 14, true),
      crc32: view.getUint32(header + 16, true),
      compressedSize: view.getUint32(header + 20, true),
      size: view.getUint32(header + 24, true),
      localHeaderOffset: view.getUint32(header + 42, true),
    };
    // Zip-slip names are never read nor copied.
    if (isUnsafeName(name)) continue;
    // Part names compare ignoring case (OPC): two entries for one part are two answers to one question.
    const key = name.toLowerCase();
    if (names.has(key)) throw new PackageError("package.duplicatePart", name);
    names.add(key);
    if (entry.size > PACKAGE_BUDGET.partBytes) throw new PackageError("package.partTooLarge", name);
    total += entry.size;
    if (total > PACKAGE_BUDGET.totalBytes) throw new PackageError("package.tooLarge", name);
    entries.push(entry);
  }
  for (const entry of entries) {
    if (entry.method !== 0 && entry.method !== 8)
      throw new PackageError("package.unsupportedCompression", entry.name);
    if (entry.method === 0 && entry.compressedSize !== entry.size)
      throw new PackageError("package.badSize", entry.name);
    if (entry.localHeaderOffset + 30 > size)
      throw new PackageError("package.truncatedEntry", entry.name);
  }
  return entries;
}
