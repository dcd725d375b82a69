/** Compliance above the over-execution threshold (SPEC §5: flagged for review), as the semáforo computes it. */
import { computeAreaRows } from "../../semaphore/computeSemaphore";
import { HEADERS } from "../../workbook/areaColumns";
import { cellIssue } from "../cellIssue";
import { Issue } from "../Issue";
import { percentOf } from "../percentOf";
import { Rule } from "../Rule";

export const overExecutionRule: Rule = {
  codes: ["compliance.overExecution"],
  check({ areas, cutoffKnown }) {
    if (!cutoffKnown) return [];
    return areas.flatMap((area) => {
      const filled = new Set(area.filledRows);
      const column = area.sheet.columns.get(HEADERS.compliance) ?? 0;
      return computeAreaRows(area.sheet, area.config).flatMap((row): Issue[] => {
        const rowIndex = row.row - area.sheet.table.headerRow - 1;
        if (
          !filled.has(rowIndex) ||
          !row.overExecution ||
          row.compliance === null ||
          row.inputError
        )
          return [];
        return [
          cellIssue(area, rowIndex, column, "compliance.overExecution", "warning", {
            value: row.compliance,
            params: {
              compliance: percentOf(row.compliance),
              threshold: percentOf(area.config.bands.overExecution),
            },
          }),
        ];
      });
    });
  },
};
