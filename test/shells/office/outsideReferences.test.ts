/**
 * SPEC §9, issue 16 finding 2: a write never breaks what lies outside it. A user's own tab holds formulas on
 * `Resumen`, `T_Matriz`, an area table and the name `Corte`, a name of its own on `Resumen`, and a chart drawn from
 * `T_Matriz`'s cells, and one on `T_Historial` (which moves when `Registro`'s lists above it grow or shrink); after
 * each operation that rewrites plan sheets (generate over the plan, consolidate, import, upgrade, fix) every one of
 * them still refers to what it referred to: no #REF!, no #NAME?, the chart's data on a live sheet.
 */
import { HEADERS } from "../../../src/core/workbook/areaColumns";
import { layoutWorkbook } from "../../../src/core/workbook/layoutWorkbook";
import { bindOperations } from "../../../src/operations/bindOperations";
import { PlanOperations } from "../../../src/operations/PlanOperations";
import { OfficeHost } from "../../../src/shells/office/OfficeHost";
import { FakeExcel } from "../../fakes/excel/FakeExcel";
import { validRow } from "../../support/filledPlan";
import { sampleTemplate } from "../../support/sampleTemplate";
import { fillEdits, officeHost } from "./support";

jest.setTimeout(120_000);

const USER_FORMULAS = [
  "='Resumen'!B5",
  "=ROWS(T_Matriz[Ponderación])",
  "=SUM(T_DJ[Ponderación])",
  "=Corte",
  "=SUM(T_Historial[% Cumplimiento])",
];

type Plan = { excel: FakeExcel; host: OfficeHost; operations: PlanOperations };

async function planWithUserTab(): Promise<Plan> {
  const { excel, host } = officeHost();
  const operations = bindOperations(host);
  const template = sampleTemplate();
  await operations.generate({ template });
  const fill = {
    DJ: [
      validRow("Asesorar a las alcaldías", [1, 1, null, null], { [HEADERS.weight]: 0.5 }),
      validRow("Revisar contratos", [1, 0, null, null], { [HEADERS.weight]: 0.5 }),
    ],
  };
  await host.applyPatch({
    sheets: [],
    definedNames: [],
    edits: fillEdits(layoutWorkbook(template), fill),
  });
  await operations.consolidate({ imports: [], today: "2021-04-05" });
  await excel.run(async (context) => {
    const mine = context.workbook.worksheets.add("Mis cuentas");
    mine.getRange("A1:A5").formulas = USER_FORMULAS.map((formula) => [formula]);
    context.workbook.names.add("MiTotal", "='Resumen'!$B$5");
    const matrix = context.workbook.tables.getItemOrNullObject("T_Matriz").getDataBodyRange();
    mine.charts.add("ColumnClustered", matrix.getLastRow(), "Rows");
    await context.sync();
  });
  return { excel, host, operations };
}

/** What the user's references look like: their formulas, their values' kind, the name, the chart's data. */
function outside(excel: FakeExcel): unknown {
  const mine = excel.sheet("Mis cuentas");
  return {
    formulas: USER_FORMULAS.map((_, row) => mine.cell(row, 0)?.f),
    errors: USER_FORMULAS.map((_, row) => mine.cell(row, 0)?.error === true),
    name: excel.model.nameByKey("MiTotal")?.formula,
    chartOnLiveSheet: mine.charts[0].series.every((series) =>
      excel.model.sheets.includes(series.values.sheet)
    ),
  };
}

const EXPECTED = {
  formulas: USER_FORMULAS,
  errors: [false, false, false, false, false],
  name: "='Resumen'!$B$5",
  chartOnLiveSheet: true,
};

/**
 * The second activity of DJ renumbered: at the next consolidation its old row has left the area, so `Registro`
 * gains a finding ("rows vanished") above its tables, and `T_Reemplazos`, `T_Retirados` and `T_Historial` move down.
 */
async function renumberSecondActivity({ host }: Plan): Promise<void> {
  await host.applyPatch({
    sheets: [],
    definedNames: [],
    edits: fillEdits(layoutWorkbook(sampleTemplate()), { DJ: [{}, { [HEADERS.id]: "DJ-99" }] }),
  });
}

/** Where `T_Historial`'s header row is (1-based). */
const historyRow = (excel: FakeExcel): number | undefined =>
  excel.model.tableByKey("T_Historial") &&
  (excel.model.tableByKey("T_Historial")?.bounds.top ?? 0) + 1;

test.each<[string, (plan: Plan) => Promise<unknown>]>([
  [
    "generate over the existing plan",
    ({ operations }) =>
      operations.generate({ template: sampleTemplate(), replaceExistingPlan: true }),
  ],
  ["consolidate", ({ operations }) => operations.consolidate({ imports: [], today: "2021-07-05" })],
  [
    "consolidate after a row left its area (Registro's tables move down)",
    async (plan) => {
      await renumberSecondActivity(plan);
      const before = historyRow(plan.excel);
      await plan.operations.consolidate({ imports: [], today: "2021-07-05" });
      expect(historyRow(plan.excel)).toBeGreaterThan(before ?? Infinity);
    },
  ],
  [
    "import (Registro rewritten, its tables moved)",
    async (plan) => {
      const area = officeHost();
      await bindOperations(area.host).generate({ template: sampleTemplate() });
      await area.host.applyPatch({
        sheets: [],
        definedNames: [],
        edits: fillEdits(layoutWorkbook(sampleTemplate()), {
          DJ: [validRow("Otra actividad", [1, 1, null, null], { [HEADERS.weight]: 1 })],
        }),
      });
      const snapshot = await area.host.readSnapshot();
      const before = historyRow(plan.excel);
      const result = await plan.operations.importAreas({
        imports: [{ file: "dj.xlsx", snapshot }],
        replace: ["DJ"],
        today: "2021-07-05",
      });
      expect(result.written).toBe(true);
      expect(historyRow(plan.excel)).not.toBe(before);
    },
  ],
  [
    "upgrade",
    ({ operations }) => operations.upgrade({ template: sampleTemplate({ templateVersion: 2 }) }),
  ],
  ["fix", ({ operations }) => operations.fix({})],
])("after %s, the user's formulas, name and chart still refer to the plan", async (_, run) => {
  const plan = await planWithUserTab();
  expect(outside(plan.excel)).toEqual(EXPECTED);
  await run(plan);
  expect(outside(plan.excel)).toEqual(EXPECTED);
});

test("a failure at any sync of a consolidation that moves Registro's tables leaves the user's references as they were", async () => {
  const setup = async (): Promise<Plan> => {
    const plan = await planWithUserTab();
    await renumberSecondActivity(plan);
    plan.excel.resetCounters();
    return plan;
  };
  const consolidate = (plan: Plan) =>
    plan.operations.consolidate({ imports: [], today: "2021-07-05" });
  const clean = await setup();
  const before = historyRow(clean.excel);
  await consolidate(clean);
  expect(historyRow(clean.excel)).toBeGreaterThan(before ?? Infinity);
  const syncs = clean.excel.syncCount;
  for (let at = 1; at <= syncs; at++)
    for (const fraction of [0, 0.5, 1]) {
      const run = await setup();
      run.excel.failAtSync(at, fraction);
      await consolidate(run).catch(() => undefined);
      expect(outside(run.excel)).toEqual(EXPECTED);
      // Where it was when the failure is at the write; where the consolidation put it when that was done.
      expect([before, historyRow(clean.excel)]).toContain(historyRow(run.excel));
    }
});
