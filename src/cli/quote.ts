/** References and paths written so they can be pasted back: into Excel's Name Box, or into a POSIX shell. */

/**
 * A cell on a sheet as Excel writes it: `Resumen!B2`, or quoted when the name is not a plain identifier —
 * `'3.1 Dirección Jurídica'!W9`, a quote inside doubled (`'Plan ''21'!A1`).
 */
export function sheetReference(sheet: string, cell: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return plain ? `${sheet}!${cell}` : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/**
 * A path as one POSIX shell word: as it is when it holds only safe characters, otherwise in single quotes, a
 * single quote inside written as '\'' — so `plan 2021/área's.xlsx` pastes back as one argument.
 */
export function shellQuote(path: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(path)) return path;
  return `'${path.replace(/'/g, "'\\''")}'`;
}
