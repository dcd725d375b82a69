/**
 * The informe (SPEC §7) as a Word document (.docx), through the `docx` package: the same `ReportDocument` the
 * `Informe` sheet and the HTML page render, so the three carry the same words and figures.
 *
 * Word's own styles carry the structure (Title, Heading 1–3 with their outline levels, so Word's navigation pane,
 * LibreOffice's navigator and screen readers see the headings); bullets are a real list (a numbering definition,
 * not a typed "•"); tables repeat their header row on every page and keep a short row on one page; a band cell is filled with
 * the band's colour and keeps its word; figures are right-aligned. Every page has the entity's name in its header
 * and "Página 3 de 12" in its footer (Word's PAGE and NUMPAGES fields). Letter size, the paper Colombian offices
 * print on ("carta"), with 2.54 cm margins; the language tag is es-CO or en-US.
 *
 * The bytes come from `Packer.toArrayBuffer`, the one output that is the same in Node and in a browser (measured
 * with docx 9.5.1 on a browser bundle of this module: in Chromium `toArrayBuffer` gave the package and `toBuffer`
 * failed with "nodebuffer is not supported by this platform"; in Node 20 both worked; `toBlob` works in both but
 * hands back a Blob to read again). The pane and the CLI load this module with `import()`, so `docx` (343 KB
 * minified, 96 KB gzip, in the pane's build) stays out of the pane's first load and out of every other command.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentDefaults,
  Footer,
  Header,
  HeadingLevel,
  IBorderOptions,
  ImportedXmlComponent,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  StyleForParagraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { wordDocumentMessages } from "../messages/catalog/wordDocumentMessages";
import { LOCALE_OF } from "../messages/Language";
import { BAND_COLORS } from "../workbook/workbookText";
import {
  ReportBlock,
  ReportDocument,
  ReportTable,
  ReportTableCell,
} from "./document/ReportDocument";

/** Twentieths of a point: Letter is 8.5 × 11 in; 1 in = 1440. */
const PAGE = { width: 12240, height: 15840, margin: 1440, headerFooter: 708 } as const;
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const FONT = "Calibri";
/** Half-points. */
const SIZE = {
  body: 22,
  note: 18,
  table: 18,
  header: 18,
  title: 48,
  organisation: 32,
  cover: 24,
} as const;
const INK = {
  heading: BAND_COLORS.titleFill,
  muted: "595959",
  grid: "A6A6A6",
  white: "FFFFFF",
} as const;
/**
 * A body row is kept on one page unless one of its cells is longer than this: a row taller than a page that may not
 * split runs off the page in Word, and a long achievement told in a cell can be that tall.
 */
const ROW_KEPT_WHOLE_UP_TO = 400;
const BULLETS = "informe-bullets";
const NOTE_STYLE = "InformeNote";

/**
 * XML 1.0 allows no control character but tab, line feed and carriage return: one in a cell (pasted from another
 * program) would make Word refuse the whole file, so it is dropped. Line breaks become Word line breaks.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

type RunStyle = { bold?: boolean; color?: string; size?: number };

function runsOf(text: string, style: RunStyle = {}): TextRun[] {
  return text
    .replace(NOT_XML, "")
    .split(/\r\n|\r|\n/)
    .map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined, ...style }));
}

function headingOf(level: 1 | 2 | 3): (typeof HeadingLevel)[keyof typeof HeadingLevel] {
  if (level === 1) return HeadingLevel.HEADING_1;
  return level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
}

const GRID: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: INK.grid };

/** A column is a figure column when every cell of it that has text is a figure: its header aligns with them. */
function figureColumns(table: ReportTable): boolean[] {
  return table.headers.map((_, column) => {
    const cells = table.rows.map((row) => row[column]).filter((cell) => cell && cell.text !== "");
    return cells.length > 0 && cells.every((cell) => cell.value !== undefined);
  });
}

/**
 * Twips a word of `length` characters takes in the table's type, with the cell's side margins: 0.55 em a character.
 * Measured on Carlito (Calibri's metrics) at 9 pt bold: "Cumplimiento", "Macroproceso" and "programación" take
 * 0.48–0.50 em a character; 0.55 leaves room for wider words. Longer words than `WORD_FITTED` may break.
 */
const WORD_FITTED = 14;
const CELL_SIDES = 2 * 80 + 40;
const wordTwips = (length: number): number =>
  Math.ceil(Math.min(length, WORD_FITTED) * (SIZE.table / 2) * 0.55 * 20) + CELL_SIDES;

/** The longest word of a column (header and cells): a narrower column would break it mid-word ("Macroproces-o"). */
function longestWord(table: ReportTable, column: number): number {
  const texts = [table.headers[column], ...table.rows.map((row) => row[column]?.text ?? "")];
  return Math.max(0, ...texts.flatMap((text) => text.split(/\s+/).map((word) => word.length)));
}

/**
 * Column widths in twips, scaled from the table's relative widths to the text width; then each column at least as
 * wide as its longest word, the room taken from the columns that have more than theirs (when all fit at all).
 */
function columnWidths(table: ReportTable): number[] {
  const count = table.headers.length;
  const given =
    table.widths.length === count && table.widths.every((width) => width > 0)
      ? table.widths
      : table.headers.map(() => 1);
  const sum = given.reduce((total, width) => total + width, 0);
  const scaled = given.map((width) => Math.floor((TEXT_WIDTH * width) / sum));
  const least = scaled.map((_, column) => wordTwips(longestWord(table, column)));
  const room = scaled.reduce((total, width) => total + width, 0);
  if (least.reduce((total, width) => total + width, 0) > room) return scaled;
  const missing = scaled.reduce(
    (total, width, column) => total + Math.max(0, least[column] - width),
    0
  );
  const spare = scaled.reduce(
    (total, width, column) => total + Math.max(0, width - least[column]),
    0
  );
  if (missing === 0) return scaled;
  return scaled.map((width, column) =>
    width <= least[column]
      ? least[column]
      : width - Math.ceil(((width - least[column]) * missing) / spare)
  );
}

function cellOf(
  cell: ReportTableCell | undefined,
  width: number,
  right: boolean,
  header: boolean
): TableCell {
  const fill = header ? INK.heading : cell?.band ? BAND_COLORS[cell.band] : undefined;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: fill ? { type: ShadingType.CLEAR, color: "auto", fill } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { before: 0, after: 0 },
        children: runsOf(
          cell?.text ?? "",
          header ? { bold: true, color: INK.white, size: SIZE.table } : { size: SIZE.table }
        ),
      }),
    ],
  });
}

function tableOf(table: ReportTable): Table {
  const widths = columnWidths(table);
  const figures = figureColumns(table);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.headers.map((text, column) =>
      cellOf({ text }, widths[column], figures[column], true)
    ),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: row.every((cell) => cell.text.length <= ROW_KEPT_WHOLE_UP_TO),
        children: widths.map((width, column) => {
          const cell = row[column];
          return cellOf(cell, width, cell?.value !== undefined, false);
        }),
      })
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: GRID,
      bottom: GRID,
      left: GRID,
      right: GRID,
      insideHorizontal: GRID,
      insideVertical: GRID,
    },
    rows: [header, ...rows],
  });
}

function blockOf(block: ReportBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ heading: headingOf(block.level), children: runsOf(block.text) })];
    case "paragraph":
      return [
        new Paragraph({
          style: block.tone === "note" ? NOTE_STYLE : undefined,
          children: runsOf(block.text),
        }),
      ];
    case "bullets":
      return block.items.map(
        (item) =>
          new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: runsOf(item) })
      );
    case "table":
      if (block.table.headers.length === 0) return [];
      // Word needs a paragraph between two tables, or it joins them; a small gap also reads better.
      return [tableOf(block.table), new Paragraph({ spacing: { after: 0 }, children: [] })];
  }
}

/** The footer's "Página {page} de {total}", with Word's fields where the catalogue puts the placeholders. */
function pageOfRuns(document: ReportDocument): TextRun[] {
  const template = wordDocumentMessages[document.language]["word.pageOf"];
  return template
    .split(/(\{page\}|\{total\})/)
    .filter((part) => part !== "")
    .map(
      (part) =>
        new TextRun({
          children: [
            part === "{page}"
              ? PageNumber.CURRENT
              : part === "{total}"
                ? PageNumber.TOTAL_PAGES
                : part,
          ],
        })
    );
}

/** The first page: title, entity and cover lines; the body starts on the next page. */
function coverOf(document: ReportDocument): Paragraph[] {
  const lines: { text: string; style: RunStyle; heading?: boolean; after: number }[] = [
    { text: document.title, style: {}, heading: true, after: 240 },
    {
      text: document.organisation,
      style: { bold: true, size: SIZE.organisation, color: INK.heading },
      after: 480,
    },
    ...document.cover.map((text) => ({ text, style: { size: SIZE.cover }, after: 120 })),
  ];
  return lines.map(
    (line, index) =>
      new Paragraph({
        heading: line.heading ? HeadingLevel.TITLE : undefined,
        spacing: { before: index === 0 ? 2880 : 0, after: line.after },
        children: [
          ...runsOf(line.text, line.style),
          ...(index === lines.length - 1 ? [new PageBreak()] : []),
        ],
      })
  );
}

/** Word's Normal, marked as the default paragraph style (`docx` has no option for that mark). */
function normalStyle(): ImportedXmlComponent {
  const style = new ImportedXmlComponent("w:style", {
    "w:type": "paragraph",
    "w:default": "1",
    "w:styleId": "Normal",
  });
  style.push(new ImportedXmlComponent("w:name", { "w:val": "Normal" }));
  style.push(new ImportedXmlComponent("w:qFormat"));
  return style;
}

/**
 * The package's styles, every one named as Word names its own: Normal is the default paragraph style (without one,
 * readers such as python-docx find no style on a plain paragraph), then Title, heading 1–3 with their outline
 * levels, List Paragraph (which `docx` gives list items) and the informe's note.
 */
function stylesOf(
  document: ReportDocument
): (DocumentDefaults | StyleForParagraph | ImportedXmlComponent)[] {
  const heading = (level: 1 | 2 | 3, size: number, before: number): StyleForParagraph =>
    new StyleForParagraph({
      id: `Heading${level}`,
      name: `heading ${level}`,
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { size, bold: true, color: INK.heading },
      paragraph: {
        spacing: { before, after: 120 },
        keepNext: true,
        keepLines: true,
        outlineLevel: level - 1,
      },
    });
  return [
    new DocumentDefaults({
      run: { font: FONT, size: SIZE.body, language: { value: LOCALE_OF[document.language] } },
      paragraph: { spacing: { after: 120, line: 264 } },
    }),
    normalStyle(),
    new StyleForParagraph({
      id: "Title",
      name: "Title",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { size: SIZE.title, bold: true, color: INK.heading },
      paragraph: { spacing: { after: 240 } },
    }),
    heading(1, 32, 360),
    heading(2, 26, 240),
    heading(3, 22, 200),
    new StyleForParagraph({
      id: "ListParagraph",
      name: "List Paragraph",
      basedOn: "Normal",
      quickFormat: true,
      paragraph: { spacing: { after: 60 } },
    }),
    // Field results take their paragraph's style in LibreOffice, not their run's: the size and colour live here.
    ...(["Header", "Footer"] as const).map(
      (id) =>
        new StyleForParagraph({
          id,
          name: id.toLowerCase(),
          basedOn: "Normal",
          run: { size: SIZE.header, color: INK.muted },
          paragraph: { spacing: { after: 0 } },
        })
    ),
    new StyleForParagraph({
      id: NOTE_STYLE,
      name: "Informe Note",
      basedOn: "Normal",
      quickFormat: true,
      run: { size: SIZE.note, italics: true, color: INK.muted },
    }),
  ];
}

function wordDocumentOf(document: ReportDocument): Document {
  return new Document({
    title: document.title,
    creator: document.organisation,
    styles: { importedStyles: stylesOf(document) },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: "\u2022",
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: PAGE.width,
              height: PAGE.height,
              orientation: PageOrientation.PORTRAIT,
            },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
              header: PAGE.headerFooter,
              footer: PAGE.headerFooter,
            },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                style: "Header",
                alignment: AlignmentType.RIGHT,
                children: runsOf(document.organisation),
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: "Footer",
                alignment: AlignmentType.CENTER,
                children: pageOfRuns(document),
              }),
            ],
          }),
        },
        children: [...coverOf(document), ...document.blocks.flatMap(blockOf)],
      },
    ],
  });
}

/** The informe as the bytes of a .docx file. */
export async function renderReportDocx(document: ReportDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(wordDocumentOf(document)));
}
