/**
 * Request size bookkeeping for the Office host. Excel on the web refuses a request over 5 MB
 * (`RequestPayloadSizeLimitExceeded`, OFFICEJS.md), so the host queues its commands as steps with an estimated size
 * and syncs only when the next step would take the request past `PAYLOAD_BUDGET`. The number of syncs then grows
 * with bytes, never with rows or areas: ⌈bytes ÷ budget⌉ plus the fixed steps.
 */
import { ExcelCellInput } from "./cellToExcel";
import { utf8Length } from "./readInBlocks";

/**
 * What one request may carry, estimated: over 4 MB, so requests are few, and under Excel on the web's 5 MB
 * (5,242,880 bytes) with room for an estimate that falls short of the wire format.
 */
export const PAYLOAD_BUDGET = 4_500_000;
/** The largest single 2-D write; small enough that a request fills to within this of the budget. */
export const MAX_PIECE_BYTES = 64_000;
/**
 * A command's object path and member name beside its arguments (`worksheets.getItem(…).getRange(…)`, `formulas`),
 * and the `Instantiate` action of the proxy it acts on: requests are UTF-8 JSON carrying both (OFFICEJS.md).
 */
export const COMMAND_BYTES = 250;

export type Step = { bytes: number; queue: () => void };

export function step(queue: () => void, argumentsBytes = 0, commands = 1): Step {
  return { bytes: argumentsBytes + COMMAND_BYTES * commands, queue };
}

/** Consecutive row spans [start, end) of a 2-D array whose JSON stays under `MAX_PIECE_BYTES`. */
export function rowPieces(
  grid: ExcelCellInput[][]
): { start: number; end: number; bytes: number }[] {
  const pieces: { start: number; end: number; bytes: number }[] = [];
  let start = 0;
  let bytes = 2;
  grid.forEach((row, index) => {
    const rowBytes = utf8Length(JSON.stringify(row)) + 1;
    if (index > start && bytes + rowBytes > MAX_PIECE_BYTES) {
      pieces.push({ start, end: index, bytes });
      start = index;
      bytes = 2;
    }
    bytes += rowBytes;
  });
  if (grid.length > start) pieces.push({ start, end: grid.length, bytes });
  return pieces;
}

/** Steps grouped into requests of at most `PAYLOAD_BUDGET` estimated bytes, in order (a bigger step goes alone). */
export function packSteps(steps: Step[], budget: number = PAYLOAD_BUDGET): Step[][] {
  const requests: Step[][] = [];
  let current: Step[] = [];
  let bytes = 0;
  for (const next of steps) {
    if (current.length > 0 && bytes + next.bytes > budget) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(next);
    bytes += next.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

/** What a value weighs in a request: its UTF-8 JSON. */
export const jsonBytes = (value: unknown): number => utf8Length(JSON.stringify(value) ?? "");
