/**
 * Prints a workbook sheet by sheet through LibreOffice: a copy whose every page's footer names its sheet is printed
 * to one PDF in one soffice call, whose pages are then split by sheet and measured with poppler (`pdfinfo`,
 * `pdftotext`, each run once over the whole PDF).
 */
import { execFileSync } from "node:child_process";
import { writeFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { insertBeforeFollowers } from "../../src/shells/xlsx/package/write/chart/chartParts";
import { convertWithLibreOffice } from "../support/libreoffice";

export type PrintedSheet = {
  sheet: string;
  pdf: string;
  pages: number;
  /** The sheet's first page in the PDF (1-based). */
  firstPage: number;
  /** Page size in points, of the first page. */
  width: number;
  height: number;
  /** Text of each page (`pdftotext -layout`). */
  pageTexts: string[];
};

/** XML's five entities decoded (in attributes here, and in the words pdftotext writes). */
const decodeAttribute = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The visible sheets of a workbook, in tab order. */
export function visibleSheets(xlsx: Uint8Array): string[] {
  const workbook = strFromU8(unzipSync(xlsx)["xl/workbook.xml"]);
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => !/state="(hidden|veryHidden)"/.test(tag))
    .map((tag) => decodeAttribute(/name="([^"]*)"/.exec(tag)?.[1] ?? ""));
}

/** Elements that follow `<headerFooter>` in a worksheet (CT_Worksheet's sequence). */
const AFTER_HEADER_FOOTER = [
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** Footer marking each printed page with its sheet's name, e.g. "[[Tablero]]". */
const footerName = (text: string): string | null => /\[\[(.+?)\]\]/.exec(text)?.[1] ?? null;

/**
 * A copy of the workbook whose every sheet prints its name in the footer ("[[&A]]"), so that one PDF of the whole
 * workbook can be split by sheet. (Hiding all sheets but one does not work: LibreOffice 7.4 still printed the
 * hidden first sheet.)
 */
export function withSheetNameFooters(xlsx: Uint8Array): Uint8Array {
  const entries = unzipSync(xlsx);
  for (const name of Object.keys(entries)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    let xml = strFromU8(entries[name]).replace(/<headerFooter\b[\s\S]*?(<\/headerFooter>|\/>)/, "");
    const footer = "<headerFooter><oddFooter>&amp;C[[&amp;A]]</oddFooter></headerFooter>";
    xml = insertBeforeFollowers(xml, footer, AFTER_HEADER_FOOTER);
    entries[name] = strToU8(xml);
  }
  return zipSync(entries);
}

/** The text of every page of `pdf` (`pdftotext -layout`), from one pdftotext run: pages end with a form feed. */
function pdfPageTexts(pdf: string): string[] {
  const whole = execFileSync("pdftotext", ["-layout", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return whole
    .split("\f")
    .slice(0, -1)
    .map((text) => `${text}\f`);
}

/** The size in points of every page of `pdf`, from one `pdfinfo` run over all its pages. */
function pdfPageSizes(pdf: string): { width: number; height: number }[] {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const total = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  if (total === 0) return [];
  const sizes = execFileSync("pdfinfo", ["-f", "1", "-l", String(total), pdf], {
    encoding: "utf8",
  });
  return [...sizes.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(
    ([, width, height]) => ({
      width: Number(width),
      height: Number(height),
    })
  );
}

/** A copy of `xlsx` under `dir` ready to print (each page's footer names its sheet), and its visible sheets. */
function markForPrinting(xlsx: string, dir: string): { marked: string; sheets: string[] } {
  const bytes = readFileSync(xlsx);
  const marked = path.join(dir, "print.xlsx");
  writeFileSync(marked, withSheetNameFooters(bytes));
  return { marked, sheets: visibleSheets(bytes) };
}

/** Splits the pages of `pdf` (printed from a copy `markForPrinting` made) by sheet, in the order of `sheets`. */
function splitPrintedSheets(pdf: string, sheets: string[]): PrintedSheet[] {
  const texts = pdfPageTexts(pdf);
  const sizes = pdfPageSizes(pdf);
  return sheets.map((sheet) => {
    const pages = texts
      .map((text, index) => ({ text, page: index + 1 }))
      .filter(({ text }) => footerName(text) === sheet);
    const size = pages.length ? sizes[pages[0].page - 1] : null;
    return {
      sheet,
      pdf,
      pages: pages.length,
      firstPage: pages[0]?.page ?? 0,
      width: size?.width ?? 0,
      height: size?.height ?? 0,
      pageTexts: pages.map(({ text }) => text),
    };
  });
}

/**
 * Prints the workbook to one PDF under `dir` and splits its pages by sheet (visible sheets, in tab order). `alongside`
 * (other workbooks to print) go through the same soffice call, into the same folder: one LibreOffice start for all.
 */
export function printSheets(
  xlsx: string,
  dir: string,
  alongside: string[] = []
): { sheets: PrintedSheet[]; alongside: string[] } {
  const { marked, sheets } = markForPrinting(xlsx, dir);
  // A ceiling, not a speed check: the workbook prints to over a hundred pages on a machine that may be busy.
  const [pdf, ...others] = convertWithLibreOffice([marked, ...alongside], dir, "pdf", {
    timeoutMs: 480_000,
  });
  return { sheets: splitPrintedSheets(pdf, sheets), alongside: others };
}

/** Each PDF's `pdftotext -bbox` output split by page, read once per file (tests measure the same pages often). */
const boxedPages = new Map<string, string[]>();

/** Every word's box on a page of `pdf` (`pdftotext -bbox`), in points from the page's top left, in reading order. */
export function wordBoxes(
  pdf: string,
  page: number
): { word: string; xMin: number; yMin: number; xMax: number; yMax: number }[] {
  let pages = boxedPages.get(pdf);
  if (!pages) {
    const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    pages = html.split(/<page\b/).slice(1);
    boxedPages.set(pdf, pages);
  }
  return [
    ...(pages[page - 1] ?? "").matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
    ),
  ].map(([, xMin, yMin, xMax, yMax, word]) => ({
    word: decodeAttribute(word),
    xMin: Number(xMin),
    yMin: Number(yMin),
    xMax: Number(xMax),
    yMax: Number(yMax),
  }));
}

/** Height (points) of every word's box on a page of `pdf` (`pdftotext -bbox`), a measure of printed type size. */
export function wordHeights(pdf: string, page: number): { word: string; height: number }[] {
  return wordBoxes(pdf, page).map(({ word, yMin, yMax }) => ({ word, height: yMax - yMin }));
}
