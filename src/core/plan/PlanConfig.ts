import { Bands } from "../template/Template";

/** The cut-off and bands a quarter's review runs with: read from `Configuración`, overridable (`--cutoff`). */
export type PlanConfig = {
  year: number;
  periodLabels: string[];
  /** 0-based index of the cut-off period in `periodLabels`. */
  cutoffIndex: number;
  cutoffLabel: string;
  bands: Bands;
};
