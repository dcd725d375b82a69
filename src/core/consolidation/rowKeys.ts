/**
 * Stable keys for matrix rows, computed the same way from an area table and from the matrix itself: the ID;
 * `#2`, `#3`… for repeated IDs; `<área>@<n>` for the n-th row without an ID in its area. A row's key depends only
 * on the rows before it: `rowKeyMaker` gives them one at a time (no list of every row's ID and area built first).
 */
export function rowKeyMaker(): (id: string, area: string) => string {
  const used = new Map<string, number>();
  const withoutId = new Map<string, number>();
  return (id, area) => {
    if (id === "") {
      const n = (withoutId.get(area) ?? 0) + 1;
      withoutId.set(area, n);
      return `${area}@${n}`;
    }
    const seen = (used.get(id) ?? 0) + 1;
    used.set(id, seen);
    return seen === 1 ? id : `${id}#${seen}`;
  };
}

export function rowKeys(rows: { id: string; area: string }[]): string[] {
  const keyOf = rowKeyMaker();
  return rows.map(({ id, area }) => keyOf(id, area));
}
