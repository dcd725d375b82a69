/** The whole plan workbook of SPEC §3, as a patch that a workbook shell applies to an empty workbook. */
import { Template, areasInOrder } from "../template/Template";
import { layoutAreaSheet } from "./layout/areaSheet";
import { configurationNames, layoutConfigurationSheet } from "./layout/configurationSheet";
import { layoutInstructionsSheet } from "./layout/instructionsSheet";
import { layoutListsSheet } from "./layout/listsSheet";
import { layoutPendingSheet } from "./layout/pendingSheet";
import { layoutSummarySheet } from "./layout/summarySheet";
import { layoutTemplateSheet } from "./layout/templateSheet";
import { SHEET, areaSheetNames } from "./sheetNames";
import { WorkbookPatch } from "./WorkbookPatch";

export function layoutWorkbook(template: Template): WorkbookPatch {
  const areas = areasInOrder(template);
  const sheetNames = areaSheetNames(areas.map(({ area }) => area));
  const lists = layoutListsSheet(template);
  return {
    sheets: [
      layoutInstructionsSheet(template),
      layoutConfigurationSheet(template),
      ...areas.map(({ area, macroprocess }) =>
        layoutAreaSheet(template, macroprocess, area, sheetNames.get(area.code) as string)
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
