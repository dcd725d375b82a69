/** The words a reader sees in each rendering of the informe, as one text per rendering, for the wording check. */
import { ReportDocument } from "../../../src/core/report/document/ReportDocument";
import { SheetPatch } from "../../../src/core/workbook/WorkbookPatch";
import { strFromU8, unzipSync } from "fflate";

export function documentText(document: ReportDocument): string {
  const lines = [document.title, document.organisation, ...document.cover];
  for (const block of document.blocks) {
    if (block.kind === "heading" || block.kind === "paragraph") lines.push(block.text);
    else if (block.kind === "bullets") lines.push(...block.items);
    else
      lines.push(
        block.table.headers.join("\n"),
        ...block.table.rows.map((cells) => cells.map((cell) => cell.text).join("\n"))
      );
  }
  return lines.join("\n");
}

/** Every text cell of the sheet, one per line (numbers are figures, not words). */
export function sheetText(sheet: SheetPatch): string {
  return sheet.blocks
    .flatMap((block) => block.values.flat())
    .filter((value): value is string => typeof value === "string")
    .join("\n");
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/** The page's text: without the style sheet, tags dropped at element boundaries, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<style>[^]*?<\/style>/g, "")
    .replace(/<[^>]*>/g, "\n")
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity])
    .replace(/\n+/g, "\n");
}

/** The Word file's text as Word shows it: each paragraph (cells' included) on its own line, from word/document.xml. */
export function docxText(docx: Uint8Array): string {
  const xml = strFromU8(unzipSync(docx)["word/document.xml"]);
  return [...xml.matchAll(/<w:p\b[^>]*>([^]*?)<\/w:p>/g)]
    .map(([, paragraph]) =>
      [...paragraph.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map(([, text]) => text).join("")
    )
    .map((line) => line.replace(/&(amp|lt|gt|quot|#39|apos);/g, (entity) => DOCX_ENTITIES[entity]))
    .join("\n");
}

const DOCX_ENTITIES: Record<string, string> = { ...ENTITIES, "&apos;": "'" };
