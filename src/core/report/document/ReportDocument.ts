/**
 * The informe de gestión (SPEC §7) as one document, in one language, before any rendering: the `Informe` sheet, the
 * HTML page and the Word document are three renderings of this value, so they carry the same words and figures.
 * Text is plain (never markup, never a formula); every figure a table shows is given both as the number (for the
 * sheet, which keeps it a number with its format) and as the text the language writes it with (for HTML and Word).
 */
import { Band } from "../../semaphore/Band";
import { Language } from "../../messages/Language";

/** How a table cell's number is written: a compliance fraction, a count or amount, or pesos. */
export type CellNumberFormat = "percent" | "number" | "currency";

export type ReportTableCell = {
  /** The cell as the reader sees it, in the document's language ("87,5 %", "Verde", "$ 12.000.000"). */
  text: string;
  /** The figure behind `text`, when the cell is one. */
  value?: number;
  format?: CellNumberFormat;
  /** The semáforo band the cell is filled with. */
  band?: Band;
};

export type ReportTable = {
  headers: string[];
  rows: ReportTableCell[][];
  /** Relative widths of the columns (any unit; renderers scale them to the page). */
  widths: number[];
};

export type ReportBlock =
  /** Level 1: the document's parts (Resumen ejecutivo, one per macroprocess, Tendencia, Anexo); 2: an area or a part of the summary; 3: a part of an area. */
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  /** `note`: smaller, for legends and how a figure was chosen. */
  | { kind: "paragraph"; text: string; tone?: "normal" | "note" }
  | { kind: "bullets"; items: string[] }
  | { kind: "table"; table: ReportTable };

export type ReportDocument = {
  language: Language;
  /** "Informe de gestión — I semestre de 2021". */
  title: string;
  /** The entity's name: the cover's second line and every page's header. */
  organisation: string;
  /** The cover lines under the title, the cut-off date in words among them ("Con corte a 30 de junio de 2021"). */
  cover: string[];
  blocks: ReportBlock[];
};
