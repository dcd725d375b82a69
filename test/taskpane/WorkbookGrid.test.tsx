/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { WorkbookGrid } from "../../src/taskpane/components/WorkbookGrid/WorkbookGrid";
import { BrowserWorkbook, GridValue } from "../../src/taskpane/BrowserWorkbook";
import { renderPane } from "./renderPane";

/** A fake in-browser workbook: two sheets; rejects what Excel would reject (an unknown sheet, a bad address). */
function fakeWorkbook() {
  const sheets: Record<string, GridValue[][]> = {
    Instrucciones: [["Cómo diligenciar el plan"]],
    "3.1 Jurídica": [
      ["ID", "Meta"],
      ["DJ-01", null],
    ],
  };
  const edits: [string, string, string][] = [];
  const listeners: ((sheet: string, cell: string) => void)[] = [];
  const workbook: BrowserWorkbook & {
    edits: typeof edits;
    select: (s: string, c: string) => void;
  } = {
    edits,
    sheets: () => Object.keys(sheets),
    grid: (sheet) => {
      if (!(sheet in sheets)) throw new Error(`no sheet ${sheet}`);
      return sheets[sheet];
    },
    editCell: (sheet, cell, value) => {
      if (!(sheet in sheets)) throw new Error(`no sheet ${sheet}`);
      const match = /^([A-Z])([0-9]+)$/.exec(cell);
      if (!match) throw new Error(`bad address ${cell}`);
      const row = Number(match[2]) - 1;
      const column = match[1].charCodeAt(0) - 65;
      while (sheets[sheet].length <= row) sheets[sheet].push([]);
      sheets[sheet][row][column] = value;
      edits.push([sheet, cell, value]);
    },
    importBytes: () => undefined,
    exportBytes: () => new Uint8Array([80, 75, 5, 6]),
    onSelection: (listener) => {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
    select: (sheet, cell) => listeners.forEach((listener) => listener(sheet, cell)),
  };
  return workbook;
}

test("shows a sheet and writes what the user typed, as typed, into the cell", async () => {
  const workbook = fakeWorkbook();
  let userChanges = 0;
  renderPane(<WorkbookGrid workbook={workbook} revision={0} onUserChange={() => userChanges++} />);
  fireEvent.change(screen.getByRole("combobox", { name: "Hoja" }), {
    target: { value: "3.1 Jurídica" },
  });
  const grid = screen.getByRole("region", { name: "3.1 Jurídica" });
  expect(grid.querySelectorAll("tbody tr")).toHaveLength(2);
  expect(screen.getByRole("cell", { name: "DJ-01" })).toBeTruthy();

  fireEvent.change(screen.getByRole("textbox", { name: "Celda (p. ej. B7)" }), {
    target: { value: "b2" },
  });
  fireEvent.change(screen.getByRole("textbox", { name: "Valor de b2" }), {
    target: { value: "0,8" },
  });
  fireEvent.click(screen.getByRole("button", { name: "Escribir en la celda" }));
  await waitFor(() => expect(workbook.edits).toEqual([["3.1 Jurídica", "B2", "0,8"]]));
  expect(await screen.findByRole("cell", { name: "0,8" })).toBeTruthy();
  expect(userChanges).toBe(1);
});

test("an address that is not a cell cannot be written", () => {
  const workbook = fakeWorkbook();
  renderPane(<WorkbookGrid workbook={workbook} revision={0} onUserChange={() => {}} />);
  fireEvent.change(screen.getByRole("textbox", { name: "Celda (p. ej. B7)" }), {
    target: { value: "B0" },
  });
  expect(
    (screen.getByRole("button", { name: "Escribir en la celda" }) as HTMLButtonElement).disabled
  ).toBe(true);
});

test("a selection made by an operation shows the sheet and the cell", () => {
  const workbook = fakeWorkbook();
  renderPane(<WorkbookGrid workbook={workbook} revision={0} onUserChange={() => {}} />);
  act(() => workbook.select("3.1 Jurídica", "A2"));
  expect(screen.getByRole("status").textContent).toBe("Celda seleccionada: 3.1 Jurídica!A2");
  expect((screen.getByRole("combobox", { name: "Hoja" }) as HTMLSelectElement).value).toBe(
    "3.1 Jurídica"
  );
  expect(
    (screen.getByRole("textbox", { name: "Celda (p. ej. B7)" }) as HTMLInputElement).value
  ).toBe("A2");
  expect((screen.getByRole("textbox", { name: "Valor de A2" }) as HTMLInputElement).value).toBe(
    "DJ-01"
  );
});

test("the workbook downloads as .xlsx bytes", async () => {
  const workbook = fakeWorkbook();
  const saved: [string, string | Uint8Array, string][] = [];
  renderPane(
    <WorkbookGrid
      workbook={workbook}
      revision={0}
      onUserChange={() => {}}
      download={(name, content, type) => saved.push([name, content, type])}
    />
  );
  fireEvent.click(screen.getByRole("button", { name: "Descargar el libro (.xlsx)" }));
  await waitFor(() => expect(saved).toHaveLength(1));
  expect(saved[0][0]).toBe("plan-de-accion.xlsx");
  expect(Array.from(saved[0][1] as Uint8Array)).toEqual([80, 75, 5, 6]);
  expect(saved[0][2]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
});
