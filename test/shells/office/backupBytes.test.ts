/**
 * The back-up of the sheets a write rewrites in place is sized before it is read (`backupBytes`): the look brings it
 * only when its estimate fits one response, otherwise it comes in response-sized blocks — so a big plan's upgrade or
 * consolidation never asks Excel on the web for a response of 5 MB or more (issue 16), and a small plan's write
 * takes no more requests than before.
 */
import { DEFAULT_TEMPLATE } from "../../../src/core/template/defaultTemplate";
import { planUpgrade } from "../../../src/core/upgrade/planUpgrade";
import { emptySheet, SheetPatch } from "../../../src/core/workbook/WorkbookPatch";
import { backupBytes } from "../../../src/shells/office/backupBytes";
import { filledLayout } from "../../../bench/excelRoundTrips";
import { FakeExcel } from "../../fakes/excel/FakeExcel";
import { consolidation, officeHost } from "./support";

const FOUR_MB = 4 * 1024 * 1024;
const FIVE_MB = 5 * 1024 * 1024;
const nextVersion = { ...DEFAULT_TEMPLATE, templateVersion: DEFAULT_TEMPLATE.templateVersion + 1 };

/** Every request and every response under 5 MB, and syncs ≤ 5 + ⌈bytes (both ways) ÷ 4 MB⌉. */
function expectWithinLimits(excel: FakeExcel): void {
  expect(excel.largestResponseBytes).toBeLessThan(FIVE_MB);
  expect(excel.largestRequestBytes).toBeLessThan(FIVE_MB);
  expect(excel.syncCount).toBeLessThanOrEqual(
    5 + Math.ceil((excel.totalRequestBytes + excel.totalResponseBytes) / FOUR_MB)
  );
}

test("the estimate is what the patch writes — each cell's text or formula plus 14 bytes — or what the last read measured, when more", () => {
  const sheet: SheetPatch = emptySheet("Hoja");
  sheet.blocks.push({ row: 1, column: 1, values: [["ab", 12]] });
  sheet.tables.push({
    name: "T_Hoja",
    topLeft: "A3",
    headers: ["X"],
    rows: [["é"], [{ formula: "SUM(A1)" }]],
    style: "TableStyleLight1",
  });
  // Rows 1–5 × columns A–B = 10 cells × 14, plus "ab" 2, 12 → 2, "X" 1, "é" 2 (UTF-8), "=SUM(A1)" 8: 155.
  expect(backupBytes(sheet)).toEqual({ bytes: 155, bytesPerRow: 31, measured: false });
  expect(backupBytes(sheet, { bytes: 1000, rows: 10 })).toEqual({
    bytes: 1000,
    bytesPerRow: 100,
    measured: true,
  });
  expect(backupBytes(sheet, { bytes: 100, rows: 10 })).toEqual({
    bytes: 155,
    bytesPerRow: 31,
    measured: true,
  });
});

test("upgrade and consolidation of a plan with 17 areas × 1,000 rows and 150-character texts never ask for a response of 5 MB or more", async () => {
  const { excel, host } = officeHost();
  await host.applyPatch(filledLayout(DEFAULT_TEMPLATE, 1000, 150));
  const upgrade = planUpgrade(await host.readSnapshot(), DEFAULT_TEMPLATE, nextVersion);
  excel.resetCounters();
  // Every area tab is rewritten in place: ≈ 50 MB of back-up, read in blocks of ≈ 4.5 MB.
  await host.applyPatch(upgrade.patch, { tabOrder: upgrade.tabOrder });
  expect(excel.totalResponseBytes).toBeGreaterThan(40 * 1024 * 1024);
  expectWithinLimits(excel);

  await host.applyPatch(consolidation(await host.readSnapshot(), "T1", "2021-04-05"));
  const next = consolidation(await host.readSnapshot(), "T2", "2021-07-05");
  excel.resetCounters();
  // The second consolidation rewrites a Matriz of 17,000 rows in place.
  await host.applyPatch(next);
  expect(excel.totalResponseBytes).toBeGreaterThan(10 * 1024 * 1024);
  expectWithinLimits(excel);
}, 600_000);

test("a small plan's upgrade and consolidation take as many requests as when the back-up always came with the look", async () => {
  const { excel, host } = officeHost();
  await host.applyPatch(filledLayout(DEFAULT_TEMPLATE, 10));
  const upgrade = planUpgrade(await host.readSnapshot(), DEFAULT_TEMPLATE, nextVersion);
  excel.resetCounters();
  await host.applyPatch(upgrade.patch, { tabOrder: upgrade.tabOrder });
  // The look with the back-up, the tables' fills and validation, the write.
  expect(excel.syncCount).toBe(3);

  await host.applyPatch(consolidation(await host.readSnapshot(), "T1", "2021-04-05"));
  const next = consolidation(await host.readSnapshot(), "T2", "2021-07-05");
  excel.resetCounters();
  await host.applyPatch(next);
  expect(excel.syncCount).toBe(3);
});
