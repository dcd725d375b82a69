/**
 * The semáforo colours of a range, as conditional formats comparing the compliance number with the thresholds
 * named in `Configuración` (never Excel's "percent of range" icon sets). `complianceCell` is the first row's
 * compliance cell with an absolute column, e.g. `$AD8`; `labelCell` the first row's cell that says the band in
 * words (the `Semáforo` cell; by default the compliance cell itself, where a figure-less cell holds the word), so
 * `Sin diligenciar` gets its own colour, not the grey of `Sin programación`.
 */
import { NAME } from "../workbookNames";
import { BAND_COLORS } from "../workbookText";
import { ConditionalFormatPatch } from "../WorkbookPatch";
import { BAND_LABEL } from "../rowFormulas";

export function bandFormat(
  range: string,
  complianceCell: string,
  labelCell: string = complianceCell
): ConditionalFormatPatch {
  const c = complianceCell;
  const numeric = `ISNUMBER(${c})`;
  return {
    range,
    rules: [
      {
        kind: "expression",
        formula: `AND(${numeric},${c}>=${NAME.greenThreshold})`,
        style: { fill: BAND_COLORS.verde },
      },
      {
        kind: "expression",
        formula: `AND(${numeric},${c}>=${NAME.yellowThreshold},${c}<${NAME.greenThreshold})`,
        style: { fill: BAND_COLORS.amarillo },
      },
      {
        kind: "expression",
        formula: `AND(${numeric},${c}<${NAME.yellowThreshold})`,
        style: { fill: BAND_COLORS.rojo },
      },
      {
        kind: "expression",
        formula: `${labelCell}="${BAND_LABEL["sin-diligenciar"]}"`,
        style: { fill: BAND_COLORS["sin-diligenciar"] },
      },
      {
        kind: "expression",
        formula: `${labelCell}="${BAND_LABEL["con-errores"]}"`,
        style: { fill: BAND_COLORS["con-errores"] },
      },
      {
        kind: "expression",
        formula: `NOT(${numeric})`,
        style: { fill: BAND_COLORS["sin-programacion"] },
      },
    ],
  };
}
