import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App, { RunsIn } from "./App";
import { VERSION } from "./version";

/** Maps Office.onReady's host (null outside Office) to where the pane runs. */
function runsIn(host: Office.HostType | null): RunsIn {
  if (host === null) return "browser";
  return host === Office.HostType.Excel ? "excel" : "other-office";
}

function render(where: RunsIn): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App version={VERSION} runsIn={where} />
    </FluentProvider>
  );
}

if (typeof Office === "undefined") {
  // office.js did not load (no network, CDN blocked): the pane still runs, as in a plain browser.
  render("browser");
} else {
  Office.onReady((info) => render(runsIn(info.host)));
}
