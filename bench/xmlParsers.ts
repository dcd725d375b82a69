/**
 * `npx tsx bench/xmlParsers.ts [file.xlsx]`: the streaming worksheet scan, plan-matrix's own `XmlScanner` against
 * saxes 6 (the well-kept SAX parser), over the biggest worksheet of the bench plan (default
 * bench-output/plan-17x5000.xlsx, `npm run bench` builds it). Both get the same 256 KB text chunks and a handler
 * that counts elements and attribute values; prints the median of five runs each.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { SaxesParser } from "saxes";
import { XmlScanner } from "../src/shells/xlsx/package/xml/XmlScanner";
import { ZipReader } from "../src/shells/xlsx/package/zip/ZipReader";

const file = process.argv[2] ?? path.join(__dirname, "..", "bench-output", "plan-17x5000.xlsx");
const zip = ZipReader.fromBytes(new Uint8Array(readFileSync(file)));
const biggest = zip.entries
  .filter((entry) => entry.name.includes("worksheets/"))
  .sort((a, b) => b.size - a.size)[0];
const text = zip.readTextSync(biggest.name);
const CHUNK = 256 * 1024;
const chunks: string[] = [];
for (let at = 0; at < text.length; at += CHUNK) chunks.push(text.slice(at, at + CHUNK));

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

function median(run: () => number): { seconds: number; count: number } {
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    count = run();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  times.sort((a, b) => a - b);
  return { seconds: times[2], count };
}

const own = median(ownScanner);
const sax = median(saxes);
process.stdout.write(
  `${biggest.name}: ${(text.length / 1024 / 1024).toFixed(1)} M characters\n` +
    `XmlScanner ${own.seconds.toFixed(3)} s (${own.count} events)\n` +
    `saxes      ${sax.seconds.toFixed(3)} s (${sax.count} events), ${(sax.seconds / own.seconds).toFixed(2)}× the scanner's time\n`
);
