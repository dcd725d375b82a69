/**
 * Builds a zip archive (an .xlsx package) in memory, entry by entry: entries of another archive copied as their
 * compressed bytes, small parts deflated whole, big parts deflated as they stream. Local headers carry exact sizes
 * (patched once a streamed entry is done), so readers never need data descriptors. No Node import: the same module
 * runs in the browser; `finish()` gives the archive's bytes, `finishParts()` its pieces.
 *
 * Why not fflate's `Zip`/`zipSync`: they take only uncompressed data (`ZipPassThrough` stores it, method 0), so an
 * untouched part could not be copied as its original compressed bytes with its CRC; the installed codec
 * (`ZipCodec`: fflate, or Node's zlib in the CLI) deflates here, this file writes the container's headers
 * (APPNOTE 4.3.7, 4.3.12, 4.3.16).
 */
import { ZipCodec, zipCodec } from "./ZipCodec";
import { ZipEntry } from "./ZipEntry";
import { joinBytes } from "./joinBytes";
import { trustWrittenEntries, ZipReader } from "./ZipReader";

const LOCAL_FILE_HEADER = 0x04034b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const UTF8_NAMES = 0x800;
const DATA_DESCRIPTOR = 0x8;
const LIMIT = 0xffffffff;
/** 1980-01-01 00:00, the DOS epoch: new entries carry a fixed time so equal input gives equal bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** Characters gathered before they are encoded and deflated. */
const BATCH = 1 << 16;
/** zlib's default level, for parts deflated whole (small ones). */
const DEFAULT_LEVEL = 6;
/**
 * For streamed parts (big sheets): measured on the 163 MB `Matriz` of a 85,000-row consolidation (fflate, 40 MB of
 * it), level 6 takes 0.74 s of CPU for 3.69 MB, level 3 0.54 s for 4.10 MB: a quarter of the deflate time for a
 * file 4 % bigger (the area sheets, copied as they are, are most of it). With Node's zlib, the whole 163 MB part:
 * 0.62 s at level 3 (17.5 MB), 1.10 s at level 6 (14.4 MB); fflate's level 3, 2.4 s.
 */
const STREAM_LEVEL = 3;

type Written = ZipEntry & { header: Uint8Array };

const encoder = new TextEncoder();

/**
 * The fields the local header and the central directory share, in the same order: flags, method, time, date, CRC,
 * sizes and the name's length (26 bytes from `at`).
 */
function writeEntryFields(view: DataView, at: number, entry: ZipEntry): void {
  view.setUint16(at, entry.flags, true);
  view.setUint16(at + 2, entry.method, true);
  view.setUint16(at + 4, entry.dosTime, true);
  view.setUint16(at + 6, entry.dosDate, true);
  view.setUint32(at + 8, entry.crc32 >>> 0, true);
  view.setUint32(at + 12, entry.compressedSize, true);
  view.setUint32(at + 16, entry.size, true);
  view.setUint16(at + 20, entry.nameBytes.length, true);
}

const viewOf = (bytes: Uint8Array): DataView =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export class ZipWriter {
  private position = 0;
  private readonly chunks: Uint8Array[] = [];
  private readonly written: Written[] = [];
  private readonly names = new Set<string>();
  private readonly level: number;
  private readonly streamLevel: number;
  /** The codec installed when the writer was made. */
  private readonly codec: ZipCodec = zipCodec();

  /** `level` is the deflate level for new entries, streamed or not (copied entries keep theirs). */
  constructor(options: { level?: number } = {}) {
    const level = (chosen: number): number =>
      chosen < 0 ? DEFAULT_LEVEL : Math.min(9, Math.round(chosen));
    this.level = level(options.level ?? DEFAULT_LEVEL);
    this.streamLevel = level(options.level ?? STREAM_LEVEL);
  }

  /** Copies an entry of `reader` byte for byte: same compressed data, same CRC, same name, same time. */
  async copy(reader: ZipReader, entry: ZipEntry): Promise<void> {
    const data = reader.verifiedRaw(entry);
    this.startEntry({ ...entry, flags: entry.flags & ~DATA_DESCRIPTOR, localHeaderOffset: 0 });
    this.append(data);
  }

  /** A small part, deflated in one go. */
  async add(name: string, content: string | Uint8Array): Promise<void> {
    const data = typeof content === "string" ? encoder.encode(content) : content;
    const compressed = this.codec.deflate(data, this.level);
    this.startEntry(
      this.newRecord(name, this.codec.crc32(data, 0), compressed.length, data.length)
    );
    this.append(compressed);
  }

  /** A part produced as text chunks, deflated as it streams; the local header is completed afterwards. */
  async addStream(name: string, chunks: AsyncIterable<string> | Iterable<string>): Promise<void> {
    const record = this.startEntry(this.newRecord(name, 0, 0, 0));
    const start = this.position;
    let crc = 0;
    let size = 0;
    const deflate = this.codec.deflater(this.streamLevel, (compressed) => this.append(compressed));
    let pending: string[] = [];
    let pendingLength = 0;
    const flush = async (): Promise<void> => {
      const bytes = encoder.encode(pending.join(""));
      pending = [];
      pendingLength = 0;
      crc = this.codec.crc32(bytes, crc);
      size += bytes.length;
      if (bytes.length > 0) await deflate.push(bytes);
    };
    for await (const chunk of chunks) {
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength >= BATCH) await flush();
    }
    await flush();
    await deflate.finish();
    record.crc32 = crc;
    record.size = size;
    record.compressedSize = this.position - start;
    this.checkLimits(record);
    const view = viewOf(record.header);
    view.setUint32(14, crc >>> 0, true);
    view.setUint32(18, record.compressedSize, true);
    view.setUint32(22, size, true);
  }

  /** Writes the central directory and gives the archive's bytes. */
  finish(): Uint8Array {
    const bytes = joinBytes(this.finishParts());
    trustWrittenEntries(bytes, this.names);
    return bytes;
  }

  /**
   * Writes the central directory and gives the archive as its pieces, in order, never joined: a file host writes
   * them one after the other, without a second copy of the archive (at 17 × 20,000 rows, 170 MB).
   */
  finishParts(): Uint8Array[] {
    const directoryStart = this.position;
    for (const entry of this.written) {
      const header = new Uint8Array(46 + entry.nameBytes.length);
      const view = viewOf(header);
      view.setUint32(0, CENTRAL_FILE_HEADER, true);
      view.setUint16(4, 20, true);
      view.setUint16(6, 20, true);
      writeEntryFields(view, 8, entry);
      view.setUint32(42, entry.localHeaderOffset, true);
      header.set(entry.nameBytes, 46);
      this.append(header);
    }
    const directorySize = this.position - directoryStart;
    if (this.written.length > 0xffff || directoryStart > LIMIT)
      throw new Error("The package is too big for a zip without ZIP64");
    const end = new Uint8Array(22);
    const view = viewOf(end);
    view.setUint32(0, END_OF_CENTRAL_DIRECTORY, true);
    view.setUint16(8, this.written.length, true);
    view.setUint16(10, this.written.length, true);
    view.setUint32(12, directorySize, true);
    view.setUint32(16, directoryStart, true);
    this.append(end);
    return this.chunks.splice(0);
  }

  private newRecord(name: string, crc: number, compressedSize: number, size: number): ZipEntry {
    return {
      name,
      nameBytes: encoder.encode(name),
      method: 8,
      flags: /[^\x20-\x7e]/.test(name) ? UTF8_NAMES : 0,
      crc32: crc,
      compressedSize,
      size,
      localHeaderOffset: 0,
      dosTime: DOS_TIME,
      dosDate: DOS_DATE,
    };
  }

  private startEntry(entry: ZipEntry): Written {
    if (this.names.has(entry.name)) throw new Error(`Duplicate part ${entry.name}`);
    this.names.add(entry.name);
    this.checkLimits(entry);
    const header = new Uint8Array(30 + entry.nameBytes.length);
    const record: Written = { ...entry, localHeaderOffset: this.position, header };
    const view = viewOf(header);
    view.setUint32(0, LOCAL_FILE_HEADER, true);
    view.setUint16(4, 20, true);
    writeEntryFields(view, 6, record);
    header.set(record.nameBytes, 30);
    this.written.push(record);
    this.append(header);
    return record;
  }

  private checkLimits(record: ZipEntry): void {
    if (record.size > LIMIT || record.compressedSize > LIMIT || this.position > LIMIT)
      throw new Error(`${record.name} is too big for a zip without ZIP64`);
  }

  private append(data: Uint8Array): void {
    this.chunks.push(data);
    this.position += data.length;
  }
}
