/**
 * `xl/workbook.xml` with a patch's changes and nothing else: tab states of replaced sheets, new tabs appended,
 * defined names replaced or added (workbook names by name, print areas and titles per sheet), and a full
 * recalculation on open (new formulas carry no cached results).
 */
import { SheetVisibility } from "../../../core/workbook/WorkbookSnapshot";
import { escapeXmlAttribute, escapeXmlText } from "./escapeXml";
import { scanXml } from "./scanXml";

export type DefinedNameXml = { name: string; localSheetId?: number; text: string };

export type WorkbookChanges = {
  /** New states of existing tabs, by relationship id. */
  states: Map<string, SheetVisibility>;
  added: { name: string; sheetId: number; relationshipId: string; state: SheetVisibility }[];
  /** Whether an existing defined name goes. */
  removeName(name: { name: string; localSheetId?: number }): boolean;
  addNames: DefinedNameXml[];
};

const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

type Span = { start: number; end: number };

function withAttribute(tag: string, name: string, value: string | null): string {
  const pattern = new RegExp(`\\s${name}="[^"]*"`);
  const stripped = tag.replace(pattern, "");
  if (value === null) return stripped;
  return stripped.replace(/(\s*\/?>)$/, ` ${name}="${value}"$1`);
}

export async function rewriteWorkbookXml(xml: string, changes: WorkbookChanges): Promise<string> {
  let prefix = "";
  let idAttribute = "r:id";
  const level2 = new Map<string, Span & { closeStart: number }>();
  const sheetTags: (Span & { id: string })[] = [];
  const names: (Span & { name: string; localSheetId?: number })[] = [];
  let calcPr: (Span & { selfClosing: boolean; tagEnd: number }) | null = null;
  const starts: number[] = [];
  let definedName: { name: string; localSheetId?: number } | null = null;
  await scanXml(xml, (scanner) => ({
    open(name, attributes, selfClosing) {
      const level = scanner.level;
      starts[level] = scanner.tokenOffset;
      if (level === 1) {
        const tag = scanner.raw().slice(1);
        const colon = tag.search(/[:\s/>]/);
        prefix = tag[colon] === ":" ? `${tag.slice(0, colon)}:` : "";
      } else if (level === 3 && name === "sheet") {
        const key = Object.keys(attributes).find((key) => key === "r:id" || key.endsWith(":id"));
        if (key) idAttribute = key;
        sheetTags.push({
          start: scanner.tokenOffset,
          end: scanner.tokenEndOffset,
          id: key ? attributes[key] : "",
        });
      } else if (level === 3 && name === "definedName") {
        definedName = {
          name: attributes.name ?? "",
          ...(attributes.localSheetId !== undefined
            ? { localSheetId: parseInt(attributes.localSheetId, 10) }
            : {}),
        };
      } else if (level === 2 && name === "calcPr") {
        calcPr = {
          start: scanner.tokenOffset,
          end: scanner.tokenEndOffset,
          tagEnd: scanner.tokenEndOffset,
          selfClosing,
        };
      }
    },
    close(name) {
      const level = scanner.level;
      if (level === 2) {
        level2.set(name, {
          start: starts[2],
          end: scanner.tokenEndOffset,
          closeStart: scanner.tokenOffset,
        });
        if (name === "calcPr" && calcPr) calcPr.end = scanner.tokenEndOffset;
      } else if (level === 3 && name === "definedName" && definedName) {
        names.push({ start: starts[3], end: scanner.tokenEndOffset, ...definedName });
        definedName = null;
      }
    },
  }));

  const edits: { start: number; end: number; text: string }[] = [];
  for (const tag of sheetTags) {
    const state = changes.states.get(tag.id);
    if (state === undefined) continue;
    const raw = xml.slice(tag.start, tag.end);
    edits.push({ ...tag, text: withAttribute(raw, "state", state === "visible" ? null : state) });
  }
  const sheets = level2.get("sheets");
  if (!sheets) throw new Error("The workbook part has no <sheets>");
  if (changes.added.length > 0) {
    const added = changes.added
      .map(
        (sheet) =>
          `<${prefix}sheet name="${escapeXmlAttribute(sheet.name)}" sheetId="${sheet.sheetId}"` +
          `${sheet.state === "visible" ? "" : ` state="${sheet.state}"`} ${idAttribute}="${sheet.relationshipId}"/>`
      )
      .join("");
    edits.push({ start: sheets.closeStart, end: sheets.closeStart, text: added });
  }

  const kept = names
    .filter((name) => !changes.removeName(name))
    .map((name) => xml.slice(name.start, name.end));
  const addedNames = changes.addNames.map(
    (name) =>
      `<${prefix}definedName name="${escapeXmlAttribute(name.name)}"` +
      `${name.localSheetId === undefined ? "" : ` localSheetId="${name.localSheetId}"`}>` +
      `${escapeXmlText(name.text)}</${prefix}definedName>`
  );
  const allNames = [...kept, ...addedNames];
  const namesXml =
    allNames.length > 0
      ? `<${prefix}definedNames>${allNames.join("")}</${prefix}definedNames>`
      : "";
  const existingNames = level2.get("definedNames");
  const insertionPoint = (later: string[]): number => {
    const starts = later
      .map((name) => level2.get(name)?.start)
      .filter((start): start is number => start !== undefined);
    return starts.length > 0 ? Math.min(...starts) : xml.lastIndexOf("</");
  };
  if (existingNames)
    edits.push({ start: existingNames.start, end: existingNames.end, text: namesXml });
  else if (namesXml) {
    const at = insertionPoint(AFTER_DEFINED_NAMES);
    edits.push({ start: at, end: at, text: namesXml });
  }
  const calc = calcPr as (Span & { selfClosing: boolean; tagEnd: number }) | null;
  if (calc) {
    const tag = xml.slice(calc.start, calc.tagEnd);
    edits.push({
      start: calc.start,
      end: calc.tagEnd,
      text: withAttribute(tag, "fullCalcOnLoad", "1"),
    });
  } else {
    const at = insertionPoint(AFTER_DEFINED_NAMES.slice(1));
    edits.push({ start: at, end: at, text: `<${prefix}calcPr fullCalcOnLoad="1"/>` });
  }

  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let at = 0;
  for (const edit of edits) {
    out += xml.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + xml.slice(at);
}
