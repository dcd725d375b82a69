/** `Configuración`: year, cut-off, bands, template identity; each value exposed as a workbook name (SPEC §3.1). */
import { NUMBER_FORMATS } from "../numberFormats";
import { Template } from "../../template/Template";
import { absolute, sheetReference } from "../address";
import { SHEET } from "../sheetNames";
import { NAME } from "../workbookNames";
import { WORKBOOK_TEXT } from "../workbookText";
import {
  CellInput,
  DataValidationPatch,
  DefinedNamePatch,
  SheetPatch,
  emptySheet,
} from "../WorkbookPatch";

/** Rows of the values (column B) in `Configuración`. */
export const CONFIGURATION_ROW = {
  organisation: 3,
  year: 4,
  periodicity: 5,
  cutoff: 6,
  cutoffIndex: 7,
  greenThreshold: 8,
  yellowThreshold: 9,
  overExecutionThreshold: 10,
  templateId: 12,
  templateVersion: 13,
} as const;

const VALUE_COLUMN = 2;

export function configurationNames(): DefinedNamePatch[] {
  const at = (row: number): string =>
    sheetReference(SHEET.configuration, absolute(row, VALUE_COLUMN));
  return [
    { name: NAME.organisation, refersTo: at(CONFIGURATION_ROW.organisation) },
    { name: NAME.year, refersTo: at(CONFIGURATION_ROW.year) },
    { name: NAME.cutoff, refersTo: at(CONFIGURATION_ROW.cutoff) },
    { name: NAME.cutoffIndex, refersTo: at(CONFIGURATION_ROW.cutoffIndex) },
    { name: NAME.greenThreshold, refersTo: at(CONFIGURATION_ROW.greenThreshold) },
    { name: NAME.yellowThreshold, refersTo: at(CONFIGURATION_ROW.yellowThreshold) },
    { name: NAME.overExecutionThreshold, refersTo: at(CONFIGURATION_ROW.overExecutionThreshold) },
  ];
}

/** `CorteIndice`: the cut-off's position among the periods, which every live formula of the sheets reads. */
export const CUTOFF_INDEX_FORMULA = `MATCH(${NAME.cutoff},${NAME.periods},0)`;

export function layoutConfigurationSheet(
  template: Template,
  cutoff: string = template.periods.labels[0]
): SheetPatch {
  const text = WORKBOOK_TEXT;
  const sheet = emptySheet(SHEET.configuration);
  const rows: CellInput[][] = [
    [text.organisation, template.organisation, null],
    [text.year, template.year, null],
    [
      text.periodicity,
      `${text.periodicityNames[template.periods.kind]} (${template.periods.kind})`,
      null,
    ],
    [text.cutoff, cutoff, text.configurationHelp.cutoff],
    [text.cutoffIndex, { formula: CUTOFF_INDEX_FORMULA }, text.configurationHelp.cutoffIndex],
    [text.greenThreshold, template.bands.green, text.configurationHelp.greenThreshold],
    [text.yellowThreshold, template.bands.yellow, text.configurationHelp.yellowThreshold],
    [
      text.overExecutionThreshold,
      template.bands.overExecution,
      text.configurationHelp.overExecutionThreshold,
    ],
    [null, null, null],
    [text.templateId, template.templateId, null],
    [text.templateVersion, template.templateVersion, null],
  ];
  sheet.columnWidths = [28, 34, 70];
  sheet.blocks.push(
    { row: 1, column: 1, values: [[text.configurationTitle]] },
    { row: CONFIGURATION_ROW.organisation, column: 1, values: rows }
  );
  const r = CONFIGURATION_ROW;
  sheet.styles.push(
    { range: "A1", style: { bold: true, fontSize: 14 } },
    { range: `A${r.organisation}:A${r.templateVersion}`, style: { bold: true } },
    { range: `B${r.cutoff}`, style: { locked: false, fill: "FFF2CC" } },
    {
      range: `B${r.greenThreshold}:B${r.overExecutionThreshold}`,
      style: { locked: false, numberFormat: NUMBER_FORMATS.percent, fill: "FFF2CC" },
    },
    { range: `C${r.organisation}:C${r.templateVersion}`, style: { italic: true, wrap: true } }
  );
  sheet.validations.push({
    range: `B${r.cutoff}`,
    rule: { kind: "list", source: NAME.periods },
    error: { title: text.validation.listTitle, message: text.validation.listMessage(text.cutoff) },
  });
  // SPEC §5.1: Excel refuses a threshold typed as text ("90%"), as a whole number (80) or out of its range; the
  // order between amarillo and verde is checked by validation (a static rule cannot compare two cells everywhere).
  const threshold = (row: number, rule: DataValidationPatch["rule"]): DataValidationPatch => ({
    range: `B${row}`,
    rule,
    error: { title: text.validation.thresholdTitle, message: text.validation.thresholdMessage },
  });
  sheet.validations.push(
    threshold(r.greenThreshold, { kind: "decimal", operator: "between", min: 0.0001, max: 1 }),
    threshold(r.yellowThreshold, {
      kind: "decimal",
      operator: "between",
      min: 0.0001,
      max: 0.9999,
    }),
    threshold(r.overExecutionThreshold, { kind: "decimal", operator: "greaterThan", min: 1 })
  );
  sheet.pageSetup = { orientation: "landscape", fitToWidth: true };
  sheet.protection = { allow: ["selectLockedCells", "selectUnlockedCells", "formatColumns"] };
  return sheet;
}
