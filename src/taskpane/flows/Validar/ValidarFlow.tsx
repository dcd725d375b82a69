import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatIssueMessage } from "../../../core/validation/formatIssueMessage";
import { Issue } from "../../../core/validation/Issue";
import { OperationProgress } from "../../components/OperationProgress/OperationProgress";
import { SeverityBadge } from "../../components/SeverityBadge/SeverityBadge";
import { useTexts } from "../../texts/Texts";
import { useFlowStyles } from "../Flow.styles";
import { useValidarFlow, ValidarFlowProps } from "./useValidarFlow";

/** Issues listed per area before "y N más": a pane is for the next things to fix, the CLI lists them all. */
const ISSUES_PER_AREA = 50;

const useValidarStyles = makeStyles({
  issue: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/**
 * "Se corrigieron N celdas", where the user clicked (in the area's group, whose fixed issue is gone): a live
 * region says it to screen readers, and focus moves onto it, so the user keeps their place (the button they
 * pressed no longer exists).
 */
const FixedNotice: React.FC<{ count: number }> = ({ count }) => {
  const { say } = useTexts();
  const ref = React.useRef<HTMLDivElement | null>(null);
  React.useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, [count]);
  return (
    <div ref={ref} tabIndex={-1} role="status" aria-live="polite">
      <MessageBar intent="success">
        <MessageBarBody>{say("pane.validar.fixed", { count })}</MessageBarBody>
      </MessageBar>
    </div>
  );
};

/** Validar: summary per area first, then the issues; a click selects the cell; one-click fixes. */
export const ValidarFlow: React.FC<ValidarFlowProps> = (props) => {
  const state = useValidarFlow(props);
  const { say, language } = useTexts();
  const styles = useFlowStyles();
  const own = useValidarStyles();
  const { report } = state;
  const firstOfKind = new Set(
    [...state.fixableByCode.values()]
      .filter((issues) => issues.length > 1)
      .map((issues) => issues[0])
  );
  const renderIssue = (issue: Issue, index: number): React.ReactElement => {
    const message = formatIssueMessage(issue, language);
    const sameKind = state.fixableByCode.get(issue.code) ?? [];
    return (
      <li key={index} className={own.issue}>
        <SeverityBadge severity={issue.severity} />
        {issue.sheet && issue.cell ? (
          <Button
            appearance="transparent"
            className={styles.linkButton}
            onClick={() => state.goTo(issue)}
          >
            {say("pane.validar.goToCell", { sheet: issue.sheet, cell: issue.cell, message })}
          </Button>
        ) : (
          <Body1>{message}</Body1>
        )}
        {issue.fix && issue.sheet && issue.cell && (
          <div className={styles.actions}>
            <Button
              size="small"
              disabled={state.runner.status === "running"}
              onClick={() => state.fixOne(issue)}
            >
              {say("pane.validar.fix", { cell: issue.cell })}
            </Button>
            {firstOfKind.has(issue) && (
              <Button
                size="small"
                disabled={state.runner.status === "running"}
                onClick={() => state.fixAllOfKind(issue.code, issue.area)}
              >
                {say("pane.validar.fixAll", { count: sameKind.length })}
              </Button>
            )}
          </div>
        )}
      </li>
    );
  };
  return (
    <section className={styles.root} aria-labelledby="flow-validar-heading">
      <h2 id="flow-validar-heading" className={styles.heading}>
        {say("pane.flow.validar")}
      </h2>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={state.runner.status === "running"}
          onClick={state.validate}
        >
          {say("pane.validar.run")}
        </Button>
      </div>
      {state.autoRevalidate && <Caption1>{say("pane.validar.autoOn")}</Caption1>}
      <OperationProgress runner={state.runner} />
      {report && (
        <>
          <Body1 role="status">
            {say("pane.validar.summary", {
              errors: report.summary.errors,
              warnings: report.summary.warnings,
              areas: report.summary.areas,
              fixable: report.summary.fixable,
            })}
          </Body1>
          <ul
            className={styles.list}
            aria-label={say("pane.validar.summary", {
              errors: report.summary.errors,
              warnings: report.summary.warnings,
              areas: report.summary.areas,
              fixable: report.summary.fixable,
            })}
          >
            {report.areas.map((area) => (
              <li key={area.code}>
                {say("pane.validar.area", {
                  name: area.name,
                  errors: area.errors,
                  warnings: area.warnings,
                })}
                {area.unfilledRows > 0 &&
                  ` · ${say("pane.validar.areaUnfilled", { count: area.unfilledRows })}`}
              </li>
            ))}
          </ul>
          <h3 className={styles.heading}>{say("pane.validar.issues")}</h3>
          {report.issues.length === 0 && <Body1>{say("pane.validar.noIssues")}</Body1>}
          {state.fixedCount !== null &&
            !state.groups.some((group) => (group.area ?? "") === state.fixedIn) && (
              <FixedNotice count={state.fixedCount} />
            )}
          {state.groups.map((group) => (
            <section
              key={group.area ?? ""}
              aria-label={group.sheet ?? group.area ?? say("pane.flow.validar")}
            >
              <h4 className={styles.heading}>
                {group.sheet ?? group.area ?? say("pane.flow.validar")}
              </h4>
              {state.fixedCount !== null && state.fixedIn === (group.area ?? "") && (
                <FixedNotice count={state.fixedCount} />
              )}
              <ul className={styles.list}>
                {group.issues.slice(0, ISSUES_PER_AREA).map(renderIssue)}
              </ul>
              {group.issues.length > ISSUES_PER_AREA && (
                <Caption1>
                  {say("pane.validar.more", { count: group.issues.length - ISSUES_PER_AREA })}
                </Caption1>
              )}
            </section>
          ))}
        </>
      )}
    </section>
  );
};
