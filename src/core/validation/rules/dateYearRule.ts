/** Dates fall within the plan's year (SPEC §3.3, §4). */
import { dateSerial } from "../../workbook/dateSerial";
import { cellDateSerial } from "../cellDateSerial";
import { cellIssue } from "../cellIssue";
import { flatMapFilledRows } from "../flatMapFilledRows";
import { formatDateSerial } from "../formatDateSerial";
import { rowCell } from "../rowCell";
import { Rule } from "../Rule";

export const dateYearRule: Rule = {
  codes: ["date.outsideYear"],
  check(context) {
    return flatMapFilledRows(context, (area, rowIndex) => {
      const year = area.config.year;
      const first = dateSerial(year, 1, 1);
      const last = dateSerial(year, 12, 31);
      return area.columns
        .filter((column) => column.type === "date")
        .flatMap((column) => {
          const serial = cellDateSerial(rowCell(area, rowIndex, column.index));
          if (serial === null || (Math.floor(serial) >= first && Math.floor(serial) <= last))
            return [];
          return [
            cellIssue(area, rowIndex, column.index, "date.outsideYear", "error", {
              value: formatDateSerial(serial),
              params: { year: String(year) },
            }),
          ];
        });
    });
  },
};
