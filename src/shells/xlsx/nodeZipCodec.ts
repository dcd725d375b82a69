/**
 * The zip layer's codec on Node's zlib (native, off the main thread when streaming): the CLI's file host installs
 * it. Measured on the 163 MB `Matriz` part of a 17 × 5,000-row consolidation: deflating at level 3 takes 0.62 s of
 * CPU (fflate 2.4 s), inflating it 0.23 s (fflate 0.65–0.94 s), its CRC-32 0.04 s (the JavaScript one ≈ 0.4 s).
 * Same formats as fflate's (raw deflate, CRC-32/ISO-HDLC): what one writes the other reads.
 */
import { once } from "node:events";
import zlib from "node:zlib";
import { crc32 as javascriptCrc32 } from "./package/zip/crc32";
import { ZipCodec } from "./package/zip/ZipCodec";

/**
 * Output pieces of a streamed inflate: each is a fresh buffer, and bigger ones cost more (reading the bench plan's
 * 250 MB of area sheets: ≈ 0.8–1.4 s of CPU with 64 KB pieces, ≈ 1.9–2.1 s with 256 KB).
 */
const INFLATE_CHUNK = 1 << 16;
/** Compressed bytes written to a streamed inflate per step: its output never runs far ahead of the reader. */
const INFLATE_STEP = 1 << 15;
/** Text queued for a streamed deflate before the writer waits: rendering and deflating overlap by this much. */
const DEFLATE_QUEUE = 1 << 20;

const asBytes = (buffer: Buffer): Uint8Array =>
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

/** `zlib.crc32` came with Node 20.15 and 22.2; older Nodes keep the JavaScript one. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

export const NODE_ZIP_CODEC: ZipCodec = {
  deflate: (data, level) => asBytes(zlib.deflateRawSync(data, { level })),
  deflater: (level, sink) => {
    // zlib's streams take the stream options too (Node's typings list only zlib's own).
    const options: zlib.ZlibOptions & { writableHighWaterMark: number } = {
      level,
      writableHighWaterMark: DEFLATE_QUEUE,
    };
    const stream = zlib.createDeflateRaw(options);
    stream.on("data", (chunk: Buffer) => sink(asBytes(chunk)));
    const ended = new Promise<void>((resolve, reject) => {
      stream.on("end", resolve);
      stream.on("error", reject);
    });
    // Awaited by `push` and `finish`; a failure between them is theirs to report, never an unhandled rejection.
    ended.catch(() => undefined);
    return {
      push: async (data) => {
        if (!stream.write(data)) await Promise.race([once(stream, "drain"), ended]);
      },
      finish: async () => {
        stream.end();
        await ended;
      },
    };
  },
  // Small parts and checks of parts nobody read: one call, its output capped just past the size the directory
  // states (a part that inflates to more is refused, never inflated whole).
  inflateSync: (raw, limit, sink) =>
    sink(asBytes(zlib.inflateRawSync(raw, { maxOutputLength: limit + 1 }))),
  async *inflateChunks(raw) {
    const stream = zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK });
    const feed = async (): Promise<void> => {
      for (let at = 0; at < raw.length; at += INFLATE_STEP)
        if (!stream.write(raw.subarray(at, at + INFLATE_STEP)) && !stream.destroyed)
          await once(stream, "drain");
      stream.end();
    };
    // A failed feed (the stream destroyed by bad data) is the stream's error, which the loop below throws.
    feed().catch(() => undefined);
    try {
      for await (const chunk of stream) yield asBytes(chunk as Buffer);
    } finally {
      stream.destroy();
    }
  },
  // No bytes leave the CRC as it was (Node's gives 0 for an empty `TextEncoder` result: no backing store).
  crc32: nativeCrc32
    ? (data, previous) => (data.length === 0 ? previous : nativeCrc32(data, previous))
    : javascriptCrc32,
};
