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
  /** Ends a text cut to what an Excel cell holds (`fitCellText`); the area tab keeps the text as it is. */
  textCut:
    " … [texto recortado: una celda de Excel admite 32.767 caracteres; el texto completo sigue en la hoja del área]",
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
