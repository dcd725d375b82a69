/**
 * The worksheet reader's fast path (`SheetRowsFastPath`, under `scanWorksheetXml`) reads exactly what saxes reads.
 * The oracle is the same XML with an empty comment right after `<sheetData>`: the fast path never reads a comment,
 * so saxes then reads every row. Every worksheet of the producer corpus, and sheets written to hit each case the
 * fast path hands to saxes, give the same cells, strings, table parts and rows either way; chunks cut anywhere
 * change nothing; and what saxes refuses is refused, with the same fault.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { CellCache } from "../../../../src/shells/xlsx/package/read/CellCache";
import { CellContext } from "../../../../src/shells/xlsx/package/read/cellFromXml";
import { openWorkbookPackage } from "../../../../src/shells/xlsx/package/read/openWorkbookPackage";
import { readSheetCells } from "../../../../src/shells/xlsx/package/read/readSheetCells";
import { RowFormulaTexts } from "../../../../src/shells/xlsx/package/read/RowFormulaTexts";
import { PackageError } from "../../../../src/shells/xlsx/package/PackageError";
import { scanWorksheetXml } from "../../../../src/shells/xlsx/package/xml/scanWorksheetXml";
import { ZipReader } from "../../../../src/shells/xlsx/package/zip/ZipReader";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const EVERYWHERE = [{ top: 1, left: 1, bottom: 1048576, right: 16384 }];

async function* inChunks(xml: string, size: number): AsyncIterable<string> {
  for (let at = 0; at < xml.length; at += size) yield xml.slice(at, at + size);
}

const freshContext = (base?: CellContext): CellContext => ({
  sharedStrings: base?.sharedStrings ?? ["uno", "dos"],
  dateStyles: base?.dateStyles ?? [false, false, true],
  date1904: base?.date1904 ?? false,
  cells: new CellCache(),
  formulas: new RowFormulaTexts(),
});

/** What a read gives, as plain data (each cell's own fields, the formula as its row's text), or the fault. */
async function read(
  xml: string,
  chunkSize = xml.length || 1,
  base?: CellContext
): Promise<unknown> {
  try {
    const cells = await readSheetCells(inChunks(xml, chunkSize), freshContext(base), {
      regions: EVERYWHERE,
      stringRow: 1,
    });
    return {
      rows: [...cells.rows].map(([row, values]) => [
        row,
        values.map((cell) => (cell ? { ...cell, formula: cell.formula } : cell)),
      ]),
      strings: [...cells.strings],
      tableParts: cells.tableParts,
      rowsWithCells: [...cells.rowsWithCells],
    };
  } catch (error) {
    if (error instanceof PackageError) return { fault: error.fault, params: error.params };
    throw error;
  }
}

/** The same sheet read by saxes alone: an empty comment after the worksheet's own `<sheetData>` (the last one). */
function bySaxesAlone(xml: string): string {
  const at = xml.lastIndexOf("<sheetData>");
  if (at < 0) return xml;
  const after = at + "<sheetData>".length;
  return `${xml.slice(0, after)}<!---->${xml.slice(after)}`;
}

const sheet = (rows: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" ` +
  `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1"/>` +
  `<sheetData>${rows}</sheetData><mergeCells count="1"><mergeCell ref="J1:K1"/></mergeCells>` +
  `<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;

/** Rows the fast path reads whole: every type, shared formulas, entities, rows and cells without `r`. */
const PLAIN_ROWS =
  `<row r="1" spans="1:11"><c r="A1" s="1"><v>12.5</v></c><c r="B1" t="s"><v>1</v></c>` +
  `<c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><v>#DIV/0!</v></c>` +
  `<c r="E1" t="str"><f>"a"&amp;"&lt;b&gt;"</f><v>a&lt;b&gt;</v></c>` +
  `<c r="F1" t="inlineStr"><is><t xml:space="preserve"> x_x000D_y &quot;q&quot; &apos;s&apos; </t></is></c>` +
  `<c r="G1" t="d"><v>2021-03-04T00:00:00</v></c><c r="H1" s="2"><v>44197</v></c><c r="I1"/>` +
  `<c r="J1" t="inlineStr"><is><t>merged</t></is></c><c r="K1"><v>7</v></c></row>` +
  `<row r="2"><c r="A2"><f t="shared" ref="A2:A4" si="0">B2*2</f><v>2</v></c><c r="B2"><v>1</v></c></row>` +
  `<row r="3"><c r="A3"><f t="shared" si="0"/><v>4</v></c><c r="B3"><f>ROUND(A3/C3,10)</f><v>0</v></c></row>` +
  `<row r="4" ht="30" customHeight="1"><c r="A4"><f t="shared" si="0"/></c><c r="B4"><f>ROUND(A4/C4,10)</f></c>` +
  `<c r="C4"><v></v></c><c r="D4"><f/><v/></c><c r="E4" t="inlineStr"><is><t/></is></c>` +
  `<c r="F4" t="inlineStr"><is></is></c><c r="G4" t="x"><v>9</v></c><c r="H4" cm="1" vm="1"><v>3</v></c></row>` +
  `<row><c><v>1</v></c><c><v>2</v></c></row><row r="7"/><row><c t="inlineStr"><is><t>after a row without r</t></is></c></row>` +
  `\n  <row r="10">\n    <c r="A10"><v>10</v></c>\n    <c r="C10"><v>30</v></c>\n  </row>\n`;

/** Each of these is something the fast path hands to saxes, in the middle of rows it reads. */
const HANDED_TO_SAXES: Record<string, string> = {
  "white space inside a cell": `<c r="B1">\n  <v>1</v>\n</c>`,
  "a comment between cells": `<c r="B1"><v>1</v></c><!-- note --><c r="C1"><v>2</v></c>`,
  CDATA: `<c r="B1" t="str"><v><![CDATA[a<b]]></v></c>`,
  "single quotes": `<c r='B1' s='1'><v>1</v></c>`,
  "rich text": `<c r="B1" t="inlineStr"><is><r><t>a</t></r><r><rPr><b/></rPr><t>b</t></r></is></c>`,
  "phonetic runs": `<c r="B1" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></is></c>`,
  "a numeric reference": `<c r="B1" t="inlineStr"><is><t>&#65;&#x42;</t></is></c>`,
  "a carriage return": `<c r="B1" t="inlineStr"><is><t>a\r\nb\rc</t></is></c>`,
  "an absolute address": `<c r="$B$1"><v>1</v></c>`,
  "a lower-case address": `<c r="b1"><v>1</v></c>`,
  "a style written with a point": `<c r="B1" s="1.0"><v>1</v></c>`,
  "an empty address and style": `<c r="" s=""><v>1</v></c>`,
  "a tab in an attribute": `<c r="B1"\ts="1"><v>1</v></c>`,
  "an extension list": `<c r="B1"><v>1</v><extLst><ext uri="x"/></extLst></c>`,
  "a close tag with a space": `<c r="B1"><v>1</v ></c>`,
  "a '>' inside a value": `<c r="B1" t="inlineStr"><is><t>a > b</t></is></c>`,
  "a '</row>' inside a comment": `<c r="B1"><v>1</v></c><!-- </row> -->`,
};

/** Each of these saxes (or the sheet reader's own checks) refuses. */
const REFUSED: Record<string, string> = {
  "row 0": `<row r="0"><c r="A1"><v>1</v></c></row>`,
  "a row past the last": `<row r="1048577"><c r="A1"><v>1</v></c></row>`,
  "a column past the last": `<row r="1"><c r="XFE1"><v>1</v></c></row>`,
  "a shared string that does not exist": `<row r="1"><c r="A1" t="s"><v>9</v></c></row>`,
  "a number that is not finite": `<row r="1"><c r="A1"><v>1e999</v></c></row>`,
  "a style that does not exist": `<row r="1"><c r="A1" s="99"><v>1</v></c></row>`,
  "a cell never closed": `<row r="1"><c r="A1"><v>1</v></row>`,
  "a duplicate attribute": `<row r="1"><c r="A1" r="B1"><v>1</v></c></row>`,
  "a duplicate attribute not read": `<row r="1" ht="1" ht="2"><c r="A1"><v>1</v></c></row>`,
  "attributes without a space": `<row r="1"><c r="A1"s="1"><v>1</v></c></row>`,
  "a control character": `<row r="1"><c r="A1" t="inlineStr"><is><t>a\u0001b</t></is></c></row>`,
  "']]>' in text": `<row r="1"><c r="A1" t="inlineStr"><is><t>a]]>b</t></is></c></row>`,
  "an undefined entity": `<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>`,
  "'<' in an attribute": `<row r="1"><c r="A<1"><v>1</v></c></row>`,
  "a row never closed": `<row r="1"><c r="A1"><v>1</v></c>`,
};

describe("the worksheet fast path reads what saxes reads", () => {
  it("reads plain rows as saxes does, whole or cut into chunks anywhere", async () => {
    const xml = sheet(PLAIN_ROWS);
    const expected = await read(bySaxesAlone(xml));
    // Worked out by hand for a few cells, so that the oracle itself is checked.
    expect(expected).toMatchObject({
      strings: [
        [2, "dos"],
        [6, " x\ry \"q\" 's' "],
        [10, "merged"],
      ],
      tableParts: ["rId1"],
    });
    for (const size of [xml.length, 4096, 64, 13, 7, 3, 1])
      expect({ size, read: await read(xml, size) }).toEqual({ size, read: expected });
  });

  it.each(Object.entries(HANDED_TO_SAXES))(
    "hands %s to saxes and reads the rest as it does",
    async (_case, cells) => {
      const xml = sheet(
        `<row r="1"><c r="A1"><v>1</v></c>${cells}<c r="Z1"><v>26</v></c></row>` +
          `<row r="2"><c r="A2"><v>2</v></c></row>`
      );
      const expected = await read(bySaxesAlone(xml));
      expect(expected).toHaveProperty("rows");
      for (const size of [xml.length, 64, 5]) expect(await read(xml, size)).toEqual(expected);
    }
  );

  it.each(Object.entries(REFUSED))("refuses %s as saxes does", async (_case, rows) => {
    const xml = sheet(`<row r="2"><c r="A2"><v>2</v></c></row>${rows}`);
    const expected = await read(bySaxesAlone(xml));
    expect(expected).toHaveProperty("fault");
    for (const size of [xml.length, 64, 5]) expect(await read(xml, size)).toEqual(expected);
  });

  it("leaves prefixed sheets and a <sheetData> inside a comment to saxes", async () => {
    const prefixed =
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>` +
      `</x:sheetData></x:worksheet>`;
    expect(await read(prefixed)).toMatchObject({
      rows: [[1, [undefined, { kind: "number", value: 1 }]]],
    });
    const commented = sheet(`<row r="1"><c r="A1"><v>1</v></c></row>`).replace(
      "<dimension",
      '<!-- <sheetData><row r="3"><c r="A3"><v>666</v></c></row> --><dimension'
    );
    for (const size of [commented.length, 16, 3])
      expect(await read(commented, size)).toMatchObject({
        rows: [[1, [undefined, { kind: "number", value: 1 }]]],
      });
  });

  it("reads every worksheet of the producer corpus as saxes does", async () => {
    const folder = path.join(__dirname, "../../../fixtures/producers");
    const files = ["plans", "excel", "other"].flatMap((kind) =>
      readdirSync(path.join(folder, kind))
        .filter((name) => name.endsWith(".xlsx"))
        .map((name) => path.join(folder, kind, name))
    );
    let sheets = 0;
    for (const file of files) {
      const zip = ZipReader.fromBytes(new Uint8Array(readFileSync(file)));
      const { worksheets, context } = await openWorkbookPackage(zip);
      for (const { part } of worksheets) {
        const xml = zip.readTextSync(part);
        const expected = await read(bySaxesAlone(xml), xml.length || 1, context);
        expect({ file, part, read: await read(xml, 65536, context) }).toEqual({
          file,
          part,
          read: expected,
        });
        sheets++;
      }
    }
    expect(sheets).toBe(135);
  });

  it("reads plain rows itself, leaving saxes only what is around them", async () => {
    const seen: string[] = [];
    await scanWorksheetXml(
      inChunks(sheet(PLAIN_ROWS), 50),
      {
        row: (number) => seen.push(`row ${number}`),
        cell: (cell) => seen.push(`cell ${cell.column}`),
      },
      { open: (name) => seen.push(`saxes <${name}>`) }
    );
    expect(seen.filter((event) => event.startsWith("saxes"))).toEqual([
      "saxes <worksheet>",
      "saxes <dimension>",
      "saxes <sheetData>",
      "saxes <mergeCells>",
      "saxes <mergeCell>",
      "saxes <tableParts>",
      "saxes <tablePart>",
    ]);
    // Rows 5 and 8 have no `r` (0: the row after the last one); row 7 closes itself; row 5's cells have no `r` either.
    expect(seen.filter((event) => event.startsWith("row"))).toEqual([
      "row 1",
      "row 2",
      "row 3",
      "row 4",
      "row 0",
      "row 7",
      "row 0",
      "row 10",
    ]);
    expect(seen.filter((event) => event.startsWith("cell"))).toHaveLength(
      11 + 2 + 2 + 8 + 2 + 1 + 2
    );
  });
});
