import { WorkbookSnapshot } from "../../src/core/workbook/WorkbookSnapshot";

/**
 * `snapshot` without its workbook names' formulas (`definedNames`), for comparing snapshots of different readers:
 * ExcelJS's (the tests' independent reader) does not read them, and a name's sheet may be written quoted or not
 * ('Listas'!$A$2 and Listas!$A$2 mean the same). The upgrade's tests check the names themselves.
 */
export function withoutDefinedNames(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const { definedNames: _definedNames, ...rest } = snapshot;
  return rest;
}
