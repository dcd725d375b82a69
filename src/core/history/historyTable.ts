/** `T_Historial` (SPEC §6): its name, headers in order, and the word its institution rows carry in `Área`. */
import { SUMMARY_TEXT } from "../workbook/layout/summarySheet";
import { WORKBOOK_TABLES } from "../workbook/sheetNames";

export const HISTORY = {
  table: WORKBOOK_TABLES[3],
  headers: ["Corte", "Fecha", "Código", "Área", "% Cumplimiento", "Semáforo"],
  /**
   * The institution's row has no code (`Código` empty: codes are the areas' tables, never shown as the
   * institution's) and says "Institución" in `Área`, the word `Resumen` uses.
   */
  institution: SUMMARY_TEXT.institution,
} as const;
