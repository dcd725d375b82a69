/**
 * Excel's Total Row ("Fila de totales": `totalsRowCount="1"` in the table part) is the last row of the table's `ref`
 * but never one of its rows: the package reader leaves it out, and says the table has one.
 */
import { strToU8, zipSync } from "fflate";
import { readSnapshotFromBytes } from "../../../../src/shells/xlsx/package/packageBytes";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** A one-sheet package: `T_DJ` over A1:B4 — header, two rows (DJ-01, DJ-02) and, with `totals`, a Total Row. */
function tablePackage(tableAttributes: string, totals: boolean): Uint8Array {
  const cell = (address: string, text: string): string =>
    `<c r="${address}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const rows = [
    `<row r="1">${cell("A1", "ID")}${cell("B1", "Meta")}</row>`,
    `<row r="2">${cell("A2", "DJ-01")}<c r="B2"><v>4</v></c></row>`,
    `<row r="3">${cell("A3", "DJ-02")}<c r="B3"><v>6</v></c></row>`,
    `<row r="4">${cell("A4", totals ? "Total" : "DJ-03")}` +
      (totals
        ? `<c r="B4"><f>SUBTOTAL(109,T_DJ[Meta])</f><v>10</v></c>`
        : `<c r="B4"><v>5</v></c>`) +
      `</row>`,
  ];
  const totalsColumns = totals
    ? `<tableColumn id="1" name="ID" totalsRowLabel="Total"/><tableColumn id="2" name="Meta" totalsRowFunction="sum"/>`
    : `<tableColumn id="1" name="ID"/><tableColumn id="2" name="Meta"/>`;
  return zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${TYPES}">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${SML}.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${SML}.worksheet+xml"/>` +
        `<Override PartName="/xl/tables/table1.xml" ContentType="${SML}.table+xml"/></Types>`
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
        `<sheets><sheet name="3.1 Dirección Jurídica" sheetId="1" r:id="rId1"/></sheets></workbook>`
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
        `<sheetData>${rows.join("")}</sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`
    ),
    "xl/worksheets/_rels/sheet1.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">` +
        `<Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`
    ),
    "xl/tables/table1.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><table xmlns="${MAIN}" id="1" name="T_DJ" displayName="T_DJ" ` +
        `ref="A1:B4" ${tableAttributes}><autoFilter ref="A1:B${totals ? 3 : 4}"/>` +
        `<tableColumns count="2">${totalsColumns}</tableColumns></table>`
    ),
  });
}

describe("a table part with a Total Row", () => {
  it("reads the rows above the Total Row, not the Total Row", async () => {
    const snapshot = await readSnapshotFromBytes(
      tablePackage('headerRowCount="1" totalsRowCount="1" totalsRowShown="1"', true)
    );
    expect(snapshot.tables).toEqual([
      {
        name: "T_DJ",
        sheet: "3.1 Dirección Jurídica",
        headerRow: 1,
        firstColumn: 1,
        headers: ["ID", "Meta"],
        rows: [
          [
            { kind: "text", value: "DJ-01" },
            { kind: "number", value: 4 },
          ],
          [
            { kind: "text", value: "DJ-02" },
            { kind: "number", value: 6 },
          ],
        ],
        totalsRow: true,
      },
    ]);
  });

  it("reads every row of a table whose Total Row was shown once and is hidden now (totalsRowShown alone)", async () => {
    const snapshot = await readSnapshotFromBytes(tablePackage('totalsRowShown="1"', false));
    expect(snapshot.tables[0].rows.map((row) => row[0])).toEqual([
      { kind: "text", value: "DJ-01" },
      { kind: "text", value: "DJ-02" },
      { kind: "text", value: "DJ-03" },
    ]);
    expect(snapshot.tables[0].totalsRow).toBeUndefined();
  });
});
