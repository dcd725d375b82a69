/** Whether a template may upgrade a workbook: same template, newer version (SPEC §2, §8). */
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
  return null;
}
