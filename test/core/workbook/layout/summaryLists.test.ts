/**
 * `Resumen`'s lists of areas `Sin diligenciar` beside each macroprocess's and the institution's average (SPEC §5):
 * in one cell merged over the band-count columns H:L, each row as tall as its list at its longest (every member area
 * unfilled), and the macroprocess table on a page of its own when the two tables would not fit on one. Heights worked
 * out by hand from the column widths (H:L = 9 + 10 + 9 + 10 + 12 = 50 characters, 48 a line, 43 in bold).
 */
import { DEFAULT_TEMPLATE } from "../../../../src/core/template/defaultTemplate";
import {
  SUMMARY_COLUMN,
  SUMMARY_TEXT,
  layoutSummarySheet,
} from "../../../../src/core/workbook/layout/summarySheet";
import { CellInput } from "../../../../src/core/workbook/WorkbookPatch";
import { sampleTemplate } from "../../../support/sampleTemplate";

/** The value the layout writes at (row, column), 1-based. */
function valueAt(layout: ReturnType<typeof layoutSummarySheet>, row: number, column: number) {
  for (const block of layout.sheet.blocks) {
    const values = block.values as CellInput[][];
    const inRow = values[row - block.row];
    if (inRow && column >= block.column && column < block.column + inRow.length)
      return inRow[column - block.column];
  }
  return undefined;
}

const heightOf = (layout: ReturnType<typeof layoutSummarySheet>, row: number): number =>
  layout.sheet.rowHeights?.find((entry) => entry.row === row)?.height ?? 15;

describe("Resumen's lists of areas Sin diligenciar", () => {
  const layout = layoutSummarySheet(DEFAULT_TEMPLATE);
  const macroHeader = Math.min(...layout.macroprocessRows.values()) - 1;
  const groupRows = [...layout.macroprocessRows.values(), layout.institutionRow];

  it("sit in H:L of every macroprocess row and of the institution's, under their own header", () => {
    expect(valueAt(layout, macroHeader, SUMMARY_COLUMN.unfilledAreas)).toBe(
      "Áreas sin diligenciar"
    );
    expect(SUMMARY_TEXT.macroprocessHeaders[SUMMARY_COLUMN.area - 1]).toBe("");
    for (const row of groupRows) {
      const list = valueAt(layout, row, SUMMARY_COLUMN.unfilledAreas) as { formula: string };
      // Each member by section and code: `B5&" "&C5` for DJ, the first area row.
      expect([row, list.formula.startsWith("MID(")]).toEqual([row, true]);
      expect(valueAt(layout, row, SUMMARY_COLUMN.area)).toBeNull();
      expect(layout.sheet.merges).toContain(`H${row}:L${row}`);
    }
    expect(layout.sheet.merges).toContain(`H${macroHeader}:L${macroHeader}`);
    const institution = valueAt(layout, layout.institutionRow, SUMMARY_COLUMN.unfilledAreas) as {
      formula: string;
    };
    expect(institution.formula).toContain(`IF(G5="Sin diligenciar",", "&B5&" "&C5,"")`);
  });

  it("makes each group's row tall enough for its list with every member area unfilled", () => {
    // Institution (bold, 43 characters a line): "3.1 DJ, 3.2 DE, 3.3 ECR, 3.4 EGN, 3.5 DGT," (42) |
    // "3.5.1 SGR, 3.6 MA, 3.7 SCC, 3.8 CICT, 4.1" (41) | "GAF, 4.2 GH, 4.3 GD, 4.4 GT, 4.5 GC, 5.1" (40) |
    // "PI, 5.2 CRI, 6.1 CI": 4 lines, 60 points.
    expect(heightOf(layout, layout.institutionRow)).toBe(60);
    // Misional (48 a line): "3.1 DJ, 3.2 DE, 3.3 ECR, 3.4 EGN, 3.5 DGT, 3.5.1" (48) | "SGR, 3.6 MA, 3.7 SCC,
    // 3.8 CICT": 2 lines; its name fits column A. Apoyo: "4.1 GAF, 4.2 GH, 4.3 GD, 4.4 GT, 4.5 GC" (39), one line.
    expect(heightOf(layout, layout.macroprocessRows.get("M")!)).toBe(30);
    expect(heightOf(layout, layout.macroprocessRows.get("A")!)).toBe(15);
    // Seguimiento, Monitoreo y Control: its name takes 3 lines of column A (18 wide, 16 a line), the list one.
    expect(heightOf(layout, layout.macroprocessRows.get("SMC")!)).toBe(45);
  });

  it("starts the macroprocess table on a new page when both tables pass a page, and not otherwise", () => {
    // The 2021 plan, rows 5 to 29: 17 area rows (7 of one line, 8 of two, 2 of three: 435 points), a blank row (15),
    // the macroprocess header (30), its rows (30 + 15 + 30 + 45), a blank row (15) and the institution's (60): 675
    // points, where a page holds 600.
    expect(layout.sheet.pageBreaksBefore).toEqual([macroHeader]);
    // The areas' 435 points fit their page: the print titles are the title and Corte, not the area table's header.
    expect(layout.sheet.pageSetup?.printTitleRows).toBe("1:2");
    // Two macroprocesses of three areas: a dozen rows, one page, the area table's header among the print titles.
    const small = layoutSummarySheet(sampleTemplate()).sheet;
    expect(small.pageBreaksBefore).toBeUndefined();
    expect(small.pageSetup?.printTitleRows).toBe("1:4");
  });
});
