/**
 * An area that weights its rows has weights adding up to 100 % (SPEC §4, §5), over its filled rows. Not checked
 * while some weight is not a number yet (that cell's own issue comes first), so the sum is never half the story.
 * Reported once per area, at the first filled row's `Ponderación`.
 */
import { HEADERS } from "../../workbook/areaColumns";
import { cellIssue } from "../cellIssue";
import { cellNumber } from "../cellNumber";
import { columnOf } from "../columnOf";
import { isMissing } from "../../workbook/CellValue";
import { percentOf } from "../percentOf";
import { rowCell } from "../rowCell";
import { Rule } from "../Rule";
import { sameNumber } from "../sameNumber";

export const weightsSumRule: Rule = {
  codes: ["weights.notHundred"],
  check({ areas }) {
    return areas.flatMap((area) => {
      const column = columnOf(area, HEADERS.weight);
      if (!column || !area.weighted) return [];
      const cells = area.filledRows.map((rowIndex) => rowCell(area, rowIndex, column.index));
      if (cells.some((cell) => cellNumber(cell) === null && !isMissing(cell))) return [];
      const sum = cells.reduce((total, cell) => total + (cellNumber(cell) ?? 0), 0);
      if (sameNumber(sum, 1)) return [];
      return [
        cellIssue(area, area.filledRows[0], column.index, "weights.notHundred", "error", {
          value: percentOf(sum) / 100,
          params: { sum: percentOf(sum) },
        }),
      ];
    });
  },
};
