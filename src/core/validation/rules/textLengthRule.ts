/**
 * A text longer than an Excel cell holds (SPEC §4; `MAX_CELL_TEXT`, 32,767 characters), in a column of an area table
 * users type in: only another program writes one (Excel stops typing and pasting at the limit), and Excel does not open
 * the file as it is — it offers to repair it and cuts the text. An error naming the cell; the issue shows the
 * text's first characters, not the whole of it.
 */
import { inputColumns } from "../../workbook/inputColumns";
import { isOverlongText } from "../../workbook/overlongTexts";
import { cellIssue } from "../cellIssue";
import { rowRule } from "../rowRule";

/** How much of the text the issue shows. */
const SHOWN = 40;

export const textLengthRule = rowRule({
  codes: ["cell.textTooLong"],
  // The columns users type in: the computed ones hold formulas, whose results Excel keeps within a cell's limit (a
  // value pasted over one is `formula.overwritten`). Their cells are the ones the error-value check has just read, so
  // this check costs no memory reads of its own (scanning every column cost the core bench ≈ 5 % of its CPU).
  rows: () => (area) => {
    const inputs = inputColumns(area.sheet.table.headers);
    return (row, rowIndex, issues) => {
      for (let at = 0; at < inputs.length; at++) {
        const column = inputs[at];
        const cell = row[column];
        if (isOverlongText(cell))
          issues.push(
            cellIssue(area, rowIndex, column, "cell.textTooLong", "error", {
              params: { length: cell.value.length },
              value: `${cell.value.slice(0, SHOWN)}…`,
            })
          );
      }
    };
  },
});
