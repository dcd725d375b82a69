/**
 * The open workbook's date system (File › Options › Advanced › "Use 1904 date system"; common in workbooks made on a
 * Mac): inside Excel, `Range.values` gives a 1904 workbook's dates as 1904 serials, 1,462 days lower than the core's
 * 1900-system serials (src/core/workbook/dateSystem.ts). The host reads it once per read and once per write, in the
 * request of that read's or write's first loads (no request of its own), and shifts every date it reads
 * (`cellFromExcel`) and writes (`cellToExcel`) exactly as the file host does.
 *
 * How: `Workbook.use1904DateSystem` is not in any released requirement set (excel.d.ts of ExcelApi 1.21 and the
 * released sets before it do not have it; OfficeDev/office-js-docs-reference lists it only as
 * "ExcelApi BETA (PREVIEW ONLY)"), so a released Excel cannot be asked it. Instead Excel computes `DATE(2000,1,1)`
 * through `workbook.functions` (ExcelApi 1.2, under the manifest's minimum, so on every Excel that loads the pane):
 * 36526 in the 1900 system, 35064 in the 1904 system. Any other answer (an error, a value that is neither) is refused
 * with `excel.dateSystemUnknown` before anything is read or written: guessing 1900 would show or write every date
 * four years and a day off without saying so (SPEC §5.1).
 */
import { dateSerial } from "../../core/workbook/dateSerial";
import { DATE1904_OFFSET } from "../../core/workbook/dateSystem";
import { ExcelWorkbook } from "./ExcelContext";
import { HostError } from "./HostError";

/** The day asked for, and what Excel answers for it in each system. */
const PROBE = { year: 2000, month: 1, day: 1 } as const;
const IN_1900 = dateSerial(PROBE.year, PROBE.month, PROBE.day);
const IN_1904 = IN_1900 - DATE1904_OFFSET;

/**
 * Queues the question (its answer comes with the next `context.sync()`); the function returned, called after that
 * sync, says whether the workbook is in the 1904 date system.
 */
export function queueDateSystem(workbook: ExcelWorkbook): () => boolean {
  const result = workbook.functions.date(PROBE.year, PROBE.month, PROBE.day);
  result.load("value,error");
  return () => {
    if (result.value === IN_1900) return false;
    if (result.value === IN_1904) return true;
    throw new HostError("excel.dateSystemUnknown", {
      detail: result.error ? String(result.error) : String(result.value),
    });
  };
}
