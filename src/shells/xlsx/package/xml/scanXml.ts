/**
 * Runs an XML handler over a whole document, given as one string or as streamed chunks, with saxes (the shared
 * strings, a sheet's merges; worksheets go through `scanWorksheetXml`, saxes with a fast path for their rows).
 * Element names lose the root element's namespace prefix (`x:c` → `c` when the root is `x:worksheet`), as
 * `XmlScanner` does; attribute values and text come decoded.
 *
 * Measured: `npx tsx bench/xmlParsers.ts` (the bench plan's biggest sheet, 10.2 M characters) saxes 0.85 s, the own
 * `XmlScanner` 1.07 s; the whole reader (`readSnapshotFromFile` on bench-output/plan-17x5000.xlsx, back to back on
 * this shared machine) saxes 17.0 s / 545 MB RSS, `XmlScanner` 19.0 s / 495 MB. saxes is not slower, so it streams
 * the parts read; `XmlScanner` stays only under `applyCellEdits`, which copies every token it does not change as its
 * source text (saxes gives no token source).
 */
import { saxesScan, XmlScan } from "./saxesScan";
import { XmlHandler } from "./XmlScanner";

export type { XmlScan } from "./saxesScan";

export async function scanXml(
  source: string | AsyncIterable<string>,
  handler: XmlHandler | ((scan: XmlScan) => XmlHandler)
): Promise<void> {
  const { parser } = saxesScan(handler);
  if (typeof source === "string") parser.write(source);
  else for await (const chunk of source) parser.write(chunk);
  parser.close();
}
