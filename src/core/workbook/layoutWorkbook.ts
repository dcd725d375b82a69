/** The whole plan workbook of SPEC §3, as a patch that a workbook shell applies to an empty workbook. */
import { Area, Bands, Template, areasInOrder } from "../template/Template";
import { AreaSheetOptions, layoutAreaSheet } from "./layout/areaSheet";
import { configurationNames, layoutConfigurationSheet } from "./layout/configurationSheet";
import { layoutInstructionsSheet } from "./layout/instructionsSheet";
import { layoutListsSheet } from "./layout/listsSheet";
import { layoutPendingSheet } from "./layout/pendingSheet";
import { layoutSummarySheet } from "./layout/summarySheet";
import { layoutTemplateSheet } from "./layout/templateSheet";
import { SHEET, areaSheetNames } from "./sheetNames";
import { WorkbookPatch } from "./WorkbookPatch";

/** How a layout departs from a freshly generated workbook (an upgrade keeps tabs, rows and settings); all optional. */
export type LayoutOptions = {
  /** Tab name of every area by code (default: `areaSheetNames` of the template's areas). */
  sheetNames?: Map<string, string>;
  /** Per-area table options (default: a fresh table, one row per objective). */
  areaSheet?: (area: Area) => AreaSheetOptions;
  /** `Configuración`'s cut-off (default: the first period). */
  cutoff?: string;
  /** `Configuración`'s bands (default: the template's). */
  bands?: Bands;
};

export function layoutWorkbook(template: Template, options: LayoutOptions = {}): WorkbookPatch {
  const areas = areasInOrder(template);
  const sheetNames = options.sheetNames ?? areaSheetNames(areas.map(({ area }) => area));
  const lists = layoutListsSheet(template);
  const configuration = options.bands ? { ...template, bands: options.bands } : template;
  return {
    sheets: [
      layoutInstructionsSheet(template),
      layoutConfigurationSheet(configuration, options.cutoff),
      ...areas.map(({ area, macroprocess }) =>
        layoutAreaSheet(
          template,
          macroprocess,
          area,
          sheetNames.get(area.code) as string,
          options.areaSheet?.(area)
        )
      ),
      layoutPendingSheet(SHEET.matrix),
      layoutSummarySheet(template).sheet,
      layoutPendingSheet(SHEET.dashboard),
      layoutPendingSheet(SHEET.report),
      lists.sheet,
      layoutTemplateSheet(template),
    ],
    definedNames: [...configurationNames(), ...lists.names],
  };
}
