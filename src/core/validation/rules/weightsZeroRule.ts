/**
 * SPEC §5.1: an area that weights its rows, whose rows with programming to the cut-off carry zero weight in total,
 * has no compliance — an error, not "Sin programación". Reported once, at the first such row's `Ponderación`. Read
 * from the semáforo the operation computed (its area figure's error is `zeroWeight`).
 */
import { HEADERS } from "../../workbook/areaColumns";
import { cellIssue } from "../cellIssue";
import { columnOf } from "../columnOf";
import { Issue } from "../Issue";
import { Rule } from "../Rule";

export const weightsZeroRule: Rule = {
  codes: ["weights.zeroProgrammed"],
  check({ areas, cutoffKnown }) {
    if (!cutoffKnown) return [];
    return areas.flatMap((area): Issue[] => {
      const column = columnOf(area, HEADERS.weight);
      const semaphore = area.semaphore;
      if (!column || !semaphore || semaphore.area.error !== "zeroWeight") return [];
      const programmed = area.rows.filter(
        (rowIndex) => (semaphore.rows[rowIndex]?.compliance ?? null) !== null
      );
      return [
        cellIssue(area, programmed[0], column.index, "weights.zeroProgrammed", "error", {
          params: { rows: programmed.length, cutoff: area.config.cutoffLabel },
        }),
      ];
    });
  },
};
