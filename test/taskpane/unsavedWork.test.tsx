/** @jest-environment jsdom */
/**
 * Outside Office the pane keeps the user's work (issue 15, finding 7): reloading or closing the page with work not
 * downloaded asks first, and opening another workbook clears the old one's results.
 */
import { fireEvent, screen } from "@testing-library/react";
import App from "../../src/taskpane/App";
import { BrowserWorkbook, GridValue } from "../../src/taskpane/BrowserWorkbook";
import { ALL_SUPPORTED } from "../../src/shells/office/requirementSets";
import { ValidationReport } from "../../src/core/validation/ValidationReport";
import { buildSnapshot } from "../support/buildSnapshot";
import { sampleTemplate } from "../support/sampleTemplate";
import { fakeOperations } from "./fakeOperations";
import { workbookStatus } from "../../src/operations/describeWorkbook";
import { renderPane } from "./renderPane";
import { sampleValidation } from "./sampleResults";

const PLAN = buildSnapshot(sampleTemplate(), {}, { cutoff: "T2" });

function browserWorkbook(): BrowserWorkbook & { unsaved: boolean } {
  const grid: GridValue[][] = [["ID"], ["DJ-01"]];
  const workbook = {
    unsaved: false,
    sheets: () => ["3.1 Jurídica"],
    grid: () => grid,
    editCell: () => {
      workbook.unsaved = true;
    },
    hasUnsavedWork: () => workbook.unsaved,
    importBytes: () => {
      workbook.unsaved = false;
    },
    rewrites: () => ({ rewritten: false, macrosDropped: false }),
    exportBytes: () => new Uint8Array([80, 75, 5, 6]),
    onSelection: () => () => undefined,
  };
  return workbook;
}

const CLEAN: ValidationReport = {
  ...sampleValidation(),
  issues: [],
  summary: { ...sampleValidation().summary, errors: 0, warnings: 0, fixable: 0 },
};

function renderBrowserPane(workbook: BrowserWorkbook, reports: ValidationReport[]) {
  const operations = fakeOperations({
    describeWorkbook: async () => workbookStatus(PLAN),
    validate: async () => reports.shift() ?? CLEAN,
  });
  renderPane(
    <App
      version="1.0.0"
      runsIn="browser"
      services={{
        operations,
        workbook,
        readAreaWorkbook: async () => PLAN,
        watchChanges: null,
        downloadsBlocked: false,
      }}
      requirements={ALL_SUPPORTED}
      initialFlow="validar"
      initialLanguage="es"
    />
  );
}

/** Dispatches the event a reload or a close fires; true when the page asked the browser to ask the user. */
function leaving(): boolean {
  const event = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

test("reloading or closing with work not downloaded asks first; with nothing to lose it does not", async () => {
  const workbook = browserWorkbook();
  renderBrowserPane(workbook, []);
  await screen.findByRole("heading", { name: "Validar", level: 2 });
  expect(leaving()).toBe(false);
  workbook.unsaved = true;
  expect(leaving()).toBe(true);
});

test("opening another workbook clears the old one's Validar results", async () => {
  const workbook = browserWorkbook();
  renderBrowserPane(workbook, [sampleValidation(), CLEAN]);
  fireEvent.click(await screen.findByRole("button", { name: /^3\.1 Jurídica: 3 errores/ }));
  await screen.findByText(/Ir a 3\.1 Jurídica!K8/);
  fireEvent.change(screen.getByLabelText("Abrir un libro .xlsx"), {
    target: { files: [new File([new Uint8Array([80, 75, 3, 4])], "otro.xlsx")] },
  });
  await screen.findByText("Abierto: otro.xlsx");
  // Gone at once, not when a later validation happens to replace it.
  expect(screen.queryByText(/Ir a 3\.1 Jurídica!K8/)).toBeNull();
  expect(await screen.findByText("Sin errores ni advertencias.")).toBeTruthy();
});
