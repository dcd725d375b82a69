/**
 * Report (SPEC §7): the semester's management report of what the planning office consolidated (`Matriz`), or of
 * the area tabs when the plan was never consolidated; written as the `Informe` sheet, or returned as a page or as a
 * Word document.
 */
import { areasChangedSinceMatrix } from "../core/consolidation/areasChangedSinceMatrix";
import { planFromMatrix } from "../core/consolidation/planFromMatrix";
import { readHistory } from "../core/history/readHistory";
import { buildManagementReport } from "../core/report/buildManagementReport";
import { buildReportDocument } from "../core/report/document/buildReportDocument";
import { layoutReportSheet } from "../core/report/layoutReportSheet";
import { renderReportHtml } from "../core/report/renderReportHtml";
import { semesterConfig } from "../core/report/semesterConfig";
import { holdsUncalculatedInput } from "../core/plan/holdsUncalculatedInput";
import { formatMessage } from "../core/messages/formatMessage";
import { reportMessages } from "../core/messages/catalog/reportMessages";
import { templatePlan } from "./checkedPlan";
import { enterStep, OperationContext, reportStep } from "./OperationContext";
import { OperationError } from "./OperationError";
import { ReportRequest, ReportResult } from "./PlanOperations";
import { WorkbookHost } from "./WorkbookHost";

export async function report(
  host: WorkbookHost,
  request: ReportRequest,
  context?: OperationContext
): Promise<ReportResult> {
  enterStep(context, "read", 0);
  const snapshot = await host.readSnapshot(context);
  enterStep(context, "compute", 0.4);
  const tabs = templatePlan(snapshot);
  if (!tabs.config) throw new OperationError("operation.notPlanWorkbook");
  const consolidated = planFromMatrix(tabs, snapshot);
  // An informe read from a `Matriz` the tabs have moved away from would print figures no other view shows.
  const changed = consolidated
    ? areasChangedSinceMatrix(tabs, consolidated, semesterConfig(tabs.config, request.semester))
    : [];
  const named = (areas: { section: string | null; name: string }[]): string =>
    areas.map((area) => [area.section, area.name].filter(Boolean).join(" ")).join(", ");
  // A tab whose formulas were never calculated cannot match any `Matriz`: consolidating again would not help.
  const uncalculated = changed.filter((area) =>
    tabs.areas.some((sheet) => sheet.code === area.code && holdsUncalculatedInput(sheet))
  );
  if (uncalculated.length > 0)
    throw new OperationError("operation.matrixUncalculated", {
      count: uncalculated.length,
      areas: named(uncalculated),
    });
  if (changed.length > 0)
    throw new OperationError("operation.matrixStale", {
      count: changed.length,
      areas: named(changed),
    });
  const built = buildManagementReport(consolidated ?? tabs, request.semester, {
    generatedAt: request.today,
    language: request.language,
    history: readHistory(snapshot, tabs.config.bands),
  });
  const fromMatrix = consolidated !== null;
  // One document, rendered as the page, the Word file or the sheet: all carry the same words and figures.
  const document = buildReportDocument(built, request.language);
  if (request.output === "html") {
    const html = renderReportHtml(document);
    reportStep(context, "done", 1);
    return { report: built, document, html, fromMatrix };
  }
  if (request.output === "docx") {
    // Loaded on demand: `docx` is the largest package the pane would otherwise fetch on its first load.
    const { renderReportDocx } = await import(
      /* webpackChunkName: "report-docx" */ "../core/report/renderReportDocx"
    );
    const docx = await renderReportDocx(document);
    reportStep(context, "done", 1);
    return { report: built, document, docx, fromMatrix };
  }
  enterStep(context, "layout", 0.5);
  // The other sheets of the workbook (Resumen, Matriz, Tablero) show its own cut-off: the sheet says which, first.
  const workbookCutoff =
    tabs.config.cutoffLabel !== built.cutoff.label ? tabs.config.cutoffLabel : undefined;
  const sheet = layoutReportSheet(
    workbookCutoff === undefined
      ? document
      : {
          ...document,
          blocks: [
            {
              kind: "paragraph",
              tone: "note",
              text: formatMessage(reportMessages, request.language, "report.workbookCutoff", {
                cutoff: built.cutoff.label,
                workbookCutoff,
              }),
            },
            ...document.blocks,
          ],
        }
  );
  enterStep(context, "write", 0.6);
  await host.applyPatch({ sheets: [sheet], definedNames: [] }, context);
  reportStep(context, "done", 1);
  return { report: built, document, fromMatrix, workbookCutoff };
}
