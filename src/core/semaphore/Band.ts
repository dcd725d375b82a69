import { Bands } from "../template/Template";

export type Band = "verde" | "amarillo" | "rojo" | "sin-programacion";

/** Numbers compared with numbers: exactly 80 % is Verde, exactly 60 % Amarillo (SPEC §5). */
export function bandOf(compliance: number | null, bands: Bands): Band {
  if (compliance === null) return "sin-programacion";
  if (compliance >= bands.green) return "verde";
  if (compliance >= bands.yellow) return "amarillo";
  return "rojo";
}
