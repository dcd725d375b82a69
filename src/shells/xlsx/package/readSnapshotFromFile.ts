/**
 * An .xlsx file → the core's `WorkbookSnapshot`, in little memory: the package's small parts (workbook, relationships,
 * tables, styles, shared strings) are read whole; worksheets are streamed and only the cells the core needs are kept —
 * table ranges, single-cell names and the template JSON row. Returns what `readSnapshot` returns over an ExcelJS
 * regular load of the same file (see `cellFromXml` for the few places where it is deliberately more exact).
 */
import { parseRangeAddress } from "../../../core/workbook/address";
import { Cell, EMPTY } from "../../../core/workbook/CellValue";
import { joinTemplateJson, TEMPLATE_SHEET_ROW } from "../../../core/workbook/layout/templateSheet";
import { SHEET } from "../../../core/workbook/sheetNames";
import { TableSnapshot, WorkbookSnapshot } from "../../../core/workbook/WorkbookSnapshot";
import { CellContext } from "./cellFromXml";
import { CellRegion } from "./CellRegion";
import { readDateStyles } from "./readDateStyles";
import { readRelationships } from "./readRelationships";
import { readSharedStrings, SharedString } from "./readSharedStrings";
import { readSheetCells, SheetCells } from "./readSheetCells";
import { readWorkbookPart, WorkbookSheetEntry } from "./readWorkbookPart";
import { isRelationshipType } from "./Relationship";
import { scanXml } from "./scanXml";
import { singleCellNames } from "./singleCellNames";
import { ZipReader } from "./ZipReader";

const MAX_COLUMN = 16384;

type TablePart = { name: string; region: CellRegion };

async function readTablePart(zip: ZipReader, part: string): Promise<TablePart | null> {
  let table: TablePart | null = null;
  await scanXml(await zip.readText(part), (scanner) => ({
    open(name, attributes) {
      if (scanner.level === 1 && name === "table" && attributes.name && attributes.ref)
        table = { name: attributes.name, region: parseRangeAddress(attributes.ref) };
    },
  }));
  return table;
}

function tableSnapshot(sheet: string, table: TablePart, cells: SheetCells): TableSnapshot {
  const { top, left, bottom, right } = table.region;
  const rowCells = (row: number): Cell[] => {
    const kept = cells.rows.get(row);
    return Array.from({ length: right - left + 1 }, (_, i) => kept?.[left + i] ?? EMPTY);
  };
  const headers = rowCells(top).map((cell) =>
    cell.kind === "text" ? cell.value.trim() : cell.kind === "number" ? String(cell.value) : ""
  );
  const rows: Cell[][] = [];
  for (let row = top + 1; row <= bottom; row++) rows.push(rowCells(row));
  return { name: table.name, sheet, headerRow: top, firstColumn: left, headers, rows };
}

async function officeDocumentPart(zip: ZipReader): Promise<string> {
  const root = await readRelationships(zip, "");
  return (
    root.find((relationship) => isRelationshipType(relationship, "officeDocument"))?.part ??
    "xl/workbook.xml"
  );
}

export async function readSnapshotFromFile(path: string): Promise<WorkbookSnapshot> {
  const zip = await ZipReader.open(path);
  try {
    const workbookPart = await officeDocumentPart(zip);
    const workbook = await readWorkbookPart(await zip.readText(workbookPart));
    const relationships = await readRelationships(zip, workbookPart);
    const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
    const partOf = (kind: string): string | undefined =>
      relationships.find((relationship) => isRelationshipType(relationship, kind))?.part ??
      undefined;
    const stylesPart = partOf("styles");
    const sharedStringsPart = partOf("sharedStrings");
    const context: CellContext = {
      dateStyles:
        stylesPart && zip.entry(stylesPart)
          ? await readDateStyles(await zip.readText(stylesPart))
          : [],
      sharedStrings:
        sharedStringsPart && zip.entry(sharedStringsPart)
          ? await readSharedStrings(zip.textChunks(sharedStringsPart))
          : ([] as SharedString[]),
      date1904: workbook.date1904,
      interned: new Map(),
    };
    const worksheets = workbook.sheets.flatMap((sheet) => {
      const relationship = byId.get(sheet.relationshipId);
      return relationship?.part &&
        isRelationshipType(relationship, "worksheet") &&
        zip.entry(relationship.part)
        ? [{ sheet, part: relationship.part }]
        : [];
    });
    const named = singleCellNames(workbook.names);
    const namedValues = new Map<string, Cell>();
    const tables: TableSnapshot[] = [];
    let templateJson: string | undefined;

    for (const { sheet, part } of worksheets) {
      const sheetRelationships = await readRelationships(zip, part);
      const tableParts = new Map<string, TablePart>();
      for (const relationship of sheetRelationships) {
        if (!relationship.part || !isRelationshipType(relationship, "table")) continue;
        if (!zip.entry(relationship.part)) continue;
        const table = await readTablePart(zip, relationship.part);
        if (table) tableParts.set(relationship.id, table);
      }
      const ownNames = [...named].filter(([, cell]) => cell.sheet === sheet.name);
      const isTemplate = sheet.name === SHEET.template;
      const regions: CellRegion[] = [
        ...[...tableParts.values()].map((table) => table.region),
        ...ownNames.map(([, cell]) => ({
          top: cell.row,
          bottom: cell.row,
          left: cell.column,
          right: cell.column,
        })),
        ...(isTemplate
          ? [
              {
                top: TEMPLATE_SHEET_ROW.json,
                bottom: TEMPLATE_SHEET_ROW.json,
                left: 2,
                right: MAX_COLUMN,
              },
            ]
          : []),
      ];
      if (regions.length === 0) continue;
      const cells = await readSheetCells(zip.textChunks(part), context, {
        regions,
        ...(isTemplate ? { stringRow: TEMPLATE_SHEET_ROW.json } : {}),
      });
      for (const id of cells.tableParts) {
        const table = tableParts.get(id);
        if (table) tables.push(tableSnapshot(sheet.name, table, cells));
      }
      for (const [name, cell] of ownNames)
        namedValues.set(name, cells.rows.get(cell.row)?.[cell.column] ?? EMPTY);
      if (isTemplate) {
        const columns = [...cells.strings.keys()]
          .filter((column) => column >= 2)
          .sort((a, b) => a - b);
        const json = joinTemplateJson(columns.map((column) => cells.strings.get(column)));
        templateJson = json === "" ? undefined : json;
      }
    }
    return {
      sheets: worksheets.map(({ sheet }: { sheet: WorkbookSheetEntry }) => ({
        name: sheet.name,
        visibility: sheet.state,
      })),
      tables,
      // In the order the workbook defines them, as the ExcelJS shell lists them.
      names: Object.fromEntries(
        [...named.keys()].flatMap((name) => {
          const value = namedValues.get(name);
          return value ? [[name, value]] : [];
        })
      ),
      templateJson,
    };
  } finally {
    await zip.close();
  }
}
