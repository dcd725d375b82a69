/** What the open workbook is and the next step (the pane's Inicio shows it): read from the core's own reading of the plan. */
import { LOG } from "../core/consolidation/matrixLayout";
import { AreaSheet } from "../core/plan/AreaSheet";
import { isRowBlank } from "../core/plan/isRowBlank";
import { isRowUnfilled } from "../core/plan/isRowUnfilled";
import { readPlan } from "../core/plan/readPlan";
import { WorkbookSnapshot } from "../core/workbook/WorkbookSnapshot";
import { enterStep, OperationContext } from "./OperationContext";
import { WorkbookHost } from "./WorkbookHost";

export type NextStep = "createPlan" | "fillAreas" | "fixCutoff" | "validate";

/** What Inicio says of the open workbook. */
export type WorkbookStatus = {
  isPlan: boolean;
  /** Area tables present but no usable stored template. */
  templateMissing: boolean;
  templateId: string | null;
  templateVersion: number | null;
  year: number | null;
  cutoff: string | null;
  badCutoff: string | null;
  periodLabels: string[];
  areasTotal: number;
  areasFilled: number;
  consolidated: boolean;
  next: NextStep;
};

const isFilled = (sheet: AreaSheet): boolean =>
  sheet.table.rows.some((_, index) => !isRowBlank(sheet, index) && !isRowUnfilled(sheet, index));

/** A snapshot → what this workbook is and the next step. */
export function workbookStatus(snapshot: WorkbookSnapshot): WorkbookStatus {
  const plan = readPlan(snapshot);
  const template = plan.template;
  const areasFilled = plan.areas.filter(isFilled).length;
  const isPlan = template !== null;
  const next: NextStep = !isPlan
    ? "createPlan"
    : plan.badCutoff !== null
      ? "fixCutoff"
      : areasFilled === 0
        ? "fillAreas"
        : "validate";
  return {
    isPlan,
    templateMissing: !isPlan && plan.areas.length > 0,
    templateId: template?.templateId ?? null,
    templateVersion: template?.templateVersion ?? null,
    year: plan.config?.year ?? null,
    cutoff: plan.config && plan.badCutoff === null ? plan.config.cutoffLabel : null,
    badCutoff: plan.badCutoff,
    periodLabels: template?.periods.labels ?? [],
    areasTotal: plan.areas.length,
    areasFilled,
    // A generated plan already has a pending `Matriz`; only a consolidation writes its log sheet.
    consolidated: snapshot.sheets.some((sheet) => sheet.name === LOG.sheet),
    next,
  };
}

/** Reads the host's workbook and says what it is; writes nothing. */
export async function describeWorkbook(
  host: WorkbookHost,
  context?: OperationContext
): Promise<WorkbookStatus> {
  enterStep(context, "read", 0);
  const status = workbookStatus(await host.readSnapshot(context));
  enterStep(context, "done", 1);
  return status;
}
