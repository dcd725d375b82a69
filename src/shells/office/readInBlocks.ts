/**
 * Reads many row ranges in as few requests as Excel on the web's 5 MB response limit allows
 * (`ResponsePayloadSizeLimitExceeded`, OFFICEJS.md "Limits"). Each range is read in row blocks whose size comes from
 * the bytes actually coming back: a first estimate per row (from the caller, e.g. a probe row measured earlier), then,
 * after every sync, the measured UTF-8 JSON of what came back (for an `uneven` range, also samples spread over it). A request that is refused all the same is retried with
 * blocks half as large, at most `MAX_HALVINGS` times in a read, so the number of syncs stays ⌈bytes ÷ budget⌉ plus a
 * bounded few. Requests never exceed Excel's 5,000,000-cell read cap per range (docs/excel/performance.md).
 */
import { OperationContext, throwIfCancelled } from "../../operations/OperationContext";
import { ExcelContext, ExcelRange } from "./ExcelContext";

/**
 * 8 % under Excel on the web's 5 MB (5,242,880 bytes): blocks are sized from rows measured (plus 5 %), never from a
 * few rows alone, and an uneven range also from samples of it all; at 4.5 MB the 17 × 1,000-row bench's informe
 * and regenerate took one or two requests past their target of 5 + ⌈bytes ÷ 4 MB⌉.
 */
export const RESPONSE_BUDGET = 4_800_000;
/** Excel returns null for a range read past 5,000,000 cells (docs/excel/performance.md). */
export const READ_CELL_CAP = 5_000_000;
/** Rows per read block at most (Microsoft suggests starting at 5,000–20,000 rows). */
export const READ_BLOCK_ROWS = 20_000;
/** How many times a read may halve its blocks after a refused response before it gives up. */
export const MAX_HALVINGS = 6;

/** One range to read: `rows` rows of `columns` cells; `slice` makes the proxy of rows [start, start + count). */
export type BlockRead = {
  rows: number;
  columns: number;
  properties: string[];
  /** First estimate of a row's response bytes. */
  bytesPerRow: number;
  slice: (start: number, count: number) => ExcelRange;
  /** Told the measured bytes of each block read, by property, and its rows (e.g. to sum what a sheet weighs). */
  measured?: (bytes: Record<string, number>, rows: number) => void;
  /**
   * Whether the rows may weigh very differently down the range (a sheet nobody measured: an informe, whose annex is
   * far heavier than its first pages). Then the first request also reads `SAMPLES` short samples spread over the
   * rest of the range, and each later block is sized from the heaviest sample still ahead of it as well as from
   * what was read: the rows read so far alone would size a block of heavier rows past 5 MB.
   */
  uneven?: boolean;
};

/** Rows a block needs for its measure to lower a range's estimate per row. */
export const MEASURED_ROWS = 100;
/** An uneven range's estimate per row over the heaviest of what was read and the samples ahead. */
export const UNEVEN_MARGIN = 1.25;
/** Samples of an uneven range, and the rows of each. */
export const SAMPLES = 16;
export const SAMPLE_ROWS = 25;

/** Per read, the loaded ranges in row order. */
export type BlockResult = ExcelRange[];

/** Long texts are measured by the platform's encoder, a piece at a time into one small buffer. */
const ENCODER = typeof TextEncoder === "function" ? new TextEncoder() : undefined;
const PIECE = 16_384;
let pieceBytes: Uint8Array | undefined;

/**
 * UTF-8 bytes of a string (what a JSON response weighs on the wire). A long one (a loaded range as JSON: megabytes)
 * goes through `TextEncoder.encodeInto`, several times faster than a loop over its characters, in pieces that never
 * split a surrogate pair; a short one, or where there is no encoder, is counted character by character.
 */
export function utf8Length(text: string): number {
  if (!ENCODER || text.length < 256) return countUtf8(text);
  pieceBytes ??= new Uint8Array(PIECE * 3);
  let bytes = 0;
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + PIECE, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    bytes += ENCODER.encodeInto(text.slice(start, end), pieceBytes).written;
    start = end;
  }
  return bytes;
}

function countUtf8(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 UTF-16 units
      i++;
    } else if (code > 0x7ff) bytes += 2;
    else if (code > 0x7f) bytes += 1;
  }
  return bytes;
}

/** What each loaded property of a range weighs in the response, as UTF-8 JSON. */
export function propertyBytes(range: ExcelRange, properties: string[]): Record<string, number> {
  return Object.fromEntries(
    properties.map((property) => [
      property,
      utf8Length(JSON.stringify((range as unknown as Record<string, unknown>)[property])),
    ])
  );
}

/** What a loaded range weighs in the response: its properties as UTF-8 JSON. */
export function responseBytes(range: ExcelRange, properties: string[]): number {
  return Object.values(propertyBytes(range, properties)).reduce((sum, bytes) => sum + bytes, 0);
}

const isResponseTooLarge = (error: unknown): boolean =>
  typeof error === "object" &&
  error !== null &&
  (error as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded";

/**
 * `along`: other reads that ride with the first request (queued again should Excel refuse it), and what their
 * response may weigh; with nothing to read in blocks, they still get their request.
 */
export async function readInBlocks(
  context: ExcelContext,
  reads: BlockRead[],
  budget: number = RESPONSE_BUDGET,
  operation?: OperationContext,
  along?: { queue: () => void; bytes: number }
): Promise<BlockResult[]> {
  const results: BlockResult[] = reads.map(() => []);
  const done = reads.map(() => 0);
  const perRow = reads.map((read) => Math.max(1, read.bytesPerRow));
  /** Per uneven read, its samples once measured: first row and bytes per row. */
  const samples: { start: number; perRow: number }[][] = reads.map(() => []);
  let sampled = false;
  let halvings = 0;
  while (done.some((count, index) => count < reads[index].rows)) {
    const batch: { read: number; start: number; count: number; range: ExcelRange }[] = [];
    // The first request keeps room for the samples (their rows guessed as heavy as the first estimate says).
    const room = sampled
      ? budget
      : Math.max(
          budget / 2,
          reads.reduce(
            (left, read, index) =>
              read.uneven && read.rows > SAMPLES * SAMPLE_ROWS
                ? left - SAMPLES * SAMPLE_ROWS * perRow[index]
                : left,
            budget - (along?.bytes ?? 0)
          )
        );
    let bytes = 0;
    for (let index = 0; index < reads.length && bytes < room; index++) {
      const read = reads[index];
      let start = done[index];
      while (start < read.rows && bytes < room) {
        const cap = Math.min(
          READ_BLOCK_ROWS,
          Math.max(1, Math.floor(READ_CELL_CAP / Math.max(1, read.columns)))
        );
        const fit = Math.floor((room - bytes) / perRow[index]);
        // A block always has a row, so a row larger than the budget is read alone.
        if (fit < 1 && batch.length > 0) break;
        const count = Math.max(1, Math.min(fit, cap, read.rows - start));
        batch.push({ read: index, start, count, range: read.slice(start, count) });
        bytes += count * perRow[index];
        start += count;
      }
      if (start < read.rows) break;
    }
    // The first request also brings the samples of each uneven range, spread over the rows the batch leaves.
    const probes: { read: number; start: number; count: number; range: ExcelRange }[] = [];
    if (!sampled)
      reads.forEach((read, index) => {
        const from = batch
          .filter((block) => block.read === index)
          .reduce((end, block) => Math.max(end, block.start + block.count), done[index]);
        if (!read.uneven || read.rows - from <= SAMPLES * SAMPLE_ROWS) return;
        const spacing = (read.rows - from) / SAMPLES;
        for (let sample = 0; sample < SAMPLES; sample++) {
          const start = from + Math.floor(sample * spacing);
          const count = Math.min(SAMPLE_ROWS, read.rows - start);
          probes.push({ read: index, start, count, range: read.slice(start, count) });
        }
      });
    if (!sampled) along?.queue();
    try {
      // One request per response-sized batch: their number grows with bytes, never with rows or areas.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // MAX_HALVINGS bounds refusals in a row (a success starts the count again), not over the whole read: many
      // ranges each first estimated too low would otherwise use up the halvings between them.
      if (!isResponseTooLarge(error) || halvings >= MAX_HALVINGS) throw error;
      halvings++;
      for (const { read } of batch) perRow[read] *= 2;
      continue;
    }
    halvings = 0;
    sampled = true;
    throwIfCancelled(operation);
    for (const { read, start, count, range } of probes) {
      const bytes = responseBytes(range, reads[read].properties);
      samples[read].push({ start, perRow: Math.ceil(bytes / count) });
    }
    for (const { read, start, count, range } of batch) {
      results[read].push(range);
      done[read] = start + count;
      // Measured: the next blocks of this range are sized from what these rows weighed.
      const sizes = propertyBytes(range, reads[read].properties);
      reads[read].measured?.(sizes, count);
      const bytes = Object.values(sizes).reduce((sum, size) => sum + size, 0);
      // An uneven range: also as heavy as the heaviest sample from here on (the next block may reach it).
      const ahead = samples[read]
        .filter((sample) => sample.start + SAMPLE_ROWS > done[read])
        .reduce((max, sample) => Math.max(max, sample.perRow), 0);
      // A few rows (a sheet's title rows, the end of a batch) tell little: they may raise the estimate, not lower it.
      // Samples of 25 rows miss some heavier stretches (an informe at 17 × 5,000 rows: blocks 17 % heavier than any
      // sample ahead of them), hence a wider margin for an uneven range.
      const measured = Math.max(bytes / count, ahead) * (reads[read].uneven ? UNEVEN_MARGIN : 1.05);
      perRow[read] = Math.max(
        1,
        Math.ceil(count < MEASURED_ROWS ? Math.max(measured, perRow[read]) : measured)
      );
    }
  }
  if (!sampled && along) {
    along.queue();
    await context.sync();
  }
  return results;
}
