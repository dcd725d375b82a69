/**
 * Random access to the entries of a zip file (an .xlsx package) through its central directory: small parts are read
 * whole, big ones streamed and inflated chunk by chunk, and any entry's compressed bytes can be copied as they are.
 */
import { promises as fs } from "node:fs";
import { Readable, pipeline } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import zlib from "node:zlib";
import { ZipEntry } from "./ZipEntry";

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const MAX_COMMENT = 0xffff;
const CHUNK = 1 << 20;

export class ZipReader {
  private readonly byName: Map<string, ZipEntry>;

  private constructor(
    private readonly handle: fs.FileHandle,
    readonly entries: ZipEntry[]
  ) {
    this.byName = new Map(entries.map((entry) => [entry.name, entry]));
  }

  /** Opens a zip file; throws a one-line error when it is not one (or uses features an .xlsx never needs). */
  static async open(path: string): Promise<ZipReader> {
    const handle = await fs.open(path, "r");
    try {
      return new ZipReader(handle, await readCentralDirectory(handle));
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  async close(): Promise<void> {
    await this.handle.close();
  }

  /** Where the entry's compressed bytes start. */
  async dataOffset(entry: ZipEntry): Promise<number> {
    const header = Buffer.alloc(30);
    await this.handle.read(header, 0, 30, entry.localHeaderOffset);
    if (header.readUInt32LE(0) !== LOCAL_FILE_HEADER)
      throw new Error(`Broken zip: no local header for ${entry.name}`);
    return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  }

  /** The entry's compressed bytes, in chunks, exactly as stored. */
  async *rawChunks(entry: ZipEntry): AsyncGenerator<Buffer> {
    let position = await this.dataOffset(entry);
    let left = entry.compressedSize;
    while (left > 0) {
      const length = Math.min(CHUNK, left);
      const buffer = Buffer.allocUnsafe(length);
      const { bytesRead } = await this.handle.read(buffer, 0, length, position);
      if (bytesRead === 0) throw new Error(`Broken zip: ${entry.name} is truncated`);
      yield bytesRead === length ? buffer : buffer.subarray(0, bytesRead);
      position += bytesRead;
      left -= bytesRead;
    }
  }

  /** A whole entry, inflated. */
  async read(name: string): Promise<Buffer> {
    const entry = this.requireEntry(name);
    const parts: Buffer[] = [];
    for await (const chunk of this.rawChunks(entry)) parts.push(chunk);
    const raw = Buffer.concat(parts);
    return entry.method === 0 ? raw : zlib.inflateRawSync(raw);
  }

  async readText(name: string): Promise<string> {
    return (await this.read(name)).toString("utf8");
  }

  /** An entry's text, inflated and decoded as it streams (multi-byte characters never split). */
  async *textChunks(name: string): AsyncGenerator<string> {
    const entry = this.requireEntry(name);
    const decoder = new StringDecoder("utf8");
    if (entry.method === 0) {
      for await (const chunk of this.rawChunks(entry)) yield decoder.write(chunk);
    } else {
      // pipeline() destroys every stream on the first error, so a broken entry ends the loop with it.
      const inflated = pipeline(
        Readable.from(this.rawChunks(entry)),
        zlib.createInflateRaw({ chunkSize: 256 * 1024 }),
        () => undefined
      );
      for await (const chunk of inflated as AsyncIterable<Buffer>) yield decoder.write(chunk);
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }

  private requireEntry(name: string): ZipEntry {
    const entry = this.byName.get(name);
    if (!entry) throw new Error(`The package has no part ${name}`);
    return entry;
  }
}

async function readCentralDirectory(handle: fs.FileHandle): Promise<ZipEntry[]> {
  const { size } = await handle.stat();
  const tailLength = Math.min(size, 22 + MAX_COMMENT);
  const tail = Buffer.alloc(tailLength);
  await handle.read(tail, 0, tailLength, size - tailLength);
  let end = -1;
  for (let i = tailLength - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error("not a zip file (no end of central directory)");
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff)
    throw new Error("ZIP64 archives are not supported");
  if (directoryOffset + directorySize > size) throw new Error("truncated zip file");
  const directory = Buffer.alloc(directorySize);
  await handle.read(directory, 0, directorySize, directoryOffset);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (directory.readUInt32LE(at) !== CENTRAL_FILE_HEADER) throw new Error("broken zip directory");
    const flags = directory.readUInt16LE(at + 8);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const nameBytes = Buffer.from(directory.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) throw new Error("encrypted zip entries are not supported");
    entries.push({
      name: nameBytes.toString(flags & 0x800 ? "utf8" : "latin1"),
      nameBytes,
      method: directory.readUInt16LE(at + 10),
      flags,
      dosTime: directory.readUInt16LE(at + 12),
      dosDate: directory.readUInt16LE(at + 14),
      crc32: directory.readUInt32LE(at + 16),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  for (const entry of entries) {
    if (entry.method !== 0 && entry.method !== 8)
      throw new Error(`unsupported zip compression method ${entry.method} for ${entry.name}`);
  }
  return entries;
}
