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
  /** What imports replaced in the area tabs (SPEC §6), kept across imports and consolidations. */
  replacedTable: WORKBOOK_TABLES[2],
  replacedHeaders: [
    "Área",
    "Archivo",
    "ID",
    "Columna",
    "Valor anterior",
    "Valor nuevo",
    "Reemplazado el",
  ],
} as const;
