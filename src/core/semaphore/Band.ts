import { Bands } from "../template/Template";

/** `con-errores`: the figure rests on an error (SPEC §5.1) and is not shown as a band of the semáforo. */
export type Band = "verde" | "amarillo" | "rojo" | "sin-programacion" | "con-errores";

/** Numbers compared with numbers: exactly 80 % is Verde, exactly 60 % Amarillo (SPEC §5). */
export function bandOf(compliance: number | null, bands: Bands): Band {
  if (compliance === null) return "sin-programacion";
  if (compliance >= bands.green) return "verde";
  if (compliance >= bands.yellow) return "amarillo";
  return "rojo";
}
