import * as React from "react";
import {
  Body1,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Tab,
  TabList,
  Title2,
} from "@fluentui/react-components";
import { Language } from "../core/messages/Language";
import { InicioFlow } from "./flows/Inicio/InicioFlow";
import { Flow, FLOWS } from "./flows/Flow";
import { PaneServices, RunsIn } from "./PaneServices";
import { MANIFEST_MINIMUM, RequirementCheck } from "../shells/office/requirementSets";
import { useChangeEmitter } from "./status/useChangeEmitter";
import { useUnsavedWorkGuard } from "./status/useUnsavedWorkGuard";
import { useWorkbookStatus } from "./status/useWorkbookStatus";
import { TextsProvider, useTexts } from "./texts/Texts";
import { useAppStyles } from "./App.styles";

export type { RunsIn };

// Each flow is its own chunk, loaded when first shown: the first render carries only the shell (npm run bench -- --pane).
const PlanFlow = React.lazy(() =>
  import("./flows/Plan/PlanFlow").then((module) => ({ default: module.PlanFlow }))
);
const ValidarFlow = React.lazy(() =>
  import("./flows/Validar/ValidarFlow").then((module) => ({ default: module.ValidarFlow }))
);
const SemaforoFlow = React.lazy(() =>
  import("./flows/Semaforo/SemaforoFlow").then((module) => ({ default: module.SemaforoFlow }))
);
const ConsolidarFlow = React.lazy(() =>
  import("./flows/Consolidar/ConsolidarFlow").then((module) => ({
    default: module.ConsolidarFlow,
  }))
);
const InformeFlow = React.lazy(() =>
  import("./flows/Informe/InformeFlow").then((module) => ({ default: module.InformeFlow }))
);
const WorkbookGrid = React.lazy(() =>
  import("./components/WorkbookGrid/WorkbookGrid").then((module) => ({
    default: module.WorkbookGrid,
  }))
);

export type AppProps = {
  /** The add-in's version (package.json). */
  version: string;
  runsIn: RunsIn;
  /** The operations and host abilities; null when no workbook host could be loaded (`hostProblem` says why). */
  services: PaneServices | null;
  hostProblem?: string;
  /** The host modules are still loading (the pane renders before they arrive). */
  loading?: boolean;
  requirements: RequirementCheck;
  initialFlow: Flow;
  initialLanguage: Language;
};

/** The task pane: header with language switch, one tab per flow, the flow, and (outside Office) the workbook grid. */
const App: React.FC<AppProps> = (props) => {
  const [language, setLanguage] = React.useState<Language>(props.initialLanguage);
  React.useEffect(() => {
    document.documentElement.lang = language === "es" ? "es-CO" : "en";
  }, [language]);
  return (
    <TextsProvider language={language}>
      <Pane {...props} language={language} onLanguage={setLanguage} />
    </TextsProvider>
  );
};

const Pane: React.FC<AppProps & { language: Language; onLanguage: (l: Language) => void }> = (
  props
) => {
  const { services, requirements } = props;
  const { say } = useTexts();
  const styles = useAppStyles();
  const [flow, setFlow] = React.useState<Flow>(props.initialFlow);
  const [revision, setRevision] = React.useState(0);
  // Bumped when another workbook is opened in the browser: the flows start again, with none of the old results.
  const [opened, setOpened] = React.useState(0);
  const onOpened = React.useCallback(() => setOpened((n) => n + 1), []);
  useUnsavedWorkGuard(services?.workbook ?? null, say("pane.browser.unsavedLeave"));
  const changed = React.useCallback(() => setRevision((n) => n + 1), []);
  const operations = services && requirements.paneSupported ? services.operations : null;
  const workbook = useWorkbookStatus(operations, revision);
  const userChanges = useChangeEmitter();
  const onUserChange = React.useCallback(() => {
    changed();
    userChanges.emit();
  }, [changed, userChanges]);

  const autoMissing = requirements.missing.autoRevalidate;
  const watchChanges = autoMissing
    ? null
    : services?.workbook
      ? userChanges.subscribe
      : (services?.watchChanges ?? null);
  const status = workbook.status;
  const ready =
    !props.loading &&
    (status !== null || operations === null || workbook.runner.status === "failed");
  React.useEffect(() => {
    // Marks for `npm run bench -- --pane`: first render, and the moment the pane answers with the workbook's state.
    performance.mark?.("pane-rendered");
  }, []);
  React.useEffect(() => {
    if (ready) performance.mark?.("pane-interactive");
  }, [ready]);
  const periodLabels = status?.periodLabels ?? [];

  const renderFlow = (): React.ReactNode => {
    if (!operations || !services) return null;
    switch (flow) {
      case "inicio":
        return <InicioFlow workbook={workbook} onGoTo={setFlow} />;
      case "plan":
        return (
          <PlanFlow operations={operations} hasPlan={status?.isPlan ?? false} onChanged={changed} />
        );
      case "validar":
        return (
          <ValidarFlow
            operations={operations}
            watchChanges={watchChanges}
            onChanged={changed}
            insideExcel={props.runsIn === "excel"}
          />
        );
      case "semaforo":
        return (
          <SemaforoFlow
            operations={operations}
            periodLabels={periodLabels}
            cutoff={status?.cutoff ?? null}
            onChanged={changed}
          />
        );
      case "consolidar":
        return (
          <ConsolidarFlow
            operations={operations}
            readAreaWorkbook={services.readAreaWorkbook}
            onChanged={changed}
          />
        );
      case "informe":
        return (
          <InformeFlow
            operations={operations}
            periodLabels={periodLabels}
            downloadsBlocked={services.downloadsBlocked}
            onChanged={changed}
          />
        );
    }
  };

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <div className={styles.titleBlock}>
          <Title2 as="h1" className={styles.title}>
            {say("pane.title")}
          </Title2>
          <Caption1 as="p" data-testid="version">
            {say("pane.version", { version: props.version })}
          </Caption1>
        </div>
        <Field label={say("pane.language")} className={styles.language}>
          <Select
            value={props.language}
            onChange={(_, data) => props.onLanguage(data.value === "en" ? "en" : "es")}
          >
            <option value="es">{say("pane.language.es")}</option>
            <option value="en">{say("pane.language.en")}</option>
          </Select>
        </Field>
      </header>
      <Body1 data-testid="runs-in">{say(`pane.runsIn.${props.runsIn}`)}</Body1>
      {!requirements.paneSupported && (
        <MessageBar intent="error">
          <MessageBarBody>
            {say("pane.requirements.unsupportedPane", {
              version: MANIFEST_MINIMUM.version,
              office: MANIFEST_MINIMUM.office[props.language],
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {autoMissing && (
        <MessageBar intent="info">
          <MessageBarBody>
            {say("pane.requirements.missing", {
              feature: say("pane.feature.autoRevalidate"),
              version: autoMissing.version,
              office: autoMissing.office[props.language],
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {props.loading && <Spinner size="small" label={say("pane.step.read")} />}
      {!services && props.hostProblem !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>
            {say("pane.hostUnavailable", { detail: props.hostProblem ?? "" })}
          </MessageBarBody>
        </MessageBar>
      )}
      {operations && (
        <>
          <TabList
            className={styles.tabs}
            selectedValue={flow}
            onTabSelect={(_, data) => setFlow(data.value as Flow)}
            aria-label={say("pane.flows")}
            size="small"
          >
            {FLOWS.map((name) => (
              <Tab key={name} value={name}>
                {say(`pane.flow.${name}`)}
              </Tab>
            ))}
          </TabList>
          <div key={opened} role="tabpanel" aria-label={say(`pane.flow.${flow}`)}>
            <React.Suspense fallback={<Spinner size="small" />}>{renderFlow()}</React.Suspense>
          </div>
        </>
      )}
      {services?.workbook && (
        <React.Suspense fallback={<Spinner size="small" />}>
          <WorkbookGrid
            workbook={services.workbook}
            revision={revision}
            onUserChange={onUserChange}
            onOpened={onOpened}
          />
        </React.Suspense>
      )}
    </main>
  );
};

export default App;
