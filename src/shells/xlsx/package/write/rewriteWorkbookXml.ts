/**
 * `xl/workbook.xml` with a patch's changes and nothing else: tab states of replaced sheets, new tabs appended,
 * defined names replaced or added (workbook names by name, print areas and titles per sheet), and a full
 * recalculation on open (new formulas carry no cached results). Parsed and serialised as a namespace-aware
 * document: a producer may declare the relationships prefix on the root (Excel), on each `<sheet>` (openpyxl), or
 * use another prefix for the main namespace; new elements take the namespace and prefix of where they go. When
 * nothing changes, the part's text is returned as it was (so the writer can copy its bytes).
 */
import { Element } from "@xmldom/xmldom";
import { arrangeTabOrder } from "../../../../core/workbook/arrangeTabOrder";
import { SheetVisibility } from "../../../../core/workbook/WorkbookSnapshot";
import { NS, RELATIONSHIP_NAMESPACES } from "../xml/namespaces";
import { PackageError } from "../PackageError";
import {
  childElements,
  createChild,
  firstChild,
  insertBefore,
  parseXml,
  rootOf,
  serializeXml,
} from "../xml/xmlDocument";

export type DefinedNameXml = { name: string; localSheetId?: number; text: string };

export type WorkbookChanges = {
  /** New states of existing tabs, by relationship id. */
  states: Map<string, SheetVisibility>;
  added: { name: string; sheetId: number; relationshipId: string; state: SheetVisibility }[];
  /** Whether an existing defined name goes. */
  removeName(name: { name: string; localSheetId?: number }): boolean;
  addNames: DefinedNameXml[];
  /** The tabs named here first, in this order, the others after (an upgrade); see `arrangeTabOrder`. */
  tabOrder?: string[];
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
const AFTER_SHEETS = [
  "functionGroups",
  "externalReferences",
  "definedNames",
  ...AFTER_DEFINED_NAMES,
];

function relationshipIdAttribute(sheet: Element): { namespace: string; value: string } | null {
  for (let i = 0; i < sheet.attributes.length; i++) {
    const attribute = sheet.attributes[i];
    if (
      attribute.localName === "id" &&
      RELATIONSHIP_NAMESPACES.includes(attribute.namespaceURI ?? "")
    )
      return { namespace: attribute.namespaceURI as string, value: attribute.value };
  }
  return null;
}

/** A prefix bound to `namespace` where `element` is, declaring one on the root when none is. */
function prefixFor(root: Element, element: Element, namespace: string): string {
  const bound = element.lookupPrefix(namespace);
  if (bound) return bound;
  let prefix = "r";
  for (let n = 1; root.lookupNamespaceURI(prefix) !== null; n++) prefix = `r${n}`;
  root.setAttributeNS(NS.xmlns, `xmlns:${prefix}`, namespace);
  return prefix;
}

export async function rewriteWorkbookXml(xml: string, changes: WorkbookChanges): Promise<string> {
  const document = parseXml(xml, "xl/workbook.xml");
  const root = rootOf(document, "xl/workbook.xml");
  let changed = false;
  let sheets = firstChild(root, "sheets");
  if (!sheets) {
    if (changes.added.length === 0) throw new PackageError("package.badXml", "xl/workbook.xml");
    sheets = createChild(root, "sheets");
    insertBefore(root, sheets, AFTER_SHEETS);
  }

  const existing = childElements(sheets, "sheet");
  let relationshipNamespace: string =
    root.namespaceURI === NS.mainStrict ? NS.relationshipsStrict : NS.relationships;
  for (const sheet of existing) {
    const id = relationshipIdAttribute(sheet);
    if (!id) continue;
    relationshipNamespace = id.namespace;
    const state = changes.states.get(id.value);
    if (state === undefined || (sheet.getAttribute("state") ?? "visible") === state) continue;
    if (state === "visible") sheet.removeAttribute("state");
    else sheet.setAttribute("state", state);
    changed = true;
  }
  for (const added of changes.added) {
    changed = true;
    const sheet = createChild(sheets, "sheet");
    sheet.setAttribute("name", added.name);
    sheet.setAttribute("sheetId", String(added.sheetId));
    if (added.state !== "visible") sheet.setAttribute("state", added.state);
    const prefix = prefixFor(root, sheets, relationshipNamespace);
    sheet.setAttributeNS(relationshipNamespace, `${prefix}:id`, added.relationshipId);
    sheets.appendChild(sheet);
  }

  let names = firstChild(root, "definedNames");
  if (names) {
    for (const name of childElements(names, "definedName")) {
      const local = name.getAttribute("localSheetId");
      const key = {
        name: name.getAttribute("name") ?? "",
        ...(local !== null && local !== "" ? { localSheetId: parseInt(local, 10) } : {}),
      };
      if (changes.removeName(key)) {
        names.removeChild(name);
        changed = true;
      }
    }
  }
  if (changes.addNames.length > 0 && !names) {
    names = createChild(root, "definedNames");
    insertBefore(root, names, AFTER_DEFINED_NAMES);
  }
  if (names) {
    for (const added of changes.addNames) {
      changed = true;
      const name = createChild(names, "definedName");
      name.setAttribute("name", added.name);
      if (added.localSheetId !== undefined)
        name.setAttribute("localSheetId", String(added.localSheetId));
      name.appendChild(document.createTextNode(added.text));
      names.appendChild(name);
    }
    if (childElements(names, "definedName").length === 0) root.removeChild(names);
  }

  if (changes.tabOrder && reorderTabs(root, sheets, changes.tabOrder)) changed = true;

  let calc = firstChild(root, "calcPr");
  if (!calc) {
    calc = createChild(root, "calcPr");
    insertBefore(root, calc, AFTER_DEFINED_NAMES.slice(1));
  }
  const fullCalc = calc.getAttribute("fullCalcOnLoad");
  if (fullCalc !== "1" && fullCalc !== "true") {
    calc.setAttribute("fullCalcOnLoad", "1");
    changed = true;
  }
  return changed ? serializeXml(document) : xml;
}

/**
 * Moves the `<sheet>` elements into the order `arrangeTabOrder` gives, and every reference to a tab by its position
 * with them: a sheet-scoped name's `localSheetId` and the window's `activeTab` and `firstSheet`. Whether anything
 * moved.
 */
function reorderTabs(root: Element, sheets: Element, tabOrder: string[]): boolean {
  const elements = childElements(sheets, "sheet");
  const before = elements.map((sheet) => sheet.getAttribute("name") ?? "");
  const after = arrangeTabOrder(before, tabOrder);
  if (after.every((name, index) => name === before[index])) return false;
  const newIndex = before.map((name) => after.indexOf(name));
  for (const name of after) sheets.appendChild(elements[before.indexOf(name)]);
  const remap = (element: Element, attribute: string): void => {
    const value = element.getAttribute(attribute);
    if (value === null || value === "") return;
    const moved = newIndex[parseInt(value, 10)];
    if (moved !== undefined) element.setAttribute(attribute, String(moved));
  };
  const names = firstChild(root, "definedNames");
  if (names) for (const name of childElements(names, "definedName")) remap(name, "localSheetId");
  const views = firstChild(root, "bookViews");
  if (views)
    for (const view of childElements(views, "workbookView")) {
      remap(view, "activeTab");
      remap(view, "firstSheet");
    }
  return true;
}
