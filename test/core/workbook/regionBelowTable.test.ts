/** The region every host looks at below a table: its columns, from the row under it to the sheet's end or the next table. */
import { regionBelowTable } from "../../../src/core/workbook/regionBelowTable";

describe("regionBelowTable", () => {
  const dj = { top: 7, left: 1, bottom: 9, right: 31 }; // A7:AE9

  it("runs from the row under the table to the sheet's last row, in the table's columns", () => {
    expect(regionBelowTable(dj, [])).toEqual({ top: 10, left: 1, bottom: 1_048_576, right: 31 });
  });

  it("stops above the nearest table below that shares a column; a table beside it does not count", () => {
    const below = { top: 20, left: 31, bottom: 25, right: 40 }; // AE20:AN25, shares AE
    const further = { top: 30, left: 2, bottom: 31, right: 3 };
    const beside = { top: 12, left: 33, bottom: 15, right: 35 };
    const above = { top: 1, left: 1, bottom: 3, right: 5 };
    expect(regionBelowTable(dj, [further, beside, below, above])).toEqual({
      top: 10,
      left: 1,
      bottom: 19,
      right: 31,
    });
  });

  it("is null for a table on the sheet's last row or with another table right under it", () => {
    expect(regionBelowTable({ top: 7, left: 1, bottom: 1_048_576, right: 31 }, [])).toBeNull();
    expect(regionBelowTable(dj, [{ top: 10, left: 5, bottom: 12, right: 6 }])).toBeNull();
  });
});
