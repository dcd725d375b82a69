import { WorkbookSnapshot } from "../../src/core/workbook/WorkbookSnapshot";

/**
 * `snapshot` without its names' formulas (`definedNames`, `scopedNames`) and its charts' references (`charts`), for
 * comparing snapshots of different readers: ExcelJS's (the tests' independent reader) reads neither, nor does the
 * Office host read charts; and a name's sheet may be written quoted or not ('Listas'!$A$2 and Listas!$A$2 mean the
 * same). The upgrade's tests check the names and the charts themselves.
 */
export function withoutNamesAndCharts(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const {
    definedNames: _definedNames,
    scopedNames: _scopedNames,
    charts: _charts,
    ...rest
  } = snapshot;
  return rest;
}
