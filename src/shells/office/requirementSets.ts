/**
 * The one table of ExcelApi requirement sets the add-in relies on, used by the pane (at start) and the Office host
 * (before each read and write). Each row says why the set is needed, what calls need it, and the first Office that
 * has it (Microsoft's table: https://learn.microsoft.com/en-us/javascript/api/requirement-sets/excel/excel-api-requirement-sets;
 * OFFICEJS.md). The manifest's `<Set Name="ExcelApi" MinVersion=…>` must equal `MANIFEST_MINIMUM`
 * (test/shells/office/requirementSets.test.ts reads manifest.xml): Office without it never loads the add-in, so a
 * run-time check of any set at or below it could never fail — only the sets above it are checked at run time, each
 * right before the call that needs it, and a missing one is explained, never crashed on.
 *
 * Everything else the host calls is in the minimum: `workbook.functions` (1.2: `DATE` tells the workbook's date
 * system, dateSystem.ts — `Workbook.use1904DateSystem` is in no released set); `getItemOrNullObject`,
 * `getUsedRangeOrNullObject`, `NamedItem.getRangeOrNullObject` (1.4); conditional formats,
 * `suspendApiCalculationUntilNextSync` (1.6); `getRangeByIndexes`, `NamedItem.formula`, `workbook.protection`,
 * freeze panes, tab colour, chart series (`series.add`, `setValues`, `lineStyle`), `worksheets.onChanged`,
 * `Range.hyperlink` (1.7); data validation, `runtime.enableEvents`, the value axis's number format (1.8); page
 * layout, `getCellProperties` (links, 1.9).
 */
import { HostError } from "./HostError";

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** One requirement set: its version, what needs it, and the Office that first has it (product names). */
export type RequirementSet = {
  set: "ExcelApi";
  version: string;
  /** When it is checked, and what for (for readers of this table; not shown to users). */
  checkedFor: string;
  /** The calls that need it (member names, as the host writes them: the guard test looks for them). */
  calls: string[];
  office: { es: string; en: string };
};

/** The manifest's minimum: the pane and the host need it for everything (checked at start and on every call). */
export const MANIFEST_MINIMUM: RequirementSet = {
  set: "ExcelApi",
  version: "1.9",
  checkedFor:
    "manifest.xml's minimum; the pane checks it at start, the host before every read and write",
  calls: [],
  office: {
    es: "Office 2021 o Microsoft 365 (versión 1903 o posterior)",
    en: "Office 2021 or Microsoft 365 (version 1903 or later)",
  },
};

/**
 * `Table.resize`: an existing table keeps its identity (so the user's formulas, names, charts and PivotTables on it
 * stay bound, SPEC §9) and takes its new extent. Checked by the host before a write that resizes an existing table
 * (rewriting a plan, consolidating again, upgrading); without it the write is refused before anything is written,
 * with the explained message — a first generation or a consolidation into a new workbook does not need it.
 */
export const TABLE_RESIZE: RequirementSet = {
  set: "ExcelApi",
  version: "1.13",
  checkedFor: "before a write that resizes an existing table (Table.resize)",
  calls: [".resize("],
  office: {
    es: "Office 2021 o Microsoft 365 (versión 2102 o posterior)",
    en: "Office 2021 or Microsoft 365 (version 2102 or later)",
  },
};

/**
 * `triggerSource` on change events tells the user's edits from the add-in's own: re-validating after an edit is on
 * only with it (checked by the pane at start; without it the feature is off, said so, and "Revisar de nuevo" stays).
 */
export const CHANGE_SOURCE: RequirementSet = {
  set: "ExcelApi",
  version: "1.14",
  checkedFor: "at start, for validating again after the user's edits (triggerSource)",
  calls: ["triggerSource"],
  office: {
    es: "Office 2021 o Microsoft 365 (versión 2108 o posterior)",
    en: "Office 2021 or Microsoft 365 (version 2108 or later)",
  },
};

/** Every set above the minimum, checked at run time. */
export const RUNTIME_SETS: readonly RequirementSet[] = [TABLE_RESIZE, CHANGE_SOURCE];

/** A pane feature that depends on a requirement set newer than the manifest's minimum. */
export type PaneFeature = "autoRevalidate";

/** The set each pane feature needs. */
export const FEATURE_REQUIREMENTS: Record<PaneFeature, RequirementSet> = {
  autoRevalidate: CHANGE_SOURCE,
};

export type RequirementCheck = {
  /** False when even the manifest's minimum is missing. */
  paneSupported: boolean;
  /** Features that are off, with the requirement they lack. */
  missing: Partial<Record<PaneFeature, RequirementSet>>;
};

/** The pane's check at start, with `isSetSupported` (Office.context.requirements inside Office). */
export function checkRequirements(isSetSupported: IsSetSupported): RequirementCheck {
  const missing: Partial<Record<PaneFeature, RequirementSet>> = {};
  for (const [feature, requirement] of Object.entries(FEATURE_REQUIREMENTS) as [
    PaneFeature,
    RequirementSet,
  ][])
    if (!isSetSupported(requirement.set, requirement.version)) missing[feature] = requirement;
  return {
    paneSupported: isSetSupported(MANIFEST_MINIMUM.set, MANIFEST_MINIMUM.version),
    missing,
  };
}

/** Outside Office nothing is missing: the in-browser host has every feature. */
export const ALL_SUPPORTED: RequirementCheck = { paneSupported: true, missing: {} };

/** Throws the explained `excel.requirementMissing` when `requirement` is missing. */
export function requireSet(isSetSupported: IsSetSupported, requirement: RequirementSet): void {
  if (isSetSupported(requirement.set, requirement.version)) return;
  throw new HostError("excel.requirementMissing", {
    set: `${requirement.set} ${requirement.version}`,
    officeEs: requirement.office.es,
    officeEn: requirement.office.en,
  });
}
