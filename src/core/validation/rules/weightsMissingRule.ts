/**
 * An area with several filled rows and no `Ponderación` at all is rolled up with equal weights (SPEC §5): say so,
 * once, at the first filled row's `Ponderación`. With a single row, weighting changes nothing.
 */
import { HEADERS } from "../../workbook/areaColumns";
import { cellIssue } from "../cellIssue";
import { columnOf } from "../columnOf";
import { isMissing } from "../../workbook/CellValue";
import { rowCell } from "../rowCell";
import { Rule } from "../Rule";

export const weightsMissingRule: Rule = {
  codes: ["weights.missing"],
  check({ areas }) {
    return areas.flatMap((area) => {
      const column = columnOf(area, HEADERS.weight);
      if (!column || area.filledRows.length < 2) return [];
      if (!area.filledRows.every((rowIndex) => isMissing(rowCell(area, rowIndex, column.index))))
        return [];
      return [
        cellIssue(area, area.filledRows[0], column.index, "weights.missing", "warning", {
          params: { rows: area.filledRows.length },
        }),
      ];
    });
  },
};
