import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "./App";
import { flowFromQuery } from "./flows/Flow";
import { HostLoad, loadPaneServices } from "./hosts";
import { RunsIn } from "./PaneServices";
import { ALL_SUPPORTED, checkRequirements } from "../shells/office/requirementSets";
import { paneLanguage } from "./texts/paneLanguage";
import { VERSION } from "./version";

/** Maps Office.onReady's host (null outside Office) to where the pane runs. */
function runsIn(host: Office.HostType | null): RunsIn {
  if (host === null) return "browser";
  return host === Office.HostType.Excel ? "excel" : "other-office";
}

performance.mark?.("pane-script");

/**
 * Renders the pane at once and, in the same breath, starts loading the workbook host (separate chunks: the operations
 * and the host), so their download overlaps the first render instead of following it; the pane renders again with
 * the host as soon as it has arrived, without waiting for the first render's effects (that wait, a frame or more, put
 * a paint and a task between the two renders: `npm run bench -- --pane` measured it). The first render does not wait
 * for the host's chunks (React renders it in the task right after this one, before they can arrive; should they be
 * there first, React renders once, with the host), and the first screen outside Office is an empty
 * workbook, so the zip reader stays out of them (`npm run bench -- --pane` counts the JavaScript requested before the
 * first render and times both). Office APIs are only touched after Office.onReady, which has resolved by the time
 * this runs.
 */
async function start(where: RunsIn): Promise<void> {
  performance.mark?.("pane-office-ready");
  const container = document.getElementById("container");
  if (!container) return;
  const inOffice = where !== "browser";
  const requirements =
    where === "excel"
      ? checkRequirements((set, version) =>
          Office.context.requirements.isSetSupported(set, version)
        )
      : ALL_SUPPORTED;
  const root = createRoot(container);
  const initialFlow = flowFromQuery(window.location.search);
  const initialLanguage = paneLanguage(inOffice ? Office.context.displayLanguage : null);
  const render = (load: HostLoad | null, loading: boolean): void =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <App
          version={VERSION}
          runsIn={where}
          services={load && "services" in load ? load.services : null}
          hostProblem={load && "problem" in load ? load.problem : undefined}
          loading={loading}
          requirements={requirements}
          initialFlow={initialFlow}
          initialLanguage={initialLanguage}
        />
      </FluentProvider>
    );
  // Another Office application: the runs-in line says the add-in is for Excel; no host is loaded.
  if (where === "other-office") {
    render(null, false);
    return;
  }
  render(null, true);
  // Requested now, rendered as soon as they arrive (a failed chunk becomes a `problem`, never a rejection).
  const services = await loadPaneServices(where, {
    isMac: inOffice && Office.context.platform === Office.PlatformType.Mac,
    watchUserEdits: requirements.missing.autoRevalidate === undefined,
  });
  render(services, false);
}

if (typeof Office === "undefined") {
  // office.js did not load (no network, CDN blocked): the pane still runs, as in a plain browser.
  void start("browser");
} else {
  Office.onReady((info) => void start(runsIn(info.host)));
}
