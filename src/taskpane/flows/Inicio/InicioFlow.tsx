import * as React from "react";
import { Body1, Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { OperationProgress } from "../../components/OperationProgress/OperationProgress";
import { WorkbookStatusState } from "../../status/useWorkbookStatus";
import { useTexts } from "../../texts/Texts";
import { useFlowStyles } from "../Flow.styles";
import { NextStep } from "../../../operations/describeWorkbook";

export type InicioFlowProps = {
  /** The workbook as last read (one describeWorkbook operation), with its progress and a way to read it again. */
  workbook: WorkbookStatusState;
  onGoTo: (flow: "plan" | "validar" | "semaforo") => void;
};

const NEXT_FLOW: Record<NextStep, "plan" | "validar" | "semaforo"> = {
  createPlan: "plan",
  fillAreas: "validar",
  fixCutoff: "semaforo",
  validate: "validar",
};

/** Inicio: what this workbook is (plan or not, template and version, year, cut-off, areas filled) and the next step. */
export const InicioFlow: React.FC<InicioFlowProps> = ({ workbook, onGoTo }) => {
  const { say } = useTexts();
  const styles = useFlowStyles();
  const { status } = workbook;
  return (
    <section className={styles.root} aria-labelledby="flow-inicio-heading">
      <h2 id="flow-inicio-heading" className={styles.heading}>
        {say("pane.flow.inicio")}
      </h2>
      <OperationProgress runner={workbook.runner} />
      {status && (
        <>
          {!status.isPlan && (
            <MessageBar intent={status.templateMissing ? "warning" : "info"}>
              <MessageBarBody>
                {say(
                  status.templateMissing ? "pane.inicio.templateMissing" : "pane.inicio.notPlan"
                )}
              </MessageBarBody>
            </MessageBar>
          )}
          {status.isPlan && (
            <ul className={styles.list} aria-label={say("pane.flow.inicio")}>
              <li>
                {say("pane.inicio.template", {
                  id: status.templateId ?? "",
                  version: status.templateVersion ?? "",
                })}
              </li>
              <li>{say("pane.inicio.year", { year: status.year ?? "" })}</li>
              <li>
                {status.badCutoff !== null
                  ? say("pane.inicio.cutoffBad", { cutoff: status.badCutoff })
                  : say("pane.inicio.cutoff", { cutoff: status.cutoff ?? "" })}
              </li>
              <li>
                {say("pane.inicio.areas", {
                  filled: status.areasFilled,
                  total: status.areasTotal,
                })}
              </li>
              <li>
                {say(
                  status.consolidated ? "pane.inicio.consolidated" : "pane.inicio.notConsolidated"
                )}
              </li>
            </ul>
          )}
          <Body1>
            <strong>{say("pane.inicio.next")}</strong> {say(`pane.inicio.next.${status.next}`)}
          </Body1>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => onGoTo(NEXT_FLOW[status.next])}>
              {say("pane.inicio.goTo", { flow: say(`pane.flow.${NEXT_FLOW[status.next]}`) })}
            </Button>
            <Button onClick={workbook.refresh} disabled={workbook.runner.status === "running"}>
              {say("pane.inicio.refresh")}
            </Button>
          </div>
        </>
      )}
    </section>
  );
};
