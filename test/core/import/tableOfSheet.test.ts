/**
 * The tab an import leaves, read back before it is written (consolidation in the same run reads it): a formula
 * carried with its result reads as that result, as the written file will.
 */
import { tableOfSheet } from "../../../src/core/import/tableOfSheet";
import { emptySheet } from "../../../src/core/workbook/WorkbookPatch";

it("reads a carried formula as its result, a bare formula as never calculated, an error formula as the error", () => {
  const sheet = emptySheet("3.1 Dirección Jurídica");
  sheet.tables.push({
    name: "T_DJ",
    topLeft: "A7",
    headers: ["Ejecutado T1", "Evidencias", "Cumple", "Ejecutado T2", "Ejecutado T3"],
    rows: [
      [
        { formula: "0.5*2", result: 1 },
        { formula: 'HYPERLINK("x","Acta 1")', result: "Acta 1" },
        { formula: "1=1", result: true },
        { formula: "1/0" },
        { formula: "#REF!" },
      ],
    ],
    style: "TableStyleMedium2",
  });
  const table = tableOfSheet(sheet);
  expect([table.headerRow, table.firstColumn]).toEqual([7, 1]);
  expect(table.rows[0]).toEqual([
    { kind: "number", value: 1, formula: "0.5*2" },
    { kind: "text", value: "Acta 1", formula: 'HYPERLINK("x","Acta 1")' },
    { kind: "boolean", value: true, formula: "1=1" },
    { kind: "empty", formula: "1/0" },
    { kind: "error", code: "#REF!", formula: "#REF!" },
  ]);
});
