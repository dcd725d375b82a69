/**
 * The workbook's date system (`<workbookPr date1904="1"/>` in a file, common in files made on a Mac; Excel's
 * "Use 1904 date system" option): the core counts every date as a 1900-system serial (dateSerial.ts); a 1904
 * workbook holds the same calendar day 1,462 days lower (1904-01-01 is 0 there, 1462 in the 1900 system). Each host
 * adds the offset to each date it reads and takes it off each date it writes, so Excel, LibreOffice and openpyxl
 * show the calendar day the core meant: the file host (src/shells/xlsx/package: read/cellFromXml.ts,
 * write/renderCell.ts and the date rules of write/renderSheetXml.ts; a workbook it creates is in the 1900 system,
 * write/emptyPackage.ts) and the Office host (src/shells/office/dateSystem.ts, which asks Excel for the system).
 */

/** Days between the two systems' day 0: 1904-01-01 is serial 1462 in the 1900 system. */
export const DATE1904_OFFSET = 1462;

/** A core serial (1900 system) → the serial that means the same day in a workbook of the given system. */
export function fileDateSerial(serial: number, date1904: boolean): number {
  return date1904 ? serial - DATE1904_OFFSET : serial;
}

/** A serial as a workbook of the given system holds it → the core's serial (1900 system) of the same day. */
export function coreDateSerial(serial: number, date1904: boolean): number {
  return date1904 ? serial + DATE1904_OFFSET : serial;
}
