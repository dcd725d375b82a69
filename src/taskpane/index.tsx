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

/** A hidden page gets no animation frames: past this, `afterFirstPaint` goes on without one. */
const NO_FRAME_MS = 200;

/**
 * Calls `next` once the browser has painted what was rendered: a frame, then a task after it (or after
 * `NO_FRAME_MS` if no frame comes). What `next` loads is then off the first render's path (`npm run bench -- --pane`
 * counts the JavaScript requested before it), yet starts within a frame of it, before anyone can click.
 */
function afterFirstPaint(next: () => void): void {
  let called = false;
  const once = (): void => {
    if (called) return;
    called = true;
    next();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, NO_FRAME_MS);
}

/**
 * Renders the pane at once, then loads the workbook host (separate chunks: the operations and the host) once that
 * first render is painted, and renders again with it. Office APIs are only touched after Office.onReady, which has
 * resolved by the time this runs.
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
  await new Promise<void>((painted) => afterFirstPaint(painted));
  render(
    await loadPaneServices(where, {
      isMac: inOffice && Office.context.platform === Office.PlatformType.Mac,
      watchUserEdits: requirements.missing.autoRevalidate === undefined,
    }),
    false
  );
}

if (typeof Office === "undefined") {
  // office.js did not load (no network, CDN blocked): the pane still runs, as in a plain browser.
  void start("browser");
} else {
  Office.onReady((info) => void start(runsIn(info.host)));
}
