/**
 * The tabs after a write that asks for `tabOrder` (an upgrade): the named tabs first, in that order (names compared
 * ignoring case, as Excel does; a name the workbook lacks is skipped), then every other tab as it was. One rule for
 * every writer: the Office host, the package writer on bytes (files and the in-browser workbook) and
 * the tests' ExcelJS writer.
 */
export function arrangeTabOrder(current: string[], tabOrder: string[]): string[] {
  const canonical = (name: string): string | undefined =>
    current.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  const named: string[] = [];
  for (const name of tabOrder) {
    const found = canonical(name);
    if (found !== undefined && !named.includes(found)) named.push(found);
  }
  return [...named, ...current.filter((name) => !named.includes(name))];
}
