import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
} from "@fluentui/react-components";
import { formatPercent } from "../../../core/messages/formatPercent";
import { semesterCutoffIndex } from "../../../core/report/semesterCutoffIndex";
import { Semester } from "../../../core/report/ManagementReport";
import { BandBadge } from "../../components/BandBadge/BandBadge";
import { CutoffIndexWarning } from "../../components/CutoffIndexWarning/CutoffIndexWarning";
import { OperationProgress } from "../../components/OperationProgress/OperationProgress";
import { useTexts } from "../../texts/Texts";
import { useFlowStyles } from "../Flow.styles";
import { InformeFlowProps, useInformeFlow } from "./useInformeFlow";

/** Informe: semester 1 or 2; build the sheet; download the HTML or the Word document where the host allows it. */
export const InformeFlow: React.FC<InformeFlowProps> = (props) => {
  const state = useInformeFlow(props);
  const { say, language } = useTexts();
  const styles = useFlowStyles();
  /** "I semestre (corte T2)"; with no plan open, no periods to name: "I semestre". */
  const semesterLabel = (semester: Semester): string => {
    if (props.periodLabels.length === 0)
      return say(semester === 1 ? "pane.informe.semester1Only" : "pane.informe.semester2Only");
    const label =
      props.periodLabels[semesterCutoffIndex(props.periodLabels.length, semester).index];
    return say(semester === 1 ? "pane.informe.semester1" : "pane.informe.semester2", { label });
  };
  const running = state.runner.status === "running";
  const report = state.result?.report;
  return (
    <section className={styles.root} aria-labelledby="flow-informe-heading">
      <h2 id="flow-informe-heading" className={styles.heading}>
        {say("pane.flow.informe")}
      </h2>
      <Field label={say("pane.informe.semester")}>
        <RadioGroup
          value={String(state.semester)}
          onChange={(_, data) => state.setSemester(data.value === "2" ? 2 : 1)}
        >
          <Radio value="1" label={semesterLabel(1)} />
          <Radio value="2" label={semesterLabel(2)} />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={running} onClick={state.buildSheet}>
          {say("pane.informe.buildSheet")}
        </Button>
        <Button disabled={running || state.downloadsBlocked} onClick={state.downloadHtml}>
          {say("pane.informe.download")}
        </Button>
        <Button disabled={running || state.downloadsBlocked} onClick={state.downloadDocx}>
          {say("pane.informe.downloadDocx")}
        </Button>
      </div>
      {state.downloadsBlocked && (
        <MessageBar intent="info">
          <MessageBarBody>{say("pane.informe.macDownload")}</MessageBarBody>
        </MessageBar>
      )}
      <OperationProgress runner={state.runner} />
      {state.built !== null && (
        <MessageBar intent="success">
          <MessageBarBody>{say("pane.informe.built", { semester: state.built })}</MessageBarBody>
        </MessageBar>
      )}
      {state.downloaded !== null && (
        <MessageBar intent="success">
          <MessageBarBody>
            {say("pane.informe.downloaded", { file: state.downloaded })}
          </MessageBarBody>
        </MessageBar>
      )}
      {report && (
        <section aria-label={say("pane.flow.informe")}>
          <CutoffIndexWarning errors={report.figureErrors} />
          <BandBadge band={report.institution.band} compliance={report.institution.compliance} />
          <Body1 as="p" block>
            {say("pane.informe.summary", {
              compliance: formatPercent(report.institution.compliance, language),
              band: say(`pane.band.${report.institution.band}`),
              red: report.redRows.length,
              unreported: report.unreportedRows.length,
              over: report.overExecutedRows.length,
            })}
          </Body1>
          {state.result?.fromMatrix && <Caption1 block>{say("pane.informe.fromMatrix")}</Caption1>}
          {state.result?.workbookCutoff !== undefined && (
            <Caption1 block>
              {say("pane.informe.workbookCutoff", {
                cutoff: report.cutoff.label,
                workbookCutoff: state.result.workbookCutoff,
              })}
            </Caption1>
          )}
        </section>
      )}
    </section>
  );
};
