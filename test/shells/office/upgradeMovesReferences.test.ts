/**
 * The pane's upgrade on the strict Excel fake (parity with the CLI's, test/cli/upgradeMovesReferences.test.ts): a
 * template that adds a column moves T_DJ's later columns right, and the formulas on the user's own sheet that point
 * into them are moved with them (Excel does not move them: the host resizes the table in place and rewrites the
 * tab), and so is the user's workbook name; the others are not written. The user's sheet is read in the same request
 * as the area tabs' surroundings, and its edits ride in the write's requests: the upgrade takes as many syncs as
 * without that sheet (9 here).
 * Addresses by hand: `% Cumplimiento` is AD in version 1 and AE once `Fuente` is added after `Estado del reporte`.
 */
import { HEADERS } from "../../../src/core/workbook/areaColumns";
import { sampleTemplateWithSource } from "../../support/sampleTemplate";
import { samplePlanInFake } from "./support";

jest.setTimeout(120_000);

const DJ = "3.1 Dirección Jurídica";
const MINE = "Mi hoja";
const v2 = sampleTemplateWithSource();
const FORMULAS = [
  `='${DJ}'!AD8`,
  `=SUM('${DJ}'!AD8:AD20)`,
  "=SUM(T_DJ[% Cumplimiento])",
  `='${DJ}'!A1`,
  "=AD8",
];

async function upgraded(withUserSheet: boolean) {
  const { excel, operations } = await samplePlanInFake();
  if (withUserSheet)
    await excel.run(async (context) => {
      const mine = context.workbook.worksheets.add(MINE);
      mine.getRange("B1:B5").formulas = FORMULAS.map((formula) => [formula]);
      context.workbook.names.add("MiCumplimiento", `='${DJ}'!$AD$8`);
      await context.sync();
    });
  excel.resetCounters();
  const result = await operations.upgrade({ template: v2 });
  return { excel, result, syncs: excel.syncCount };
}

test("moves the user's references into the moved columns, in as many syncs as without the user's sheet", async () => {
  const { excel, result, syncs } = await upgraded(true);
  const mine = excel.sheet(MINE);
  expect(FORMULAS.map((_, row) => mine.cell(row, 1)?.f)).toEqual([
    `='${DJ}'!AE8`,
    `=SUM('${DJ}'!AE8:AE20)`,
    ...FORMULAS.slice(2),
  ]);
  expect(excel.dump(DJ).AE7).toBe(HEADERS.compliance);
  expect(result.report.movedFormulas).toEqual([{ sheet: MINE, cells: ["B1", "B2"] }]);
  expect(excel.model.nameByKey("MiCumplimiento")?.formula).toBe(`='${DJ}'!$AE$8`);
  expect(result.report.movedNames).toEqual(["MiCumplimiento"]);
  expect(syncs).toBe(9);
  expect(syncs).toBe((await upgraded(false)).syncs);
});
