/**
 * Cells typed below an area's table, outside it (`TableSnapshot.filledBelow`, as a host reads it), are an error per
 * table naming its sheet, table and rows, in both languages; a table with nothing below has none.
 */
import { formatIssueMessage } from "../../../../src/core/validation/formatIssueMessage";
import { tableRowsBelowRule } from "../../../../src/core/validation/rules/tableRowsBelowRule";
import { validateWorkbook } from "../../../../src/core/validation/validateWorkbook";
import { cleanSnapshot } from "../cleanSnapshot";
import { runRule } from "../runRule";
import { tableOf } from "../tableEdits";

describe("tableRowsBelowRule", () => {
  it("reports nothing when no table has cells below it", () => {
    const snapshot = cleanSnapshot();
    expect(runRule(tableRowsBelowRule, snapshot)).toEqual([]);
    expect(validateWorkbook(snapshot).summary.errors).toBe(0);
  });

  it("reports rows 17 to 19 typed below T_DJ, at their first cell, as an error of the whole validation", () => {
    const snapshot = cleanSnapshot();
    const table = tableOf(snapshot, "DJ");
    table.filledBelow = { top: 17, left: 1, bottom: 19, right: 4 };
    const issues = runRule(tableRowsBelowRule, snapshot);
    expect(issues).toEqual([
      {
        severity: "error",
        code: "table.rowsBelow",
        sheet: table.sheet,
        area: "DJ",
        row: 17,
        column: null,
        cell: "A17",
        value: null,
        params: { table: "T_DJ", first: "17", last: "19", range: "A17:D19" },
      },
    ]);
    expect(formatIssueMessage(issues[0], "es")).toBe(
      `Las filas 17 a 19 de la hoja «${table.sheet}» tienen datos (A17:D19) debajo de la tabla T_DJ, pero no son parte de la tabla: las revisiones, el semáforo y «Resumen» no las cuentan, y no se consolidan en la «Matriz». Amplíe la tabla para incluirlas (en Excel: Diseño de tabla › Cambiar el tamaño de la tabla, o arrastre la esquina inferior derecha de la tabla) o mueva esos datos a filas de la tabla.`
    );
    expect(formatIssueMessage(issues[0], "en")).toBe(
      `Rows 17 to 19 of sheet “${table.sheet}” hold data (A17:D19) below table T_DJ, but they are not part of the table: the checks, the traffic light and “Resumen” do not count them, and they are not consolidated into “Matriz”. Widen the table to include them (in Excel: Table Design › Resize Table, or drag the table's bottom-right corner) or move that data into rows of the table.`
    );
    const report = validateWorkbook(snapshot);
    expect(report.summary.errors).toBe(1);
    expect(report.issues.map((issue) => `${issue.code}@${issue.area}!${issue.cell}`)).toEqual([
      "table.rowsBelow@DJ!A17",
    ]);
  });

  it("names one row, and one cell, when that is all there is; one issue per table", () => {
    const snapshot = cleanSnapshot();
    tableOf(snapshot, "SGR").filledBelow = { top: 1200, left: 3, bottom: 1200, right: 3 };
    tableOf(snapshot, "DJ").filledBelow = { top: 12, left: 2, bottom: 12, right: 30 };
    const issues = runRule(tableRowsBelowRule, snapshot);
    expect(issues.map((issue) => [issue.area, issue.cell, issue.params])).toEqual([
      [
        "DJ",
        "B12",
        { table: "T_DJ", first: "12", last: "12", range: "B12:AD12", variant: "oneRow" },
      ],
      [
        "SGR",
        "C1200",
        { table: "T_SGR", first: "1200", last: "1200", range: "C1200", variant: "oneRow" },
      ],
    ]);
    const sheet = tableOf(snapshot, "SGR").sheet;
    expect(formatIssueMessage(issues[1], "es")).toBe(
      `La fila 1200 de la hoja «${sheet}» tiene datos (C1200) debajo de la tabla T_SGR, pero no es parte de la tabla: las revisiones, el semáforo y «Resumen» no la cuentan, y no se consolida en la «Matriz». Amplíe la tabla para incluirla (en Excel: Diseño de tabla › Cambiar el tamaño de la tabla, o arrastre la esquina inferior derecha de la tabla) o mueva esos datos a una fila de la tabla.`
    );
    expect(formatIssueMessage(issues[1], "en")).toBe(
      `Row 1200 of sheet “${sheet}” holds data (C1200) below table T_SGR, but it is not part of the table: the checks, the traffic light and “Resumen” do not count it, and it is not consolidated into “Matriz”. Widen the table to include it (in Excel: Table Design › Resize Table, or drag the table's bottom-right corner) or move that data into a row of the table.`
    );
  });
});
