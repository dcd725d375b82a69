/** Dates fall within the plan's year (SPEC §3.3, §4). */
import { dateSerial } from "../../workbook/dateSerial";
import { EMPTY } from "../../workbook/CellValue";
import { cellDateSerial } from "../cellDateSerial";
import { cellIssue } from "../cellIssue";
import { formatDateSerial } from "../formatDateSerial";
import { rowRule } from "../rowRule";

export const dateYearRule = rowRule({
  codes: ["date.outsideYear"],
  rows: () => (area) => {
    const year = area.config.year;
    const first = dateSerial(year, 1, 1);
    const last = dateSerial(year, 12, 31);
    const dates = area.columns.filter((column) => column.type === "date").map(({ index }) => index);
    return (row, rowIndex, issues) => {
      for (let at = 0; at < dates.length; at++) {
        const index = dates[at];
        const serial = cellDateSerial(row[index] ?? EMPTY);
        if (serial === null || (Math.floor(serial) >= first && Math.floor(serial) <= last))
          continue;
        issues.push(
          cellIssue(area, rowIndex, index, "date.outsideYear", "error", {
            value: formatDateSerial(serial),
            params: { year: String(year) },
          })
        );
      }
    };
  },
});
