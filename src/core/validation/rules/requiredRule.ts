/**
 * Required cells (SPEC §4): ID, Objetivo, Actividad, Indicador, Tipo de indicador, Unidad de medida, Meta,
 * Responsable, Fecha inicio, Fecha fin, the template's required extra columns, and Ponderación where the area
 * weights its rows.
 */
import { cellIssue } from "../cellIssue";
import { EMPTY, isMissing } from "../../workbook/CellValue";
import { rowRule } from "../rowRule";

export const requiredRule = rowRule({
  codes: ["required.empty"],
  rows: () => (area) => {
    const required = area.columns.filter(
      (column) => column.required === true || (column.required === "weighted" && area.weighted)
    );
    return (row, rowIndex, issues) => {
      for (let at = 0; at < required.length; at++) {
        const column = required[at];
        if (isMissing(row[column.index] ?? EMPTY))
          issues.push(
            cellIssue(area, rowIndex, column.index, "required.empty", "error", {
              params: column.required === "weighted" ? { variant: "weighted" } : {},
            })
          );
      }
    };
  },
});
