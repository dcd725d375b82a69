/**
 * A test page: the real pane (App and every flow) over the recording fake operations and a fake in-browser
 * workbook, so the browser test can check each flow's layout and accessibility with results on screen.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "../../../src/taskpane/App";
import { ALL_SUPPORTED } from "../../../src/shells/office/requirementSets";
import { BrowserWorkbook, GridValue } from "../../../src/taskpane/BrowserWorkbook";
import { fakeOperations } from "../fakeOperations";
import { workbookStatus } from "../../../src/operations/describeWorkbook";
import { sampleConsolidation, sampleSemaphore, sampleValidation } from "../sampleResults";
import { buildSnapshot } from "../../support/buildSnapshot";
import { sampleTemplate } from "../../support/sampleTemplate";
import { ReportRequest, SemaphoreRequest } from "../../../src/operations/PlanOperations";
import { ManagementReport } from "../../../src/core/report/ManagementReport";

const snapshot = buildSnapshot(
  sampleTemplate(),
  { DJ: [{ Actividad: "Mapear procesos", Meta: 4 }] },
  { cutoff: "T2" }
);

const grid: GridValue[][] = [
  ["ID", "Objetivo", "Actividad", "Meta", "Programado T1", "Programado T2", "Responsable"],
  ["DJ-01", "Mapear el litigio estratégico de las ciudades capitales", "Mapear", "12", 3, 3, "Ana"],
  ["DJ-02", "Asesorar jurídicamente", "", null, null, null, ""],
];
const workbook: BrowserWorkbook = {
  sheets: () => ["Instrucciones", "3.1 Dirección Jurídica"],
  grid: () => grid,
  editCell: () => undefined,
  hasUnsavedWork: () => false,
  importBytes: () => undefined,
  rewrites: () => ({ rewritten: false, macrosDropped: false }),
  exportBytes: () => new Uint8Array(),
  onSelection: () => () => undefined,
};

const operations = fakeOperations({
  describeWorkbook: async () => workbookStatus(snapshot),
  validate: async () => sampleValidation(),
  fix: async () => ({ edits: [], before: sampleValidation(), after: sampleValidation() }),
  semaphore: async (request: SemaphoreRequest) => sampleSemaphore(request.cutoff ?? "T2"),
  consolidate: async () => sampleConsolidation(),
  report: async (request: ReportRequest) => ({
    report: {
      year: 2021,
      semester: request.semester,
      institution: { compliance: 0.5, band: "rojo", areas: 2, totalAreas: 3 },
      redRows: [{}],
      unreportedRows: [],
      overExecutedRows: [],
    } as unknown as ManagementReport,
    fromMatrix: false,
  }),
});

createRoot(document.getElementById("container")!).render(
  <FluentProvider theme={webLightTheme}>
    <App
      version="0.0.0-test"
      runsIn="browser"
      services={{
        operations,
        workbook,
        readAreaWorkbook: async () => snapshot,
        watchChanges: null,
        downloadsBlocked: false,
      }}
      requirements={ALL_SUPPORTED}
      initialFlow="inicio"
      initialLanguage="es"
    />
  </FluentProvider>
);
