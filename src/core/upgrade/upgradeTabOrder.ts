/**
 * The tab order after an upgrade: the workbook's tabs stay where they are (renamed, kept and user tabs included);
 * each new tab goes right after the tab that precedes it in the layout's order (a new area after the area before
 * it in the template), or first when nothing precedes it.
 */
export function upgradeTabOrder(existing: string[], layoutOrder: string[]): string[] {
  const order = [...existing];
  const position = (name: string): number =>
    order.findIndex((candidate) => candidate.toLowerCase() === name.toLowerCase());
  layoutOrder.forEach((name, index) => {
    if (position(name) >= 0) return;
    const previous = layoutOrder
      .slice(0, index)
      .reverse()
      .find((candidate) => position(candidate) >= 0);
    order.splice(previous === undefined ? 0 : position(previous) + 1, 0, name);
  });
  return order;
}
