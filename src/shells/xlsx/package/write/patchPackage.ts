/**
 * Applies a `WorkbookPatch` to an .xlsx package held as bytes, without rewriting what it does not change: every untouched part of the
 * input package is copied as its compressed bytes (area tabs stay byte for byte what they were); the patch's sheets
 * are written as new worksheet parts (a sheet of the same name is replaced in place and keeps its tab position; other
 * sheets are appended), with their tables, and parts only the replaced sheets used are removed; cell edits rewrite
 * only the rows they touch. Styles, content types, relationships and workbook names are extended, and the workbook
 * recalculates on open. The output is always an .xlsx workbook: a macro-enabled input (.xlsm) or a template loses
 * its macro-enabled or template content type, and its VBA project goes (`../parts/macroParts.ts`). Dates are written in the workbook's own date system (a 1904 workbook stays 1904, its
 * serials 1,462 lower: src/core/workbook/dateSystem.ts). `onStep` names each step, so tests can inject failures. No Node import: the task pane
 * runs it too (`packageBytes.ts`); `writePatchedWorkbook` is the wrapper for files.
 */
import { parseCellAddress } from "../../../../core/workbook/address";
import {
  CellEdit,
  CellInput,
  SheetPatch,
  WorkbookPatch,
} from "../../../../core/workbook/WorkbookPatch";
import { SheetVisibility } from "../../../../core/workbook/WorkbookSnapshot";
import { applyCellEdits, SheetEdits } from "./applyCellEdits";
import { rewriteChartFormulas } from "./chart/rewriteChartFormulas";
import { rewriteTailFormulas, splitAtSheetDataEnd } from "../xml/sheetTail";
import { ChartPackageParts, chartParts } from "./chart/chartParts";
import {
  callsMacros,
  isCustomUi,
  isMacroEnabledType,
  isVbaProject,
  VBA_PROJECT_CONTENT_TYPE,
  WORKBOOK_CONTENT_TYPE,
} from "../parts/macroParts";
import { CONTENT_TYPE, ContentTypes } from "../parts/ContentTypes";
import { DEFAULT_STYLE_SHEET } from "./defaultStyleSheet";
import { parseRelationshipsSync } from "../parts/readRelationships";
import { readTablePart } from "../read/readTablePart";
import { readWorkbookPartSync } from "../read/readWorkbookPart";
import { refuseSheetNameClash } from "../read/refuseSheetNameClash";
import { PackageError } from "../PackageError";
import { isRelationshipType, Relationship } from "../parts/Relationship";
import { relationshipsPartOf } from "../parts/relationshipsPartOf";
import { relativeTarget } from "../parts/relativeTarget";
import { renderRelationships } from "../parts/renderRelationships";
import { RenderedSheet, renderSheetXml } from "./renderSheetXml";
import { renderTableXml } from "./renderTableXml";
import { DefinedNameXml, rewriteWorkbookXml } from "./rewriteWorkbookXml";
import { SheetStyleMap } from "./SheetStyleMap";
import { SheetValues } from "./SheetValues";
import { sourcePartOf } from "../parts/sourcePartOf";
import { StyleSheet } from "./StyleSheet";
import { ZipReader } from "../zip/ZipReader";
import { ZipWriter } from "../zip/ZipWriter";

/** Called before each step; a hook that throws aborts the write. */
export type WriteStepHook = (step: string) => void;

export type PatchOptions = {
  onStep?: WriteStepHook;
  compressionLevel?: number;
  /** The tabs named here first, in this order (an upgrade); see `arrangeTabOrder`. */
  tabOrder?: string[];
  /** Called when the input held macros, which the output (an .xlsx) leaves out (`../parts/macroParts.ts`). */
  onMacrosDropped?: () => void;
};

const RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CONTENT_TYPES = "[Content_Types].xml";

type Write = (writer: ZipWriter) => Promise<void>;

type PlannedSheet = {
  patch: SheetPatch;
  part: string;
  /** 0-based tab position in the written workbook. */
  index: number;
  replaced: boolean;
  rendered: RenderedSheet;
  relationships: Relationship[];
  tables: { part: string; xml: () => string }[];
  /** The sheet's charts as parts (a drawing, its relationships and one part per chart), if it has any. */
  charts: ChartPackageParts | null;
};

const maxNumber = (values: string[], pattern: RegExp): number =>
  Math.max(0, ...values.map((value) => Number(pattern.exec(value)?.[1] ?? 0)));

function reachable(
  relationships: Map<string, Relationship[]>,
  exists: (part: string) => boolean
): Set<string> {
  const seen = new Set<string>();
  const queue = [""];
  while (queue.length > 0) {
    const source = queue.pop() as string;
    for (const relationship of relationships.get(source) ?? []) {
      const part = relationship.part;
      if (part === null || seen.has(part) || !exists(part)) continue;
      seen.add(part);
      queue.push(part);
    }
  }
  return seen;
}

/** "A1:H40" → "$A$1:$H$40"; "1:3" → "$1:$3". */
function absolute(range: string): string {
  return range
    .split(":")
    .map((part) =>
      part.replace(
        /^\$?([A-Za-z]*)\$?(\d*)$/,
        (_m, letters: string, digits: string) =>
          `${letters ? `$${letters.toUpperCase()}` : ""}${digits ? `$${digits}` : ""}`
      )
    )
    .join(":");
}

const quoted = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;

function editsByRow(edits: CellEdit[]): SheetEdits {
  const byRow: SheetEdits = new Map();
  for (const edit of edits) {
    const { row, column } = parseCellAddress(edit.cell);
    const cells = byRow.get(row) ?? new Map<number, CellInput>();
    cells.set(column, edit.value);
    byRow.set(row, cells);
  }
  return byRow;
}

function tableIdentity(zip: ZipReader, part: string): { id: number; name: string } {
  const table = readTablePart(zip.readTextSync(part), part);
  return { id: table?.id ?? 0, name: table?.name ?? "" };
}

export async function patchPackage(
  input: Uint8Array,
  patch: WorkbookPatch,
  options: PatchOptions = {}
): Promise<Uint8Array> {
  return (await patchedWriter(input, patch, options)).finish();
}

/** The same package as pieces in order, never joined (`ZipWriter.finishParts`): what a file host writes. */
export async function patchPackageParts(
  input: Uint8Array,
  patch: WorkbookPatch,
  options: PatchOptions = {}
): Promise<Uint8Array[]> {
  return (await patchedWriter(input, patch, options)).finishParts();
}

async function patchedWriter(
  input: Uint8Array,
  patch: WorkbookPatch,
  options: PatchOptions
): Promise<ZipWriter> {
  const { onStep = () => undefined, compressionLevel } = options;
  const zip = ZipReader.fromBytes(input);
  const names = zip.entries.map((entry) => entry.name);
  const exists = new Set(names);

  // Relationships of every part, as the input has them.
  const before = new Map<string, Relationship[]>();
  for (const name of names) {
    const source = sourcePartOf(name);
    if (source !== null) before.set(source, parseRelationshipsSync(source, zip.readTextSync(name)));
  }
  const workbookPart =
    before.get("")?.find((relationship) => isRelationshipType(relationship, "officeDocument"))
      ?.part ?? "xl/workbook.xml";
  const workbookDirectory = workbookPart.split("/").slice(0, -1).join("/");
  const inDirectory = (relative: string): string =>
    workbookDirectory ? `${workbookDirectory}/${relative}` : relative;
  const workbookXml = zip.readTextSync(workbookPart);
  const workbook = readWorkbookPartSync(workbookXml);
  refuseSheetNameClash(workbook.sheets, workbookPart);
  const contentTypes = await ContentTypes.parse(await zip.readText(CONTENT_TYPES));
  const workbookRelationships = [...(before.get(workbookPart) ?? [])].filter(
    (relationship) => !isRelationshipType(relationship, "calcChain") && !isVbaProject(relationship)
  );
  const after = new Map(before);
  after.set(workbookPart, workbookRelationships);
  // An .xlsx holds no macros: the VBA project (and what only it reaches) goes, and a ribbon whose buttons call them.
  const mainType = contentTypes.typeOf(workbookPart);
  const rootRelationships = before.get("") ?? [];
  const keptRootRelationships = rootRelationships.filter(
    (relationship) =>
      !(
        isCustomUi(relationship) &&
        relationship.part !== null &&
        exists.has(relationship.part) &&
        callsMacros(zip.readTextSync(relationship.part))
      )
  );
  const macrosDropped =
    isMacroEnabledType(mainType) ||
    (before.get(workbookPart) ?? []).some(isVbaProject) ||
    keptRootRelationships.length < rootRelationships.length;
  if (keptRootRelationships.length < rootRelationships.length) after.set("", keptRootRelationships);
  if (mainType !== WORKBOOK_CONTENT_TYPE) contentTypes.set(workbookPart, WORKBOOK_CONTENT_TYPE);
  if (macrosDropped) contentTypes.removeDefault(VBA_PROJECT_CONTENT_TYPE);

  // Styles: extended in place, or created when the package has none.
  let stylesPart = workbookRelationships.find((relationship) =>
    isRelationshipType(relationship, "styles")
  )?.part;
  let stylesCreated = false;
  if (!stylesPart || !exists.has(stylesPart)) {
    stylesPart = inDirectory("styles.xml");
    stylesCreated = true;
  }
  const styleSheet = StyleSheet.parse(
    stylesCreated ? DEFAULT_STYLE_SHEET : await zip.readText(stylesPart)
  );

  let nextRelationship =
    maxNumber(
      workbookRelationships.map((relationship) => relationship.id),
      /^rId(\d+)$/
    ) + 1;
  const newRelationshipId = (): string => `rId${nextRelationship++}`;
  if (stylesCreated)
    workbookRelationships.push({
      id: newRelationshipId(),
      type: `${RELATIONSHIP}/styles`,
      target: relativeTarget(workbookPart, stylesPart),
      part: stylesPart,
    });
  let nextSheetPart = maxNumber(names, /worksheets\/sheet(\d+)\.xml$/) + 1;
  let nextTablePart = maxNumber(names, /tables\/table(\d+)\.xml$/) + 1;
  let nextSheetId = Math.max(0, ...workbook.sheets.map((sheet) => sheet.sheetId)) + 1;
  // Chart and drawing part names are never reused within one write: a replaced sheet's old drawing is removed
  // under its own name while the new one is added under a fresh one.
  const takenPartNames = new Set(names);

  // Edits: on a patch sheet they join its values; on another sheet they rewrite its rows.
  const editsOf = new Map<string, CellEdit[]>();
  for (const edit of patch.edits ?? []) {
    const key = edit.sheet.toLowerCase();
    editsOf.set(key, [...(editsOf.get(key) ?? []), edit]);
  }
  const patchNames = new Set(patch.sheets.map((sheet) => sheet.name.toLowerCase()));
  const editedParts = new Map<string, SheetEdits>();
  /** The part of a sheet the patch keeps, by its name (case ignored). */
  const keptSheetPart = (name: string): string | undefined => {
    const sheet = workbook.sheets.find(
      (candidate) => candidate.name.toLowerCase() === name.toLowerCase()
    );
    const part = sheet
      ? workbookRelationships.find((relationship) => relationship.id === sheet.relationshipId)?.part
      : undefined;
    return part && exists.has(part) ? part : undefined;
  };
  for (const [key, edits] of editsOf) {
    if (patchNames.has(key)) continue;
    const part = keptSheetPart(key);
    if (!part) throw new Error(`No sheet ${edits[0].sheet} for an edit at ${edits[0].cell}`);
    editedParts.set(part, editsByRow(edits));
  }
  // Formulas outside the cells (data validation, conditional formats) of sheets the patch keeps, rewritten.
  const ruleEditedParts = new Map<string, string[]>();
  for (const { sheet, formulas } of patch.ruleEdits ?? []) {
    const part = patchNames.has(sheet.toLowerCase()) ? undefined : keptSheetPart(sheet);
    if (!part) throw new Error(`No sheet ${sheet} for its rules' formulas`);
    ruleEditedParts.set(part, formulas);
  }

  // The patch's sheets: where each goes, its relationships and tables.
  const states = new Map<string, SheetVisibility>();
  const added: {
    name: string;
    sheetId: number;
    relationshipId: string;
    state: SheetVisibility;
  }[] = [];
  const planned: PlannedSheet[] = [];
  for (const sheet of patch.sheets) {
    const existingIndex = workbook.sheets.findIndex(
      (candidate) => candidate.name.toLowerCase() === sheet.name.toLowerCase()
    );
    const existing = workbook.sheets[existingIndex];
    const relationship = existing
      ? workbookRelationships.find((candidate) => candidate.id === existing.relationshipId)
      : undefined;
    let part: string;
    let index: number;
    if (existing && relationship) {
      index = existingIndex;
      states.set(existing.relationshipId, sheet.visibility);
      if (
        isRelationshipType(relationship, "worksheet") &&
        relationship.part &&
        exists.has(relationship.part)
      )
        part = relationship.part;
      else {
        // A chart sheet (or a dangling tab) of that name becomes a worksheet.
        part = inDirectory(`worksheets/sheet${nextSheetPart++}.xml`);
        const replacement = {
          ...relationship,
          type: `${RELATIONSHIP}/worksheet`,
          target: relativeTarget(workbookPart, part),
          part,
        };
        workbookRelationships.splice(workbookRelationships.indexOf(relationship), 1, replacement);
      }
    } else {
      part = inDirectory(`worksheets/sheet${nextSheetPart++}.xml`);
      index = workbook.sheets.length + added.length;
      const relationshipId = newRelationshipId();
      workbookRelationships.push({
        id: relationshipId,
        type: `${RELATIONSHIP}/worksheet`,
        target: relativeTarget(workbookPart, part),
        part,
      });
      added.push({
        name: sheet.name,
        sheetId: nextSheetId++,
        relationshipId,
        state: sheet.visibility,
      });
    }
    const tableParts = sheet.tables.map(() => inDirectory(`tables/table${nextTablePart++}.xml`));
    const relationships: Relationship[] = tableParts.map((tablePart, i) => ({
      id: `rId${i + 1}`,
      type: `${RELATIONSHIP}/table`,
      target: relativeTarget(part, tablePart),
      part: tablePart,
    }));
    const charts =
      sheet.charts && sheet.charts.length > 0
        ? chartParts(part, sheet.charts, takenPartNames, `rId${relationships.length + 1}`)
        : null;
    if (charts) {
      for (const chartPart of charts.parts) takenPartNames.add(chartPart.name);
      const drawingPart = charts.parts.find((candidate) =>
        /\/drawings\/drawing\d+\.xml$/.test(candidate.name)
      )?.name as string;
      relationships.push({ ...charts.sheetRelationship, part: drawingPart });
    }
    // A link to an address outside the workbook holds it in a relationship of its own (as Excel writes them).
    const hyperlinks = (sheet.hyperlinks ?? []).map((link) => {
      if (link.target === undefined) return { link };
      const id = `rId${relationships.length + 1}`;
      relationships.push({
        id,
        type: `${RELATIONSHIP}/hyperlink`,
        target: link.target,
        part: null,
      });
      return { link, relationshipId: id };
    });
    after.set(part, relationships);
    const values = SheetValues.of(sheet, editsOf.get(sheet.name.toLowerCase()));
    const rendered: RenderedSheet = {
      patch: sheet,
      values,
      styles: SheetStyleMap.build(sheet.styles, styleSheet),
      differentialFormats: sheet.conditionalFormats.map((format) =>
        format.rules.map((rule) =>
          rule.kind === "expression" ? styleSheet.differentialFormat(rule.style) : null
        )
      ),
      tableRelationshipIds: relationships
        .filter((relationship) => isRelationshipType(relationship, "table"))
        .map((relationship) => relationship.id),
      drawingRelationshipId: charts?.sheetRelationship.id,
      hyperlinks,
      ordinal: planned.length + 1,
      date1904: workbook.date1904,
    };
    planned.push({
      patch: sheet,
      part,
      index,
      replaced: existing !== undefined,
      rendered,
      relationships,
      tables: [],
      charts,
    });
    tableParts.forEach((tablePart) =>
      planned[planned.length - 1].tables.push({ part: tablePart, xml: () => "" })
    );
  }

  // What stays: parts still reachable; what only the replaced sheets (or the calc chain) used goes.
  const newParts = new Set([
    ...planned.flatMap((sheet) => [
      sheet.part,
      ...sheet.tables.map((table) => table.part),
      ...(sheet.charts?.parts.map((chartPart) => chartPart.name) ?? []),
    ]),
    ...(stylesCreated ? [stylesPart] : []),
  ]);
  const wasReachable = reachable(before, (part) => exists.has(part));
  const isReachable = reachable(after, (part) => exists.has(part) || newParts.has(part));
  const dropped = new Set([...wasReachable].filter((part) => !isReachable.has(part)));
  for (const part of dropped) contentTypes.remove(part);

  // Table ids and names must be unique in the workbook.
  const patchParts = new Set(planned.map((sheet) => sheet.part));
  const keptTables: { id: number; name: string }[] = [];
  for (const [source, relationships] of after) {
    if (patchParts.has(source) || !isReachable.has(source)) continue;
    for (const relationship of relationships)
      if (
        isRelationshipType(relationship, "table") &&
        relationship.part &&
        exists.has(relationship.part)
      )
        keptTables.push(tableIdentity(zip, relationship.part));
  }
  let nextTableId = Math.max(0, ...keptTables.map((table) => table.id)) + 1;
  const takenNames = new Set(keptTables.map((table) => table.name.toLowerCase()));
  for (const sheet of planned) {
    sheet.patch.tables.forEach((table, i) => {
      // A kept table of that name (case ignored): the package holds what its reading refuses, said as that damage.
      if (takenNames.has(table.name.toLowerCase()))
        throw new PackageError("package.duplicateTable", sheet.tables[i].part, {
          table: table.name,
        });
      takenNames.add(table.name.toLowerCase());
      const id = nextTableId++;
      sheet.tables[i].xml = () => renderTableXml(table, id);
      contentTypes.set(sheet.tables[i].part, CONTENT_TYPE.table);
    });
    contentTypes.set(sheet.part, CONTENT_TYPE.worksheet);
    for (const { partName, contentType } of sheet.charts?.contentTypes ?? [])
      contentTypes.set(partName.replace(/^\//, ""), contentType);
  }
  if (stylesCreated) contentTypes.set(stylesPart, CONTENT_TYPE.styles);

  // Workbook names: the patch's own, and each patch sheet's print area and titles.
  const replacedIndexes = new Set(
    planned.filter((sheet) => sheet.replaced).map((sheet) => sheet.index)
  );
  const patchNameKeys = new Set(patch.definedNames.map((name) => name.name.toLowerCase()));
  const addNames: DefinedNameXml[] = patch.definedNames.map((name) => ({
    name: name.name,
    text: name.refersTo,
  }));
  // Names scoped to one sheet: by the sheet's position among the workbook's tabs (a replaced tab keeps its own).
  const scopedKeys = new Set<string>();
  for (const scoped of patch.scopedNames ?? []) {
    const localSheetId = workbook.sheets.findIndex(
      (sheet) => sheet.name.toLowerCase() === scoped.sheet.toLowerCase()
    );
    if (localSheetId < 0) throw new Error(`No sheet ${scoped.sheet} for its name ${scoped.name}`);
    scopedKeys.add(`${localSheetId}:${scoped.name.toLowerCase()}`);
    addNames.push({ name: scoped.name, localSheetId, text: scoped.refersTo });
  }
  for (const sheet of planned) {
    const setup = sheet.patch.pageSetup;
    if (setup?.printArea)
      addNames.push({
        name: "_xlnm.Print_Area",
        localSheetId: sheet.index,
        text: `${quoted(sheet.patch.name)}!${absolute(setup.printArea)}`,
      });
    // Excel writes one Print_Titles name per sheet: the columns first, then the rows ('S'!$A:$B,'S'!$7:$7).
    const titles = [setup?.printTitleColumns, setup?.printTitleRows].filter(
      (range): range is string => range !== undefined
    );
    if (titles.length > 0)
      addNames.push({
        name: "_xlnm.Print_Titles",
        localSheetId: sheet.index,
        text: titles.map((range) => `${quoted(sheet.patch.name)}!${absolute(range)}`).join(","),
      });
  }
  const rewrittenWorkbook = await rewriteWorkbookXml(workbookXml, {
    states,
    added,
    removeName: (name) =>
      name.localSheetId !== undefined
        ? replacedIndexes.has(name.localSheetId) ||
          scopedKeys.has(`${name.localSheetId}:${name.name.toLowerCase()}`)
        : patchNameKeys.has(name.name.toLowerCase()),
    addNames,
    tabOrder: options.tabOrder,
  });

  // What to write in place of each input entry, and what to add after them.
  const actions = new Map<string, Write>();
  const appended: Write[] = [];
  const relationshipsWrite =
    (part: string, relationships: Relationship[]): Write =>
    (writer) =>
      writer.add(relationshipsPartOf(part), renderRelationships(relationships));
  for (const part of dropped) {
    actions.set(part, async () => undefined);
    actions.set(relationshipsPartOf(part), async () => undefined);
  }
  if (contentTypes.changed)
    actions.set(CONTENT_TYPES, (writer) => writer.add(CONTENT_TYPES, contentTypes.toXml()));
  actions.set(workbookPart, async (writer) => {
    onStep("names");
    // Unchanged text: the entry is copied as its compressed bytes.
    const entry = zip.entry(workbookPart);
    if (rewrittenWorkbook === workbookXml && entry) await writer.copy(zip, entry);
    else await writer.add(workbookPart, rewrittenWorkbook);
  });
  actions.set(
    relationshipsPartOf(workbookPart),
    relationshipsWrite(workbookPart, workbookRelationships)
  );
  if (keptRootRelationships.length < rootRelationships.length)
    actions.set("_rels/.rels", (writer) =>
      writer.add("_rels/.rels", renderRelationships(keptRootRelationships))
    );
  if (stylesCreated)
    appended.push((writer) => writer.add(stylesPart as string, styleSheet.toXml()));
  else
    actions.set(stylesPart, async (writer) => {
      const entry = zip.entry(stylesPart as string);
      if (!styleSheet.modified && entry) await writer.copy(zip, entry);
      else await writer.add(stylesPart as string, styleSheet.toXml());
    });
  for (const sheet of planned) {
    const writeSheet: Write = async (writer) => {
      onStep(`sheet:${sheet.patch.name}`);
      await writer.addStream(sheet.part, renderSheetXml(sheet.rendered));
      if (sheet.relationships.length > 0)
        await relationshipsWrite(sheet.part, sheet.relationships)(writer);
      for (const table of sheet.tables) await writer.add(table.part, table.xml());
      for (const chartPart of sheet.charts?.parts ?? [])
        await writer.add(chartPart.name, chartPart.content);
    };
    if (exists.has(sheet.part)) actions.set(sheet.part, writeSheet);
    else appended.push(writeSheet);
    // The sheet's own relationships are written with it; the input's go.
    if (exists.has(relationshipsPartOf(sheet.part)))
      actions.set(relationshipsPartOf(sheet.part), async () => undefined);
  }
  let editsStepDone = false;
  const editsStep = (): void => {
    if (!editsStepDone) onStep("edits");
    editsStepDone = true;
  };
  for (const part of new Set([...editedParts.keys(), ...ruleEditedParts.keys()]))
    actions.set(part, async (writer) => {
      editsStep();
      const edits = editedParts.get(part);
      const cells = edits
        ? applyCellEdits(zip.textChunks(part), edits, workbook.date1904)
        : zip.textChunks(part);
      const rules = ruleEditedParts.get(part);
      await writer.addStream(
        part,
        rules ? splitAtSheetDataEnd(cells, (tail) => rewriteTailFormulas(tail, rules)) : cells
      );
    });
  // Charts of sheets the patch keeps, whose references follow cells an upgrade moved: their formula texts rewritten.
  for (const { chart, formulas } of patch.chartEdits ?? []) {
    if (!exists.has(chart) || dropped.has(chart) || actions.has(chart))
      throw new Error(`No chart ${chart} to edit`);
    actions.set(chart, async (writer) => {
      editsStep();
      await writer.add(chart, rewriteChartFormulas(zip.readTextSync(chart), formulas));
    });
  }

  const writer = new ZipWriter({ level: compressionLevel });
  onStep("write");
  for (const entry of zip.entries) {
    const action = actions.get(entry.name);
    if (action) await action(writer);
    else await writer.copy(zip, entry);
  }
  for (const write of appended) await write(writer);
  editsStep();
  onStep("serialise");
  if (macrosDropped) options.onMacrosDropped?.();
  return writer;
}
