import * as React from "react";
import { Accordion, Body1, Button, Caption1 } from "@fluentui/react-components";
import { Issue } from "../../../core/validation/Issue";
import { OperationProgress } from "../../components/OperationProgress/OperationProgress";
import { useTexts } from "../../texts/Texts";
import { useFlowStyles } from "../Flow.styles";
import { FixedNotice } from "./FixedNotice";
import { IssueAreaGroup } from "./IssueAreaGroup";
import { useValidarFlow, ValidarFlowProps } from "./useValidarFlow";

/**
 * Validar at 350 px keeps the user's place: the summary first; then one collapsed group per area, its issues by
 * kind; a click selects the cell; a fix is confirmed where it was clicked (FixedNotice), without moving the page.
 */
export const ValidarFlow: React.FC<ValidarFlowProps> = (props) => {
  const state = useValidarFlow(props);
  const { say } = useTexts();
  const styles = useFlowStyles();
  const { report } = state;
  const firstOfKind = new Set<Issue>(
    [...state.fixableByCode.values()]
      .filter((issues) => issues.length > 1)
      .map((issues) => issues[0])
  );
  const summary = report
    ? say("pane.validar.summary", {
        errors: report.summary.errors,
        warnings: report.summary.warnings,
        areas: report.summary.areas,
        fixable: report.summary.fixable,
      })
    : "";
  // A fix whose area has no issue left: its group is gone, so the confirmation stands above the list.
  const fixedOutsideGroups =
    state.fixedCount !== null &&
    !state.groups.some((group) => (group.area ?? "") === state.fixedAt?.area);
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
          {say(props.insideExcel ? "pane.validar.recheck" : "pane.validar.run")}
        </Button>
      </div>
      {state.autoRevalidate && <Caption1>{say("pane.validar.autoOn")}</Caption1>}
      {props.insideExcel && <Caption1>{say("pane.validar.recheckHint")}</Caption1>}
      <OperationProgress runner={state.runner} />
      {report && (
        <>
          <Body1 role="status">{summary}</Body1>
          <ul className={styles.list} aria-label={summary}>
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
          {fixedOutsideGroups && state.fixedCount !== null && (
            <FixedNotice count={state.fixedCount} fixes={state.fixes} />
          )}
          {state.groups.length > 0 && <Caption1>{say("pane.validar.openGroup")}</Caption1>}
          <Accordion
            multiple
            collapsible
            openItems={state.openAreas}
            onToggle={(_, data) => state.setOpenAreas(data.openItems.map(String))}
          >
            {state.groups.map((group) => (
              <IssueAreaGroup
                key={group.area ?? ""}
                group={group}
                state={state}
                firstOfKind={firstOfKind}
              />
            ))}
          </Accordion>
        </>
      )}
    </section>
  );
};
