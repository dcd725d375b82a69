/**
 * The package writer's links (`SheetPatch.hyperlinks`): `<hyperlinks>` after the data validations and before the
 * page margins (CT_Worksheet's element order), a link to an address outside the workbook through a relationship of
 * the sheet with `TargetMode="External"` (numbered after its table's and its drawing's), a link to a place in the
 * workbook by `location` alone; and the package reader gives them back as written.
 */
import { emptySheet, SheetPatch } from "../../../../src/core/workbook/WorkbookPatch";
import {
  readSnapshotFromBytes,
  writePatchedBytes,
} from "../../../../src/shells/xlsx/package/packageBytes";
import { ZipReader } from "../../../../src/shells/xlsx/package/zip/ZipReader";

const ACTA = "https://contoso.sharepoint.com/sites/Plan/acta%20final.pdf?web=1&d=2";

const sheet: SheetPatch = {
  ...emptySheet("Área"),
  blocks: [{ row: 1, column: 1, values: [["Evidencias"], ["Acta"], ["Ver umbrales"]] }],
  tables: [
    {
      name: "T_X",
      topLeft: "A1",
      headers: ["Evidencias"],
      rows: [["Acta"], ["Ver umbrales"]],
      style: "TableStyleLight9",
    },
  ],
  validations: [
    {
      range: "A2:A3",
      rule: { kind: "textLength", max: 200 },
      error: { title: "Texto", message: "Hasta 200 caracteres." },
    },
  ],
  pageSetup: { orientation: "landscape", fitToWidth: true },
  hyperlinks: [
    { ref: "A2", target: ACTA, tooltip: "Abrir «acta»" },
    { ref: "A3", location: "'O''Brien & Cía'!B6", display: "Ver umbrales" },
  ],
};

it("writes them in the schema's order, with an external relationship per address, and reads them back", async () => {
  const bytes = await writePatchedBytes(null, { sheets: [sheet], definedNames: [] });
  const zip = ZipReader.fromBytes(bytes);
  const xml = zip.readTextSync("xl/worksheets/sheet1.xml");
  expect(xml).toContain(
    "</dataValidations>" +
      '<hyperlinks><hyperlink ref="A2" r:id="rId2" tooltip="Abrir «acta»"/>' +
      '<hyperlink ref="A3" location="\'O\'\'Brien &amp; Cía\'!B6" display="Ver umbrales"/></hyperlinks>' +
      "<pageMargins "
  );
  const rels = zip.readTextSync("xl/worksheets/_rels/sheet1.xml.rels");
  expect(rels).toContain(
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" ' +
      'Target="https://contoso.sharepoint.com/sites/Plan/acta%20final.pdf?web=1&amp;d=2" TargetMode="External"/>'
  );
  expect(rels).toContain(
    'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table"'
  );

  const snapshot = await readSnapshotFromBytes(bytes);
  expect(snapshot.sheets.find((entry) => entry.name === "Área")?.extras).toEqual({
    hyperlinks: [
      { ref: "A2", target: ACTA, tooltip: "Abrir «acta»" },
      { ref: "A3", location: "'O''Brien & Cía'!B6", display: "Ver umbrales" },
    ],
  });
});

it("writes no <hyperlinks> and no link relationship for a sheet without links", async () => {
  const bytes = await writePatchedBytes(null, {
    sheets: [{ ...sheet, hyperlinks: undefined }],
    definedNames: [],
  });
  const zip = ZipReader.fromBytes(bytes);
  expect(zip.readTextSync("xl/worksheets/sheet1.xml")).not.toContain("hyperlink");
  expect(zip.readTextSync("xl/worksheets/_rels/sheet1.xml.rels")).not.toContain("hyperlink");
});
