/**
 * Structure: an area table has every header of SPEC §3.2 (and the template's required extra columns), written
 * exactly. Extra user columns and another column order are fine. A header that differs only in case, accents or
 * spacing is pointed at.
 */
import { stripAccents } from "../../text/stripAccents";
import { cellAddress } from "../../workbook/address";
import { areaColumns } from "../../workbook/areaColumns";
import { Rule } from "../Rule";
import { workbookIssue } from "../workbookIssue";

const loose = (header: string): string =>
  stripAccents(header).replace(/\s+/g, " ").trim().toLowerCase();

export const headersRule: Rule = {
  codes: ["structure.missingHeader"],
  check({ areas }) {
    return areas.flatMap((context) => {
      const table = context.sheet.table;
      const expected = areaColumns(context.template).filter(
        (column) => column.key !== "extra" || column.required === true
      );
      const expectedHeaders = new Set(expected.map((column) => column.header));
      return expected
        .filter((column) => !context.sheet.columns.has(column.header))
        .map((column) => {
          // A hidden header row has no header cell to point at (its names are the table's own).
          const similarIndex = table.headerRowHidden
            ? -1
            : table.headers.findIndex(
                (header) => !expectedHeaders.has(header) && loose(header) === loose(column.header)
              );
          const similarCell =
            similarIndex >= 0
              ? cellAddress(table.headerRow, table.firstColumn + similarIndex)
              : null;
          return workbookIssue("structure.missingHeader", "error", {
            sheet: table.sheet,
            area: context.sheet.code,
            row: table.headerRow,
            column: column.header,
            cell: similarCell,
            value: similarIndex >= 0 ? table.headers[similarIndex] : null,
            params: {
              table: table.name,
              ...(similarCell
                ? { variant: "similar", similar: table.headers[similarIndex], similarCell }
                : {}),
            },
          });
        });
    });
  },
};
