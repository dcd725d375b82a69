/**
 * The name the pane downloads the workbook under: the opened file's, or `plan-de-accion.xlsx` for a plan made here.
 * Once a write rewrote the workbook it is a plain .xlsx whatever was opened (an .xlsm, .xltm, .xltx or .xlam: the
 * writer gives every output the plain workbook content type), and Excel refuses to open a file whose extension
 * disagrees with its content type, so the name then ends in .xlsx.
 */
const NOT_XLSX = /\.(xlsm|xltm|xltx|xlam)$/i;

export function downloadName(opened: string | null, rewritten: boolean): string {
  if (opened === null) return "plan-de-accion.xlsx";
  return rewritten ? opened.replace(NOT_XLSX, ".xlsx") : opened;
}
