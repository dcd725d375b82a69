/**
 * Structure: each period series of an area table (`Programado T1…T4`, `Ejecutado T1…T4`) sits side by side in period
 * order (SPEC §5.1). The row formulas read a series by position, so a column moved among them, or a user's column
 * inserted between two of them, makes the sheet compute other cells than the headers name, and the semáforo gives
 * the area no figure (`periodColumnsMoved`, `misplacedPeriodSeries`: the same test). One error per series out of
 * place, at the header of its first column out of place, naming the inserted columns, or the series' order found. No automatic fix: moving columns is the user's.
 */
import { cellAddress, rangeAddress } from "../../workbook/address";
import { misplacedPeriodSeries } from "../../workbook/misplacedPeriodSeries";
import { Issue } from "../Issue";
import { Rule } from "../Rule";
import { workbookIssue } from "../workbookIssue";

export const periodColumnsRule: Rule = {
  codes: ["structure.periodColumnsMoved"],
  check({ areas }) {
    return areas.flatMap(({ sheet, config }): Issue[] => {
      const { table } = sheet;
      if (sheet.computedAsValues) return [];
      const labels = config.periodLabels;
      const header = (position: number): string =>
        cellAddress(table.headerRow, table.firstColumn + position);
      const named = (position: number): string =>
        table.headers[position]
          ? `${table.headers[position]} (${header(position)})`
          : header(position);
      return misplacedPeriodSeries(table.headers, labels).map((series) => {
        const at = series.firstOutOfPlace;
        return workbookIssue("structure.periodColumnsMoved", "error", {
          sheet: table.sheet,
          area: sheet.code,
          row: table.headerRow,
          column: table.headers[at] || header(at),
          cell: header(at),
          params: {
            table: table.name,
            first: series.firstHeader,
            last: series.lastHeader,
            range: rangeAddress(
              table.headerRow,
              table.firstColumn + series.left,
              table.headerRow,
              table.firstColumn + series.right
            ),
            firstPeriod: labels[0],
            lastPeriod: labels[labels.length - 1],
            ...(series.inserted.length > 1
              ? { variant: "many", columns: series.inserted.map(named).join(", ") }
              : series.inserted.length === 0
                ? { variant: "order", order: series.order.join(", ") }
                : {}),
          },
        });
      });
    });
  },
};
