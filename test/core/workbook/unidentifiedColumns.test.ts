/**
 * Columns that hold something under a blank header or one that repeats an earlier column's are named by sheet and
 * letter; such columns left empty, and every column with a header of its own, are not.
 */
import { Cell, EMPTY } from "../../../src/core/workbook/CellValue";
import { unidentifiedColumns } from "../../../src/core/workbook/unidentifiedColumns";
import { TableSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";

const text = (value: string): Cell => ({ kind: "text", value });

const table = (headers: string[], rows: Cell[][]): TableSnapshot => ({
  name: "T_DJ",
  sheet: "3.1 Dirección Jurídica",
  headerRow: 7,
  firstColumn: 2,
  headers,
  rows,
});

describe("unidentifiedColumns", () => {
  it("names a blank header and a repeated one that hold values, by letter from the table's first column (B)", () => {
    const found = unidentifiedColumns(
      table(
        ["ID", "", "Meta", "Meta", "", "Meta"],
        [
          [text("DJ-01"), text("nota"), { kind: "number", value: 4 }, EMPTY, text("  "), EMPTY],
          [text("DJ-02"), EMPTY, EMPTY, { kind: "empty", formula: "=D9*2" }, EMPTY, EMPTY],
        ]
      )
    );
    // C: blank with "nota"; E: second «Meta» with a formula; F (only spaces) and G (third «Meta», empty): nothing.
    expect(found).toEqual([
      { sheet: "3.1 Dirección Jurídica", column: "C", header: "" },
      { sheet: "3.1 Dirección Jurídica", column: "E", header: "Meta" },
    ]);
  });

  it("names nothing when every column has a header of its own", () => {
    expect(unidentifiedColumns(table(["ID", "Meta"], [[text("DJ-01"), text("4")]]))).toEqual([]);
  });
});
