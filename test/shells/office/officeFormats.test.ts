/**
 * Conditional-format number formats (ExcelApi 1.6, e.g. "0.0%" on Porcentaje rows) and Excel's "Narrow" margins
 * (PageLayout margins in points, ExcelApi 1.9: 0.25" = 18 pt left and right, 0.75" = 54 pt top and bottom) written
 * by the Office host; below 1.9 (the manifest's minimum) nothing is written.
 */
import { emptySheet, WorkbookPatch } from "../../../src/core/workbook/WorkbookPatch";
import { officeHost } from "./support";

function patch(): WorkbookPatch {
  const sheet = emptySheet("Hoja");
  sheet.blocks.push({ row: 1, column: 1, values: [["Porcentaje", 0.5]] });
  sheet.conditionalFormats.push({
    range: "B1",
    rules: [
      {
        kind: "expression",
        formula: '$A1="Porcentaje"',
        style: { numberFormat: "0.0%", bold: true },
      },
    ],
  });
  sheet.pageSetup = { orientation: "landscape", fitToWidth: true, margins: "narrow" };
  return { sheets: [sheet], definedNames: [] };
}

test("a conditional format carries its number format, and narrow margins are Excel's Narrow preset", async () => {
  const { excel, host } = officeHost();
  await host.applyPatch(patch());
  const sheet = excel.model.sheets.find((candidate) => candidate.name === "Hoja")!;
  expect(sheet.conditionalFormats).toHaveLength(1);
  expect(sheet.conditionalFormats[0].type).toBe("Custom");
  expect(sheet.conditionalFormats[0].settings).toEqual([
    { "custom.rule.formula": '=$A1="Porcentaje"' },
    { "custom.format.font.bold": true },
    { "custom.format.numberFormat": "0.0%" },
  ]);
  expect(sheet.pageLayout).toMatchObject({
    orientation: "Landscape",
    leftMargin: 18,
    rightMargin: 18,
    topMargin: 54,
    bottomMargin: 54,
  });
});

test("below ExcelApi 1.9, the manifest's minimum, nothing is written and the message names the set", async () => {
  const { excel, host } = officeHost({ apiVersion: 8 });
  await expect(host.applyPatch(patch())).rejects.toMatchObject({
    code: "excel.requirementMissing",
  });
  expect(excel.sheetNames()).toEqual(["Sheet1"]);
});
