import { RowsByIndex, rowAt } from "../../../src/core/workbook/TableRows";

describe("RowsByIndex", () => {
  const made: number[] = [];
  const rows = new RowsByIndex(3, (index) => {
    made.push(index);
    return [`fila ${index + 1}`, index * 10];
  });

  beforeEach(() => {
    made.length = 0;
  });

  it("makes a row only when it is read, anew each time", () => {
    expect(rowAt(rows, 1)).toEqual(["fila 2", 10]);
    expect(rowAt(rows, 1)).toEqual(["fila 2", 10]);
    expect(made).toEqual([1, 1]);
  });

  it("has no row before the first or past the last", () => {
    expect(rowAt(rows, -1)).toBeUndefined();
    expect(rowAt(rows, 3)).toBeUndefined();
    expect(made).toEqual([]);
  });

  it("iterates its rows in order, like the array of them", () => {
    expect([...rows]).toEqual([
      ["fila 1", 0],
      ["fila 2", 10],
      ["fila 3", 20],
    ]);
    expect(rows.length).toBe(3);
  });

  it("compares equal to rows made the same way, and unequal to others", () => {
    const same = new RowsByIndex(3, (index) => [`fila ${index + 1}`, index * 10]);
    const other = new RowsByIndex(3, (index) => [`fila ${index + 1}`, index * 11]);
    expect(same).toEqual(rows);
    expect(other).not.toEqual(rows);
  });
});

describe("rowAt over an array", () => {
  it("reads the array's rows", () => {
    const rows = [["a"], ["b"]];
    expect(rowAt(rows, 1)).toEqual(["b"]);
    expect(rowAt(rows, 2)).toBeUndefined();
  });
});
