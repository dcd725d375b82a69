import * as React from "react";
import { ColumnMapEntry } from "../../../core/template/fromSheet/ColumnMap";
import { formatSheetImport } from "../../../core/template/fromSheet/formatSheetImport";
import { importSpreadsheet } from "../../../core/template/fromSheet/importSpreadsheet";
import { normalizeHeader } from "../../../core/template/fromSheet/normalizeHeader";
import { SheetImport } from "../../../core/template/fromSheet/SheetImport";
import { SheetField } from "../../../core/template/fromSheet/SheetField";
import { SpreadsheetData } from "../../../core/template/fromSheet/SpreadsheetData";
import { formatOperationError } from "../../../operations/formatOperationError";
import { isOperationError } from "../../../operations/OperationError";
import { readFileBytes } from "../../readFile";
import { useTexts } from "../../texts/Texts";
import { today } from "../../../operations/today";

/** Reads a picked .xlsx as plain data; the pane's default loads the package layer as its own chunk. */
export type ReadSpreadsheet = (bytes: Uint8Array, file: string) => Promise<SpreadsheetData>;

const readSpreadsheetChunk: ReadSpreadsheet = async (bytes, file) => {
  const { readSpreadsheet } = await import(
    /* webpackChunkName: "sheet-reader" */ "../../../shells/xlsx/readSpreadsheet"
  );
  return readSpreadsheet(bytes, file);
};

type PickedMatrix =
  | { file: string; data: SpreadsheetData; problem: null }
  | { file: string; data: null; problem: string };

export type XlsxSourceState = {
  picked: PickedMatrix | null;
  pick: (file: File | null) => void;
  /** The sheet read, or "" for every sheet. */
  sheet: string;
  setSheet: (sheet: string) => void;
  year: string;
  setYear: (year: string) => void;
  yearValid: boolean;
  /** Sets the field of every column headed `header` (null: not used). */
  setColumnField: (header: string, field: SheetField | null) => void;
  imported: SheetImport | null;
  previewLines: string[];
  /** Start the tabs from the matrix's rows (what they planned), as `generate --carry-rows`. */
  carry: boolean;
  setCarry: (carry: boolean) => void;
};

/**
 * Plan › "Una matriz existente (.xlsx)": last year's plan matrix read in the pane, imported as the CLI's
 * `--from-xlsx` does (the user's column choices are its `--map`), previewed before anything is generated.
 */
export function useXlsxSource(read: ReadSpreadsheet = readSpreadsheetChunk): XlsxSourceState {
  const { language } = useTexts();
  const [picked, setPicked] = React.useState<PickedMatrix | null>(null);
  const [sheet, setSheet] = React.useState("");
  const [year, setYear] = React.useState(today().slice(0, 4));
  const [map, setMap] = React.useState<ColumnMapEntry[]>([]);
  const [carry, setCarry] = React.useState(false);
  const yearValid = /^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2100;

  const imported = React.useMemo(
    () =>
      picked?.data && yearValid
        ? importSpreadsheet(picked.data, {
            year: Number(year),
            map,
            ...(sheet === "" ? {} : { sheet }),
          })
        : null,
    [picked, year, yearValid, map, sheet]
  );
  const previewLines = React.useMemo(
    () => (imported ? formatSheetImport(imported, language) : []),
    [imported, language]
  );

  const pick = (file: File | null): void => {
    setSheet("");
    setMap([]);
    if (!file) {
      setPicked(null);
      return;
    }
    void readFileBytes(file)
      .then((bytes) => read(bytes, file.name))
      .then(
        (data) => setPicked({ file: file.name, data, problem: null }),
        (error: unknown) =>
          setPicked({
            file: file.name,
            data: null,
            problem: isOperationError(error)
              ? formatOperationError(error, language)
              : error instanceof Error
                ? error.message
                : String(error),
          })
      );
  };

  const setColumnField = (header: string, field: SheetField | null): void => {
    const key = normalizeHeader(header);
    setMap((current) => [
      ...current.filter((entry) => normalizeHeader(entry.header) !== key),
      { header, field },
    ]);
  };

  return {
    picked,
    pick,
    sheet,
    setSheet,
    year,
    setYear,
    yearValid,
    setColumnField,
    imported,
    previewLines,
    carry,
    setCarry,
  };
}
