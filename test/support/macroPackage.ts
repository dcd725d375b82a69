/**
 * Macro-enabled and template packages as Excel writes them, made from a plan plan-matrix wrote (Python's zipfile
 * rewrites it), and Python's reading of a package: what the macro-enabled suites of the CLI and the pane share.
 */
import { runPython } from "./python";

export const SHEET_MAIN =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
export const MAIN_TYPES = {
  xlsm: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  xltm: "application/vnd.ms-excel.template.macroEnabled.main+xml",
  xltx: "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
};

/**
 * `source` rewritten as Excel writes a macro-enabled (or template) package: the main part's content type; with
 * `macros`, the VBA project and its signature, and a ribbon whose button calls `Macro1` (plus, with `plainRibbon`,
 * a ribbon of built-in controls only, which an .xlsx may keep).
 */
export function rewritePackage(
  source: string,
  target: string,
  mainType: string,
  options: { macros: boolean; plainRibbon?: boolean }
): void {
  const script = String.raw`
import sys, zipfile, json
src, dst, main, opts = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
zin = zipfile.ZipFile(src)
zout = zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED)
SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
MS = "http://schemas.microsoft.com/office/2006/relationships"
for info in zin.infolist():
    data = zin.read(info.filename).decode("utf8")
    if info.filename == "[Content_Types].xml":
        assert SHEET in data
        data = data.replace(SHEET, main)
        if opts["macros"]:
            data = data.replace("</Types>",
                '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                '<Override PartName="/xl/vbaProjectSignature.bin" ContentType="application/vnd.ms-office.vbaProjectSignature"/>'
                "</Types>")
    elif info.filename == "xl/_rels/workbook.xml.rels" and opts["macros"]:
        data = data.replace("</Relationships>",
            '<Relationship Id="rIdVba" Type="' + MS + '/vbaProject" Target="vbaProject.bin"/></Relationships>')
    elif info.filename == "_rels/.rels" and opts["macros"]:
        extra = '<Relationship Id="rIdUi" Type="' + MS + '/ui/extensibility" Target="customUI/customUI.xml"/>'
        if opts.get("plainRibbon"):
            extra += '<Relationship Id="rIdUi14" Type="http://schemas.microsoft.com/office/2007/relationships/ui/extensibility" Target="customUI/customUI14.xml"/>'
        data = data.replace("</Relationships>", extra + "</Relationships>")
    zout.writestr(info, data.encode("utf8"))
if opts["macros"]:
    zout.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1vba-project")
    zout.writestr("xl/vbaProjectSignature.bin", b"signature")
    zout.writestr("xl/_rels/vbaProject.bin.rels",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="' + MS + '/vbaProjectSignature" Target="vbaProjectSignature.bin"/></Relationships>')
    zout.writestr("customUI/customUI.xml",
        '<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui"><ribbon><tabs><tab id="t" label="Plan">'
        '<group id="g" label="Macros"><button id="b" label="Ejecutar" onAction="Macro1"/></group></tab></tabs></ribbon></customUI>')
    if opts.get("plainRibbon"):
        zout.writestr("customUI/customUI14.xml",
            '<customUI xmlns="http://schemas.microsoft.com/office/2009/07/customui"><ribbon><tabs>'
            '<tab idMso="TabHome"><group idMso="GroupClipboard" visible="false"/></tab></tabs></ribbon></customUI>')
zout.close()
`;
  runPython(["-c", script, source, target, mainType, JSON.stringify(options)]);
}

export type Package = { entries: string[]; contentTypes: string; parts: Record<string, string> };

/** Python's zipfile (not plan-matrix's reader): the entries, `[Content_Types].xml` and the relationships parts. */
export function packageOf(path: string): Package {
  const script = String.raw`
import sys, zipfile, json
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
print(json.dumps({"entries": names, "contentTypes": z.read("[Content_Types].xml").decode("utf8"),
  "parts": {n: z.read(n).decode("utf8") for n in names if n.endswith(".rels")}}))
`;
  return JSON.parse(runPython(["-c", script, path]));
}

/** The content type `[Content_Types].xml` gives the workbook part (its Override). */
export const workbookType = (contentTypes: string): string | undefined =>
  /<Override[^>]*PartName="\/xl\/workbook\.xml"[^>]*ContentType="([^"]+)"/.exec(contentTypes)?.[1];

export const MACRO_PARTS = [
  "xl/vbaProject.bin",
  "xl/vbaProjectSignature.bin",
  "xl/_rels/vbaProject.bin.rels",
  "customUI/customUI.xml",
];

export function expectPlainWorkbook(output: string): Package {
  const written = packageOf(output);
  expect(workbookType(written.contentTypes)).toBe(SHEET_MAIN);
  expect(written.contentTypes).not.toMatch(/macroEnabled|template\.main|vbaProject/);
  for (const part of MACRO_PARTS) expect(written.entries).not.toContain(part);
  expect(written.parts["xl/_rels/workbook.xml.rels"]).not.toMatch(/vbaProject/);
  expect(written.parts["_rels/.rels"]).toMatch(/officeDocument/);
  expect(written.parts["_rels/.rels"]).not.toMatch(/customUI\/customUI\.xml/);
  return written;
}
