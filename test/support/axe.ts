/**
 * axe-core on a page, keeping the serious and critical violations as one line each. Fluent's focus sentinels
 * (`<i tabindex=0 aria-hidden data-tabster-dummy>`) only pass focus on to the real control; Fluent and Tabster call
 * axe's aria-hidden-focus on them a false positive (microsoft/fluentui#27517, "by design"; microsoft/tabster#288).
 * Everything else is checked.
 *
 * axe-core is run in the page directly (`axe.run`), its source evaluated once per page through the DevTools protocol
 * (which the pane's Content-Security-Policy does not apply to). `@axe-core/playwright`, used before, evaluated the
 * 550 KB source twice per check and finished each run in a new blank page: 1.7–3.0 s per check against 0.5–1.2 s
 * here, for the same rules and the same result (measured on paneInBrowser's eight checks). The pane has no frame of
 * its own; the only other frame it shows is the one office.js opens for Office's telemetry, which the pane's policy
 * refuses: empty until refused, then an error page, nothing of ours in it either way. A page with a frame that holds
 * anything else is refused rather than checked in part.
 */
import { source } from "axe-core";
import type { AxeResults, RunOptions } from "axe-core";
import { Frame, Page } from "playwright-core";

/** A frame the browser refused to load (Content-Security-Policy): its own error page. */
const REFUSED_FRAME = "chrome-error://";

const OPTIONS: RunOptions = {
  iframes: false,
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
};

/** axe-core as `source` defines it on the page's window. */
type AxeWindow = { axe: { run(context: object, options: RunOptions): Promise<AxeResults> } };

export async function seriousViolations(page: Page): Promise<string[]> {
  const unchecked: Frame[] = [];
  for (const frame of page.frames()) {
    if (frame === page.mainFrame() || frame.url().startsWith(REFUSED_FRAME)) continue;
    // A frame detached meanwhile holds nothing; any other frame that cannot be read is refused.
    const elements = await frame
      .evaluate(() => document.body?.childElementCount ?? 0)
      .catch((error: unknown) => {
        if (frame.isDetached()) return 0;
        throw error;
      });
    if (elements > 0) unchecked.push(frame);
  }
  if (unchecked.length > 0)
    throw new Error(
      `axe checks the page alone; it has frames: ${unchecked.map((frame) => frame.url())}`
    );
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(source);
  const results = await page.evaluate(
    (options) =>
      (window as unknown as AxeWindow).axe.run({ exclude: [["[data-tabster-dummy]"]] }, options),
    OPTIONS
  );
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join("; ")})`
    );
}
