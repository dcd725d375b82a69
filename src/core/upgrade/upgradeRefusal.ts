/**
 * Whether a template may upgrade a workbook: same template, newer version, same periods (SPEC §2, §8). A version
 * whose periods differ (quarters → semesters, other labels) would leave every figure typed under the old period
 * columns unread: refused before anything is written.
 */
import { UpgradeRefusalCode } from "../messages/catalog/upgradeMessages";
import { MessageParams } from "../messages/formatMessage";
import { Template } from "../template/Template";

export type UpgradeRefusal = {
  code: UpgradeRefusalCode;
  params: MessageParams;
};

/** Null when `next` may upgrade a workbook made with `stored`; otherwise why not, naming both sides. */
export function upgradeRefusal(stored: Template, next: Template): UpgradeRefusal | null {
  if (next.templateId !== stored.templateId)
    return {
      code: "upgrade.refused.otherTemplate",
      params: { found: next.templateId, stored: stored.templateId },
    };
  if (next.templateVersion <= stored.templateVersion)
    return {
      code: "upgrade.refused.notNewer",
      params: {
        id: stored.templateId,
        found: next.templateVersion,
        stored: stored.templateVersion,
      },
    };
  const before = stored.periods.labels;
  const after = next.periods.labels;
  if (before.length !== after.length || before.some((label, index) => label !== after[index]))
    return {
      code: "upgrade.refused.periodsChanged",
      params: {
        id: stored.templateId,
        found: next.templateVersion,
        stored: stored.templateVersion,
        storedLabels: before.join(", "),
        foundLabels: after.join(", "),
      },
    };
  return null;
}
