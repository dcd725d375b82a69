/**
 * The package reader (CLI and in-browser host) names a table's columns as Excel does (probes D10, D5):
 * - `headerRowCount="0"` (Table Design › Header Row unchecked): `ref` starts at the first data row; the headers are
 *   the `<tableColumn name>`s, `headerRow` the row above, and the snapshot says the header row is hidden;
 * - a blank header cell reads as its table column's name (LibreOffice keeps it when a header cell is cleared;
 *   `_x000a_` is a line break, ST_Xstring); a blank cell whose table column has no name stays blank.
 */
import { strToU8, zipSync } from "fflate";
import { readSnapshotFromBytes } from "../../../../src/shells/xlsx/package/packageBytes";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";

const inline = (address: string, text: string): string =>
  `<c r="${address}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** One sheet, `T_DJ` over `ref`, with the given rows and table column names. */
function tablePackage(
  ref: string,
  attributes: string,
  rows: string[],
  names: string[]
): Uint8Array {
  const columns = names.map((name, i) => `<tableColumn id="${i + 1}" name="${name}"/>`).join("");
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
        `ref="${ref}" ${attributes}><tableColumns count="${names.length}">${columns}</tableColumns></table>`
    ),
  });
}

const DJ_ROWS = [
  [
    { kind: "text", value: "DJ-01" },
    { kind: "number", value: 4 },
    { kind: "text", value: "Nota" },
  ],
  [{ kind: "text", value: "DJ-02" }, { kind: "number", value: 6 }, { kind: "empty" }],
];

describe("table column names in the package reader", () => {
  it("without a header row, reads every row from the ref's first and names the columns from the table part", async () => {
    // Row 1 holds a note of the user's (the old header row); the table is A2:C3.
    const snapshot = await readSnapshotFromBytes(
      tablePackage(
        "A2:C3",
        'headerRowCount="0"',
        [
          `<row r="1">${inline("A1", "Nota del área")}</row>`,
          `<row r="2">${inline("A2", "DJ-01")}<c r="B2"><v>4</v></c>${inline("C2", "Nota")}</row>`,
          `<row r="3">${inline("A3", "DJ-02")}<c r="B3"><v>6</v></c></row>`,
        ],
        ["ID", "Meta", "Observaciones_x000a_del área"]
      )
    );
    expect(snapshot.tables).toEqual([
      {
        name: "T_DJ",
        sheet: "3.1 Dirección Jurídica",
        headerRow: 1,
        firstColumn: 1,
        headers: ["ID", "Meta", "Observaciones\ndel área"],
        headerRowHidden: true,
        rows: DJ_ROWS,
      },
    ]);
  });

  it("with a header row, a blank header cell reads as its column's name; a nameless one stays blank", async () => {
    const snapshot = await readSnapshotFromBytes(
      tablePackage(
        "A1:D3",
        'headerRowCount="1"',
        [
          `<row r="1">${inline("A1", "ID")}${inline("B1", " ")}</row>`,
          `<row r="2">${inline("A2", "DJ-01")}<c r="B2"><v>4</v></c>${inline("C2", "Nota")}</row>`,
          `<row r="3">${inline("A3", "DJ-02")}<c r="B3"><v>6</v></c></row>`,
        ],
        ["ID", "Meta", "Observaciones", ""]
      )
    );
    expect(snapshot.tables[0].headers).toEqual(["ID", "Meta", "Observaciones", ""]);
    expect(snapshot.tables[0].headerRow).toBe(1);
    expect(snapshot.tables[0].headerRowHidden).toBeUndefined();
    expect(snapshot.tables[0].rows.map((row) => row.slice(0, 3))).toEqual(DJ_ROWS);
  });
});
