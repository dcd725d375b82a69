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
    // Bands covered by the same styles over the same columns in the same order have the same formats: composed once
    // (rows styled one by one, a Porcentaje row's figures among Número rows, would otherwise compose every column of
    // every such row again). Styles are told apart by what they set.
    const ids = new Map<string, number>();
    const idOfStyle = new WeakMap<CellStyle, number>();
    const styleId = (style: CellStyle): number => {
      let id = idOfStyle.get(style);
      if (id === undefined) {
        const key = JSON.stringify(definedOnly(style));
        id = ids.get(key) ?? ids.size;
        ids.set(key, id);
        idOfStyle.set(style, id);
      }
      return id;
    };
    const composedBands = new Map<string, BandColumns | null>();
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
      const signature = active
        .map((range) => `${styleId(range.style)}.${range.left}.${range.right}`)
        .join(" ");
      let columns = composedBands.get(signature);
      if (columns === undefined) {
        columns = compose(active, styleSheet);
        if (composedBands.size >= MAX_COMPOSED) composedBands.clear();
        composedBands.set(signature, columns);
      }
      if (columns === null) continue;
      bands.push({ top, bottom, ...columns });
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

type BandColumns = Pick<StyleBand, "left" | "right" | "formats">;

/** At most this many distinct bands' formats remembered at once (a sheet has a few; this bounds a pathological one). */
const MAX_COMPOSED = 4096;

/** The cell formats of a band covered by `active` (in the order they apply), or null when none sets anything. */
function compose(
  active: readonly { left: number; right: number; style: CellStyle }[],
  styleSheet: StyleSheet
): BandColumns | null {
  const composed = new Map<number, CellStyle>();
  for (const range of active)
    for (let column = range.left; column <= range.right; column++)
      composed.set(column, { ...composed.get(column), ...definedOnly(range.style) });
  const formats = new Map<number, number>();
  for (const [column, style] of composed) {
    const format = styleSheet.cellFormat(style);
    if (format > 0) formats.set(column, format);
  }
  if (formats.size === 0) return null;
  const columns = [...formats.keys()];
  return { left: Math.min(...columns), right: Math.max(...columns), formats };
}

function definedOnly(style: CellStyle): CellStyle {
  return Object.fromEntries(
    Object.entries(style).filter(([, value]) => value !== undefined)
  ) as CellStyle;
}
