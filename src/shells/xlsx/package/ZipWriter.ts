/**
 * Writes a zip file (an .xlsx package) entry by entry: entries of another archive copied as their compressed bytes,
 * small parts deflated whole, big parts deflated as they stream. Local headers carry exact sizes (patched in place
 * after a streamed entry), so readers never need data descriptors.
 */
import { promises as fs } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { ZipEntry } from "./ZipEntry";
import { ZipReader } from "./ZipReader";

const LOCAL_FILE_HEADER = 0x04034b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const UTF8_NAMES = 0x800;
const DATA_DESCRIPTOR = 0x8;
const LIMIT = 0xffffffff;
/** 1980-01-01 00:00, the DOS epoch: new entries carry a fixed time so equal input gives equal bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const BATCH = 1 << 16;

type Written = Omit<ZipEntry, "name"> & { name: string };

/**
 * The fields the local header and the central directory share, in the same order: flags, method, time, date, CRC,
 * sizes and the name's length (26 bytes from `at`).
 */
function writeEntryFields(header: Buffer, at: number, entry: Written): void {
  header.writeUInt16LE(entry.flags, at);
  header.writeUInt16LE(entry.method, at + 2);
  header.writeUInt16LE(entry.dosTime, at + 4);
  header.writeUInt16LE(entry.dosDate, at + 6);
  header.writeUInt32LE(entry.crc32 >>> 0, at + 8);
  header.writeUInt32LE(entry.compressedSize, at + 12);
  header.writeUInt32LE(entry.size, at + 16);
  header.writeUInt16LE(entry.nameBytes.length, at + 20);
}

export class ZipWriter {
  private position = 0;
  private readonly written: Written[] = [];
  private readonly names = new Set<string>();

  private constructor(
    private readonly handle: fs.FileHandle,
    private readonly level: number
  ) {}

  /** `level` is zlib's compression level for new entries (copied entries keep theirs). */
  static async create(path: string, options: { level?: number } = {}): Promise<ZipWriter> {
    return new ZipWriter(
      await fs.open(path, "w"),
      options.level ?? zlib.constants.Z_DEFAULT_COMPRESSION
    );
  }

  /** Copies an entry of `reader` byte for byte: same compressed data, same CRC, same name, same time. */
  async copy(reader: ZipReader, entry: ZipEntry): Promise<void> {
    const record: Written = {
      ...entry,
      flags: entry.flags & ~DATA_DESCRIPTOR,
      localHeaderOffset: 0,
    };
    await this.startEntry(record);
    for await (const chunk of reader.rawChunks(entry)) await this.append(chunk);
  }

  /** A small part, deflated in one go. */
  async add(name: string, content: string | Buffer): Promise<void> {
    const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    const compressed = zlib.deflateRawSync(data, { level: this.level });
    await this.startEntry(this.newRecord(name, zlib.crc32(data), compressed.length, data.length));
    await this.append(compressed);
  }

  /** A part produced as text chunks, deflated as it streams; the local header is completed afterwards. */
  async addStream(name: string, chunks: AsyncIterable<string> | Iterable<string>): Promise<void> {
    const record = this.newRecord(name, 0, 0, 0);
    await this.startEntry(record);
    const start = this.position;
    let crc = 0;
    let size = 0;
    async function* encoded(): AsyncGenerator<Buffer> {
      let pending: string[] = [];
      let pendingLength = 0;
      const flush = (): Buffer => {
        const buffer = Buffer.from(pending.join(""), "utf8");
        pending = [];
        pendingLength = 0;
        crc = zlib.crc32(buffer, crc);
        size += buffer.length;
        return buffer;
      };
      for await (const chunk of chunks) {
        pending.push(chunk);
        pendingLength += chunk.length;
        if (pendingLength >= BATCH) yield flush();
      }
      if (pendingLength > 0) yield flush();
    }
    const deflate = zlib.createDeflateRaw({ level: this.level, chunkSize: 1 << 17 });
    await pipeline(Readable.from(encoded()), deflate, async (compressed: AsyncIterable<Buffer>) => {
      for await (const piece of compressed) await this.append(piece);
    });
    record.crc32 = crc;
    record.size = size;
    record.compressedSize = this.position - start;
    this.checkLimits(record);
    const sizes = Buffer.alloc(12);
    sizes.writeUInt32LE(crc >>> 0, 0);
    sizes.writeUInt32LE(record.compressedSize, 4);
    sizes.writeUInt32LE(size, 8);
    await this.handle.write(sizes, 0, 12, record.localHeaderOffset + 14);
  }

  /** Writes the central directory and closes the file. */
  async finish(): Promise<void> {
    const directoryStart = this.position;
    for (const entry of this.written) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(CENTRAL_FILE_HEADER, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      writeEntryFields(header, 8, entry);
      header.writeUInt32LE(entry.localHeaderOffset, 42);
      await this.append(Buffer.concat([header, entry.nameBytes]));
    }
    const directorySize = this.position - directoryStart;
    if (this.written.length > 0xffff || directoryStart > LIMIT)
      throw new Error("The package is too big for a zip without ZIP64");
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(directorySize, 12);
    end.writeUInt32LE(directoryStart, 16);
    await this.append(end);
    await this.handle.close();
  }

  /** Closes the file without completing it (the caller removes it). */
  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }

  private newRecord(name: string, crc: number, compressedSize: number, size: number): Written {
    const nameBytes = Buffer.from(name, "utf8");
    return {
      name,
      nameBytes,
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

  private async startEntry(record: Written): Promise<void> {
    if (this.names.has(record.name)) throw new Error(`Duplicate part ${record.name}`);
    this.names.add(record.name);
    this.checkLimits(record);
    record.localHeaderOffset = this.position;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_FILE_HEADER, 0);
    header.writeUInt16LE(20, 4);
    writeEntryFields(header, 6, record);
    this.written.push(record);
    await this.append(Buffer.concat([header, record.nameBytes]));
  }

  private checkLimits(record: Written): void {
    if (record.size > LIMIT || record.compressedSize > LIMIT || this.position > LIMIT)
      throw new Error(`${record.name} is too big for a zip without ZIP64`);
  }

  private async append(data: Buffer): Promise<void> {
    let offset = 0;
    while (offset < data.length) {
      const { bytesWritten } = await this.handle.write(
        data,
        offset,
        data.length - offset,
        this.position
      );
      offset += bytesWritten;
      this.position += bytesWritten;
    }
  }
}
