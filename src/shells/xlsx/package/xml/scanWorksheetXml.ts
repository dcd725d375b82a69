/**
 * A worksheet part streamed, faster than through saxes alone: saxes gives `handler` the part up to and including
 * `<sheetData>` and checks that it is the worksheet's own (opened at the second level); from there
 * `SheetRowsFastPath` gives `rows` each whole row it reads, and at the first thing it does not — often
 * `</sheetData>` — saxes reads the rest, again to `handler`. saxes is told of a row the fast path had started (a
 * muted `<row>`), so it checks the rest of the part as if it had read it all: every refusal is saxes' own.
 */
import { saxesScan } from "./saxesScan";
import { SheetRowsFastPath, SheetRowSink } from "./SheetRowsFastPath";
import { XmlHandler } from "./XmlScanner";

const SHEET_DATA = "<sheetData>";
const ROW_END = "</row>";
/** Characters read without a `</row>` after which saxes reads the rest (a million: far more than a plan's row). */
const NO_ROW_END_LIMIT = 1 << 20;

/**
 * Just past the last `</row>` in `text` after `from`, or -1. Searched forwards from near the end: `lastIndexOf`
 * is slower than reading the rows (measured, Node 20).
 */
function lastRowEnd(text: string, from: number): number {
  for (let window = 8192; ; window *= 8) {
    const start = Math.max(from, text.length - window);
    let last = -1;
    for (let at = text.indexOf(ROW_END, start); at >= 0; at = text.indexOf(ROW_END, at + 1))
      last = at;
    if (last >= 0) return last + ROW_END.length;
    if (start === from) return -1;
  }
}

export async function scanWorksheetXml(
  source: AsyncIterable<string>,
  rows: SheetRowSink,
  handler: XmlHandler
): Promise<void> {
  let sheetDataOpened = false;
  const watched: XmlHandler = {
    open(name, attributes, selfClosing) {
      if (name === "sheetData" && saxes.scan.level === 2 && !selfClosing) sheetDataOpened = true;
      handler.open?.(name, attributes, selfClosing);
    },
    close: handler.close?.bind(handler),
    text: handler.text?.bind(handler),
  };
  const saxes = saxesScan(watched);
  const parser = saxes.parser;
  const fast = new SheetRowsFastPath(rows);
  // "head": saxes until `<sheetData>`; "rows": the fast path; "tail": saxes to the end.
  let mode: "head" | "rows" | "tail" = "head";
  /** Less than a row, kept for the next chunk. */
  let pending = "";

  const handOver = (text: string, inRow: boolean): void => {
    mode = "tail";
    pending = "";
    if (inRow) {
      saxes.muted = true;
      parser.write("<row>");
      saxes.muted = false;
    }
    parser.write(text);
  };

  /**
   * The whole rows of `chunk` (after what `pending` kept) to the fast path, the rest kept. A chunk is never joined to
   * what came before as a whole: a joined string is flattened when first searched, which measured slower than
   * reading its rows; only the row cut between two chunks is joined.
   */
  const readRows = (chunk: string): void => {
    let from = 0;
    if (pending !== "") {
      const end = chunk.indexOf(ROW_END);
      if (end < 0) {
        pending += chunk;
        // So much without a `</row>`: these are not rows the fast path reads.
        if (pending.length > NO_ROW_END_LIMIT) handOver(pending, false);
        return;
      }
      from = end + ROW_END.length;
      const joined = pending + chunk.slice(0, from);
      pending = "";
      const stop = fast.rows(joined, 0, joined.length);
      if (stop.handOver) {
        handOver(joined.slice(stop.at) + chunk.slice(from), stop.inRow);
        return;
      }
    }
    const limit = lastRowEnd(chunk, from);
    if (limit < 0) {
      pending = chunk.slice(from);
      if (pending.length > NO_ROW_END_LIMIT) handOver(pending, false);
      return;
    }
    const stop = fast.rows(chunk, from, limit);
    if (stop.handOver) handOver(chunk.slice(stop.at), stop.inRow);
    else pending = chunk.slice(stop.at);
  };

  /** Before `<sheetData>`: a `<sheetData>` cut between two chunks is found whole at the next one. */
  let head = "";

  for await (const chunk of source) {
    if (mode === "tail") parser.write(chunk);
    else if (mode === "rows") readRows(chunk);
    else {
      const text = head + chunk;
      const found = text.indexOf(SHEET_DATA);
      if (found < 0) {
        const keep = Math.max(0, text.length - (SHEET_DATA.length - 1));
        parser.write(text.slice(0, keep));
        head = text.slice(keep);
        continue;
      }
      head = "";
      const after = found + SHEET_DATA.length;
      parser.write(text.slice(0, after));
      if (sheetDataOpened) {
        mode = "rows";
        readRows(text.slice(after));
      } else {
        mode = "tail";
        parser.write(text.slice(after));
      }
    }
  }
  if (mode === "rows") handOver(pending, false);
  else if (mode === "head") parser.write(head);
  parser.close();
}
