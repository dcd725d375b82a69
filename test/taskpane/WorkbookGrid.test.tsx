/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { WorkbookGrid } from "../../src/taskpane/components/WorkbookGrid/WorkbookGrid";
import { BrowserWorkbook, GridValue } from "../../src/taskpane/BrowserWorkbook";
import { OperationError } from "../../src/operations/OperationError";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TextsProvider } from "../../src/taskpane/texts/Texts";
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
  const locales: string[] = [];
  const imported: string[] = [];
  const listeners: ((sheet: string, cell: string) => void)[] = [];
  const workbook: BrowserWorkbook & {
    edits: typeof edits;
    locales: string[];
    imported: string[];
    unsaved: boolean;
    written: { rewritten: boolean; macrosDropped: boolean };
    select: (s: string, c: string) => void;
  } = {
    edits,
    locales,
    imported,
    unsaved: false,
    written: { rewritten: false, macrosDropped: false },
    hasUnsavedWork: () => workbook.unsaved,
    rewrites: () => workbook.written,
    sheets: () => Object.keys(sheets),
    grid: (sheet) => {
      if (!(sheet in sheets)) throw new Error(`no sheet ${sheet}`);
      return sheets[sheet];
    },
    editCell: (sheet, cell, value, locale) => {
      if (!(sheet in sheets)) throw new Error(`no sheet ${sheet}`);
      const match = /^([A-Z])([0-9]+)$/.exec(cell);
      if (!match) throw new Error(`bad address ${cell}`);
      const row = Number(match[2]) - 1;
      const column = match[1].charCodeAt(0) - 65;
      while (sheets[sheet].length <= row) sheets[sheet].push([]);
      sheets[sheet][row][column] = value;
      edits.push([sheet, cell, value]);
      locales.push(locale);
      workbook.unsaved = true;
    },
    importBytes: (_bytes, name) => {
      imported.push(name);
      workbook.unsaved = false;
    },
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

test("an .xlsm whose macros a write left out downloads as .xlsx, and the pane says why", async () => {
  const workbook = fakeWorkbook();
  const saved: string[] = [];
  renderPane(
    <WorkbookGrid
      workbook={workbook}
      revision={0}
      onUserChange={() => {}}
      download={(name) => saved.push(name)}
    />
  );
  fireEvent.change(screen.getByLabelText("Abrir un libro .xlsx"), {
    target: { files: [new File([new Uint8Array([80, 75, 3, 4])], "plan.xlsm")] },
  });
  await screen.findByText("Abierto: plan.xlsm");
  fireEvent.click(screen.getByRole("button", { name: "Descargar el libro (.xlsx)" }));
  await waitFor(() => expect(saved).toEqual(["plan.xlsm"]));
  expect(screen.queryByText(/tenía macros/)).toBeNull();

  // An edit through the grid; the workbook's write left the macros out.
  workbook.written = { rewritten: true, macrosDropped: true };
  fireEvent.change(screen.getByRole("textbox", { name: "Valor de A1" }), {
    target: { value: "x" },
  });
  fireEvent.click(screen.getByRole("button", { name: "Escribir en la celda" }));
  expect(
    await screen.findByText(
      "«plan.xlsm» tenía macros, y el libro que se descarga no las conserva: es un libro de Excel sin macros, «plan.xlsx». El archivo original no cambió; si necesita las macros, cópielas a este libro desde Excel y guárdelo como .xlsm."
    )
  ).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Descargar el libro (.xlsx)" }));
  await waitFor(() => expect(saved).toEqual(["plan.xlsm", "plan.xlsx"]));
});

test("what is typed is stored in the locale of the pane's language", async () => {
  const workbook = fakeWorkbook();
  renderPane(<WorkbookGrid workbook={workbook} revision={0} onUserChange={() => {}} />);
  fireEvent.change(screen.getByRole("textbox", { name: "Valor de A1" }), {
    target: { value: "2.500" },
  });
  fireEvent.click(screen.getByRole("button", { name: "Escribir en la celda" }));
  await waitFor(() => expect(workbook.locales).toEqual(["es-CO"]));
});

test("numbers, dates and computed values are written the locale's way", () => {
  const values: GridValue[][] = [
    [1500000, 0.15, { date: 44228 }, { computed: 0.15, percent: true }, true, -2500.75],
  ];
  const workbook = { ...fakeWorkbook(), sheets: () => ["Hoja"], grid: () => values };
  const cells = (): string[] =>
    Array.from(document.querySelectorAll("tbody td")).map((cell) => cell.textContent ?? "");
  const view = renderPane(
    <WorkbookGrid workbook={workbook} revision={0} onUserChange={() => {}} />
  );
  expect(cells()).toEqual(["1.500.000", "0,15", "01/02/2021", "15,0%", "VERDADERO", "-2.500,75"]);
  view.unmount();
  renderPane(<WorkbookGrid workbook={workbook} revision={0} onUserChange={() => {}} />, "en");
  expect(cells()).toEqual(["1,500,000", "0.15", "2/1/2021", "15.0%", "TRUE", "-2,500.75"]);
  expect(screen.getByTitle(/computed by plan-matrix/)).toBeTruthy();
});

test("opening another workbook over work not downloaded asks first, and clears the selected cell", async () => {
  const workbook = fakeWorkbook();
  let opened = 0;
  renderPane(
    <WorkbookGrid
      workbook={workbook}
      revision={0}
      onUserChange={() => {}}
      onOpened={() => opened++}
    />
  );
  act(() => workbook.select("3.1 Jurídica", "A2"));
  expect(screen.getByRole("status").textContent).toBe("Celda seleccionada: 3.1 Jurídica!A2");
  workbook.unsaved = true;
  const pick = (): void => {
    fireEvent.change(screen.getByLabelText("Abrir un libro .xlsx"), {
      target: { files: [new File([new Uint8Array([80, 75, 3, 4])], "otro.xlsx")] },
    });
  };
  pick();
  expect(
    screen.getByText(
      "El libro de este navegador tiene cambios que no ha descargado. Si abre «otro.xlsx», esos cambios se pierden. Descárguelo primero si los quiere conservar."
    )
  ).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Seguir con este libro" }));
  expect(screen.queryByText(/Si abre «otro.xlsx»/)).toBeNull();
  expect(workbook.imported).toEqual([]);

  pick();
  fireEvent.click(screen.getByRole("button", { name: "Descartar cambios y abrir «otro.xlsx»" }));
  await screen.findByText("Abierto: otro.xlsx");
  expect(workbook.imported).toEqual(["otro.xlsx"]);
  expect(opened).toBe(1);
  expect(screen.queryByText(/Celda seleccionada/)).toBeNull();
});

test("a file that is not a workbook is refused in a sentence, without its code", async () => {
  const workbook = {
    ...fakeWorkbook(),
    importBytes: () => {
      throw new OperationError("operation.fileTruncated", { path: "truncado.xlsx" });
    },
  };
  renderPane(<WorkbookGrid workbook={workbook} revision={0} onUserChange={() => {}} />);
  fireEvent.change(screen.getByLabelText("Abrir un libro .xlsx"), {
    target: { files: [new File([new Uint8Array([80, 75, 3, 4])], "truncado.xlsx")] },
  });
  expect(
    await screen.findByText(
      "No se pudo abrir «truncado.xlsx». «truncado.xlsx» está incompleto: el archivo se cortó al copiarlo o descargarlo. Cópielo o descárguelo de nuevo desde el original."
    )
  ).toBeTruthy();
});

test("a write that redraws the grid (a fix in Validar) does not scroll the page to the selected cell", () => {
  const workbook = fakeWorkbook();
  const scrolled = jest.fn();
  Element.prototype.scrollIntoView = scrolled;
  const view = renderPane(
    <WorkbookGrid workbook={workbook} revision={0} onUserChange={() => {}} />
  );
  act(() => workbook.select("3.1 Jurídica", "A2"));
  expect(scrolled).toHaveBeenCalledTimes(1); // "Ir a": the user asked to see the cell
  view.rerender(
    <FluentProvider theme={webLightTheme}>
      <TextsProvider language="es">
        <WorkbookGrid workbook={workbook} revision={1} onUserChange={() => {}} />
      </TextsProvider>
    </FluentProvider>
  );
  expect(scrolled).toHaveBeenCalledTimes(1);
});
