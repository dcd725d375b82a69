/**
 * `npx tsx bench/xmlParsers.ts [file.xlsx]`: the streaming worksheet scan, plan-matrix's own `XmlScanner` against
 * saxes 6 (the well-kept SAX parser), and the worksheet reader's scan (`scanWorksheetXml`: saxes with the rows fast
 * path), over the biggest worksheet of the bench plan (default bench-output/plan-17x5000.xlsx, `npm run bench`
 * builds it). All get the same text chunks, as the package reader decodes them, and a handler that counts elements
 * and attribute values (the fast path: rows, cells and the values it keeps); prints the median of five runs each.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { SaxesParser } from "saxes";
import { scanWorksheetXml } from "../src/shells/xlsx/package/xml/scanWorksheetXml";
import { XmlScanner } from "../src/shells/xlsx/package/xml/XmlScanner";
import { ZipReader } from "../src/shells/xlsx/package/zip/ZipReader";

const file = process.argv[2] ?? path.join(__dirname, "..", "bench-output", "plan-17x5000.xlsx");
const zip = ZipReader.fromBytes(new Uint8Array(readFileSync(file)));
const biggest = zip.entries
  .filter((entry) => entry.name.includes("worksheets/"))
  .sort((a, b) => b.size - a.size)[0];
const text = zip.readTextSync(biggest.name);

function ownScanner(): number {
  let count = 0;
  const scanner = new XmlScanner({
    open(_name, attributes) {
      count += 1 + Object.keys(attributes).length;
    },
    text(value) {
      count += value.length > 0 ? 1 : 0;
    },
  });
  for (const chunk of chunks) scanner.write(chunk);
  scanner.end();
  return count;
}

function saxes(): number {
  let count = 0;
  const parser = new SaxesParser({ xmlns: false });
  parser.on("opentag", (tag) => {
    count += 1 + Object.keys(tag.attributes).length;
  });
  parser.on("text", (value) => {
    count += value.length > 0 ? 1 : 0;
  });
  for (const chunk of chunks) parser.write(chunk);
  parser.close();
  return count;
}

async function worksheetScan(): Promise<number> {
  let count = 0;
  const keep = (value: string | undefined): number => (value ? 1 : 0);
  await scanWorksheetXml(
    (async function* () {
      yield* chunks;
    })(),
    {
      row() {
        count += 2;
      },
      cell(cell) {
        count += 1 + (cell.column > 0 ? 1 : 0) + (cell.type ? 1 : 0) + (cell.style > 0 ? 1 : 0);
        count += keep(cell.value) + (cell.hasFormula ? 1 + keep(cell.formula) : 0);
        count += cell.hasInline ? 2 + keep(cell.inlineText) : 0;
      },
    },
    {
      open(_name, attributes) {
        count += 1 + Object.keys(attributes).length;
      },
    }
  );
  return count;
}

async function median(
  run: () => number | Promise<number>
): Promise<{ seconds: number; count: number }> {
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    count = await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  times.sort((a, b) => a - b);
  return { seconds: times[2], count };
}

let chunks: string[] = [];

async function main(): Promise<void> {
  for await (const chunk of zip.textChunks(biggest.name)) chunks.push(chunk);
  const own = await median(ownScanner);
  const sax = await median(saxes);
  const fast = await median(worksheetScan);
  process.stdout.write(
    `${biggest.name}: ${(text.length / 1024 / 1024).toFixed(1)} M characters, ${chunks.length} chunks\n` +
      `XmlScanner        ${own.seconds.toFixed(3)} s (${own.count} events)\n` +
      `saxes             ${sax.seconds.toFixed(3)} s (${sax.count} events), ${(sax.seconds / own.seconds).toFixed(2)}× the scanner's time\n` +
      `scanWorksheetXml  ${fast.seconds.toFixed(3)} s (${fast.count} events), ${(fast.seconds / sax.seconds).toFixed(2)}× saxes' time\n`
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
