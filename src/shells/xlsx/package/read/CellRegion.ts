/** A rectangle of cells, 1-based and inclusive. */
export type CellRegion = { top: number; left: number; bottom: number; right: number };

export function regionContains(region: CellRegion, row: number, column: number): boolean {
  return (
    row >= region.top && row <= region.bottom && column >= region.left && column <= region.right
  );
}
