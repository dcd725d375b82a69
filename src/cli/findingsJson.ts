/** Consolidation and import findings as `--json` gives them: each with its message in the chosen language. */
import { ConsolidationFinding } from "../core/consolidation/ConsolidationFinding";
import { consolidationMessages } from "../core/messages/catalog/consolidationMessages";
import { formatMessage } from "../core/messages/formatMessage";
import { Language } from "../core/messages/Language";

export function findingsJson(
  findings: ConsolidationFinding[],
  language: Language
): (ConsolidationFinding & { message: string })[] {
  return findings.map((finding) => ({
    ...finding,
    message: formatMessage(consolidationMessages, language, finding.code, finding.params),
  }));
}
