import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
} from "@fluentui/react-components";
import { consolidationMessages } from "../../../core/messages/catalog/consolidationMessages";
import { formatMessage } from "../../../core/messages/formatMessage";
import { ConsolidationFinding } from "../../../core/consolidation/ConsolidationFinding";
import { semaphoreErrors } from "../../../core/semaphore/semaphoreErrors";
import { CutoffIndexWarning } from "../../components/CutoffIndexWarning/CutoffIndexWarning";
import { FilePicker } from "../../components/FilePicker/FilePicker";
import { OperationProgress } from "../../components/OperationProgress/OperationProgress";
import { useTexts } from "../../texts/Texts";
import { useFlowStyles } from "../Flow.styles";
import { Answer, ConsolidarFlowProps, PickedFile, useConsolidarFlow } from "./useConsolidarFlow";

/**
 * Consolidar: Importar the area workbooks returned by email into their tabs (asking, area by area, whether to
 * replace what a tab already holds), then Consolidar the tabs; what was imported, what was not and why, and which
 * files could not be read, in plain words.
 */
export const ConsolidarFlow: React.FC<ConsolidarFlowProps> = (props) => {
  const { say, language } = useTexts();
  const state = useConsolidarFlow(props, language);
  const styles = useFlowStyles();
  const { result, imported, question } = state;
  const findingText = (finding: ConsolidationFinding): string =>
    formatMessage(consolidationMessages, language, finding.code, {
      file: finding.file ?? "",
      area: finding.area ?? "",
      ...finding.params,
    });
  const problemText = (entry: PickedFile): string =>
    entry.problem === null
      ? ""
      : "reason" in entry.problem
        ? entry.problem.reason
        : say("pane.consolidar.fileUnreadable", { file: entry.file, detail: entry.problem.detail });
  const unreadable = state.picked.filter((entry) => entry.problem !== null);
  const readable = state.picked.filter((entry) => entry.problem === null);
  const busy = state.runner.status === "running" || state.reading;
  const notImported = imported?.findings.filter((finding) => finding.severity === "conflict") ?? [];
  const importNotes =
    imported?.findings.filter(
      (finding) =>
        finding.severity === "notice" &&
        finding.code !== "import.used" &&
        finding.code !== "import.noData"
    ) ?? [];
  const asked = question?.filter((conflict) => conflict.kind === "tabDiffers") ?? [];
  const answered = asked.every((conflict) => state.answers[conflict.area] !== undefined);
  return (
    <section className={styles.root} aria-labelledby="flow-consolidar-heading">
      <h2 id="flow-consolidar-heading" className={styles.heading}>
        {say("pane.flow.consolidar")}
      </h2>
      <section className={styles.root} aria-labelledby="consolidar-import">
        <h3 id="consolidar-import" className={styles.heading}>
          {say("pane.consolidar.import")}
        </h3>
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
                {entry.problem === null ? (
                  <Body1>{say("pane.consolidar.fileRead", { file: entry.file })}</Body1>
                ) : (
                  <MessageBar intent="error">
                    <MessageBarBody>{problemText(entry)}</MessageBarBody>
                  </MessageBar>
                )}
                <Button size="small" onClick={() => state.remove(entry.file)}>
                  {say("pane.consolidar.remove", { file: entry.file })}
                </Button>
              </li>
            ))}
          </ul>
        )}
        {question === null && (
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={busy || readable.length === 0}
              onClick={state.importFiles}
            >
              {say("pane.consolidar.importRun")}
            </Button>
          </div>
        )}
        {question !== null && (
          <section className={styles.root} aria-labelledby="consolidar-question">
            <Body1 id="consolidar-question">
              {say("pane.consolidar.question", { count: asked.length })}
            </Body1>
            {question.map((conflict) =>
              conflict.kind === "tabDiffers" ? (
                <RadioGroup
                  key={conflict.area}
                  aria-label={say("pane.consolidar.questionArea", {
                    area: conflict.area,
                    name: conflict.name,
                    sheet: conflict.sheet,
                    file: conflict.file,
                    count: conflict.differences.length,
                    id: conflict.differences[0]?.id ?? "",
                    column: conflict.differences[0]?.column ?? "",
                  })}
                  value={state.answers[conflict.area] ?? ""}
                  onChange={(_, data) => state.answer(conflict.area, data.value as Answer)}
                >
                  <Body1>
                    {say("pane.consolidar.questionArea", {
                      area: conflict.area,
                      name: conflict.name,
                      sheet: conflict.sheet,
                      file: conflict.file,
                      count: conflict.differences.length,
                      id: conflict.differences[0]?.id ?? "",
                      column: conflict.differences[0]?.column ?? "",
                    })}
                  </Body1>
                  <Radio value="replace" label={say("pane.consolidar.replace")} />
                  <Radio value="keep" label={say("pane.consolidar.keep")} />
                </RadioGroup>
              ) : (
                <MessageBar key={conflict.area} intent="warning">
                  <MessageBarBody>
                    {formatMessage(consolidationMessages, language, "import.twoFiles", {
                      area: conflict.area,
                      files: conflict.files.join(", "),
                    })}
                  </MessageBarBody>
                </MessageBar>
              )
            )}
            <div className={styles.actions}>
              <Button appearance="primary" disabled={busy || !answered} onClick={state.confirm}>
                {say("pane.consolidar.questionConfirm")}
              </Button>
              <Button onClick={state.cancelQuestion}>
                {say("pane.consolidar.questionCancel")}
              </Button>
            </div>
          </section>
        )}
        {imported && (
          <>
            <MessageBar intent={imported.written ? "success" : "warning"}>
              <MessageBarBody>
                {imported.written
                  ? say("pane.consolidar.imported", { count: imported.imported.length })
                  : say("pane.consolidar.nothingImported")}
              </MessageBarBody>
            </MessageBar>
            {imported.imported.length + importNotes.length > 0 && (
              <ul className={styles.list}>
                {imported.imported.map((area) => (
                  <li key={area.area}>
                    {say("pane.consolidar.importedArea", {
                      area: area.area,
                      name: area.name,
                      rows: area.rows,
                      file: area.file,
                      sheet: area.sheet,
                    })}
                  </li>
                ))}
                {importNotes.map((finding, index) => (
                  <li key={`note-${index}`}>{findingText(finding)}</li>
                ))}
              </ul>
            )}
            {notImported.length > 0 && (
              <section aria-labelledby="consolidar-not-imported">
                <h3 id="consolidar-not-imported" className={styles.heading}>
                  {say("pane.consolidar.notImported")}
                </h3>
                <ul className={styles.list}>
                  {notImported.map((finding, index) => (
                    <li key={index}>
                      <MessageBar intent="warning">
                        <MessageBarBody>{findingText(finding)}</MessageBarBody>
                      </MessageBar>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {unreadable.length > 0 && (
              <section aria-labelledby="consolidar-unreadable">
                <h3 id="consolidar-unreadable" className={styles.heading}>
                  {say("pane.consolidar.unreadable")}
                </h3>
                <ul className={styles.list}>
                  {unreadable.map((entry) => (
                    <li key={entry.file}>{problemText(entry)}</li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
      </section>
      <section className={styles.root} aria-labelledby="consolidar-run">
        <h3 id="consolidar-run" className={styles.heading}>
          {say("pane.consolidar.run")}
        </h3>
        <Caption1>{say("pane.consolidar.runHint")}</Caption1>
        <div className={styles.actions}>
          <Button
            appearance={imported?.written || readable.length === 0 ? "primary" : "secondary"}
            disabled={busy || question !== null}
            onClick={state.consolidate}
          >
            {say("pane.consolidar.run")}
          </Button>
        </div>
      </section>
      <OperationProgress runner={state.runner} />
      {result && (
        <>
          <CutoffIndexWarning errors={semaphoreErrors(result.semaphore)} />
          <MessageBar intent="success">
            <MessageBarBody>
              {say("pane.consolidar.done", {
                cutoff: result.semaphore.cutoff,
                rows: result.matrix.rowCount,
                areas: result.sources.length,
              })}
            </MessageBarBody>
          </MessageBar>
          {result.findings.length > 0 && (
            <section aria-labelledby="consolidar-notices">
              <h3 id="consolidar-notices" className={styles.heading}>
                {say("pane.consolidar.notices")}
              </h3>
              <ul className={styles.list}>
                {result.findings.map((finding, index) => (
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
                  {say("pane.consolidar.sourceWorkbook", {
                    area: source.code,
                    sheet: source.tab,
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
