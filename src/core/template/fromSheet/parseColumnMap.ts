import { SheetImportProblem } from "./SheetImport";
import { ColumnMapEntry } from "./ColumnMap";
import { fieldOfHeader } from "./fieldOfHeader";
import { normalizeHeader } from "./normalizeHeader";
import { SHEET_FIELDS, SheetField } from "./SheetField";

const IGNORE = new Set(["ignore", "ignorar", "ninguno", "none", "omitir"]);

function fieldNamed(name: string): SheetField | null | undefined {
  const normalized = normalizeHeader(name);
  if (IGNORE.has(normalized)) return null;
  const exact = SHEET_FIELDS.find((field) => field.toLowerCase() === name.trim().toLowerCase());
  return exact ?? fieldOfHeader(name);
}

/**
 * `--map "Encabezado=campo"` entries: the header as written in the sheet, then a field by its name
 * (`objective`, `T1`) or any header that names it ("Objetivo", "I Trim"); `ignorar` leaves the column out.
 */
export function parseColumnMap(entries: readonly string[]): {
  map: ColumnMapEntry[];
  problems: SheetImportProblem[];
} {
  const map: ColumnMapEntry[] = [];
  const problems: SheetImportProblem[] = [];
  for (const entry of entries) {
    const equals = entry.lastIndexOf("=");
    const header = equals < 0 ? "" : entry.slice(0, equals).trim();
    if (equals < 0 || header === "") {
      problems.push({ code: "sheetImport.badMap", params: { entry } });
      continue;
    }
    const name = entry.slice(equals + 1).trim();
    const field = fieldNamed(name);
    if (field === undefined) {
      problems.push({
        code: "sheetImport.unknownField",
        params: { entry, field: name, fields: SHEET_FIELDS.join(", ") },
      });
      continue;
    }
    map.push({ header, field });
  }
  return { map, problems };
}
