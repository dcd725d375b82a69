import * as React from "react";
import { parseCellAddress } from "../../../core/workbook/address";
import { BrowserWorkbook, GridValue } from "../../BrowserWorkbook";
import { DownloadFile, downloadFile } from "../../downloadFile";
import { readFileBytes } from "../../readFile";

/** Rows drawn at most: enough for an area tab; the full sheet is still in the workbook and the download. */
export const MAX_GRID_ROWS = 300;

export type WorkbookGridProps = {
  workbook: BrowserWorkbook;
  /** Bumped by the pane after an operation wrote to the workbook, so the grid reads it again. */
  revision: number;
  /** Told after the user changed the workbook here (an edit or an opened file). */
  onUserChange: () => void;
  download?: DownloadFile;
};

export type WorkbookGridState = {
  sheets: string[];
  sheet: string;
  setSheet: (sheet: string) => void;
  rows: GridValue[][];
  columns: number;
  truncated: boolean;
  address: string;
  setAddress: (address: string) => void;
  value: string;
  setValue: (value: string) => void;
  /** Set when an operation selected a cell (e.g. "go to cell" from Validar). */
  selected: { sheet: string; cell: string } | null;
  addressValid: boolean;
  save: () => void;
  pickCell: (cell: string) => void;
  open: (file: File | null) => void;
  opened: string | null;
  openFailure: { file: string; detail: string } | null;
  downloadWorkbook: () => void;
};

const shown = (value: GridValue | undefined): string =>
  value === null || value === undefined ? "" : String(value);

function validAddress(address: string): boolean {
  if (!/^[A-Za-z]{1,3}[1-9][0-9]{0,6}$/.test(address.trim())) return false;
  try {
    parseCellAddress(address.trim().toUpperCase());
    return true;
  } catch {
    return false;
  }
}

/** The in-browser workbook: pick a sheet, see it, type into a cell, open an .xlsx, download the workbook. */
export function useWorkbookGrid(props: WorkbookGridProps): WorkbookGridState {
  const { workbook, revision, onUserChange } = props;
  const saveFile = props.download ?? downloadFile;
  const [ownRevision, setOwnRevision] = React.useState(0);
  // `revision` and `ownRevision` say the workbook changed: read it again.
  const sheets = React.useMemo(() => workbook.sheets(), [workbook, revision, ownRevision]);
  const [chosen, setChosen] = React.useState<string | null>(null);
  const sheet = chosen !== null && sheets.includes(chosen) ? chosen : (sheets[0] ?? "");
  const rows = React.useMemo(
    () => (sheet === "" ? [] : workbook.grid(sheet)),
    [workbook, sheet, revision, ownRevision]
  );
  const [address, setAddress] = React.useState("A1");
  const [value, setValue] = React.useState("");
  const [selected, setSelected] = React.useState<{ sheet: string; cell: string } | null>(null);
  const [opened, setOpened] = React.useState<string | null>(null);
  const [openFailure, setOpenFailure] = React.useState<{ file: string; detail: string } | null>(
    null
  );

  const valueAt = React.useCallback((cell: string, grid: GridValue[][]): string => {
    const { row, column } = parseCellAddress(cell);
    return shown(grid[row - 1]?.[column - 1]);
  }, []);

  React.useEffect(
    () =>
      workbook.onSelection((selectedSheet, cell) => {
        setChosen(selectedSheet);
        setAddress(cell);
        setSelected({ sheet: selectedSheet, cell });
        setValue(valueAt(cell, workbook.grid(selectedSheet)));
      }),
    [workbook, valueAt]
  );

  const pickCell = (cell: string): void => {
    setAddress(cell);
    setValue(valueAt(cell, rows));
  };

  return {
    sheets,
    sheet,
    setSheet: setChosen,
    rows: rows.slice(0, MAX_GRID_ROWS),
    columns: rows.reduce((max, row) => Math.max(max, row.length), 0),
    truncated: rows.length > MAX_GRID_ROWS,
    address,
    setAddress: (next) => {
      setAddress(next);
      if (validAddress(next)) setValue(valueAt(next.trim().toUpperCase(), rows));
    },
    value,
    setValue,
    selected,
    addressValid: validAddress(address),
    save: () => {
      if (sheet === "" || !validAddress(address)) return;
      void Promise.resolve(workbook.editCell(sheet, address.trim().toUpperCase(), value)).then(
        () => {
          setOwnRevision((n) => n + 1);
          onUserChange();
        }
      );
    },
    pickCell,
    open: (file) => {
      if (!file) return;
      setOpenFailure(null);
      void readFileBytes(file)
        .then((bytes) => workbook.importBytes(bytes))
        .then(
          () => {
            setOpened(file.name);
            setChosen(null);
            setOwnRevision((n) => n + 1);
            onUserChange();
          },
          (error: unknown) =>
            setOpenFailure({
              file: file.name,
              detail: error instanceof Error ? error.message : String(error),
            })
        );
    },
    opened,
    openFailure,
    downloadWorkbook: () => {
      void Promise.resolve(workbook.exportBytes()).then((bytes) =>
        saveFile(
          opened ?? "plan-de-accion.xlsx",
          bytes,
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
      );
    },
  };
}
