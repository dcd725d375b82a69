import * as React from "react";
import { PlanOperations } from "../../../operations/PlanOperations";
import { Issue } from "../../../core/validation/Issue";
import { ValidationReport } from "../../../core/validation/ValidationReport";
import { OperationRunner, useOperationRunner } from "../../operation/useOperationRunner";

/** Quiet time after the last edit before validating again (typing a row fires many change events). */
export const REVALIDATE_DELAY_MS = 1500;

export type ValidarFlowProps = {
  operations: PlanOperations;
  /** Subscribes to the user's edits (never the add-in's own); null where the host cannot tell them apart. */
  watchChanges: ((listener: () => void) => () => void) | null;
  /** Told after fixes were written. */
  onChanged?: () => void;
  /**
   * Inside Excel, whose change events miss some edits (a drop-down choice on the web, office-js#4066): the button
   * reads "Revisar de nuevo", with a hint, whether or not validating after edits is on.
   */
  insideExcel?: boolean;
};

/** The place of a fixed issue: its area group ("" for none), its kind, and its position in that kind's list. */
export type FixPlace = { area: string; code: string; index: number };

/** One kind of issue (its code) within an area. */
export type IssueKind = { code: Issue["code"]; issues: Issue[] };

/** An area's issues, by kind in the order they first appear. */
export type IssueGroup = {
  area: string | null;
  sheet: string | null;
  issues: Issue[];
  kinds: IssueKind[];
  errors: number;
  warnings: number;
};

export type ValidarFlowState = {
  runner: OperationRunner;
  report: ValidationReport | null;
  groups: IssueGroup[];
  /** Fixable issues per code, for "fix all of this kind". */
  fixableByCode: Map<string, Issue[]>;
  fixedCount: number | null;
  /** Where the last fix was clicked: its confirmation takes the fixed issue's place, not the top of the flow. */
  fixedAt: FixPlace | null;
  /** How many fixes have finished (each one moves focus onto its confirmation). */
  fixes: number;
  /** The area groups the user opened (all start collapsed). */
  openAreas: string[];
  setOpenAreas: (areas: string[]) => void;
  autoRevalidate: boolean;
  validate: () => void;
  goTo: (issue: Issue) => void;
  fixOne: (issue: Issue) => void;
  fixAllOfKind: (code: string, area: string | null) => void;
};

export const fixKey = (issue: Issue): string => `${issue.sheet}!${issue.cell}`;

function groupByArea(issues: Issue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const key = issue.area ?? "";
    const group = groups.get(key) ?? {
      area: issue.area,
      sheet: issue.sheet,
      issues: [],
      kinds: [],
      errors: 0,
      warnings: 0,
    };
    group.issues.push(issue);
    if (issue.severity === "error") group.errors++;
    else group.warnings++;
    const kind = group.kinds.find((candidate) => candidate.code === issue.code);
    if (kind) kind.issues.push(issue);
    else group.kinds.push({ code: issue.code, issues: [issue] });
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Validar: one validate operation; a click selects an issue's cell; fixes one issue or all of a kind. */
export function useValidarFlow(props: ValidarFlowProps): ValidarFlowState {
  const { operations, watchChanges, onChanged } = props;
  const runner = useOperationRunner();
  const [report, setReport] = React.useState<ValidationReport | null>(null);
  const [fixedCount, setFixedCount] = React.useState<number | null>(null);
  const [fixedAt, setFixedAt] = React.useState<FixPlace | null>(null);
  const [fixes, setFixes] = React.useState(0);
  const [openAreas, setOpenAreas] = React.useState<string[]>([]);
  const busy = React.useRef(false);
  const { run } = runner;

  const validate = React.useCallback(() => {
    busy.current = true;
    void run((context) => operations.validate({}, context)).then((done) => {
      busy.current = false;
      if (done) setReport(done.value);
    });
  }, [operations, run]);

  React.useEffect(validate, [validate]);

  React.useEffect(() => {
    if (!watchChanges) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = watchChanges(() => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        if (!busy.current) validate();
      }, REVALIDATE_DELAY_MS);
    });
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe();
    };
  }, [watchChanges, validate]);

  const fix = (only: string[], place: FixPlace): void => {
    busy.current = true;
    setFixedCount(null);
    setFixedAt(place);
    void run((context) => operations.fix({ only }, context)).then((done) => {
      busy.current = false;
      if (!done) return;
      setReport(done.value.after);
      setFixedCount(done.value.edits.length);
      setFixes((n) => n + 1);
      onChanged?.();
    });
  };

  const groups = React.useMemo(() => groupByArea(report?.issues ?? []), [report]);
  const fixableByCode = React.useMemo(() => {
    const byCode = new Map<string, Issue[]>();
    for (const issue of report?.issues ?? [])
      if (issue.fix && issue.sheet && issue.cell)
        byCode.set(issue.code, [...(byCode.get(issue.code) ?? []), issue]);
    return byCode;
  }, [report]);

  return {
    runner,
    report,
    groups,
    fixableByCode,
    fixedCount,
    fixedAt,
    fixes,
    openAreas,
    setOpenAreas,
    autoRevalidate: watchChanges !== null,
    validate,
    goTo: (issue) => {
      if (issue.sheet && issue.cell)
        operations.selectCell(issue.sheet, issue.cell).catch(() => undefined);
    },
    fixOne: (issue) => {
      const kind = groups
        .find((group) => group.area === issue.area)
        ?.kinds.find((candidate) => candidate.code === issue.code);
      const index = Math.max(0, kind?.issues.indexOf(issue) ?? 0);
      fix([fixKey(issue)], { area: issue.area ?? "", code: issue.code, index });
    },
    fixAllOfKind: (code, area) =>
      fix((fixableByCode.get(code) ?? []).map(fixKey), { area: area ?? "", code, index: 0 }),
  };
}
