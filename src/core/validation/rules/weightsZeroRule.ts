/**
 * SPEC §5.1: an area that weights its rows, whose rows with programming to the cut-off carry zero weight in total,
 * has no compliance — an error, not "Sin programación". Reported once, at the first such row's `Ponderación`.
 */
import { computeAreaRows } from "../../semaphore/computeSemaphore";
import { rollUpArea } from "../../semaphore/rollUp";
import { HEADERS } from "../../workbook/areaColumns";
import { cellIssue } from "../cellIssue";
import { columnOf } from "../columnOf";
import { Rule } from "../Rule";

export const weightsZeroRule: Rule = {
  codes: ["weights.zeroProgrammed"],
  check({ areas, cutoffKnown }) {
    if (!cutoffKnown) return [];
    return areas.flatMap((area) => {
      const column = columnOf(area, HEADERS.weight);
      if (!column) return [];
      const rows = computeAreaRows(area.sheet, area.config);
      if (rollUpArea(rows).error !== "zeroWeight") return [];
      const programmed = rows.filter((row) => row.compliance !== null);
      const rowIndex = programmed[0].row - area.sheet.table.headerRow - 1;
      return [
        cellIssue(area, rowIndex, column.index, "weights.zeroProgrammed", "error", {
          params: { rows: programmed.length, cutoff: area.config.cutoffLabel },
        }),
      ];
    });
  },
};
