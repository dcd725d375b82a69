/**
 * Writes the plan files of the producer corpus (`test/fixtures/producers/plans/`): the 2021 plan, filled, as this
 * project writes it, then re-saved by LibreOffice, openpyxl and ExcelJS (regular and streaming); and the files of
 * `bad/` this script can make (empty, CSV, HTML saved as .xls, truncated zip, .ods, .docx; the OLE2 files come from
 * a public corpus, see the README there). The results are committed fixtures; run again
 * (`npx tsx scripts/make-producer-corpus.ts [--bad-only]`) only to refresh them on purpose.
 * Needs `soffice` (Debian libreoffice-calc-nogui) and `/usr/bin/python3` with openpyxl.
 */
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { DEFAULT_TEMPLATE } from "../src/core/template/defaultTemplate";
import { workbookToBuffer } from "../test/support/exceljs/workbookFile";
import { filledPlanWorkbook, validRow } from "../test/support/filledPlan";

const PRODUCERS = path.resolve(__dirname, "..", "test", "fixtures", "producers");
const OUT = path.join(PRODUCERS, "plans");
const BAD = path.join(PRODUCERS, "bad");

/** Three areas filled: one whole (DJ, 9 objectives), two in part; T1 and T2 executed, some behind plan. */
const FILL = {
  DJ: Array.from({ length: 9 }, (_, i) =>
    validRow(`Actividad jurídica ${i + 1}`, [1, i % 3 === 0 ? 0 : 1, null, null])
  ),
  GAF: [
    validRow("Cierre contable trimestral", [1, 1, null, null]),
    validRow("Informe de ejecución presupuestal", [1, 0, null, null]),
    validRow("Plan anual de adquisiciones", [0, 0, null, null]),
  ],
  PI: [validRow("Mesa de cooperación internacional", [1, 1, null, null])],
};

async function resaveWithExcelJsStreaming(input: string, output: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: output,
    useStyles: true,
    useSharedStrings: true,
  });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "emit",
  });
  for await (const worksheetReader of reader) {
    const source = worksheetReader as unknown as ExcelJS.Worksheet & AsyncIterable<ExcelJS.Row>;
    const sheet = writer.addWorksheet(source.name, { state: source.state });
    for await (const row of source) {
      const target = sheet.getRow(row.number);
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        const copy = target.getCell(column);
        copy.value = cell.value;
        copy.style = cell.style;
      });
      target.commit();
    }
    sheet.commit();
  }
  await writer.commit();
}

/** Converts `file` with LibreOffice to `filter` (e.g. "ods"); returns the converted file's path. */
function convertWithLibreOffice(file: string, filter: string, work: string): string {
  const profile = path.join(work, "lo-profile");
  const outDir = path.join(work, `lo-${filter.split(":")[0]}`);
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      filter,
      "--outdir",
      outDir,
      file,
    ],
    { stdio: "pipe", env: { ...process.env, HOME: profile } }
  );
  return path.join(outDir, `${path.basename(file, path.extname(file))}.${filter.split(":")[0]}`);
}

function minimalDocx(): Uint8Array {
  const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  return zipSync({
    "[Content_Types].xml": strToU8(
      `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        "</Types>"
    ),
    "_rels/.rels": strToU8(
      `${declaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        "</Relationships>"
    ),
    "word/document.xml": strToU8(
      `${declaration}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
        "<w:body><w:p><w:r><w:t>Oficio de remisión del plan de acción 2021.</w:t></w:r></w:p></w:body></w:document>"
    ),
  });
}

function writeBadFiles(work: string): void {
  mkdirSync(BAD, { recursive: true });
  const own = path.join(OUT, "plan-matrix.xlsx");
  writeFileSync(path.join(BAD, "empty.xlsx"), "");
  const csv = "ID;Objetivo;Actividad\r\nDJ-01;Asesorar a las alcaldías;Conceptos jurídicos\r\n";
  writeFileSync(path.join(BAD, "data.csv"), csv);
  writeFileSync(path.join(BAD, "data-renamed.xlsx"), csv);
  writeFileSync(
    path.join(BAD, "export.xls"),
    '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head><meta http-equiv=Content-Type ' +
      'content="text/html; charset=utf-8"></head>\n<body><table><tr><td>ID</td><td>Objetivo</td></tr>' +
      "<tr><td>DJ-01</td><td>Asesorar</td></tr></table></body></html>\n"
  );
  // The first 40,000 bytes of a plan: what an interrupted copy or download leaves.
  writeFileSync(path.join(BAD, "truncated.xlsx"), readFileSync(own).subarray(0, 40000));
  renameSync(convertWithLibreOffice(own, "ods", work), path.join(BAD, "plan.ods"));
  copyFileSync(path.join(BAD, "plan.ods"), path.join(BAD, "plan-ods-renamed.xlsx"));
  // Calc alone is installed (no Writer): the smallest Word document the OOXML spec allows, zipped by fflate.
  writeFileSync(path.join(BAD, "letter.docx"), minimalDocx());
  copyFileSync(path.join(BAD, "letter.docx"), path.join(BAD, "letter-renamed.xlsx"));
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(path.join(os.tmpdir(), "producers-"));
  if (process.argv.includes("--bad-only")) {
    writeBadFiles(work);
    rmSync(work, { recursive: true, force: true });
    return;
  }
  const own = path.join(OUT, "plan-matrix.xlsx");
  const workbook = await filledPlanWorkbook(DEFAULT_TEMPLATE, FILL);
  writeFileSync(own, await workbookToBuffer(workbook));

  // LibreOffice Calc, as a user's "Save" in Excel 2007-365 format (its own profile, no recalculation settings).
  const profile = path.join(work, "lo-profile");
  const source = path.join(work, "libreoffice.xlsx");
  copyFileSync(own, source);
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      path.join(work, "lo"),
      source,
    ],
    { stdio: "pipe", env: { ...process.env, HOME: profile } }
  );
  renameSync(path.join(work, "lo", "libreoffice.xlsx"), path.join(OUT, "libreoffice.xlsx"));

  // openpyxl: load and save, as an analyst's script would.
  execFileSync("/usr/bin/python3", [
    "-c",
    "import sys, openpyxl; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])",
    own,
    path.join(OUT, "openpyxl.xlsx"),
  ]);

  // ExcelJS, regular: read the whole workbook, write it back.
  const regular = new ExcelJS.Workbook();
  await regular.xlsx.readFile(own);
  await regular.xlsx.writeFile(path.join(OUT, "exceljs.xlsx"));

  // ExcelJS, streaming: rows through the streaming reader into the streaming writer (what it can carry).
  await resaveWithExcelJsStreaming(own, path.join(OUT, "exceljs-streaming.xlsx"));
  writeBadFiles(work);
  rmSync(work, { recursive: true, force: true });
  process.stdout.write(`Producer corpus written to ${path.relative(process.cwd(), OUT)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
