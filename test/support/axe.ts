/**
 * axe-core on a page, keeping the serious and critical violations as one line each. Fluent's focus sentinels
 * (`<i tabindex=0 aria-hidden data-tabster-dummy>`) only pass focus on to the real control; Fluent and Tabster call
 * axe's aria-hidden-focus on them a false positive (microsoft/fluentui#27517, "by design"; microsoft/tabster#288).
 * Everything else is checked.
 */
import AxeBuilder from "@axe-core/playwright";
import { Page } from "playwright-core";

export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .exclude("[data-tabster-dummy]")
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join("; ")})`
    );
}
