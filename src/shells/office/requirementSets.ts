/**
 * ExcelApi requirement sets the host needs (excel.d.ts, OFFICEJS.md), checked before use with
 * `Office.context.requirements.isSetSupported` (injected, so tests run without Office), and the Office versions
 * that have them, for the message that explains a missing one.
 */
import { HostError } from "./HostError";

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** Reading: `NamedItem.getRangeOrNullObject`, `getUsedRangeOrNullObject` (1.4); `getRangeByIndexes` for row blocks (1.7). */
export const READ_SET = "1.7";
/**
 * Writing: data validation and `runtime.enableEvents` (1.8); conditional formats and
 * `suspendApiCalculationUntilNextSync` (1.6); `getRangeByIndexes`, freeze panes, tab colour, protection options (1.7).
 */
export const WRITE_SET = "1.8";
/** Page layout (orientation, fit to width, print area and titles): 1.9; skipped below it (printing only). */
export const PAGE_LAYOUT_SET = "1.9";
/**
 * Charts: `charts.add`, points' fills, title, axis bounds (1.1); `series.add`, `setValues`, `setXAxisValues`,
 * `chartType`, `lineStyle` (1.7); the value axis's `numberFormat` (1.8). Inside `WRITE_SET` today, checked on
 * its own so that lowering `WRITE_SET` leaves the chart out (its data stays in cells) instead of failing.
 */
export const CHART_SET = "1.8";

/** The Office that first has an ExcelApi version (Microsoft's requirement-set tables, OFFICEJS.md). */
export function officeWithSet(version: string): { es: string; en: string } {
  const minor = Number(version.split(".")[1]);
  if (minor >= 15) return { es: "Office 2024 o Microsoft 365", en: "Office 2024 or Microsoft 365" };
  if (minor >= 13)
    return {
      es: "Office 2021 o Microsoft 365 (versión 2102 o posterior)",
      en: "Office 2021 or Microsoft 365 (version 2102 or later)",
    };
  if (minor >= 9) return { es: "Office 2021 o Microsoft 365", en: "Office 2021 or Microsoft 365" };
  if (minor >= 2) return { es: "Office 2019 o Microsoft 365", en: "Office 2019 or Microsoft 365" };
  return { es: "Office 2016 o posterior", en: "Office 2016 or later" };
}

/** Throws the explained `excel.requirementMissing` when `version` of ExcelApi is missing. */
export function requireExcelApi(isSetSupported: IsSetSupported, version: string): void {
  if (isSetSupported("ExcelApi", version)) return;
  const office = officeWithSet(version);
  throw new HostError("excel.requirementMissing", {
    set: `ExcelApi ${version}`,
    officeEs: office.es,
    officeEn: office.en,
  });
}
