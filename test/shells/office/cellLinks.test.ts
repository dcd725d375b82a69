/**
 * Links on cells inside Excel (SPEC §2: nothing a user typed is lost): the pane's upgrade rebuilds each area tab, so
 * the Office host reads the links of the tabs it rebuilds (`getCellProperties({ hyperlink: true })`, with their
 * contents) and writes the carried ones back (`Range.hyperlink`); a link on a cell whose value is not carried is named
 * in the report, as the file host's upgrade names it. Addresses by hand: in version 1 T_DJ is A7:AE9, its first row is
 * row 8, `Evidencias` is its 25th column (Y) and `% Cumplimiento` its 30th (AD); version 2 adds `Fuente` after `Estado
 * del reporte` (AA), at AB, so `Evidencias` stays at Y and `% Cumplimiento` moves to AE.
 */
import { HEADERS } from "../../../src/core/workbook/areaColumns";
import { layoutWorkbook } from "../../../src/core/workbook/layoutWorkbook";
import { sampleTemplate, sampleTemplateWithSource } from "../../support/sampleTemplate";
import { officeCode } from "../../fakes/excel/officeCode";
import { officeHost, samplePlanInFake } from "./support";

jest.setTimeout(120_000);

const DJ = "3.1 Dirección Jurídica";
const v1 = sampleTemplate();
const v2 = sampleTemplateWithSource();
const EVIDENCE = {
  address: "https://asocapitales.sharepoint.com/sites/planeacion/Evidencias/DJ-01.pdf",
  screenTip: "Acta de la reunión",
};
/** Y = column 25, AD = 30, AE = 31 (1-based); the fake's cells are 0-based. */
const Y = 24;
const AD = 29;
const AE = 30;

/** `failAt`: the write's request that fails (all its commands run first), counted from the upgrade's first. */
async function upgraded(withLinks: boolean, failAt?: number) {
  const layoutTable = layoutWorkbook(v1)
    .sheets.flatMap((sheet) => sheet.tables)
    .find((table) => table.name === "T_DJ");
  expect(layoutTable?.headers.indexOf(HEADERS.evidence)).toBe(Y);
  expect(layoutTable?.headers.indexOf(HEADERS.compliance)).toBe(AD);
  const { excel, operations } = await samplePlanInFake();
  if (withLinks) {
    // The user links the evidence (an unlocked cell of the protected tab) through Excel …
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(DJ).getRange("Y8").hyperlink = EVIDENCE;
      await context.sync();
    });
    // … and had put a link on the computed % Cumplimiento before the tab was protected.
    excel.sheet(DJ).cellForWrite(7, AD).link = { address: "https://example.org/indicador" };
  }
  expect(excel.sheet(DJ).cell(7, Y)?.v).toBe("Actas en la carpeta compartida");
  excel.resetCounters();
  if (failAt !== undefined) {
    excel.failAtSync(failAt, 1);
    await expect(operations.upgrade({ template: v2 })).rejects.toThrow();
    return { excel, result: null, syncs: excel.syncCount };
  }
  const result = await operations.upgrade({ template: v2 });
  return { excel, result, syncs: excel.syncCount };
}

test("a pane upgrade keeps the link on a carried cell and names the one on a cell it rebuilds", async () => {
  const { excel, result, syncs } = await upgraded(true);
  const tab = excel.sheet(DJ);
  // The evidence: same cell, same text, same link.
  expect(tab.cell(7, Y)?.v).toBe("Actas en la carpeta compartida");
  expect(tab.cell(7, Y)?.link).toEqual(EVIDENCE);
  // % Cumplimiento is written again from the template (now at AE): its link is not carried, and it is said.
  expect(tab.cell(7, AE)?.f).toBeDefined();
  expect(tab.cell(7, AE)?.link).toBeUndefined();
  expect(tab.cell(7, AD)?.link).toBeUndefined();
  expect(result?.report.problems.filter((problem) => problem.code.includes("yperlink"))).toEqual([
    { code: "upgrade.hyperlinksNotCarried", params: { sheet: DJ, count: 1, cells: "AD8" } },
  ]);
  // Read with the tab's contents and written with its cells: no request more than without links.
  expect(syncs).toBe((await upgraded(false)).syncs);
});

test("a pane upgrade whose last request fails puts every link of the tab back where it was", async () => {
  const { syncs } = await upgraded(true);
  const { excel } = await upgraded(true, syncs);
  const tab = excel.sheet(DJ);
  // The tab as it was: version 1's % Cumplimiento at AD, its formula and link; the evidence's link at Y.
  expect(tab.cell(7, Y)?.v).toBe("Actas en la carpeta compartida");
  expect(tab.cell(7, Y)?.link).toEqual(EVIDENCE);
  expect(tab.cell(7, AD)?.f).toBeDefined();
  expect(tab.cell(7, AD)?.link).toEqual({ address: "https://example.org/indicador" });
});

test("the fake refuses a hyperlink Excel would refuse, and reads links per cell after a sync", async () => {
  const { excel } = officeHost();
  const codes: string[] = [];
  for (const link of [
    { url: "https://example.org" },
    { address: 42 },
    { screenTip: "nowhere" },
  ] as unknown as Excel.RangeHyperlink[])
    codes.push(
      await officeCode(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1").hyperlink = link;
        })
      )
    );
  expect(codes).toEqual(["InvalidArgument", "InvalidArgument", "InvalidArgument"]);
  const read = await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("B2").hyperlink = { documentReference: "'Sheet1'!A1", textToDisplay: "Inicio" };
    const cells = sheet.getRange("A2:B2").getCellProperties({ hyperlink: true });
    // A ClientResult: no load, readable only after the sync (the lint rules know loaded proxies only).
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    expect(() => cells.value).toThrow();
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read
    return cells.value;
  });
  expect(read).toEqual([
    [
      { hyperlink: null },
      { hyperlink: { documentReference: "'Sheet1'!A1", textToDisplay: "Inicio" } },
    ],
  ]);
  // textToDisplay is the cell's text.
  expect(excel.sheet("Sheet1").cell(1, 1)?.v).toBe("Inicio");
});
