import * as React from "react";
import {
  Body1,
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Textarea,
} from "@fluentui/react-components";
import { areasInOrder } from "../../../core/template/Template";
import { FilePicker } from "../../components/FilePicker/FilePicker";
import { OperationProgress } from "../../components/OperationProgress/OperationProgress";
import { useTexts } from "../../texts/Texts";
import { useFlowStyles } from "../Flow.styles";
import { PlanFlowProps, PlanSource, usePlanFlow } from "./usePlanFlow";
import { XlsxSource } from "./XlsxSource";

const SOURCES: PlanSource[] = ["embedded", "file", "text", "xlsx"];

/** Sentences as a list, in their order. */
const Lines: React.FC<{ lines: string[]; className: string }> = ({ lines, className }) => (
  <ul className={className}>
    {lines.map((line, index) => (
      <li key={index}>{line}</li>
    ))}
  </ul>
);

/**
 * Plan: create the plan from the embedded template, a template file, pasted text or last year's matrix (.xlsx) —
 * the last two previewed first; upgrade it.
 */
export const PlanFlow: React.FC<PlanFlowProps> = (props) => {
  const state = usePlanFlow(props);
  const { say } = useTexts();
  const styles = useFlowStyles();
  const embedded = state.embedded;
  const embeddedAreas = areasInOrder(embedded);
  return (
    <section className={styles.root} aria-labelledby="flow-plan-heading">
      <h2 id="flow-plan-heading" className={styles.heading}>
        {say("pane.flow.plan")}
      </h2>
      <Field label={say("pane.plan.source")}>
        <RadioGroup
          value={state.source}
          onChange={(_, data) => state.setSource(data.value as PlanSource)}
        >
          {SOURCES.map((source) => (
            <Radio key={source} value={source} label={say(`pane.plan.source.${source}`)} />
          ))}
        </RadioGroup>
      </Field>

      {state.source === "embedded" && (
        <Body1>
          {say("pane.plan.embeddedInfo", {
            organisation: embedded.organisation,
            year: embedded.year,
            macroprocesses: embedded.macroprocesses.length,
            areas: embeddedAreas.length,
            objectives: embeddedAreas.reduce((sum, { area }) => sum + area.objectives.length, 0),
          })}
        </Body1>
      )}

      {state.source === "file" && (
        <>
          <FilePicker
            accept=".json,application/json"
            label={say("pane.plan.templateFile")}
            onPick={(files) => state.pickTemplateFile(files[0] ?? null)}
          />
          {state.templateFile?.problem && (
            <MessageBar intent="error">
              <MessageBarBody>
                {say("pane.plan.templateFileInvalid", {
                  file: state.templateFile.file,
                  detail: state.templateFile.problem,
                })}
              </MessageBarBody>
            </MessageBar>
          )}
          {state.templateFile?.template && (
            <Body1>
              {say("pane.plan.templateFileLoaded", {
                id: state.templateFile.template.templateId,
                version: state.templateFile.template.templateVersion,
                year: state.templateFile.template.year,
              })}
            </Body1>
          )}
        </>
      )}

      {state.source === "text" && (
        <>
          <Field label={say("pane.plan.pastedText")}>
            <Textarea
              resize="vertical"
              rows={6}
              value={state.text}
              onChange={(_, data) => state.setText(data.value)}
            />
          </Field>
          {state.previewLines.length > 0 && (
            <section aria-labelledby="plan-preview-heading">
              <h3 id="plan-preview-heading" className={styles.heading}>
                {say("pane.plan.previewTitle")}
              </h3>
              <pre className={styles.preview} tabIndex={0} aria-label={say("pane.plan.preview")}>
                {state.previewLines.join("\n")}
              </pre>
              {state.imported && state.imported.template === null && (
                <MessageBar intent="error">
                  <MessageBarBody>{say("pane.plan.previewBlocked")}</MessageBarBody>
                </MessageBar>
              )}
            </section>
          )}
        </>
      )}

      {state.source === "xlsx" && <XlsxSource state={state.xlsx} />}

      {state.hasPlan && (
        <>
          <MessageBar intent="warning">
            <MessageBarBody>{say("pane.plan.replaceWarning")}</MessageBarBody>
          </MessageBar>
          <Checkbox
            checked={state.confirmReplace}
            onChange={(_, data) => state.setConfirmReplace(data.checked === true)}
            label={say("pane.plan.replaceConfirm")}
          />
        </>
      )}

      <div className={styles.actions}>
        <Button appearance="primary" disabled={!state.canCreate} onClick={state.create}>
          {say("pane.plan.create")}
        </Button>
      </div>
      <OperationProgress runner={state.runner} />
      {state.created !== null && (
        <MessageBar intent="success">
          <MessageBarBody>{say("pane.plan.created", { areas: state.created })}</MessageBarBody>
        </MessageBar>
      )}

      {state.hasPlan && (
        <section className={styles.root} aria-labelledby="plan-upgrade-heading">
          <h3 id="plan-upgrade-heading" className={styles.heading}>
            {say("pane.plan.upgradeTitle")}
          </h3>
          <FilePicker
            accept=".json,application/json"
            label={say("pane.plan.upgradeFile")}
            onPick={(files) => state.pickUpgradeFile(files[0] ?? null)}
          />
          {state.upgradeFile?.problem && (
            <MessageBar intent="error">
              <MessageBarBody>
                {say("pane.plan.templateFileInvalid", {
                  file: state.upgradeFile.file,
                  detail: state.upgradeFile.problem,
                })}
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.actions}>
            <Button
              disabled={!state.upgradeFile?.template || state.runner.status === "running"}
              onClick={state.upgrade}
            >
              {say("pane.plan.upgrade")}
            </Button>
          </div>
          {state.upgraded !== null && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>
                {say("pane.plan.upgraded", { version: state.upgraded.version })}
                <Lines lines={state.upgraded.notes} className={styles.list} />
              </MessageBarBody>
            </MessageBar>
          )}
          {state.upgraded !== null && state.upgraded.problems.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {say("pane.plan.upgradeProblems", { count: state.upgraded.problems.length })}
                <Lines lines={state.upgraded.problems} className={styles.list} />
              </MessageBarBody>
            </MessageBar>
          )}
        </section>
      )}
    </section>
  );
};
