import * as React from "react";
import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { issueKindMessages } from "../../texts/issueKindMessages";
import { formatMessage } from "../../../core/messages/formatMessage";
import { formatIssueMessage } from "../../../core/validation/formatIssueMessage";
import { Issue } from "../../../core/validation/Issue";
import { SeverityBadge } from "../../components/SeverityBadge/SeverityBadge";
import { useTexts } from "../../texts/Texts";
import { useFlowStyles } from "../Flow.styles";
import { FixedNotice } from "./FixedNotice";
import { IssueGroup, ValidarFlowState } from "./useValidarFlow";

/** Issues listed per kind before "y N más": a pane is for the next things to fix, the CLI lists them all. */
const ISSUES_PER_KIND = 50;

const useGroupStyles = makeStyles({
  kind: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBlockEnd: tokens.spacingVerticalS,
  },
  kindHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBlockEnd: tokens.spacingVerticalS,
  },
  issue: {
    display: "flex",
    flexDirection: "column",
    // The badge keeps its own width; the issue's text wraps in the pane's width.
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export type IssueAreaGroupProps = {
  group: IssueGroup;
  state: ValidarFlowState;
  /** Issues that carry the "fix all of this kind" button (the first fixable one of each kind with more than one). */
  firstOfKind: Set<Issue>;
};

/** One area of the Validar list, collapsed until opened: its issues by kind, a fix's confirmation in place. */
export const IssueAreaGroup: React.FC<IssueAreaGroupProps> = ({ group, state, firstOfKind }) => {
  const { say, language } = useTexts();
  const styles = useFlowStyles();
  const own = useGroupStyles();
  const title = group.sheet ?? group.area ?? say("pane.flow.validar");
  const running = state.runner.status === "running";
  const key = group.area ?? "";
  const notice =
    state.fixedCount !== null && state.fixedAt?.area === key ? (
      <FixedNotice count={state.fixedCount} fixes={state.fixes} />
    ) : null;

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
            <Button size="small" disabled={running} onClick={() => state.fixOne(issue)}>
              {say("pane.validar.fix", { cell: issue.cell })}
            </Button>
            {firstOfKind.has(issue) && (
              <Button
                size="small"
                disabled={running}
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
    <section aria-label={title}>
      <AccordionItem value={key}>
        <AccordionHeader as="h4" expandIconPosition="end">
          {say("pane.validar.area", {
            name: title,
            errors: group.errors,
            warnings: group.warnings,
          })}
        </AccordionHeader>
        <AccordionPanel className={own.panel}>
          {notice !== null &&
            !group.kinds.some((kind) => kind.code === state.fixedAt?.code) &&
            notice}
          {group.kinds.map((kind) => {
            const name = formatMessage(issueKindMessages, language, kind.code);
            const shown = kind.issues.slice(0, ISSUES_PER_KIND).map(renderIssue);
            // The confirmation takes the fixed issue's place in its kind's list.
            if (notice !== null && state.fixedAt?.code === kind.code)
              shown.splice(
                Math.min(state.fixedAt.index, shown.length),
                0,
                <li key="fixed">{notice}</li>
              );
            return (
              <section key={kind.code} className={own.kind} aria-label={name}>
                <h5 className={own.kindHeading}>
                  {say("pane.validar.kind", { kind: name, count: kind.issues.length })}
                </h5>
                <ul className={styles.list}>{shown}</ul>
                {kind.issues.length > ISSUES_PER_KIND && (
                  <Caption1>
                    {say("pane.validar.more", { count: kind.issues.length - ISSUES_PER_KIND })}
                  </Caption1>
                )}
              </section>
            );
          })}
        </AccordionPanel>
      </AccordionItem>
    </section>
  );
};
