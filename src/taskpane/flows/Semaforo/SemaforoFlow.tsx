import * as React from "react";
import { Body1, Button, Caption1, Field, Select } from "@fluentui/react-components";
import { formatPercent } from "../../../core/messages/formatPercent";
import { describeAverage } from "../../../core/semaphore/describeAverage";
import { RowSemaphore } from "../../../core/semaphore/computeSemaphore";
import { semaphoreErrors } from "../../../core/semaphore/semaphoreErrors";
import { BandBadge } from "../../components/BandBadge/BandBadge";
import { CutoffIndexWarning } from "../../components/CutoffIndexWarning/CutoffIndexWarning";
import { OperationProgress } from "../../components/OperationProgress/OperationProgress";
import { useTexts } from "../../texts/Texts";
import { useFlowStyles } from "../Flow.styles";
import { rowCell, SemaforoFlowProps, useSemaforoFlow } from "./useSemaforoFlow";

/** Semáforo: cut-off selector, institution / macroprocess / area badges, and the rows to look at, a click away. */
export const SemaforoFlow: React.FC<SemaforoFlowProps> = (props) => {
  const state = useSemaforoFlow(props);
  const { say, language } = useTexts();
  const styles = useFlowStyles();
  const { report } = state;
  const totalLeftOut = report?.institution.rowsWithErrors ?? 0;

  const rowList = (
    id: string,
    title: string,
    rows: RowSemaphore[],
    band: "rojo" | "con-errores" | null
  ): React.ReactElement => (
    <section aria-labelledby={id}>
      <h3 id={id} className={styles.heading}>
        {say("pane.semaforo.listHeading", { title, count: rows.length })}
      </h3>
      {rows.length === 0 ? (
        <Body1>{say("pane.semaforo.noRows")}</Body1>
      ) : (
        <ul className={styles.list}>
          {rows.map((row) => (
            <li key={`${row.sheet}!${row.row}`}>
              <Button
                appearance="transparent"
                className={styles.linkButton}
                onClick={() => state.goTo(row)}
              >
                {say("pane.semaforo.rowLabel", {
                  id: row.id,
                  sheet: row.sheet,
                  cell: rowCell(row),
                  // An Excel error value as Excel shows it; any other error in words, never an internal code.
                  compliance: row.inputError?.startsWith("#")
                    ? row.inputError
                    : row.band === "con-errores"
                      ? say("pane.band.con-errores")
                      : formatPercent(row.compliance, language),
                })}
              </Button>
              {band && <BandBadge band={band} compliance={null} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <section className={styles.root} aria-labelledby="flow-semaforo-heading">
      <h2 id="flow-semaforo-heading" className={styles.heading}>
        {say("pane.flow.semaforo")}
      </h2>
      <div className={styles.actions}>
        <Field label={say("pane.semaforo.cutoff")}>
          <Select value={state.cutoff} onChange={(_, data) => state.setCutoff(data.value)}>
            {state.periodLabels.map((label) => (
              <option key={label} value={label}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={state.runner.status === "running" || state.cutoff === ""}
          onClick={state.apply}
        >
          {say("pane.semaforo.apply")}
        </Button>
      </div>
      <OperationProgress runner={state.runner} />
      {report && (
        <>
          <CutoffIndexWarning errors={semaphoreErrors(report)} />
          <section aria-labelledby="semaforo-institution">
            <h3 id="semaforo-institution" className={styles.heading}>
              {say("pane.semaforo.institution", { cutoff: report.cutoff })}
            </h3>
            <BandBadge band={report.institution.band} compliance={report.institution.compliance} />
            <Caption1> {describeAverage(report.institution, language)}</Caption1>
            {totalLeftOut > 0 && (
              <>
                {" "}
                <BandBadge band="con-errores" compliance={null} />
                <Caption1> {say("pane.semaforo.rowsLeftOut", { count: totalLeftOut })}</Caption1>
              </>
            )}
          </section>
          <section aria-labelledby="semaforo-macroprocesses">
            <h3 id="semaforo-macroprocesses" className={styles.heading}>
              {say("pane.semaforo.macroprocesses")}
            </h3>
            <ul className={styles.list}>
              {report.macroprocesses.map((group) => (
                <li key={group.name}>
                  {group.name} <BandBadge band={group.band} compliance={group.compliance} />
                  <Caption1> {describeAverage(group, language)}</Caption1>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="semaforo-areas">
            <h3 id="semaforo-areas" className={styles.heading}>
              {say("pane.semaforo.areas")}
            </h3>
            <ul className={styles.list}>
              {report.areas.map((area) => {
                const leftOut = state.errorsByArea.get(area.code) ?? 0;
                return (
                  <li key={area.code}>
                    {area.name} <BandBadge band={area.band} compliance={area.compliance} />
                    {leftOut > 0 && (
                      <>
                        {" "}
                        <BandBadge band="con-errores" compliance={null} />
                        <Caption1> {say("pane.semaforo.rowsLeftOut", { count: leftOut })}</Caption1>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
          {rowList("semaforo-red", say("pane.semaforo.redRows"), state.redRows, "rojo")}
          {rowList("semaforo-over", say("pane.semaforo.overRows"), state.overRows, null)}
          {rowList(
            "semaforo-errors",
            say("pane.semaforo.errorRows"),
            state.errorRows,
            "con-errores"
          )}
        </>
      )}
    </section>
  );
};
