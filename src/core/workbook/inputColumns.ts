/** The columns of a table users type in: every column but the computed ones (by header), 0-based, in order. */
import { COMPUTED_HEADERS } from "./rowFormulas";

const COMPUTED = new Set<string>(COMPUTED_HEADERS);

export const inputColumns = (headers: readonly string[]): number[] =>
  headers.flatMap((header, column) => (COMPUTED.has(header) ? [] : [column]));
