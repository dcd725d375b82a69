/**
 * An area table whose header row is hidden (`TableSnapshot.headerRowHidden`, Table Design › Header Row unchecked) is a
 * warning at its first data cell naming the table and how to show the row again; a table with its header row has
 * none, and the figures are read as usual.
 */
import { formatIssueMessage } from "../../../../src/core/validation/formatIssueMessage";
import { headerRowHiddenRule } from "../../../../src/core/validation/rules/headerRowHiddenRule";
import { validateWorkbook } from "../../../../src/core/validation/validateWorkbook";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";
import { tableOf } from "../tableEdits";

describe("headerRowHiddenRule", () => {
  it("reports nothing while every header row is shown", () => {
    expect(runRule(headerRowHiddenRule, cleanSnapshot())).toEqual([]);
  });

  it("warns at T_DJ's first data cell, in both languages, and adds no error", () => {
    const snapshot = cleanSnapshot();
    const table = tableOf(snapshot, "DJ");
    const errors = validateWorkbook(snapshot).summary.errors;
    table.headerRowHidden = true;
    const issues = runRule(headerRowHiddenRule, snapshot);
    expect(issues).toEqual([
      {
        severity: "warning",
        code: "table.headerRowHidden",
        sheet: table.sheet,
        area: "DJ",
        row: table.headerRow + 1,
        column: null,
        cell: `A${table.headerRow + 1}`,
        value: null,
        params: { table: "T_DJ" },
      },
    ]);
    expect(formatIssueMessage(issues[0], "es")).toBe(
      `La tabla T_DJ de la hoja «${table.sheet}» tiene oculta su fila de encabezados: la hoja no muestra los nombres de las columnas ni sus botones de filtro, y quien diligencia la pestaña no ve qué columna es cada una. Las revisiones y el semáforo la leen igual, por los nombres que la tabla guarda. Vuelva a mostrarla en Excel: Diseño de tabla › Fila de encabezado.`
    );
    expect(formatIssueMessage(issues[0], "en")).toBe(
      `Table T_DJ on sheet “${table.sheet}” has its header row hidden: the sheet shows neither the column names nor their filter buttons, and whoever fills in the tab cannot see which column is which. The checks and the traffic light still read it, by the names the table keeps. Show it again in Excel: Table Design › Header Row.`
    );
    expect(validateWorkbook(snapshot).summary.errors).toBe(errors);
  });
});
