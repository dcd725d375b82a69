/**
 * Control characters in an area's texts (probe3 §9): a line break pasted from Word arrives as a vertical tab
 * (`_x000B_` in the file's XML), a script may leave others (`_x0001_`, `_x001F_`). The informe shows every such
 * text with them as spaces and, inside a sentence, white space collapsed: read back by python-docx from the .docx
 * and as the .html's text, words are never glued together and no control character is left.
 */
import { runPython } from "../support/python";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { editPart } from "../fixtures/hostile/zipSurgery";
import { htmlText } from "../core/report/informeText";
import { filledPlanWorkbook, validRow } from "../support/filledPlan";
import { cli } from "../support/runCli";
import { sampleTemplate } from "../support/sampleTemplate";
import { testOutputDir } from "../support/tempDir";

const dir = testOutputDir("report-control-characters");
const file = (name: string): string => path.join(dir, name);
// eslint-disable-next-line no-control-regex -- what must not be left
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;

/** Placeholders written by ExcelJS, then rewritten in the shared strings as Excel stores control characters. */
const STORED: Record<string, string> = {
  DELIVERABLE_A: "Entregable_x000B_con salto",
  OBSERVATIONS_A: "primera_x000B_segunda_x0001_fin_x001F_",
  DELIVERABLE_B: "Informe_x000B__x000B_en rojo",
  RESPONSIBLE_B: "Coordinación_x000B_del área",
};

/** The paragraphs python-docx reads from a .docx, in order. */
function docxParagraphs(docx: string): string[] {
  const script = [
    "import docx, json, sys",
    "document = docx.Document(sys.argv[1])",
    "print(json.dumps([paragraph.text for paragraph in document.paragraphs]))",
  ].join("\n");
  return JSON.parse(runPython(["-c", script, docx])) as string[];
}

const SENTENCES = [
  "Entregable con salto: se ejecutaron 2 de 2 programados a la fecha (100,0%). La evidencia reportada es «Actas en la carpeta compartida». El área anota: «primera segunda fin».",
  "Informe en rojo: se ejecutaron 0 de 2 programados a la fecha (0,0%). A cargo de Coordinación del área. El área no registró observaciones sobre el retraso.",
];

beforeAll(async () => {
  const workbook = await filledPlanWorkbook(sampleTemplate(), {
    DJ: [
      validRow("Uno", [1, 1, null, null], {
        [HEADERS.deliverable]: "DELIVERABLE_A",
        [HEADERS.observations]: "OBSERVATIONS_A",
      }),
      validRow("Dos", [0, 0, null, null], {
        [HEADERS.deliverable]: "DELIVERABLE_B",
        [HEADERS.responsible]: "RESPONSIBLE_B",
      }),
    ],
  });
  const bytes = editPart(
    new Uint8Array(await workbook.xlsx.writeBuffer()),
    "xl/sharedStrings.xml",
    (xml) =>
      Object.entries(STORED).reduce((text, [placeholder, stored]) => {
        if (!text.includes(`<t>${placeholder}</t>`)) throw new Error(`no ${placeholder}`);
        return text.replace(`<t>${placeholder}</t>`, `<t>${stored}</t>`);
      }, xml)
  );
  writeFileSync(file("plan.xlsx"), bytes);
  for (const out of ["informe.docx", "informe.html"]) {
    const run = await cli("report", file("plan.xlsx"), "--semester", "1", "--out", file(out));
    expect([out, run.code, run.stderr]).toEqual([out, 0, ""]);
  }
}, 120_000);

describe("the informe of texts holding control characters", () => {
  it("the .docx (python-docx) tells them with spaces, no word glued to the next", () => {
    const paragraphs = docxParagraphs(file("informe.docx"));
    expect(SENTENCES.filter((sentence) => !paragraphs.includes(sentence))).toEqual([]);
    expect(
      paragraphs.filter((paragraph) => /Entregablecon|Coordinacióndel/.test(paragraph))
    ).toEqual([]);
  });

  it("the .html tells them the same, and holds no control character", () => {
    const html = readFileSync(file("informe.html"), "utf8");
    expect(CONTROL.test(html)).toBe(false);
    const lines = htmlText(html).split("\n");
    expect(SENTENCES.filter((sentence) => !lines.includes(sentence))).toEqual([]);
  });
});
