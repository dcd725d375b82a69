import { isBlank } from "../../../../src/core/workbook/CellValue";
import { FilledTextCell } from "../../../../src/core/workbook/FilledTextCell";
import { CellCache } from "../../../../src/shells/xlsx/package/read/CellCache";

describe("CellCache texts", () => {
  test("a text with anything printed is a FilledTextCell, shared by every cell holding it", () => {
    const cache = new CellCache();
    const cell = cache.text("DJ-01");
    expect(cell).toBeInstanceOf(FilledTextCell);
    expect(cache.text("DJ-01")).toBe(cell);
    expect(cache.sharedText(0, "Área")).toBeInstanceOf(FilledTextCell);
  });

  test("a text of whitespace only stays a plain text cell, and reads as blank", () => {
    const cache = new CellCache();
    for (const cell of [cache.text("   "), cache.text("\u00a0"), cache.sharedText(3, "\t")]) {
      expect(cell).not.toBeInstanceOf(FilledTextCell);
      expect(cell.kind).toBe("text");
      expect(isBlank(cell)).toBe(true);
    }
  });
});
