/**
 * Prints a workbook sheet by sheet through LibreOffice: one copy of the file per visible sheet with every other
 * sheet hidden (LibreOffice prints visible sheets only), all converted to PDF in one soffice call, then measured
 * with poppler (`pdfinfo`, `pdftotext`).
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

function pdfPageTexts(pdf: string, pages: number): string[] {
  return Array.from({ length: pages }, (_, index) =>
    execFileSync(
      "pdftotext",
      ["-layout", "-f", String(index + 1), "-l", String(index + 1), pdf, "-"],
      { encoding: "utf8" }
    )
  );
}

/** Prints the workbook to one PDF under `dir` and splits its pages by sheet (visible sheets, in tab order). */
export function printSheets(xlsx: string, dir: string): PrintedSheet[] {
  const bytes = readFileSync(xlsx);
  const sheets = visibleSheets(bytes);
  const marked = path.join(dir, "print.xlsx");
  writeFileSync(marked, withSheetNameFooters(bytes));
  const [pdf] = convertWithLibreOffice([marked], dir, "pdf");
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const total = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const texts = pdfPageTexts(pdf, total);
  return sheets.map((sheet) => {
    const pages = texts
      .map((text, index) => ({ text, page: index + 1 }))
      .filter(({ text }) => footerName(text) === sheet);
    const size = pages.length
      ? /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/.exec(
          execFileSync("pdfinfo", ["-f", String(pages[0].page), "-l", String(pages[0].page), pdf], {
            encoding: "utf8",
          })
        )
      : null;
    return {
      sheet,
      pdf,
      pages: pages.length,
      firstPage: pages[0]?.page ?? 0,
      width: Number(size?.[1] ?? 0),
      height: Number(size?.[2] ?? 0),
      pageTexts: pages.map(({ text }) => text),
    };
  });
}

/** Height (points) of every word's box on a page of `pdf` (`pdftotext -bbox`), a measure of printed type size. */
export function wordHeights(pdf: string, page: number): { word: string; height: number }[] {
  const html = execFileSync(
    "pdftotext",
    ["-bbox", "-f", String(page), "-l", String(page), pdf, "-"],
    { encoding: "utf8" }
  );
  return [
    ...html.matchAll(
      /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g
    ),
  ].map(([, yMin, yMax, word]) => ({ word, height: Number(yMax) - Number(yMin) }));
}
