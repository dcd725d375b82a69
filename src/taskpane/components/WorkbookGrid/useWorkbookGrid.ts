import * as React from "react";
import { parseCellAddress } from "../../../core/workbook/address";
import { LOCALE_OF } from "../../../core/messages/Language";
import { BrowserWorkbook, GridValue } from "../../BrowserWorkbook";
import { DownloadFile, downloadFile } from "../../downloadFile";
import { readFileBytes } from "../../readFile";
import { useTexts } from "../../texts/Texts";
import { downloadName } from "./downloadName";
import { formatGridValue } from "./formatGridValue";

/** Rows drawn at most: enough for an area tab; the full sheet is still in the workbook and the download. */
export const MAX_GRID_ROWS = 300;

export type WorkbookGridProps = {
  workbook: BrowserWorkbook;
  /** Bumped by the pane after an operation wrote to the workbook, so the grid reads it again. */
  revision: number;
  /** Told after the user changed the workbook here (an edit or an opened file). */
  onUserChange: () => void;
  /** Told after another workbook was opened in place of this one (the pane clears the old one's results). */
  onOpened?: () => void;
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
  /** Opens the file, or — when the workbook holds work not downloaded yet — asks first (`pendingOpen`). */
  open: (file: File | null) => void;
  /** The file waiting for the user's answer: open it and lose the unsaved work, or keep the workbook. */
  pendingOpen: string | null;
  confirmOpen: () => void;
  cancelOpen: () => void;
  opened: string | null;
  /** The file that could not be opened and why (an OperationError the pane puts in words). */
  openFailure: { file: string; error: unknown } | null;
  downloadWorkbook: () => void;
  /** The opened file held macros that a write left out: the download is a plain .xlsx (`downloadName`). */
  macrosDropped: boolean;
  /** The name the download gets. */
  downloadAs: string;
};

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
  const { workbook, revision, onUserChange, onOpened } = props;
  const { language } = useTexts();
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
  const [openFailure, setOpenFailure] = React.useState<{ file: string; error: unknown } | null>(
    null
  );

  const [pending, setPending] = React.useState<File | null>(null);
  const rewrites = React.useMemo(() => workbook.rewrites(), [workbook, revision, ownRevision]);
  const downloadAs = downloadName(opened, rewrites.rewritten);

  const valueAt = React.useCallback(
    (cell: string, grid: GridValue[][]): string => {
      const { row, column } = parseCellAddress(cell);
      return formatGridValue(grid[row - 1]?.[column - 1], language);
    },
    [language]
  );

  const openNow = (file: File): void => {
    setOpenFailure(null);
    void readFileBytes(file)
      .then((bytes) => workbook.importBytes(bytes, file.name))
      .then(
        () => {
          setOpened(file.name);
          setChosen(null);
          setSelected(null);
          setAddress("A1");
          setValue("");
          setOwnRevision((n) => n + 1);
          onUserChange();
          onOpened?.();
        },
        (error: unknown) => setOpenFailure({ file: file.name, error })
      );
  };

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
      const cell = address.trim().toUpperCase();
      void Promise.resolve(workbook.editCell(sheet, cell, value, LOCALE_OF[language])).then(() => {
        setOwnRevision((n) => n + 1);
        onUserChange();
      });
    },
    pickCell,
    open: (file) => {
      if (!file) return;
      if (workbook.hasUnsavedWork()) setPending(file);
      else openNow(file);
    },
    pendingOpen: pending?.name ?? null,
    confirmOpen: () => {
      if (pending) openNow(pending);
      setPending(null);
    },
    cancelOpen: () => setPending(null),
    opened,
    openFailure,
    macrosDropped: rewrites.macrosDropped,
    downloadAs,
    downloadWorkbook: () => {
      void Promise.resolve(workbook.exportBytes()).then((bytes) =>
        saveFile(
          downloadAs,
          bytes,
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
      );
    },
  };
}
