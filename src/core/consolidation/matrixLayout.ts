/** Names and positions of the consolidated matrix (SPEC §6) and of the consolidation log. */
import { WORKBOOK_TABLES } from "../workbook/sheetNames";

export const MATRIX = {
  table: WORKBOOK_TABLES[0],
  headerRow: 4,
  macroprocess: "Macroproceso",
  area: "Área",
  notes: "Observaciones Planeación",
  verified: "Verificado",
  verifiedValues: ["Sí", "No"],
} as const;

export const LOG = {
  sheet: "Registro",
  retiredTable: WORKBOOK_TABLES[1],
  retiredHeaders: ["ID", "Área", "Observaciones Planeación", "Verificado", "Retirada el"],
} as const;
