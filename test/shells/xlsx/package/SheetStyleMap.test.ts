/**
 * The package writer's styled ranges → cell formats: bands covered by the same styles over the same columns are
 * composed once and reused; the result is what composing every band gives (ranges apply in order, each setting only
 * its own properties).
 */
import { SheetStyleMap } from "../../../../src/shells/xlsx/package/write/SheetStyleMap";
import { StyleSheet } from "../../../../src/shells/xlsx/package/write/StyleSheet";
import { DEFAULT_STYLE_SHEET } from "../../../../src/shells/xlsx/package/write/defaultStyleSheet";

const formatsByRow = (map: SheetStyleMap, rows: number[], columns: number[]): number[][] =>
  rows.map((row) => columns.map((column) => map.bandAt(row)?.formats.get(column) ?? 0));

it("gives rows styled alike the same formats, and keeps the order in which ranges apply", () => {
  const sheet = StyleSheet.parse(DEFAULT_STYLE_SHEET);
  const top = { vertical: "top" as const };
  const percent = { numberFormat: "0%" };
  const date = { numberFormat: "dd/mm/yyyy" };
  const map = SheetStyleMap.build(
    [
      { range: "A2:C9", style: top },
      // Rows 2, 4 and 6: B:C as percentages (distinct objects, the same style); row 8 a percentage, then a date.
      { range: "B2:C2", style: { numberFormat: "0%" } },
      { range: "B4:C4", style: percent },
      { range: "B6:C6", style: percent },
      { range: "B8:B8", style: percent },
      { range: "B8", style: date },
      // Row 9 the other way round: the percentage last wins.
      { range: "B9", style: date },
      { range: "B9", style: percent },
    ],
    sheet
  );
  const plain = sheet.cellFormat(top);
  const topPercent = sheet.cellFormat({ ...top, ...percent });
  const topDate = sheet.cellFormat({ ...top, ...date });
  expect(new Set([plain, topPercent, topDate]).size).toBe(3);
  expect(formatsByRow(map, [1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4])).toEqual([
    [0, 0, 0, 0],
    [plain, topPercent, topPercent, 0],
    [plain, plain, plain, 0],
    [plain, topPercent, topPercent, 0],
    [plain, plain, plain, 0],
    [plain, topPercent, topPercent, 0],
    [plain, plain, plain, 0],
    [plain, topDate, plain, 0],
    [plain, topPercent, plain, 0],
  ]);
});
