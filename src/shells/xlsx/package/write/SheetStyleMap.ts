/**
 * Where a sheet patch's styled ranges land, as cell format indexes: ranges apply in order, each changing only the
 * properties it sets (as the Office host and the tests' ExcelJS writer merge fonts and alignment). Rows are grouped into bands that share the
 * same ranges, so a 85,000-row table with column styles costs a few bands, not a lookup per cell.
 */
import { parseRangeAddress } from "../../../../core/workbook/address";
import { CellStyle, StyledRange } from "../../../../core/workbook/WorkbookPatch";
import { StyleSheet } from "./StyleSheet";

export type StyleBand = {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Column → cell format index (never 0). */
  formats: Map<number, number>;
};

export class SheetStyleMap {
  private cursor = 0;

  private constructor(readonly bands: StyleBand[]) {}

  static build(styles: StyledRange[], styleSheet: StyleSheet): SheetStyleMap {
    const ranges = styles.map((styled, order) => ({
      ...parseRangeAddress(styled.range),
      style: styled.style,
      order,
    }));
    const boundaries = [...new Set(ranges.flatMap((range) => [range.top, range.bottom + 1]))].sort(
      (a, b) => a - b
    );
    const byTop = [...ranges].sort((a, b) => a.top - b.top);
    let next = 0;
    let active: typeof ranges = [];
    const bands: StyleBand[] = [];
    for (let i = 0; i + 1 < boundaries.length; i++) {
      const top = boundaries[i];
      const bottom = boundaries[i + 1] - 1;
      active = active.filter((range) => range.bottom >= top);
      while (next < byTop.length && byTop[next].top <= top) active.push(byTop[next++]);
      if (active.length === 0) continue;
      active.sort((a, b) => a.order - b.order);
      const composed = new Map<number, CellStyle>();
      for (const range of active)
        for (let column = range.left; column <= range.right; column++)
          composed.set(column, { ...composed.get(column), ...definedOnly(range.style) });
      const formats = new Map<number, number>();
      for (const [column, style] of composed) {
        const format = styleSheet.cellFormat(style);
        if (format > 0) formats.set(column, format);
      }
      if (formats.size === 0) continue;
      const columns = [...formats.keys()];
      bands.push({ top, bottom, left: Math.min(...columns), right: Math.max(...columns), formats });
    }
    return new SheetStyleMap(bands);
  }

  /** The band covering `row`; rows must be asked in ascending order. */
  bandAt(row: number): StyleBand | undefined {
    while (this.cursor < this.bands.length && this.bands[this.cursor].bottom < row) this.cursor++;
    const band = this.bands[this.cursor];
    return band && band.top <= row ? band : undefined;
  }
}

function definedOnly(style: CellStyle): CellStyle {
  return Object.fromEntries(
    Object.entries(style).filter(([, value]) => value !== undefined)
  ) as CellStyle;
}
