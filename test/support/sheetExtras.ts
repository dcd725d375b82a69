/**
 * A plan's area tab given what a rebuilt tab does not carry, as a user adds it in Excel: openpyxl saves the workbook
 * with links on cells and a bar chart beside the table, then the worksheet's XML is edited by hand so that cells'
 * text has formatted runs (an inline string with a bold run and a red italic one).
 */
import { runPython } from "./python";

export type AddedExtras = {
  /** Cells given a link to a web page (their text is kept, or "Ver acta" when empty). */
  links?: string[];
  /** A bar chart anchored at this cell. */
  chartAt?: string;
  /** Cells whose text becomes formatted runs: «Logro:» in bold, « acta firmada », «(pendiente)» red italic. */
  rich?: string[];
};

const SCRIPT = String.raw`
import sys, json, re, zipfile, openpyxl
from openpyxl.chart import BarChart, Reference
src, dst, table, extras = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
wb = openpyxl.load_workbook(src)
ws = next(s for s in wb.worksheets if table in s.tables)
for cell in extras.get("links", []):
    if ws[cell].value is None: ws[cell].value = "Ver acta"
    ws[cell].hyperlink = "https://example.org/acta.pdf"
if extras.get("chartAt"):
    chart = BarChart(); chart.title = "Avance"
    chart.add_data(Reference(ws, min_col=12, min_row=7, max_row=9), titles_from_data=True)
    ws.add_chart(chart, extras["chartAt"])
for cell in extras.get("rich", []):
    ws[cell].value = "PLACEHOLDER-" + cell
wb.save(dst)
RICH = ('<is><r><rPr><b/></rPr><t>Logro:</t></r><r><t xml:space="preserve"> acta firmada </t></r>'
        '<r><rPr><i/><color rgb="FFFF0000"/></rPr><t>(pendiente)</t></r></is>')
if extras.get("rich"):
    zin = zipfile.ZipFile(dst); entries = [(i, zin.read(i.filename)) for i in zin.infolist()]; zin.close()
    zout = zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED)
    for info, data in entries:
        if info.filename.startswith("xl/worksheets/"):
            for cell in extras["rich"]:
                data = data.replace(("<is><t>PLACEHOLDER-%s</t></is>" % cell).encode(), RICH.encode())
        zout.writestr(info, data)
    zout.close()
`;

/** `input` with `extras` on the tab holding table `table`, saved as `output`. */
export function addSheetExtras(
  input: string,
  output: string,
  table: string,
  extras: AddedExtras
): void {
  runPython(["-W", "ignore", "-c", SCRIPT, input, output, table, JSON.stringify(extras)]);
}
