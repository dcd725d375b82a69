import { Bands } from "../template/Template";

/**
 * `con-errores`: the figure rests on an error (SPEC §5.1) and is not shown as a band of the semáforo.
 * `sin-programacion`: nothing programmed to date; `sin-diligenciar`: nothing programmed in any period of the year
 * (the programming was never typed), for a row, an area all of whose rows are so, and a group all of whose areas
 * are so (SPEC §5). Both are left out of every average; only the second says the plan was never filled.
 */
export type Band =
  "verde" | "amarillo" | "rojo" | "sin-programacion" | "sin-diligenciar" | "con-errores";

/** Every band, in the order the views list them. */
export const BANDS: readonly Band[] = [
  "verde",
  "amarillo",
  "rojo",
  "sin-programacion",
  "sin-diligenciar",
  "con-errores",
];

/** Numbers compared with numbers: exactly 80 % is Verde, exactly 60 % Amarillo (SPEC §5). */
export function bandOf(compliance: number | null, bands: Bands): Band {
  if (compliance === null) return "sin-programacion";
  if (compliance >= bands.green) return "verde";
  if (compliance >= bands.yellow) return "amarillo";
  return "rojo";
}
