import { PaneFeature } from "./PaneServices";

/** A requirement set, and the first Office releases that have it (Microsoft's ExcelApi requirement-set tables; product names, not translated). */
export type Requirement = { set: "ExcelApi"; version: string; office: string };

/** What the pane itself needs: the manifest's minimum. */
export const PANE_REQUIREMENT: Requirement = {
  set: "ExcelApi",
  version: "1.9",
  office: "Microsoft 365 1903 / Office 2021",
};

/** Features that need more than the manifest's minimum. */
export const FEATURE_REQUIREMENTS: Record<PaneFeature, Requirement> = {
  // `triggerSource` on change events tells the add-in's own edits apart (OFFICEJS.md).
  autoRevalidate: {
    set: "ExcelApi",
    version: "1.14",
    office: "Microsoft 365 2108 / Office 2021",
  },
};

export type RequirementCheck = {
  /** False when even the pane's minimum is missing. */
  paneSupported: boolean;
  /** Features that are off, with the requirement they lack. */
  missing: Partial<Record<PaneFeature, Requirement>>;
};

/** Checks every requirement with `isSetSupported` (Office.context.requirements inside Office). */
export function checkRequirements(
  isSetSupported: (set: string, version: string) => boolean
): RequirementCheck {
  const missing: Partial<Record<PaneFeature, Requirement>> = {};
  for (const [feature, requirement] of Object.entries(FEATURE_REQUIREMENTS) as [
    PaneFeature,
    Requirement,
  ][])
    if (!isSetSupported(requirement.set, requirement.version)) missing[feature] = requirement;
  return {
    paneSupported: isSetSupported(PANE_REQUIREMENT.set, PANE_REQUIREMENT.version),
    missing,
  };
}

/** Outside Office nothing is missing: the in-browser host has every feature. */
export const ALL_SUPPORTED: RequirementCheck = { paneSupported: true, missing: {} };
