/**
 * Stable keys for matrix rows, computed the same way from an area table and from the matrix itself: the ID;
 * `#2`, `#3`… for repeated IDs; `<área>@<n>` for the n-th row without an ID in its area.
 */
export function rowKeys(rows: { id: string; area: string }[]): string[] {
  const used = new Map<string, number>();
  const withoutId = new Map<string, number>();
  return rows.map(({ id, area }) => {
    if (id === "") {
      const n = (withoutId.get(area) ?? 0) + 1;
      withoutId.set(area, n);
      return `${area}@${n}`;
    }
    const seen = (used.get(id) ?? 0) + 1;
    used.set(id, seen);
    return seen === 1 ? id : `${id}#${seen}`;
  });
}
