/** Names and positions of the consolidated matrix (SPEC §6) and of the consolidation log. */
export const MATRIX = {
  table: "T_Matriz",
  headerRow: 4,
  macroprocess: "Macroproceso",
  area: "Área",
  notes: "Observaciones Planeación",
  verified: "Verificado",
  verifiedValues: ["Sí", "No"],
} as const;

export const LOG = {
  sheet: "Registro",
  retiredTable: "T_NotasRetiradas",
  retiredHeaders: ["ID", "Área", "Observaciones Planeación", "Verificado", "Retirada el"],
} as const;
