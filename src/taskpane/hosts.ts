/**
 * Picks the workbook host the pane runs on (SPEC §9): inside Excel the Office.js host, elsewhere the in-browser
 * workbook; binds the operations to it. The host modules are loaded lazily (their own chunks, requested while the first
 * render runs), so the first render does not wait for them and the Office host never ships to a plain browser; the
 * package layer (zip and XML) loads only when a file is opened or picked. A chunk that cannot be loaded leaves the
 * pane rendered, saying so (`problem`).
 */
import { PaneServices, RunsIn } from "./PaneServices";

export type HostLoad = { services: PaneServices } | { problem: string };

/** The pane's services for where it runs, or why there are none. */
export async function loadPaneServices(
  runsIn: RunsIn,
  options: { isMac: boolean; watchUserEdits: boolean }
): Promise<HostLoad> {
  const inExcel = runsIn === "excel";
  try {
    // The package layer loads when the first area file is picked (Consolidar), not with the pane.
    const readAreaWorkbook = async (bytes: Uint8Array, file: string) => {
      const { readImportedWorkbook } = await import(
        /* webpackChunkName: "area-reader" */ "../shells/memory/readImportedWorkbook"
      );
      return (await readImportedWorkbook(bytes, file)).snapshot;
    };
    // Each host's chunks are fetched and compiled side by side, not one after the other.
    if (inExcel) {
      const [{ bindOperations }, host] = await Promise.all([loadOperations(), loadOfficeHost()]);
      return {
        services: {
          operations: bindOperations(host),
          workbook: null,
          readAreaWorkbook,
          watchChanges: options.watchUserEdits ? (listener) => host.watchUserEdits(listener) : null,
          downloadsBlocked: options.isMac,
        },
      };
    }
    const [{ bindOperations }, workbook] = await Promise.all([
      loadOperations(),
      loadPaneWorkbook(),
    ]);
    return {
      services: {
        operations: bindOperations(workbook),
        workbook,
        readAreaWorkbook,
        watchChanges: null,
        downloadsBlocked: false,
      },
    };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

function loadOperations() {
  return import(/* webpackChunkName: "operations" */ "../operations/bindOperations");
}

async function loadOfficeHost() {
  const { OfficeHost } = await import(
    /* webpackChunkName: "office-host" */ "../shells/office/OfficeHost"
  );
  return OfficeHost.forOffice();
}

async function loadPaneWorkbook() {
  const { PaneWorkbook } = await import(/* webpackChunkName: "memory-host" */ "./PaneWorkbook");
  return new PaneWorkbook();
}
