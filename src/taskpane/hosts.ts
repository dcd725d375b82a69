/**
 * Picks the workbook host the pane runs on (SPEC §9): inside Excel the Office.js host, elsewhere the in-browser
 * memory host; binds the operations to it. The host modules are loaded lazily, so the first render does not wait
 * for them (and the Office host never ships to a plain browser's first paint).
 *
 * Wiring: the modules below are found by path and export name. When one is missing from a build, the pane still
 * renders and says which one (`hostProblem`), instead of failing to load.
 *   ../shells/office/OfficeHost                 export class OfficeHost implements WorkbookHost (no arguments)
 *   ../shells/memory/MemoryHost                 export class MemoryHost implements WorkbookHost & BrowserWorkbook
 *   ../operations/bindOperations                export const bindOperations: BindOperations
 *   ../shells/xlsx/package/readSnapshotFromBytes export function readSnapshotFromBytes(bytes): Promise<WorkbookSnapshot>
 */
import { BindOperations } from "../operations/PlanOperations";
import { WorkbookHost } from "../operations/WorkbookHost";
import { WorkbookSnapshot } from "../core/workbook/WorkbookSnapshot";
import { BrowserWorkbook } from "./BrowserWorkbook";
import { PaneServices, RunsIn } from "./PaneServices";
import { watchOfficeChanges } from "./watchOfficeChanges";

export type HostLoad = { services: PaneServices } | { problem: string };

type Loaded = Record<string, unknown>;

/** One module by its path under src/, or null when this build does not have it. */
async function loadModule(path: string): Promise<Loaded | null> {
  try {
    // webpack bundles only the four files named above (webpackInclude); each becomes its own lazy chunk.
    return (await import(
      /* webpackInclude: /(shells[\\/]office[\\/]OfficeHost|shells[\\/]memory[\\/]MemoryHost|operations[\\/]bindOperations|shells[\\/]xlsx[\\/]package[\\/]readSnapshotFromBytes)\.ts$/ */
      /* webpackChunkName: "host-[request]" */
      `../${path}`
    )) as Loaded;
  } catch {
    return null;
  }
}

function exported<T>(module: Loaded | null, name: string): T | null {
  const value = module?.[name];
  return value === undefined ? null : (value as T);
}

/**
 * The pane's services for where it runs, or why there are none. `isMac` is Excel on Mac desktop, whose pane cannot
 * download files; `watchUserEdits` says the requirement set for telling the add-in's own edits apart is present.
 */
export async function loadPaneServices(
  runsIn: RunsIn,
  options: { isMac: boolean; watchUserEdits: boolean }
): Promise<HostLoad> {
  const inExcel = runsIn === "excel";
  const hostPath = inExcel ? "shells/office/OfficeHost" : "shells/memory/MemoryHost";
  const hostName = inExcel ? "OfficeHost" : "MemoryHost";
  const [hostModule, bindModule, bytesModule] = await Promise.all([
    loadModule(hostPath),
    loadModule("operations/bindOperations"),
    loadModule("shells/xlsx/package/readSnapshotFromBytes"),
  ]);
  const Host = exported<new () => WorkbookHost>(hostModule, hostName);
  const bindOperations = exported<BindOperations>(bindModule, "bindOperations");
  const readSnapshotFromBytes = exported<(bytes: Uint8Array) => Promise<WorkbookSnapshot>>(
    bytesModule,
    "readSnapshotFromBytes"
  );
  const missing = [
    Host ? null : `src/${hostPath}.ts (${hostName})`,
    bindOperations ? null : "src/operations/bindOperations.ts (bindOperations)",
    readSnapshotFromBytes
      ? null
      : "src/shells/xlsx/package/readSnapshotFromBytes.ts (readSnapshotFromBytes)",
  ].filter((entry): entry is string => entry !== null);
  if (!Host || !bindOperations || !readSnapshotFromBytes) return { problem: missing.join(", ") };

  const host = new Host();
  return {
    services: {
      operations: bindOperations(host),
      workbook: inExcel ? null : (host as WorkbookHost & BrowserWorkbook),
      readAreaWorkbook: (bytes) => readSnapshotFromBytes(bytes),
      watchChanges: inExcel && options.watchUserEdits ? watchOfficeChanges : null,
      downloadsBlocked: inExcel && options.isMac,
    },
  };
}
