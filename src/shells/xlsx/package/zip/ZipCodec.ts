/**
 * What the zip layer compresses, inflates and checksums with. fflate (pure JavaScript) by default, so the package
 * layer runs in the browser; a host with something faster installs it (`installZipCodec`; the CLI's file host
 * installs Node's zlib, `shells/xlsx/nodeZipCodec.ts`). Both give the same bytes to the same readers: raw deflate
 * (RFC 1951) and CRC-32/ISO-HDLC; only the speed differs (on a 163 MB `Matriz` part, zlib deflates at level 3 in
 * a quarter of fflate's CPU time and inflates in a third).
 */
import { Deflate, deflateSync, Inflate } from "fflate";
import { crc32 } from "./crc32";

/** A raw-deflate stream: bytes pushed in, compressed bytes handed to the sink it was made with. */
export type ZipDeflater = {
  /** May wait (a deflater on another thread catching up), so the caller's text never piles up unsent. */
  push(data: Uint8Array): void | Promise<void>;
  /** Ends the stream; resolves once the sink has every compressed byte. */
  finish(): Promise<void>;
};

export type ZipCodec = {
  /** Raw-deflates a small part in one go. */
  deflate(data: Uint8Array, level: number): Uint8Array;
  deflater(level: number, sink: (compressed: Uint8Array) => void): ZipDeflater;
  /**
   * Inflates raw-deflate data in one pass, the output handed to `sink` piece by piece (a throwing sink stops it).
   * Throws on data that is not deflate, and may throw (rather than give more) past `limit` bytes of output.
   */
  inflateSync(raw: Uint8Array, limit: number, sink: (chunk: Uint8Array) => void): void;
  /** The same, as the consumer takes the pieces (a big part never sits inflated in memory); rejects bad data. */
  inflateChunks(raw: Uint8Array): AsyncIterable<Uint8Array>;
  crc32(data: Uint8Array, previous: number): number;
};

/**
 * Compressed bytes inflated per step while streaming a big part (≈ 300 KB of text). 256 KB steps (≈ 2.6 MB of text)
 * cost 125 MB more peak RSS on the bench plan: cell values kept as substrings pin the chunk they came from.
 */
const INFLATE_STEP = 1 << 15;

type Level = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

function fflateInflate(
  raw: Uint8Array,
  sink: (chunk: Uint8Array, final: boolean) => void
): {
  step(): boolean;
} {
  const inflater = new Inflate(sink);
  let at = 0;
  return {
    /** Inflates the next step; false once the last one is done. */
    step: () => {
      const final = at + INFLATE_STEP >= raw.length;
      inflater.push(raw.subarray(at, Math.min(raw.length, at + INFLATE_STEP)), final);
      at += INFLATE_STEP;
      return !final;
    },
  };
}

export const FFLATE_CODEC: ZipCodec = {
  deflate: (data, level) => deflateSync(data, { level: level as Level }),
  deflater: (level, sink) => {
    const deflate = new Deflate({ level: level as Level }, (compressed) => {
      if (compressed.length > 0) sink(compressed);
    });
    return {
      push: (data) => deflate.push(data, false),
      finish: async () => deflate.push(new Uint8Array(0), true),
    };
  },
  inflateSync: (raw, _limit, sink) => {
    const inflater = fflateInflate(raw, (chunk) => sink(chunk));
    while (inflater.step());
  },
  async *inflateChunks(raw) {
    let pending: Uint8Array[] = [];
    const inflater = fflateInflate(raw, (chunk) => pending.push(chunk));
    let more = true;
    while (more) {
      more = inflater.step();
      const ready = pending;
      pending = [];
      yield* ready;
    }
  },
  crc32,
};

let installed: ZipCodec = FFLATE_CODEC;

/** The codec readers and writers made from now on use. */
export function installZipCodec(codec: ZipCodec): void {
  installed = codec;
}

export function zipCodec(): ZipCodec {
  return installed;
}
