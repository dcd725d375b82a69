import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
} from "@fluentui/react-components";
import { consolidationMessages } from "../../../core/messages/catalog/consolidationMessages";
import { formatMessage } from "../../../core/messages/formatMessage";
import { isOperationError } from "../../../operations/OperationError";
import { errorText } from "../../failures/errorText";
import { ConsolidationFinding } from "../../../core/consolidation/ConsolidationFinding";
import { FilePicker } from "../../components/FilePicker/FilePicker";
import { OperationProgress } from "../../components/OperationProgress/OperationProgress";
import { useTexts } from "../../texts/Texts";
import { useFlowStyles } from "../Flow.styles";
import { ConsolidarFlowProps, useConsolidarFlow } from "./useConsolidarFlow";

/** Consolidar: run it, with area workbooks from disk; what was used, and conflicts in plain words. */
export const ConsolidarFlow: React.FC<ConsolidarFlowProps> = (props) => {
  const state = useConsolidarFlow(props);
  const { say, language } = useTexts();
  const styles = useFlowStyles();
  const { result } = state;
  const findingText = (finding: ConsolidationFinding): string =>
    formatMessage(consolidationMessages, language, finding.code, {
      file: finding.file ?? "",
      area: finding.area ?? "",
      ...finding.params,
    });
  const conflicts = result?.findings.filter((finding) => finding.severity === "conflict") ?? [];
  const notices = result?.findings.filter((finding) => finding.severity === "notice") ?? [];
  return (
    <section className={styles.root} aria-labelledby="flow-consolidar-heading">
      <h2 id="flow-consolidar-heading" className={styles.heading}>
        {say("pane.flow.consolidar")}
      </h2>
      <FilePicker
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        label={say("pane.consolidar.files")}
        multiple
        onPick={state.pick}
      />
      <Caption1>{say("pane.consolidar.filesHint")}</Caption1>
      {state.reading && <Spinner size="tiny" label={say("pane.step.import")} />}
      {state.picked.length > 0 && (
        <ul className={styles.list} aria-label={say("pane.consolidar.files")}>
          {state.picked.map((entry) => (
            <li key={entry.file}>
              {entry.snapshot !== null ? (
                <Body1>{say("pane.consolidar.fileRead", { file: entry.file })}</Body1>
              ) : (
                <MessageBar intent="error">
                  <MessageBarBody>
                    {isOperationError(entry.problem)
                      ? errorText(entry.problem, language)
                      : say("pane.consolidar.fileUnreadable", {
                          file: entry.file,
                          detail: errorText(entry.problem, language),
                        })}
                  </MessageBarBody>
                </MessageBar>
              )}
              <Button size="small" onClick={() => state.remove(entry.file)}>
                {say("pane.consolidar.remove", { file: entry.file })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={state.runner.status === "running" || state.reading}
          onClick={state.consolidate}
        >
          {say("pane.consolidar.run")}
        </Button>
      </div>
      <OperationProgress runner={state.runner} />
      {result && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>
              {say("pane.consolidar.done", {
                cutoff: result.semaphore.cutoff,
                rows: result.matrix.rows.length,
                areas: result.sources.length,
              })}
            </MessageBarBody>
          </MessageBar>
          <section aria-labelledby="consolidar-conflicts">
            <h3 id="consolidar-conflicts" className={styles.heading}>
              {say("pane.consolidar.conflicts")}
            </h3>
            {conflicts.length === 0 ? (
              <Body1>{say("pane.consolidar.noConflicts")}</Body1>
            ) : (
              <ul className={styles.list}>
                {conflicts.map((finding, index) => (
                  <li key={index}>
                    <MessageBar intent="warning">
                      <MessageBarBody>{findingText(finding)}</MessageBarBody>
                    </MessageBar>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {notices.length > 0 && (
            <section aria-labelledby="consolidar-notices">
              <h3 id="consolidar-notices" className={styles.heading}>
                {say("pane.consolidar.notices")}
              </h3>
              <ul className={styles.list}>
                {notices.map((finding, index) => (
                  <li key={index}>{findingText(finding)}</li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="consolidar-sources">
            <h3 id="consolidar-sources" className={styles.heading}>
              {say("pane.consolidar.sources")}
            </h3>
            <ul className={styles.list}>
              {result.sources.map((source) => (
                <li key={source.code}>
                  {source.origin.kind === "workbook"
                    ? say("pane.consolidar.sourceWorkbook", {
                        area: source.code,
                        sheet: source.sheet.table.sheet,
                      })
                    : say("pane.consolidar.sourceImport", {
                        area: source.code,
                        file: source.origin.file,
                      })}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </section>
  );
};
