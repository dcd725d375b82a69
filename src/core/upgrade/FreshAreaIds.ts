import { escapeRegExp } from "../text/escapeRegExp";
import { areaId } from "../workbook/layout/areaSheet";

/**
 * The IDs an upgrade gives the rows it adds: for an area, the next `<CODE>-<nn>` after the highest one the workbook
 * has (any case), skipping any already taken; each ID given is taken from then on, so successive IDs never collide
 * with each other or with the workbook's. The workbook's IDs are read once, and an area's highest once: asked
 * again for every added row, the upgrade of 17 areas × 1,000 rows spent 1 s rescanning them (CPU profile of
 * `backupBytes.test.ts`).
 */
export class FreshAreaIds {
  /** The workbook's IDs as written, each read once per area code asked for. */
  private readonly ids: readonly string[];
  private readonly taken: Set<string>;
  /** By area code (upper case): the number after which the next ID is looked for. */
  private readonly next = new Map<string, number>();

  constructor(ids: Iterable<string>) {
    this.ids = [...ids];
    this.taken = new Set(this.ids.map((id) => id.toUpperCase()));
  }

  /** A fresh ID for a new row of area `code`, taken from now on. */
  take(code: string): string {
    const key = code.toUpperCase();
    let index = this.next.get(key) ?? this.highest(code);
    while (this.taken.has(areaId(code, index).toUpperCase())) index++;
    const id = areaId(code, index);
    this.taken.add(id.toUpperCase());
    this.next.set(key, index + 1);
    return id;
  }

  private highest(code: string): number {
    const pattern = new RegExp(`^${escapeRegExp(code)}-(\\d+)$`, "i");
    let highest = 0;
    for (const id of this.ids) {
      const match = pattern.exec(id);
      if (match) highest = Math.max(highest, Number(match[1]));
    }
    return highest;
  }
}
