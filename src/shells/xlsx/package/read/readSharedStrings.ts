/**
 * `xl/sharedStrings.xml`, streamed: each item's text (runs joined, phonetic hints left out). Rich text is marked,
 * because ExcelJS hands it over as an object rather than a string (it matters for the template JSON row), and so is
 * whether one of its runs has formatting of its own (`<rPr>`: a bold or red word, which a rebuilt tab does not keep).
 */
import { decodeCellText } from "./decodeCellText";
import { detachString } from "../xml/detachString";
import { scanXml } from "../xml/scanXml";

export type SharedString = string | { rich: string; formatted: boolean };

export async function readSharedStrings(source: AsyncIterable<string>): Promise<SharedString[]> {
  const strings: SharedString[] = [];
  let runs: string[] = [];
  let current: string[] | null = null;
  let rich = false;
  let formatted = false;
  let phonetic = 0;
  await scanXml(source, {
    open(name, _attributes, selfClosing) {
      if (name === "si") {
        runs = [];
        rich = false;
        formatted = false;
      } else if (name === "rPh") {
        phonetic++;
      } else if (phonetic === 0) {
        if (name === "r") rich = true;
        else if (name === "rPr") formatted = true;
        else if (name === "t") current = selfClosing ? null : [];
      }
    },
    text(value) {
      if (current) current.push(value);
    },
    close(name) {
      if (name === "t" && current) {
        runs.push(decodeCellText(current.join("")));
        current = null;
      } else if (name === "si") {
        const text = detachString(runs.join(""));
        strings.push(rich ? { rich: text, formatted } : text);
      } else if (name === "rPh") phonetic--;
    },
  });
  return strings;
}
