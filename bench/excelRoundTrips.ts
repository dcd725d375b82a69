/**
 * One size of `npm run bench -- --excel` (a child process, so each size has its own memory): the seven operations
 * of SPEC §9, then generate over the filled plan ("regenerate"), run one after another on one workbook through the
 * Office host over the strict fake Excel — 17 areas (the default template) × ROWS filled rows, cut-off T2 — each
 * modelled as its read and its patch, with the core
 * functions the operations call. With TEXT_CHARS (second argument) every text column of every row holds a text of
 * that many characters (accented Spanish, so more UTF-8 bytes than characters). Prints one `BENCH {…}` line: per
 * operation, the syncs, the largest request and response, the total bytes each way, and the syncs a naive host
 * would make (one sync per row read or written, counted, not run).
 */
import { planFromMatrix } from "../src/core/consolidation/planFromMatrix";
import { consolidatePlan } from "../src/core/consolidation/consolidatePlan";
import { planFixes } from "../src/core/fixes/planFixes";
import { readPlan } from "../src/core/plan/readPlan";
import { buildManagementReport } from "../src/core/report/buildManagementReport";
import { layoutReportSheet } from "../src/core/report/layoutReportSheet";
import { buildReportDocument } from "../src/core/report/document/buildReportDocument";
import { computeSemaphore } from "../src/core/semaphore/computeSemaphore";
import { DEFAULT_TEMPLATE } from "../src/core/template/defaultTemplate";
import { areasInOrder, Template } from "../src/core/template/Template";
import { planUpgrade, upgradeAreaTables } from "../src/core/upgrade/planUpgrade";
import { validateWorkbook } from "../src/core/validation/validateWorkbook";
import { HEADERS } from "../src/core/workbook/areaColumns";
import { layoutWorkbook } from "../src/core/workbook/layoutWorkbook";
import { areaCodeOfTable } from "../src/core/workbook/sheetNames";
import { WorkbookPatch } from "../src/core/workbook/WorkbookPatch";
import { WorkbookSnapshot } from "../src/core/workbook/WorkbookSnapshot";
import { OfficeHost } from "../src/shells/office/OfficeHost";
import { FakeExcel } from "../test/fakes/excel/FakeExcel";
import { fillAreaTable } from "./fillAreaTable";
import { seededRandom } from "./seededRandom";

export type ExcelFigure = {
  operation: string;
  areas: number;
  rows: number;
  /** Characters of the text in every text column (0: the generated fill's own texts). */
  textChars: number;
  syncs: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  naiveSyncs: number;
};

/** The area columns that hold free text. */
const TEXT_HEADERS = new Set<string>([
  HEADERS.objective,
  HEADERS.activity,
  HEADERS.deliverable,
  HEADERS.indicator,
  HEADERS.indicatorFormula,
  HEADERS.responsible,
  HEADERS.evidence,
  HEADERS.observations,
]);

/** A Spanish text of exactly `length` characters, different per row. */
function longText(length: number, row: number): string {
  const words = `Fila ${row}: gestión de la información pública, participación ciudadana y rendición de cuentas. `;
  return words.repeat(Math.ceil(length / words.length)).slice(0, length);
}

const TODAY = "2021-07-15";
const CUTOFF = "T2";

/** One sync per table row read, plus one per name and per sheet listed. */
const naiveReadSyncs = (snapshot: WorkbookSnapshot): number =>
  snapshot.tables.reduce((sum, table) => sum + 1 + table.rows.length, 0) +
  Object.keys(snapshot.names).length +
  1;

/** One sync per row written (blocks and table rows), per sheet created, per name and per cell edit. */
const naiveWriteSyncs = (patch: WorkbookPatch): number =>
  patch.sheets.reduce(
    (sum, sheet) =>
      sum +
      1 +
      sheet.blocks.reduce((rows, block) => rows + block.values.length, 0) +
      sheet.tables.reduce((rows, table) => rows + 1 + table.rows.length, 0),
    0
  ) +
  patch.definedNames.length +
  (patch.edits?.length ?? 0);

export function filledLayout(template: Template, rows: number, textChars = 0): WorkbookPatch {
  const patch = layoutWorkbook(template, {
    areaSheet: () => ({ rowCount: rows }),
    cutoff: CUTOFF,
  });
  const objectives = new Map(
    areasInOrder(template).map(({ area }) => [area.code.toUpperCase(), area.objectives])
  );
  const random = seededRandom(2021);
  let index = 0;
  for (const sheet of patch.sheets)
    for (const table of sheet.tables) {
      const code = areaCodeOfTable(table.name);
      if (!code) continue;
      fillAreaTable(table, template, code, objectives.get(code) ?? [], random, index++ % 5 === 0);
      if (textChars > 0)
        table.headers.forEach((header, column) => {
          if (TEXT_HEADERS.has(header))
            [...table.rows].forEach((row, r) => (row[column] = longText(textChars, r + 1)));
        });
    }
  return patch;
}

export async function measureExcelRoundTrips(rows: number, textChars = 0): Promise<ExcelFigure[]> {
  const template = DEFAULT_TEMPLATE;
  const areas = areasInOrder(template).length;
  const excel = new FakeExcel();
  const host = new OfficeHost({ run: excel.run, isSetSupported: excel.isSetSupported });
  const figures: ExcelFigure[] = [];
  const measure = async (operation: string, work: () => Promise<number>): Promise<void> => {
    excel.resetCounters();
    const naiveSyncs = await work();
    figures.push({
      operation,
      areas,
      rows,
      textChars,
      syncs: excel.syncCount,
      largestRequestBytes: excel.largestRequestBytes,
      largestResponseBytes: excel.largestResponseBytes,
      totalRequestBytes: excel.totalRequestBytes,
      totalResponseBytes: excel.totalResponseBytes,
      naiveSyncs,
    });
  };
  const read = async (): Promise<WorkbookSnapshot> => host.readSnapshot();

  await measure("generate", async () => {
    const patch = filledLayout(template, rows, textChars);
    await host.applyPatch(patch);
    return naiveWriteSyncs(patch);
  });
  await measure("validate", async () => {
    const snapshot = await read();
    validateWorkbook(snapshot, { cutoff: CUTOFF });
    return naiveReadSyncs(snapshot);
  });
  await measure("fix", async () => {
    const snapshot = await read();
    const patch: WorkbookPatch = {
      sheets: [],
      definedNames: [],
      edits: planFixes(validateWorkbook(snapshot, { cutoff: CUTOFF })),
    };
    await host.applyPatch(patch);
    return naiveReadSyncs(snapshot) + naiveWriteSyncs(patch);
  });
  await measure("semaphore", async () => {
    const snapshot = await read();
    const plan = readPlan(snapshot, { cutoff: CUTOFF });
    if (plan.config) computeSemaphore(plan, plan.config);
    return naiveReadSyncs(snapshot);
  });
  await measure("consolidate", async () => {
    const snapshot = await read();
    const plan = readPlan(snapshot, { cutoff: CUTOFF });
    if (!plan.config) throw new Error("the bench plan has no configuration");
    const report = validateWorkbook(snapshot, { cutoff: CUTOFF });
    const { patch } = consolidatePlan({
      plan,
      config: plan.config,
      snapshot,
      issueCounts: new Map(
        report.areas.map((area) => [area.code, { errors: area.errors, warnings: area.warnings }])
      ),
      today: TODAY,
    });
    await host.applyPatch(patch);
    return naiveReadSyncs(snapshot) + naiveWriteSyncs(patch);
  });
  await measure("report", async () => {
    const snapshot = await read();
    const tabs = readPlan(snapshot);
    const plan = planFromMatrix(tabs, snapshot) ?? tabs;
    const report = buildManagementReport(plan, 1, { generatedAt: TODAY, language: "es" });
    const patch: WorkbookPatch = {
      sheets: [layoutReportSheet(buildReportDocument(report, "es"))],
      definedNames: [],
    };
    await host.applyPatch(patch);
    return naiveReadSyncs(snapshot) + naiveWriteSyncs(patch);
  });
  await measure("upgrade", async () => {
    const snapshot = await read();
    const next: Template = {
      ...template,
      templateVersion: template.templateVersion + 1,
      lists: { ...template.lists, reportStatus: [...template.lists.reportStatus, "Revisado"] },
    };
    // As the operation does: what users put around each area table is read first (three syncs).
    const sheets = [
      ...new Set([...upgradeAreaTables(snapshot, template, next).values()].map((t) => t.sheet)),
    ];
    const contents = await host.readSheetContents(sheets);
    const upgrade = planUpgrade(snapshot, template, next, contents);
    await host.applyPatch(upgrade.patch, { tabOrder: upgrade.tabOrder });
    return naiveReadSyncs(snapshot) + naiveWriteSyncs(upgrade.patch);
  });
  // Last, as it empties the plan: generate over the filled plan (the pane's "replace the plan"), which rewrites
  // every sheet in place — its back-up is the whole plan, far more than the empty layout written over it.
  await measure("regenerate", async () => {
    const snapshot = await read();
    const patch = layoutWorkbook(template, { cutoff: CUTOFF });
    await host.applyPatch(patch);
    return naiveReadSyncs(snapshot) + naiveWriteSyncs(patch);
  });
  return figures;
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 10);
  const textChars = Number(process.argv[3] ?? 0);
  const figures = await measureExcelRoundTrips(rows, textChars);
  process.stdout.write(`BENCH ${JSON.stringify(figures)}\n`);
}

if (require.main === module)
  main().catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    );
    process.exitCode = 1;
  });
