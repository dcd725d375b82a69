/**
 * Sheet names are unique in a workbook with case ignored (Excel repairs a file holding «3.2 Estudios» and
 * «3.2 ESTUDIOS»; LibreOffice renames the second on open): two such names are damage the user must fix, never two
 * tabs read, matched or written as one. Checked by every reading of a package and again before a package is written.
 */
import { PackageError } from "../PackageError";

export function refuseSheetNameClash(
  sheets: readonly { name: string }[],
  workbookPart: string
): void {
  const seen = new Map<string, string>();
  for (const { name } of sheets) {
    const key = name.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined)
      throw new PackageError("package.duplicateSheet", workbookPart, { first, second: name });
    seen.set(key, name);
  }
}
