/**
 * One scenario through one workbook host, step by step as the pane would run it: generate the 2021 plan, read it
 * back, fill three areas through a patch of cell edits, validate, semáforo, import one area workbook returned by
 * email (made through a second host of the same kind) into its tab, consolidate the tabs, then the first
 * semester's report sheet.
 */
import { ManagementReport } from "../../src/core/report/ManagementReport";
import { SemaphoreReport } from "../../src/core/semaphore/computeSemaphore";
import { DEFAULT_TEMPLATE } from "../../src/core/template/defaultTemplate";
import { ValidationReport } from "../../src/core/validation/ValidationReport";
import { HEADERS } from "../../src/core/workbook/areaColumns";
import { WorkbookSnapshot } from "../../src/core/workbook/WorkbookSnapshot";
import { bindOperations } from "../../src/operations/bindOperations";
import { ConsolidateResult, ImportResult } from "../../src/operations/PlanOperations";
import { validRow } from "../support/filledPlan";
import { fillEdits } from "./fillEdits";
import { HostFactory } from "./hostFactories";

export const TODAY = "2021-07-05";
export const INJECTION = "=1+1";

export type ParityResult = {
  generated: WorkbookSnapshot;
  filled: WorkbookSnapshot;
  validation: ValidationReport;
  semaphore: SemaphoreReport;
  imported: ImportResult;
  afterImport: WorkbookSnapshot;
  consolidation: ConsolidateResult;
  consolidated: WorkbookSnapshot;
  report: ManagementReport;
  fromMatrix: boolean;
  reported: WorkbookSnapshot;
};

export async function runParityScenario(factory: HostFactory, dir: string): Promise<ParityResult> {
  const host = factory.create(dir, "plan");
  const operations = bindOperations(host);
  await operations.generate({ template: DEFAULT_TEMPLATE });
  const generated = await operations.readSnapshot();

  await host.applyPatch({
    sheets: [],
    definedNames: [],
    edits: [
      ...fillEdits(generated, "DJ", [
        validRow("Revisar contratos", [1, 1, null, null]),
        validRow("Atender tutelas", [1, 0, null, null]),
        validRow(INJECTION, [1, 1, null, null], { [HEADERS.goal]: "cuatro" }),
      ]),
      ...fillEdits(generated, "ECR", [validRow("Campaña de comunicación", [1, null, null, null])]),
    ],
  });
  const filled = await operations.readSnapshot();

  const areaHost = factory.create(dir, "sgr");
  const areaOperations = bindOperations(areaHost);
  await areaOperations.generate({ template: DEFAULT_TEMPLATE });
  await areaHost.applyPatch({
    sheets: [],
    definedNames: [],
    edits: fillEdits(await areaOperations.readSnapshot(), "SGR", [
      validRow("Gestionar riesgos", [1, 1, null, null]),
    ]),
  });
  const imported = { file: "sgr.xlsx", snapshot: await areaOperations.readSnapshot() };

  const validation = await operations.validate({ cutoff: "T2" });
  const semaphore = await operations.semaphore({ cutoff: "T2" });
  const importResult = await operations.importAreas({ imports: [imported], today: TODAY });
  const afterImport = await operations.readSnapshot();
  const consolidation = await operations.consolidate({
    cutoff: "T2",
    today: TODAY,
  });
  const consolidated = await operations.readSnapshot();
  const { report, fromMatrix } = await operations.report({
    semester: 1,
    language: "es",
    output: "sheet",
    today: TODAY,
  });
  const reported = await operations.readSnapshot();
  return {
    generated,
    filled,
    validation,
    semaphore,
    imported: importResult,
    afterImport,
    consolidation,
    consolidated,
    report,
    fromMatrix,
    reported,
  };
}
