/**
 * The formulas a worksheet holds after its cells — data validation, conditional formats and their Excel 2010
 * extensions (`<x14:formula1><xm:f>`) — read and rewritten one for one, the cells streaming through untouched,
 * wherever the chunks split the part (here: every 7 characters).
 */
import {
  readSheetTail,
  rewriteTailFormulas,
  splitAtSheetDataEnd,
  tailFormulas,
} from "../../../../src/shells/xlsx/package/xml/sheetTail";

const readTailFormulas = async (source: AsyncIterable<string>): Promise<string[]> =>
  tailFormulas(await readSheetTail(source));

const SHEET =
  `<x:worksheet xmlns:x="main"><x:sheetData><x:row r="1"><x:c r="A1"><x:f>SUM(B1:B2)</x:f></x:c></x:row></x:sheetData>` +
  `<x:conditionalFormatting sqref="C1:C5"><x:cfRule type="expression" priority="1"><x:formula>'R&amp;D'!$AD$8&gt;0.4</x:formula></x:cfRule></x:conditionalFormatting>` +
  `<x:dataValidations count="1"><x:dataValidation type="list" sqref="E1"><x:formula1>$A$1:$A$3</x:formula1></x:dataValidation></x:dataValidations>` +
  `<x:extLst><x:ext><x14:dataValidations xmlns:x14="x14" xmlns:xm="xm"><x14:dataValidation><x14:formula1><xm:f>Listas!$B$2:$B$9</xm:f></x14:formula1><xm:sqref>F1</xm:sqref></x14:dataValidation></x14:dataValidations></x:ext></x:extLst></x:worksheet>`;

async function* chunks(text: string, size = 7): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

async function joined(source: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const piece of source) text += piece;
  return text;
}

describe("a worksheet's formulas outside its cells", () => {
  it("are read after the cells only, decoded, in order, under any prefix", async () => {
    expect(await readTailFormulas(chunks(SHEET))).toEqual([
      "'R&D'!$AD$8>0.4",
      "$A$1:$A$3",
      "Listas!$B$2:$B$9",
    ]);
  });

  it("are rewritten one for one, escaped, the rest of the part byte for byte", async () => {
    const rewritten = await joined(
      splitAtSheetDataEnd(chunks(SHEET), (tail) =>
        rewriteTailFormulas(tail, ["'R&D'!$AE$8>0.4", "$A$1:$A$3", "Listas!$B$2:$B$9"])
      )
    );
    expect(rewritten).toBe(SHEET.replace("$AD$8", "$AE$8"));
  });

  it("are none in a sheet without cells, whose text is kept", async () => {
    const empty = `<worksheet><sheetData/><dataValidations/></worksheet>`;
    expect(await readTailFormulas(chunks(empty))).toEqual([]);
    expect(await joined(splitAtSheetDataEnd(chunks(empty), (tail) => tail))).toBe(empty);
  });

  it("refuse an edit whose formulas are not as many as the sheet's", () => {
    expect(() => rewriteTailFormulas("<formula>A1</formula>", [])).toThrow(
      "A sheet edit gives 0 rule formulas for 1"
    );
  });
});
