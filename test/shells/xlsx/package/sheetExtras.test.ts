/**
 * The package reader notes, per sheet holding a table, what a rebuilt tab does not carry as it carries values
 * (`SheetExtras`): every link on a cell with its target, and objects drawn over the sheet and formatted runs as counts
 * and the first cells, in the order the sheet holds them. Files made by openpyxl (links, a chart) and hand-edited XML (inline strings with formatted runs),
 * and the same file saved again by LibreOffice (its rich text in shared strings, its chart its own). A sheet with
 * none of them has no `extras`.
 */
import path from "node:path";
import { notCarried } from "../../../../src/core/workbook/SheetExtras";
import { readSnapshotFromFile } from "../../../../src/shells/xlsx/package/read/readSnapshotFromFile";
import { filledPlanWorkbook, validRow } from "../../../support/filledPlan";
import { recalculateWithLibreOffice } from "../../../support/libreoffice";
import { sampleTemplate } from "../../../support/sampleTemplate";
import { addSheetExtras } from "../../../support/sheetExtras";
import { testOutputDir } from "../../../support/tempDir";

const dir = testOutputDir("sheetExtras");
const file = (name: string): string => path.join(dir, name);
const DJ = "3.1 Dirección Jurídica";
/** The address `addSheetExtras` links cells to. */
const ACTA = "https://example.org/acta.pdf";
const linksOn = (cells: string[]): { ref: string; target: string }[] =>
  cells.map((ref) => ({ ref, target: ACTA }));

beforeAll(async () => {
  const plan = await filledPlanWorkbook(sampleTemplate(), {
    DJ: [validRow("Asesorar", [1, 1]), validRow("Conciliar", [1, 1]), validRow("Revisar", [1])],
  });
  await plan.xlsx.writeFile(file("plan.xlsx"));
  // Links on two Evidencias cells and one outside the table; a chart beside it; two cells of formatted runs.
  addSheetExtras(file("plan.xlsx"), file("extras.xlsx"), "T_DJ", {
    links: ["Y8", "Y10", "AH20"],
    chartAt: "AH2",
    rich: ["Z9", "D8"],
  });
  recalculateWithLibreOffice([file("extras.xlsx")], path.join(dir, "lo"));
});

it("a plan with none of them has no extras on any sheet", async () => {
  const snapshot = await readSnapshotFromFile(file("plan.xlsx"));
  expect(snapshot.sheets.filter((sheet) => sheet.extras !== undefined)).toEqual([]);
});

it("notes the links, the chart and the formatted runs of the tab, in sheet order", async () => {
  const snapshot = await readSnapshotFromFile(file("extras.xlsx"));
  const tab = snapshot.sheets.find((sheet) => sheet.name === DJ);
  expect(tab?.extras).toEqual({
    hyperlinks: linksOn(["Y8", "Y10", "AH20"]),
    drawings: { count: 1, charts: 1 },
    richText: { count: 2, cells: ["D8", "Z9"] },
  });
  expect(snapshot.sheets.filter((sheet) => sheet.extras !== undefined)).toHaveLength(1);
});

it("notes them in the same file saved again by LibreOffice (rich text in shared strings)", async () => {
  const snapshot = await readSnapshotFromFile(path.join(dir, "lo", "extras.xlsx"));
  const tab = snapshot.sheets.find((sheet) => sheet.name === DJ);
  // LibreOffice writes each link's cell text as its `display`.
  const evidence = "Actas en la carpeta compartida";
  expect(tab?.extras).toEqual({
    hyperlinks: [
      { ref: "Y8", target: ACTA, display: evidence },
      { ref: "Y10", target: ACTA, display: evidence },
      { ref: "AH20", target: ACTA, display: "Ver acta" },
    ],
    drawings: { count: 1, charts: 1 },
    richText: { count: 2, cells: ["D8", "Z9"] },
  });
});

it("gives every link in sheet order; a message names the first five cells and counts the rest", async () => {
  const many = ["Y8", "Y9", "Y10", "Z8", "Z10", "AA8", "AA9"];
  addSheetExtras(file("plan.xlsx"), file("many.xlsx"), "T_DJ", { links: many });
  const snapshot = await readSnapshotFromFile(file("many.xlsx"));
  const extras = snapshot.sheets.find((sheet) => sheet.name === DJ)?.extras;
  expect(extras).toEqual({
    hyperlinks: linksOn(["Y8", "Z8", "AA8", "Y9", "AA9", "Y10", "Z10"]),
  });
  expect(notCarried(extras)).toEqual([
    { kind: "hyperlinks", count: 7, cells: "Y8, Z8, AA8, Y9, AA9, …" },
  ]);
});
