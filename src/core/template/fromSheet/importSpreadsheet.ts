import { collectAcronyms } from "../../text/collectAcronyms";
import { codeFromName } from "../planText/codeFromName";
import { displayName } from "../planText/displayName";
import { macroprocessCode } from "../planText/macroprocessCode";
import { FLAT_PLAN_MACROPROCESS } from "../planText/outlinePlan";
import { uniqueCode } from "../planText/uniqueCode";
import { DEFAULT_TEMPLATE_ID } from "../parsePlanText";
import {
  DEFAULT_BANDS,
  defaultLists,
  defaultPeriods,
  Macroprocess,
  Template,
  TEMPLATE_SCHEMA_VERSION,
} from "../Template";
import { cellText } from "./cellText";
import { ColumnMapEntry } from "./ColumnMap";
import { fieldOfHeader } from "./fieldOfHeader";
import { fillMergedDown } from "./fillMergedDown";
import { findHeaderRow } from "./findHeaderRow";
import { mapSheetColumns } from "./mapSheetColumns";
import { readTitleBlock } from "./readTitleBlock";
import { normalizeHeader } from "./normalizeHeader";
import {
  SheetColumn,
  SheetImport,
  SheetImportMacroprocess,
  SheetImportProblem,
  SheetRowContent,
  UnplacedColumn,
  UnplacedRow,
} from "./SheetImport";
import { isPeriodField, SheetField } from "./SheetField";
import { SheetCellValue, SpreadsheetData } from "./SpreadsheetData";

export type SpreadsheetImportOptions = {
  /** The new plan's year (vigencia). */
  year: number;
  /** Read only this sheet (name compared ignoring case); default every sheet. */
  sheet?: string;
  /** The user's column mapping; it wins over what the headers say. */
  map?: readonly ColumnMapEntry[];
  organisation?: string;
  templateId?: string;
  templateVersion?: number;
};

/** Longest row text quoted for an unplaced row. */
const MAX_ROW_TEXT = 120;

type AreaDraft = {
  name: string;
  key: string;
  sheet: string;
  row: number;
  objectives: string[];
  /** Objectives by key (`keyOf`), as first written. */
  seen: Map<string, string>;
  rows: SheetRowContent[];
};

type MacroDraft = { name: string; sheet: string; row: number; areas: AreaDraft[] };

/** The key two names are the same by: accents, case and spacing ignored. */
const keyOf = (text: string): string => normalizeHeader(text);

/**
 * Keeps a row's content for carrying, unless the area already has a row with the same objective, activity and
 * indicator (a workbook that holds both the areas' tabs and a consolidated matrix lists each row twice).
 */
function addRow(area: AreaDraft, content: SheetRowContent): void {
  const keyOfRow = (row: SheetRowContent): string =>
    [row.objective, row.values.activity ?? "", row.values.indicator ?? ""]
      .map((text) => keyOf(String(text)))
      .join("\u0000");
  const key = keyOfRow(content);
  if (area.rows.some((row) => keyOfRow(row) === key)) return;
  area.rows.push(content);
}

function rowSummary(values: readonly SheetCellValue[]): string {
  const text = values
    .map(cellText)
    .filter((cell) => cell !== "")
    .join(" · ");
  return text.length <= MAX_ROW_TEXT ? text : `${text.slice(0, MAX_ROW_TEXT - 1)}…`;
}

/**
 * Last year's plan matrix → this year's template (SPEC §2, a new import source): finds each sheet's header row,
 * maps its columns by their headers (Spanish synonyms, accents and case ignored; the user's `map` wins), reads
 * macroprocess → area → objective from the columns (merged cells filled down) or one sheet per area (the sheet's
 * name), keeps the order, keeps an objective once per area, and says which rows and columns it could not place.
 * Bad input is a value: `problems` says why and `template` is null; it never throws.
 */
export function importSpreadsheet(
  data: SpreadsheetData,
  options: SpreadsheetImportOptions
): SheetImport {
  const problems: SheetImportProblem[] = [];
  const overrides = new Map<string, SheetField | null>(
    (options.map ?? []).map((entry) => [normalizeHeader(entry.header), entry.field])
  );
  const usedOverrides = new Set<string>();
  const fieldOf = (header: string): SheetField | null | undefined => {
    const key = normalizeHeader(header);
    if (overrides.has(key)) return overrides.get(key);
    return fieldOfHeader(header);
  };

  let sheets = data.sheets;
  if (options.sheet !== undefined) {
    const wanted = options.sheet.trim().toLowerCase();
    sheets = data.sheets.filter((sheet) => sheet.name.trim().toLowerCase() === wanted);
    if (sheets.length === 0)
      problems.push({
        code: "sheetImport.sheetNotFound",
        params: { sheet: options.sheet, sheets: data.sheets.map((sheet) => sheet.name).join(", ") },
      });
  }

  const columns: SheetColumn[] = [];
  const unplacedColumns: UnplacedColumn[] = [];
  const unplacedRows: UnplacedRow[] = [];
  const readSheets: { name: string; headerRow: number }[] = [];
  const skippedSheets: string[] = [];
  const macros: MacroDraft[] = [];
  const macroByKey = new Map<string, MacroDraft>();
  const areaByKey = new Map<string, AreaDraft>();
  const allTexts: string[] = [];
  const periodFields = new Set<SheetField>();

  for (const sheet of sheets) {
    const rows = fillMergedDown(sheet);
    const headerRow = findHeaderRow(rows, fieldOf, (header) =>
      overrides.has(normalizeHeader(header))
    );
    if (headerRow === null) {
      if (rows.some((row) => row.some((value) => cellText(value) !== "")))
        skippedSheets.push(sheet.name);
      continue;
    }
    readSheets.push({ name: sheet.name, headerRow });
    const mapping = mapSheetColumns(sheet.name, rows, headerRow, overrides, fieldOf);
    columns.push(...mapping.columns);
    unplacedColumns.push(...mapping.unplaced);
    for (const key of mapping.mapped) usedOverrides.add(key);
    const { fieldColumn } = mapping;
    for (const field of fieldColumn.keys()) if (isPeriodField(field)) periodFields.add(field);

    const at = (row: readonly SheetCellValue[], field: SheetField): string => {
      const column = fieldColumn.get(field);
      return column === undefined ? "" : cellText(row[column - 1]);
    };
    const contentOf = (
      rowNumber: number,
      row: readonly SheetCellValue[],
      objective: string
    ): SheetRowContent => {
      const values: SheetRowContent["values"] = {};
      for (const [field, column] of fieldColumn) {
        if (field === "macroprocess" || field === "area" || field === "objective") continue;
        const value = row[column - 1];
        if (value === null || value === undefined || cellText(value) === "") continue;
        values[field] = typeof value === "number" ? value : cellText(value);
      }
      return { sheet: sheet.name, row: rowNumber, objective, values };
    };
    // A sheet without an area column is one area: its title block's, else the sheet's name (without a section number).
    const title = readTitleBlock(rows, headerRow);
    const sheetArea =
      title.area ?? (sheet.name.replace(/^\d+(?:\.\d+)*\.?\s+/, "").trim() || sheet.name);
    let previous: AreaDraft | null = null;
    for (let index = headerRow; index < rows.length; index++) {
      const row = rows[index] ?? [];
      const rowNumber = index + 1;
      if (row.every((value) => cellText(value) === "")) continue;
      const objective = at(row, "objective");
      const areaText = fieldColumn.has("area") ? at(row, "area") : sheetArea;
      if (objective === "") {
        // A row that goes on with the objective above it (another activity) is placed with it.
        const continues =
          previous !== null &&
          at(row, "activity") !== "" &&
          (areaText === "" || keyOf(areaText) === previous.key);
        if (continues && previous) {
          addRow(previous, contentOf(rowNumber, row, previous.rows.at(-1)?.objective ?? ""));
        } else {
          unplacedRows.push({
            sheet: sheet.name,
            row: rowNumber,
            text: rowSummary(row),
            reason: "no-objective",
          });
        }
        continue;
      }
      if (areaText === "") {
        unplacedRows.push({
          sheet: sheet.name,
          row: rowNumber,
          text: rowSummary(row),
          reason: "no-area",
        });
        continue;
      }
      allTexts.push(areaText, objective);
      const macroText = at(row, "macroprocess") || (title.macroprocess ?? "");
      const macroKey = macroText === "" ? "" : keyOf(macroText);
      let macro = macroByKey.get(macroKey);
      const areaKey = keyOf(areaText);
      let area = areaByKey.get(areaKey);
      if (!area) {
        if (!macro) {
          macro = {
            name: macroText === "" ? FLAT_PLAN_MACROPROCESS : macroText,
            sheet: sheet.name,
            row: rowNumber,
            areas: [],
          };
          macroByKey.set(macroKey, macro);
          macros.push(macro);
          if (macroText !== "") allTexts.push(macroText);
        }
        area = {
          name: areaText,
          key: areaKey,
          sheet: sheet.name,
          row: rowNumber,
          objectives: [],
          seen: new Map(),
          rows: [],
        };
        areaByKey.set(areaKey, area);
        macro.areas.push(area);
      }
      // An objective is kept once per area, as first written; its later rows carry that text.
      const objectiveKey = keyOf(objective);
      const kept = area.seen.get(objectiveKey);
      if (kept === undefined) {
        area.seen.set(objectiveKey, objective);
        area.objectives.push(objective);
      }
      addRow(area, contentOf(rowNumber, row, kept ?? objective));
      previous = area;
    }
  }

  for (const [key] of overrides)
    if (readSheets.length > 0 && !usedOverrides.has(key)) {
      const entry = (options.map ?? []).find(
        (candidate) => normalizeHeader(candidate.header) === key
      );
      problems.push({
        code: "sheetImport.mapHeaderNotFound",
        params: {
          header: entry?.header ?? key,
          headers: [...new Set(columns.map((column) => column.header))].join(", "),
        },
      });
    }
  if (problems.length === 0 && readSheets.length === 0)
    problems.push({
      code: "sheetImport.noHeaderRow",
      params: { sheets: sheets.map((sheet) => sheet.name).join(", "), rows: 30 },
    });
  else if (problems.length === 0 && macros.length === 0)
    problems.push({ code: "sheetImport.noObjectives", params: {} });

  // Codes as the text import makes them: areas first, so that no macroprocess code takes an area's.
  const acronyms = collectAcronyms(allTexts);
  const areaCodes = new Set<string>();
  const codeOf = new Map<AreaDraft, string>();
  const nameOf = new Map<AreaDraft, string>();
  for (const macro of macros)
    for (const area of macro.areas) {
      const name = displayName(area.name, acronyms);
      nameOf.set(area, name);
      codeOf.set(area, uniqueCode(codeFromName(name), areaCodes));
    }
  const usedCodes = new Set([...areaCodes].map((code) => code.toUpperCase()));
  const macroprocesses: Macroprocess[] = [];
  const treeMacros: SheetImportMacroprocess[] = [];
  const rowsByArea: Record<string, SheetRowContent[]> = {};
  macros.forEach((macro, m) => {
    const name = displayName(macro.name, acronyms);
    const code = macroprocessCode(name, usedCodes);
    const macroprocess: Macroprocess = { code, name, areas: [] };
    const tree: SheetImportMacroprocess = {
      code,
      name,
      sheet: macro.sheet,
      row: macro.row,
      areas: [],
    };
    macro.areas.forEach((area, a) => {
      const areaCode = codeOf.get(area) as string;
      const areaName = nameOf.get(area) as string;
      const section = `${m + 1}.${a + 1}`;
      macroprocess.areas.push({
        code: areaCode,
        name: areaName,
        section,
        objectives: area.objectives,
      });
      tree.areas.push({
        code: areaCode,
        name: areaName,
        section,
        sheet: area.sheet,
        row: area.row,
        objectiveCount: area.objectives.length,
      });
      rowsByArea[areaCode] = area.rows;
    });
    macroprocesses.push(macroprocess);
    treeMacros.push(tree);
  });

  unplacedRows.sort((a, b) => sheetOrder(a.sheet) - sheetOrder(b.sheet) || a.row - b.row);
  function sheetOrder(name: string): number {
    return sheets.findIndex((sheet) => sheet.name === name);
  }

  const kind = [...periodFields].some((field) => field.startsWith("T"))
    ? "T"
    : periodFields.size > 0
      ? "S"
      : "T";
  const template: Template | null =
    problems.length > 0
      ? null
      : {
          schemaVersion: TEMPLATE_SCHEMA_VERSION,
          templateId: options.templateId ?? DEFAULT_TEMPLATE_ID,
          templateVersion: options.templateVersion ?? 1,
          organisation: options.organisation ?? "",
          year: options.year,
          periods: defaultPeriods(kind),
          bands: { ...DEFAULT_BANDS },
          lists: defaultLists(),
          extraColumns: [],
          macroprocesses,
        };
  return {
    template,
    tree: { year: options.year, sheets: readSheets, skippedSheets, macroprocesses: treeMacros },
    columns,
    unplacedRows,
    unplacedColumns,
    problems,
    rows: rowsByArea,
  };
}
