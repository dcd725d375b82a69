/**
 * Applies a `WorkbookPatch` to the open workbook, all or nothing, in a number of syncs that grows with the bytes
 * written and never with rows or areas:
 *
 *  1. build: every sheet of the patch is added under a temporary name (hidden) and written whole — cells, tables,
 *     formats — in requests packed up to the payload budget. The first request also loads what the swap and a
 *     rollback need (the sheets and their ids, the names, the tables whose names the patch takes, the old value and
 *     protection of every edited cell).
 *  2. swap (after the last build request, in the same request when there is room): each sheet being replaced and
 *     each table whose name is taken moves aside under a temporary name; the new sheets and tables take their
 *     names; then names (`getItemOrNullObject(name).delete()` + `add`), formulas that name other sheets or tables,
 *     validations, conditional formats, protection, visibility, cell edits (unprotecting and re-protecting a
 *     protected sheet around them), tab order; last, the old sheets are deleted.
 *
 * A failure (or a cancel, before the swap) at any sync is rolled back in one more request: the new sheets are
 * deleted, the old ones (by id) take back their names, positions and tables' names, names and edited cells get their
 * old values. Only when the failure came after an old sheet was already deleted does it roll forward instead
 * (the new state is complete by then). Calculation and events are suspended around the bulk writes (ExcelApi 1.6,
 * 1.8) and the workbook is recalculated at the end.
 */
import { SheetPatch, WorkbookPatch } from "../../core/workbook/WorkbookPatch";
import { arrangeTabOrder } from "../../core/workbook/arrangeTabOrder";
import {
  OperationCancelled,
  OperationContext,
  throwIfCancelled,
} from "../../operations/OperationContext";
import { cellToExcel } from "./cellToExcel";
import { ExcelContext, ExcelRange, ExcelTable, ExcelWorksheet } from "./ExcelContext";
import { HostError, hostErrorFrom } from "./HostError";
import { packSteps, Step, step } from "./PayloadChunks";
import { sheetSteps } from "./sheetSteps";

export type ApplyOptions = OperationContext & {
  tabOrder?: string[];
  pageLayout: boolean;
  /** Whether to write the patch's charts (ExcelApi `CHART_SET`); default true. */
  charts?: boolean;
  /** Estimated bytes per request (default `PAYLOAD_BUDGET`, under Excel on the web's 5 MB). */
  payloadBudget?: number;
};

type OldSheet = { id: string; name: string; position: number; visibility: string };

/** A name for a sheet or table while it waits aside: unique enough never to meet a user's name. */
function asideNames(): {
  sheet: (kind: "new" | "old", index: number) => string;
  table: (name: string) => string;
} {
  const stamp = Date.now().toString(36).slice(-6);
  return {
    sheet: (kind, index) => `~pm${kind === "new" ? "n" : "o"}${stamp}_${index}`,
    table: (name) => `${name}_pm${stamp}`.slice(0, 255),
  };
}

/** Runs `requests` one sync each; `before` runs ahead of every sync (cancel checks, progress). */
async function syncEach(
  context: ExcelContext,
  requests: Step[][],
  before: (index: number) => void,
  suspendCalculation = true
): Promise<number> {
  let done = 0;
  for (const request of requests) {
    before(done);
    // Bulk writes: no recalculation until the request is done (ExcelApi 1.6; recalculated at the end).
    if (suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const queued of request) queued.queue();
    // One sync per payload-sized request: their number grows with bytes, never with rows or areas (bench/excel).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    done++;
  }
  return done;
}

export async function applyWorkbookPatch(
  context: ExcelContext,
  patch: WorkbookPatch,
  options: ApplyOptions
): Promise<void> {
  const { workbook } = context;
  if (patch.sheets.length === 0 && patch.definedNames.length === 0 && !patch.edits?.length) return;
  const aside = asideNames();
  const patchNames = new Set(patch.sheets.map((sheet) => sheet.name.toLowerCase()));

  // ---- what the first request loads ----
  let sheetsLoaded = false;
  const loads = step(
    () => {
      workbook.worksheets.load("items/id,items/name,items/position,items/visibility");
      workbook.names.load("items/name,items/formula");
    },
    0,
    2
  );
  const takenTables = patch.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name));
  const oldTables = new Map<string, ExcelTable>();
  const tableLoads = step(
    () => {
      for (const name of takenTables)
        oldTables.set(name, workbook.tables.getItemOrNullObject(name).load("id,name"));
    },
    takenTables.join().length,
    takenTables.length
  );
  const editsOnOldSheets = (patch.edits ?? []).filter(
    (edit) => !patchNames.has(edit.sheet.toLowerCase())
  );
  const editedSheets = [...new Set(editsOnOldSheets.map((edit) => edit.sheet))];
  const oldCells = new Map<string, ExcelRange>();
  const protections = new Map<string, ExcelWorksheet>();
  const editLoads = step(
    () => {
      for (const name of editedSheets) {
        const sheet = workbook.worksheets.getItemOrNullObject(name);
        sheet.load("id,name");
        sheet.protection.load("protected,options");
        protections.set(name, sheet);
      }
      for (const edit of editsOnOldSheets)
        oldCells.set(
          `${edit.sheet}!${edit.cell}`,
          workbook.worksheets.getItem(edit.sheet).getRange(edit.cell).load(["formulas"])
        );
    },
    JSON.stringify(editsOnOldSheets).length,
    editsOnOldSheets.length + 3 * editedSheets.length
  );
  const prepare = step(() => {
    context.runtime.enableEvents = false;
  });

  // ---- build ----
  const newSheets = new Map<string, ExcelWorksheet>();
  const newTables = new Map<string, { name: string }>();
  const build: Step[] = [loads, tableLoads, editLoads, prepare];
  const finishes: Step[] = [];
  patch.sheets.forEach((sheet: SheetPatch, index) => {
    const temporary = aside.sheet("new", index);
    build.push(
      step(
        () => {
          const added = workbook.worksheets.add(temporary);
          added.visibility = "Hidden";
          newSheets.set(sheet.name, added);
        },
        temporary.length,
        2
      )
    );
    const steps = sheetSteps(sheet, {
      sheet: () => newSheets.get(sheet.name) as ExcelWorksheet,
      asideTableName: aside.table,
      onTable: (name, table) => newTables.set(name, table),
      pageLayout: options.pageLayout,
      charts: options.charts ?? true,
    });
    build.push(...steps.build);
    finishes.push(...steps.finish);
  });

  // ---- swap (queued once the first request's loads are known) ----
  let oldSheets: OldSheet[] = [];
  const replaced: OldSheet[] = [];
  const swap = (): Step[] => {
    oldSheets = workbook.worksheets.items.map((sheet) => ({
      id: sheet.id,
      name: sheet.name,
      position: sheet.position,
      visibility: sheet.visibility,
    }));
    sheetsLoaded = true;
    // Listed by the first command of the first request, before any sheet was added.
    replaced.push(...oldSheets.filter((sheet) => patchNames.has(sheet.name.toLowerCase())));
    for (const name of editedSheets)
      if ((protections.get(name) as ExcelWorksheet).isNullObject)
        throw new HostError("excel.itemNotFound", { detail: name });
    const steps: Step[] = [];
    steps.push(
      step(
        () => {
          replaced.forEach((sheet, index) => {
            const old = workbook.worksheets.getItem(sheet.id);
            old.name = aside.sheet("old", index);
            if (sheet.visibility === "VeryHidden") old.visibility = "Hidden";
          });
          for (const [name, table] of oldTables)
            if (!table.isNullObject)
              workbook.tables.getItemOrNullObject(table.id).name = aside.table(`${name}_old`);
          for (const [name, sheet] of newSheets) sheet.name = name;
          for (const [name, table] of newTables) table.name = name;
        },
        0,
        2 * replaced.length + oldTables.size + newSheets.size + newTables.size
      )
    );
    for (const { name, refersTo } of patch.definedNames)
      steps.push(
        step(
          () => {
            workbook.names.getItemOrNullObject(name).delete();
            workbook.names.add(name, `=${refersTo}`);
          },
          name.length * 2 + refersTo.length,
          2
        )
      );
    steps.push(...finishes);
    for (const sheetName of editedSheets) {
      const sheet = protections.get(sheetName) as ExcelWorksheet;
      const wasProtected = sheet.protection.protected;
      const protectionOptions = sheet.protection.options;
      const edits = editsOnOldSheets.filter((edit) => edit.sheet === sheetName);
      const values = edits.map((edit) =>
        cellToExcel(edit.value, () => ({ sheet: edit.sheet, cell: edit.cell }))
      );
      steps.push(
        step(
          () => {
            const target = workbook.worksheets.getItem(sheetName);
            if (wasProtected) target.protection.unprotect();
            edits.forEach(
              (edit, index) => (target.getRange(edit.cell).formulas = [[values[index]]])
            );
            if (wasProtected) target.protection.protect(protectionOptions);
          },
          JSON.stringify(values).length,
          edits.length + 2
        )
      );
    }
    for (const edit of (patch.edits ?? []).filter((candidate) =>
      patchNames.has(candidate.sheet.toLowerCase())
    )) {
      const value = cellToExcel(edit.value, () => ({ sheet: edit.sheet, cell: edit.cell }));
      steps.push(
        step(
          () => (workbook.worksheets.getItem(edit.sheet).getRange(edit.cell).formulas = [[value]])
        )
      );
    }
    const order = finalOrder(
      oldSheets.map((sheet) => sheet.name),
      patch,
      options.tabOrder
    );
    steps.push(
      step(
        () =>
          order.forEach((name, position) => {
            const sheet = newSheets.get(name) ?? workbook.worksheets.getItem(name);
            sheet.position = position;
          }),
        JSON.stringify(order).length,
        order.length
      )
    );
    steps.push(
      step(
        () => {
          replaced.forEach((sheet) => workbook.worksheets.getItem(sheet.id).delete());
          context.runtime.enableEvents = true;
          workbook.application.calculate("Recalculate");
        },
        0,
        replaced.length + 2
      )
    );
    return steps;
  };

  try {
    const requests = packSteps(build, options.payloadBudget);
    await syncEach(context, requests.slice(0, 1), () => throwIfCancelled(options));
    const rest = requests.slice(1);
    // The swap needs the first request's loads; it joins the last build request when it can.
    await syncEach(context, rest.slice(0, -1), (index) => {
      throwIfCancelled(options);
      options.onProgress?.("write", (index + 1) / (requests.length + 1));
    });
    throwIfCancelled(options);
    const tail = packSteps(
      [...(rest.length > 0 ? rest[rest.length - 1] : []), ...swap()],
      options.payloadBudget
    );
    // Not suspended: the last request ends with the recalculation.
    await syncEach(context, tail, () => undefined, false);
    options.onProgress?.("write", 1);
  } catch (error) {
    await recover(context, {
      sheetsLoaded,
      temporaryNames: patch.sheets.map((_, index) => aside.sheet("new", index)),
      oldSheets,
      replaced,
      oldTables: [...oldTables]
        .filter(([, table]) => sheetsLoaded && !table.isNullObject)
        .map(([name, table]) => ({ name, id: table.id })),
      oldNames: sheetsLoaded
        ? workbook.names.items.map((name) => ({ name: name.name, formula: name.formula }))
        : [],
      patchNames: patch.definedNames.map((name) => name.name),
      oldCells: sheetsLoaded ? oldCells : new Map(),
      protections: sheetsLoaded ? protections : new Map(),
    });
    if (error instanceof OperationCancelled) throw error;
    throw hostErrorFrom(error);
  }
}

/** Tab order afterwards: existing tabs where they are (a replaced sheet keeps its place), new ones appended in
 * patch order; with `tabOrder`, the named tabs first in that order, the others after them as they were. */
export function finalOrder(
  existing: string[],
  patch: WorkbookPatch,
  tabOrder?: string[]
): string[] {
  const order = [...existing];
  for (const sheet of patch.sheets)
    if (!order.some((name) => name.toLowerCase() === sheet.name.toLowerCase()))
      order.push(sheet.name);
  if (!tabOrder)
    return order.map(
      (name) =>
        patch.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase())?.name ?? name
    );
  return arrangeTabOrder(order, tabOrder);
}

type Recovery = {
  /** Whether the first request's loads came back (the swap may have begun). */
  sheetsLoaded: boolean;
  temporaryNames: string[];
  oldSheets: OldSheet[];
  replaced: OldSheet[];
  oldTables: { name: string; id: string }[];
  oldNames: { name: string; formula: string }[];
  patchNames: string[];
  oldCells: Map<string, ExcelRange>;
  protections: Map<string, ExcelWorksheet>;
};

/** Puts the workbook back as it was (or, past the point of no return, finishes the swap). Never throws. */
async function recover(context: ExcelContext, state: Recovery): Promise<void> {
  const { workbook } = context;
  try {
    if (!state.sheetsLoaded) {
      // The swap never began: the new sheets are still under their temporary names.
      for (const name of state.temporaryNames)
        workbook.worksheets.getItemOrNullObject(name).delete();
      context.runtime.enableEvents = true;
      await context.sync();
      return;
    }
    workbook.worksheets.load("items/id,items/name,items/visibility");
    await context.sync();
    const now = workbook.worksheets.items;
    const present = new Set(now.map((sheet) => sheet.id));
    if (state.replaced.some((sheet) => !present.has(sheet.id))) {
      // An old sheet is already gone, so the new state is complete: finish deleting the old ones.
      for (const sheet of state.replaced)
        if (present.has(sheet.id)) workbook.worksheets.getItem(sheet.id).delete();
      context.runtime.enableEvents = true;
      await context.sync();
      return;
    }
    const original = new Set(state.oldSheets.map((sheet) => sheet.id));
    for (const sheet of now.filter((candidate) => !original.has(candidate.id))) {
      const added = workbook.worksheets.getItem(sheet.id);
      if (sheet.visibility === "VeryHidden") added.visibility = "Hidden";
      added.delete();
    }
    for (const sheet of state.replaced) {
      const old = workbook.worksheets.getItem(sheet.id);
      old.name = sheet.name;
      old.visibility = sheet.visibility as Excel.SheetVisibility;
    }
    for (const { name, id } of state.oldTables) workbook.tables.getItemOrNullObject(id).name = name;
    [...state.oldSheets]
      .sort((a, b) => a.position - b.position)
      .forEach((sheet, position) => (workbook.worksheets.getItem(sheet.id).position = position));
    for (const name of state.patchNames) workbook.names.getItemOrNullObject(name).delete();
    for (const { name, formula } of state.oldNames.filter((old) =>
      state.patchNames.some((patched) => patched.toLowerCase() === old.name.toLowerCase())
    ))
      workbook.names.add(name, formula);
    for (const [sheetName, sheet] of state.protections) {
      if (sheet.isNullObject) continue;
      const target = workbook.worksheets.getItem(sheet.id);
      target.protection.unprotect();
      for (const [key, range] of state.oldCells)
        if (key.startsWith(`${sheetName}!`))
          target.getRange(key.slice(sheetName.length + 1)).formulas = range.formulas;
      if (sheet.protection.protected) target.protection.protect(sheet.protection.options);
    }
    context.runtime.enableEvents = true;
    await context.sync();
  } catch {
    // The original error is what the user needs to see; a failed rollback leaves at worst the aside sheets.
  }
}
