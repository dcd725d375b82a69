/** Fixed sheet names of the workbook contract (SPEC §3.1) and the rules for area tab names. */
import { Area } from "../template/Template";
import { isSpanishSmallWord } from "../text/spanishSmallWords";

export const SHEET = {
  instructions: "Instrucciones",
  configuration: "Configuración",
  matrix: "Matriz",
  summary: "Resumen",
  dashboard: "Tablero",
  report: "Informe",
  lists: "Listas",
  template: "Plantilla",
} as const;

export const MAX_SHEET_NAME = 31;
const ILLEGAL_SHEET_CHARACTERS = /[/\\?*:[\]]/;

/** Why a sheet name is illegal in Excel, or null when it is fine. */
export function sheetNameProblem(
  name: string
): "empty" | "tooLong" | "illegalCharacter" | "apostrophe" | "reserved" | null {
  if (name.trim() === "") return "empty";
  if (name.length > MAX_SHEET_NAME) return "tooLong";
  if (ILLEGAL_SHEET_CHARACTERS.test(name)) return "illegalCharacter";
  if (name.startsWith("'") || name.endsWith("'")) return "apostrophe";
  if (name.toLowerCase() === "history") return "reserved";
  return null;
}

const significantCount = (words: string[]): number =>
  words.filter((word) => !isSpanishSmallWord(word)).length;

/** The longest run of leading words that fits, small words kept, never ending on a small word. */
function readablePrefix(words: string[], room: number): string[] {
  const kept: string[] = [];
  for (const word of words) {
    if ([...kept, word].join(" ").length > room) break;
    kept.push(word);
  }
  while (kept.length > 0 && isSpanishSmallWord(kept[kept.length - 1])) kept.pop();
  return kept;
}

/**
 * A name that fits `room` and still reads as Spanish: the dash-and-acronym tail goes first; then the
 * whole name with one small word between two full words dropped ("Sistema General de Regalías" → "Sistema General Regalías")
 * when that is all it takes; else the longest readable run of leading words ("Enlace con el Congreso
 * de la República" → "Enlace con el Congreso", never the telegram "Enlace Congreso República").
 */
function shorten(name: string, room: number): string {
  if (name.length <= room) return name;
  const withoutTail = name.replace(/\s+[–-]\s+\S+$/, "");
  if (withoutTail.length <= room) return withoutTail;
  const words = withoutTail.split(/\s+/);
  const prefix = readablePrefix(words, room);
  for (let index = words.length - 2; index > 0; index--) {
    const alone =
      isSpanishSmallWord(words[index]) &&
      !isSpanishSmallWord(words[index - 1]) &&
      !isSpanishSmallWord(words[index + 1]);
    if (!alone) continue;
    const dropped = [...words.slice(0, index), ...words.slice(index + 1)];
    if (dropped.join(" ").length <= room && significantCount(dropped) > significantCount(prefix))
      return dropped.join(" ");
  }
  return prefix.length > 0 ? prefix.join(" ") : withoutTail.slice(0, room).trim();
}

/** The tab name an area gets when its template names none: "<section> <short name>", legal and at most 31 characters. */
export function derivedAreaSheetName(area: Area): string {
  const section = area.section.replace(/\.$/, "");
  const name = area.name
    .replace(new RegExp(ILLEGAL_SHEET_CHARACTERS.source, "g"), " ")
    .replace(/'/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return `${section} ${shorten(name, MAX_SHEET_NAME - section.length - 1)}`.trim();
}

/** Tab names for all areas: the template's own, or derived; made unique ignoring case with a " (2)" suffix. */
export function areaSheetNames(
  areas: Area[],
  reserved: string[] = Object.values(SHEET)
): Map<string, string> {
  const taken = new Set(reserved.map((name) => name.toLowerCase()));
  const names = new Map<string, string>();
  for (const area of areas) {
    const base = area.sheetName ?? derivedAreaSheetName(area);
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    taken.add(candidate.toLowerCase());
    names.set(area.code, candidate);
  }
  return names;
}

export const tableName = (areaCode: string): string => `T_${areaCode}`;

/**
 * Tables the workbook itself owns (the matrix, the log's retired notes, replaced values and history per cut-off);
 * never areas.
 */
export const WORKBOOK_TABLES = [
  "T_Matriz",
  "T_NotasRetiradas",
  "T_Reemplazos",
  "T_Historial",
] as const;

/** Area codes that would name one of the workbook's own tables (Excel table names ignore case). */
export const RESERVED_AREA_CODES = WORKBOOK_TABLES.map((name) => name.slice(2).toUpperCase());

/** Whether two table names are the same table: Excel and LibreOffice match table names ignoring case. */
export const sameTableName = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();

/** The area code a table name stands for (`T_DJ`, or `t_dj` — table names ignore case), or null. */
export function areaCodeOfTable(name: string): string | null {
  const match = /^T_([A-Za-z0-9]+)$/i.exec(name);
  const code = match ? match[1].toUpperCase() : null;
  return code !== null && !RESERVED_AREA_CODES.includes(code) ? code : null;
}
