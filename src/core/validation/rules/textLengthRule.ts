/**
 * A text longer than an Excel cell holds (SPEC §4; `MAX_CELL_TEXT`, 32,767 characters), in any column of an area
 * table: only another program writes one (Excel stops typing and pasting at the limit), and Excel does not open
 * the file as it is — it offers to repair it and cuts the text. An error naming the cell; the issue shows the
 * text's first characters, not the whole of it.
 */
import { isOverlongText } from "../../workbook/overlongTexts";
import { cellIssue } from "../cellIssue";
import { rowRule } from "../rowRule";

/** How much of the text the issue shows. */
const SHOWN = 40;

export const textLengthRule = rowRule({
  codes: ["cell.textTooLong"],
  rows: () => (area) => (row, rowIndex, issues) => {
    for (let column = 0; column < row.length; column++) {
      const cell = row[column];
      if (isOverlongText(cell))
        issues.push(
          cellIssue(area, rowIndex, column, "cell.textTooLong", "error", {
            params: { length: cell.value.length },
            value: `${cell.value.slice(0, SHOWN)}…`,
          })
        );
    }
  },
});
