import * as React from "react";
import { Button, Field, MessageBar, MessageBarBody, ProgressBar } from "@fluentui/react-components";
import { isOperationError } from "../../../operations/OperationError";
import { errorText } from "../../failures/errorText";
import { OperationRunner } from "../../operation/useOperationRunner";
import { useTexts } from "../../texts/Texts";
import { useOperationProgressStyles } from "./OperationProgress.styles";

export type OperationProgressProps = {
  runner: Pick<OperationRunner, "status" | "step" | "fraction" | "failure" | "cancel">;
};

/** While an operation runs: its step, a progress bar and Cancelar; afterwards, a cancel or failure notice. */
export const OperationProgress: React.FC<OperationProgressProps> = ({ runner }) => {
  const { say, language } = useTexts();
  const styles = useOperationProgressStyles();
  if (runner.status === "running") {
    const step = say(`pane.step.${runner.step ?? "read"}`);
    return (
      <div className={styles.root}>
        <div className={styles.row}>
          <Field
            className={styles.field}
            label={say("pane.progress.label", { step })}
            validationState="none"
          >
            <ProgressBar value={runner.fraction} max={1} thickness="large" />
          </Field>
          <Button onClick={runner.cancel}>{say("pane.progress.cancel")}</Button>
        </div>
      </div>
    );
  }
  const cancelled =
    runner.status === "cancelled" ||
    (isOperationError(runner.failure) && runner.failure.code === "operation.cancelled");
  if (cancelled)
    return (
      <MessageBar intent="info">
        <MessageBarBody>{say("pane.cancelled")}</MessageBarBody>
      </MessageBar>
    );
  if (runner.status === "failed")
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {isOperationError(runner.failure)
            ? say("pane.failedBecause", { reason: errorText(runner.failure, language) })
            : say("pane.failed", { detail: errorText(runner.failure, language) })}
        </MessageBarBody>
      </MessageBar>
    );
  return null;
};
