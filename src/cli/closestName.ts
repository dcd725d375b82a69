/** The known name a mistyped one was most likely meant to be (`--cutof` → `--cutoff`), when one is close. */

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/** The nearest candidate at most 2 edits away (1 for names of 4 letters or fewer), or one it begins; else null. */
export function closestName(typed: string, candidates: readonly string[]): string | null {
  const lower = typed.toLowerCase();
  let best: { name: string; score: number } | null = null;
  for (const name of candidates) {
    const score = distance(lower, name.toLowerCase());
    if (best === null || score < best.score) best = { name, score };
  }
  const limit = typed.length <= 4 ? 1 : 2;
  if (best && best.score <= limit) return best.name;
  const prefixed = candidates.filter((name) => lower.length >= 3 && name.startsWith(lower));
  return prefixed.length === 1 ? prefixed[0] : null;
}
