/**
 * The workbook's date system (`<workbookPr date1904="1"/>`, common in files made on a Mac): the core counts every
 * date as a 1900-system serial (src/core/workbook/dateSerial.ts); a 1904 workbook stores the same calendar day
 * 1,462 days lower (1904-01-01 is 0 there, 1462 in the 1900 system). The reader adds the offset to each date it
 * reads (read/cellFromXml.ts); the writer takes it off each date it writes (`fileDateSerial`, through
 * write/renderCell.ts and the date rules of write/renderSheetXml.ts), so Excel, LibreOffice and openpyxl show
 * the calendar day the core meant. A workbook the writer creates is in the 1900 system (write/emptyPackage.ts).
 */

/** Days between the two systems' day 0: 1904-01-01 is serial 1462 in the 1900 system. */
export const DATE1904_OFFSET = 1462;

/** A core serial (1900 system) → the serial that means the same day in a workbook of the given system. */
export function fileDateSerial(serial: number, date1904: boolean): number {
  return date1904 ? serial - DATE1904_OFFSET : serial;
}
