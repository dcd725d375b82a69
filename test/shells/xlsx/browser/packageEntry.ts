/**
 * The browser bundle of the package layer for `packageInBrowser.test.ts`: the four exports the task pane uses,
 * plus the default template's layout (what `generate` writes), on `window.planPackage`.
 */
import { DEFAULT_TEMPLATE } from "../../../../src/core/template/defaultTemplate";
import { layoutWorkbook } from "../../../../src/core/workbook/layoutWorkbook";
import {
  listSheets,
  readSheetGrid,
  readSnapshotFromBytes,
  writePatchedBytes,
} from "../../../../src/shells/xlsx/package/packageBytes";

(window as unknown as { planPackage: unknown }).planPackage = {
  listSheets,
  readSheetGrid,
  readSnapshotFromBytes,
  writePatchedBytes,
  layout: () => layoutWorkbook(DEFAULT_TEMPLATE),
};
