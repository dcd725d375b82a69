/**
 * The small parts keep their namespaces whatever prefixes a producer chose (issue 7: openpyxl declares `r:` on each
 * `<sheet>`; other producers prefix the main namespace, `x:workbook`). Python's ElementTree, namespace-aware and
 * independent of @xmldom/xmldom, reads what the writer produced.
 */
import { runPython } from "../../../support/python";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { writePatchedBytes } from "../../../../src/shells/xlsx/package/packageBytes";
import { rewriteWorkbookXml } from "../../../../src/shells/xlsx/package/write/rewriteWorkbookXml";
import { StyleSheet } from "../../../../src/shells/xlsx/package/write/StyleSheet";
import { testOutputDir } from "../../../support/tempDir";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Every element as `{namespace}local` with its attributes in Clark notation, in document order. */
function elements(
  xml: string
): { tag: string; attributes: Record<string, string>; text: string }[] {
  const script = `
import json, sys, xml.etree.ElementTree as ET
root = ET.fromstring(sys.stdin.buffer.read())
print(json.dumps([{"tag": e.tag, "attributes": e.attrib, "text": (e.text or "")} for e in root.iter()]))
`;
  return JSON.parse(runPython(["-c", script], { input: xml }));
}

const changes = {
  states: new Map([["rId2", "hidden" as const]]),
  added: [{ name: "Registro", sheetId: 28, relationshipId: "rId28", state: "visible" as const }],
  removeName: (name: { name: string }) => name.name === "Corte",
  addNames: [{ name: "Corte", text: "'Configuración'!$B$3" }],
};

describe("rewriteWorkbookXml", () => {
  it("gives a tab it adds to an openpyxl workbook (r: declared on each sheet) a bound relationship id", async () => {
    const openpyxl =
      `<workbook xmlns="${MAIN}"><workbookPr/><sheets>` +
      `<sheet xmlns:r="${REL}" name="Instrucciones" sheetId="1" state="visible" r:id="rId1"/>` +
      `<sheet xmlns:r="${REL}" name="Plantilla" sheetId="2" state="visible" r:id="rId2"/>` +
      `</sheets><definedNames><definedName name="Corte">'Configuración'!$B$2</definedName></definedNames>` +
      `<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>`;
    const sheets = elements(await rewriteWorkbookXml(openpyxl, changes)).filter(
      (element) => element.tag === `{${MAIN}}sheet`
    );
    expect(
      sheets.map((sheet) => [
        sheet.attributes.name,
        sheet.attributes[`{${REL}}id`],
        sheet.attributes.state,
      ])
    ).toEqual([
      ["Instrucciones", "rId1", "visible"],
      ["Plantilla", "rId2", "hidden"],
      ["Registro", "rId28", undefined],
    ]);
  });

  it("writes what it adds in the main namespace when the producer prefixed it (x:workbook)", async () => {
    const prefixed =
      `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:sheets>` +
      `<x:sheet name="A" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`;
    const written = elements(await rewriteWorkbookXml(prefixed, changes));
    expect(written.map((element) => element.tag)).toEqual([
      `{${MAIN}}workbook`,
      `{${MAIN}}sheets`,
      `{${MAIN}}sheet`,
      `{${MAIN}}sheet`,
      `{${MAIN}}definedNames`,
      `{${MAIN}}definedName`,
      `{${MAIN}}calcPr`,
    ]);
    expect(written[3].attributes).toEqual({
      name: "Registro",
      sheetId: "28",
      [`{${REL}}id`]: "rId28",
    });
    expect(written[5]).toMatchObject({
      attributes: { name: "Corte" },
      text: "'Configuración'!$B$3",
    });
    expect(written[6].attributes).toEqual({ fullCalcOnLoad: "1" });
  });
});

describe("StyleSheet", () => {
  it("adds fonts, fills and cell formats in the main namespace of a prefixed style sheet, counts updated", () => {
    const prefixed =
      `<x:styleSheet xmlns:x="${MAIN}"><x:fonts count="1"><x:font><x:sz val="11"/><x:name val="Calibri"/></x:font></x:fonts>` +
      `<x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>` +
      `<x:borders count="1"><x:border/></x:borders><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellXfs></x:styleSheet>`;
    const styles = StyleSheet.parse(prefixed);
    expect(styles.cellFormat({ bold: true, fill: "FFEE00" })).toBe(1);
    expect(styles.cellFormat({ bold: true, fill: "FFEE00" })).toBe(1);
    expect(styles.cellFormat({ numberFormat: "0.0%" })).toBe(2);
    const written = elements(styles.toXml());
    expect(written.every((element) => element.tag.startsWith(`{${MAIN}}`))).toBe(true);
    const count = (tag: string): string | undefined =>
      written.find((element) => element.tag === `{${MAIN}}${tag}`)?.attributes.count;
    expect([count("fonts"), count("fills"), count("cellXfs"), count("numFmts")]).toEqual([
      "2",
      "3",
      "3",
      "1",
    ]);
    const fonts = written.filter((element) => element.tag === `{${MAIN}}font`);
    expect(fonts).toHaveLength(2);
    expect(written.find((element) => element.tag === `{${MAIN}}numFmt`)?.attributes).toEqual({
      numFmtId: "164",
      formatCode: "0.0%",
    });
  });
});

/** A workbook whose every part prefixes the main namespace (`x:`), as some .NET producers write it. */
function prefixedPackage(): Uint8Array {
  const rels = "http://schemas.openxmlformats.org/package/2006/relationships";
  const types = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  return zipSync({
    "[Content_Types].xml": strToU8(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${types}.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${types}.worksheet+xml"/></Types>`
    ),
    "_rels/.rels": strToU8(
      `<Relationships xmlns="${rels}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    "xl/workbook.xml": strToU8(
      `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="Hoja" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships xmlns="${rels}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
        `<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row>` +
        `<x:row r="2"><x:c r="A2"><x:f>A1+1</x:f><x:v>2</x:v></x:c></x:row>` +
        `</x:sheetData></x:worksheet>`
    ),
  });
}

describe("cell edits in a worksheet that prefixes the main namespace", () => {
  it("writes cells openpyxl reads, beside the cells it keeps", async () => {
    const bytes = await writePatchedBytes(prefixedPackage(), {
      sheets: [],
      definedNames: [],
      edits: [
        { sheet: "Hoja", cell: "B1", value: "nuevo" },
        { sheet: "Hoja", cell: "C2", value: 7 },
        { sheet: "Hoja", cell: "A3", value: { formula: "A2+1" } },
      ],
    });
    const file = path.join(testOutputDir("prefixed-edits"), "edited.xlsx");
    writeFileSync(file, bytes);
    const cells = JSON.parse(
      runPython([
        "-c",
        "import json, sys, openpyxl; ws = openpyxl.load_workbook(sys.argv[1])['Hoja']; " +
          "print(json.dumps({c.coordinate: c.value for r in ws.iter_rows() for c in r if c.value is not None}))",
        file,
      ])
    );
    expect(cells).toEqual({ A1: 1, B1: "nuevo", A2: "=A1+1", C2: 7, A3: "=A2+1" });
  });
});
