/**
 * Reads many row ranges in as few requests as Excel on the web's 5 MB response limit allows
 * (`ResponsePayloadSizeLimitExceeded`, OFFICEJS.md "Limits"). Each range is read in row blocks whose size comes from
 * the bytes actually coming back: a first estimate per row (from the caller, e.g. a probe row measured earlier), then,
 * after every sync, the measured UTF-8 JSON of what came back. A request that is refused all the same is retried with
 * blocks half as large, at most `MAX_HALVINGS` times in a read, so the number of syncs stays ⌈bytes ÷ budget⌉ plus a
 * bounded few. Requests never exceed Excel's 5,000,000-cell read cap per range (docs/excel/performance.md).
 */
import { OperationContext, throwIfCancelled } from "../../operations/OperationContext";
import { ExcelContext, ExcelRange } from "./ExcelContext";

/** Under Excel on the web's 5 MB (5,242,880 bytes) with room for a block larger than the rows before it. */
export const RESPONSE_BUDGET = 4_500_000;
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
};

/** Per read, the loaded ranges in row order. */
export type BlockResult = ExcelRange[];

/** UTF-8 bytes of a string (what a JSON response weighs on the wire), without encoding it. */
export function utf8Length(text: string): number {
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

export async function readInBlocks(
  context: ExcelContext,
  reads: BlockRead[],
  budget: number = RESPONSE_BUDGET,
  operation?: OperationContext
): Promise<BlockResult[]> {
  const results: BlockResult[] = reads.map(() => []);
  const done = reads.map(() => 0);
  const perRow = reads.map((read) => Math.max(1, read.bytesPerRow));
  let halvings = 0;
  while (done.some((count, index) => count < reads[index].rows)) {
    const batch: { read: number; start: number; count: number; range: ExcelRange }[] = [];
    let bytes = 0;
    for (let index = 0; index < reads.length && bytes < budget; index++) {
      const read = reads[index];
      let start = done[index];
      while (start < read.rows && bytes < budget) {
        const cap = Math.min(
          READ_BLOCK_ROWS,
          Math.max(1, Math.floor(READ_CELL_CAP / Math.max(1, read.columns)))
        );
        const fit = Math.floor((budget - bytes) / perRow[index]);
        // A block always has a row, so a row larger than the budget is read alone.
        if (fit < 1 && batch.length > 0) break;
        const count = Math.max(1, Math.min(fit, cap, read.rows - start));
        batch.push({ read: index, start, count, range: read.slice(start, count) });
        bytes += count * perRow[index];
        start += count;
      }
      if (start < read.rows) break;
    }
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
    throwIfCancelled(operation);
    for (const { read, start, count, range } of batch) {
      results[read].push(range);
      done[read] = start + count;
      // Measured: the next blocks of this range are sized from what these rows weighed.
      const sizes = propertyBytes(range, reads[read].properties);
      reads[read].measured?.(sizes, count);
      const bytes = Object.values(sizes).reduce((sum, size) => sum + size, 0);
      perRow[read] = Math.max(1, Math.ceil((bytes / count) * 1.05));
    }
  }
  return results;
}
