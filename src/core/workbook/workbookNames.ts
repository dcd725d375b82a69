/** Workbook-level names that formulas use (SPEC §3.1), and the hidden sources of dropdowns. */

export const NAME = {
  organisation: "Organizacion",
  year: "Vigencia",
  cutoff: "Corte",
  cutoffIndex: "CorteIndice",
  periods: "Periodos",
  greenThreshold: "UmbralVerde",
  yellowThreshold: "UmbralAmarillo",
  overExecutionThreshold: "UmbralSobreejecucion",
} as const;

const STANDARD_LIST_NAMES: Record<string, string> = {
  indicatorType: "Lista_TipoIndicador",
  unit: "Lista_Unidad",
  direction: "Lista_Sentido",
  reportStatus: "Lista_Estado",
};

/** The workbook name of a dropdown source list. */
export function listName(listKey: string): string {
  return STANDARD_LIST_NAMES[listKey] ?? `Lista_${listKey.replace(/[^A-Za-z0-9_]/g, "_")}`;
}
