/**
 * Required cells (SPEC §4): ID, Objetivo, Actividad, Indicador, Tipo de indicador, Unidad de medida, Meta,
 * Responsable, Fecha inicio, Fecha fin, the template's required extra columns, and Ponderación where the area
 * weights its rows.
 */
import { cellIssue } from "../cellIssue";
import { flatMapFilledRows } from "../flatMapFilledRows";
import { isMissing } from "../../workbook/CellValue";
import { rowCell } from "../rowCell";
import { Rule } from "../Rule";

export const requiredRule: Rule = {
  codes: ["required.empty"],
  check(context) {
    return flatMapFilledRows(context, (area, rowIndex) =>
      area.columns
        .filter(
          (column) => column.required === true || (column.required === "weighted" && area.weighted)
        )
        .filter((column) => isMissing(rowCell(area, rowIndex, column.index)))
        .map((column) =>
          cellIssue(area, rowIndex, column.index, "required.empty", "error", {
            params: column.required === "weighted" ? { variant: "weighted" } : {},
          })
        )
    );
  },
};
