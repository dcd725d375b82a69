import { importMessages } from "../../messages/catalog/importMessages";
import {
  SheetImportMessageCode,
  sheetImportMessages,
} from "../../messages/catalog/sheetImportMessages";
import { formatMessage, MessageParams } from "../../messages/formatMessage";
import { DEFAULT_LANGUAGE, Language } from "../../messages/Language";
import { SheetImport } from "./SheetImport";
import { SheetField } from "./SheetField";

const INDENT = "  ";

/** A field's name for the user ("Objetivo"); null is "(sin ubicar)". */
export function sheetFieldLabel(field: SheetField | null, language: Language): string {
  return formatMessage(sheetImportMessages, language, `sheetField.${field ?? "none"}`);
}

/**
 * Renders a spreadsheet import as text lines for the CLI and the pane, like the text import's tree (SPEC §2: what
 * was understood, before anything is generated): the sheets read and their header rows, each column and the field
 * it was read as, the macroprocesses and areas (code, number of objectives, where they first appear), then the rows
 * and columns not placed and the problems that block the template.
 */
export function formatSheetImport(
  result: SheetImport,
  language: Language = DEFAULT_LANGUAGE
): string[] {
  const say = (code: SheetImportMessageCode, params?: MessageParams): string =>
    formatMessage(sheetImportMessages, language, code, params);
  const { tree } = result;
  const lines: string[] = [
    formatMessage(importMessages, language, "importTree.plan", { year: tree.year }),
  ];
  const areas = tree.macroprocesses.flatMap((macroprocess) => macroprocess.areas);
  lines.push(
    formatMessage(importMessages, language, "importTree.summary", {
      macroprocesses: tree.macroprocesses.length,
      areas: areas.length,
      objectives: areas.reduce((sum, area) => sum + area.objectiveCount, 0),
    })
  );
  for (const sheet of tree.sheets) {
    lines.push(say("sheetTree.sheet", { sheet: sheet.name, row: sheet.headerRow }));
    for (const column of result.columns.filter((candidate) => candidate.sheet === sheet.name)) {
      const code =
        column.by === "header"
          ? "sheetTree.column"
          : column.field === null
            ? "sheetTree.columnIgnored"
            : "sheetTree.columnMapped";
      lines.push(
        INDENT +
          say(code, {
            letter: column.letter,
            header: column.header,
            field: sheetFieldLabel(column.field, language),
          })
      );
    }
  }
  if (tree.skippedSheets.length > 0)
    lines.push(say("sheetTree.skipped", { sheets: tree.skippedSheets.join(", ") }));

  for (const macroprocess of tree.macroprocesses) {
    lines.push(
      INDENT +
        say("sheetTree.macroprocess", {
          code: macroprocess.code,
          name: macroprocess.name,
          sheet: macroprocess.sheet,
          row: macroprocess.row,
        })
    );
    for (const area of macroprocess.areas)
      lines.push(INDENT.repeat(2) + say("sheetTree.area", { ...area, count: area.objectiveCount }));
  }

  if (result.unplacedRows.length === 0) lines.push(say("sheetTree.unplacedRowsNone"));
  else {
    lines.push(say("sheetTree.unplacedRowsHeader", { count: result.unplacedRows.length }));
    for (const row of result.unplacedRows)
      lines.push(
        INDENT +
          say("sheetTree.unplacedRow", { ...row, reason: say(`sheetTree.reason.${row.reason}`) })
      );
  }
  if (result.unplacedColumns.length === 0) lines.push(say("sheetTree.unplacedColumnsNone"));
  else {
    lines.push(say("sheetTree.unplacedColumnsHeader", { count: result.unplacedColumns.length }));
    for (const column of result.unplacedColumns)
      lines.push(
        INDENT +
          say(
            column.header === "" ? "sheetTree.unplacedColumnNoHeader" : "sheetTree.unplacedColumn",
            {
              ...column,
              reason: say(`sheetTree.reason.${column.reason}`),
            }
          )
      );
  }

  if (result.problems.length > 0) {
    lines.push(formatMessage(importMessages, language, "importTree.problemsHeader"));
    for (const problem of result.problems) lines.push(INDENT + say(problem.code, problem.params));
  }
  return lines;
}
