import { defineCatalog } from "../defineCatalog";

/** Blocking problems of an import from a spreadsheet (SPEC §2, last year's matrix): no template is made. */
export type SheetImportProblemCode =
  | "sheetImport.sheetNotFound"
  | "sheetImport.badMap"
  | "sheetImport.unknownField"
  | "sheetImport.mapHeaderNotFound"
  | "sheetImport.noHeaderRow"
  | "sheetImport.noObjectives";

/** The fields a column can be read as, named for the user (the pane's select, the preview). */
export type SheetFieldLabelCode =
  | "sheetField.macroprocess"
  | "sheetField.area"
  | "sheetField.objective"
  | "sheetField.id"
  | "sheetField.activity"
  | "sheetField.deliverable"
  | "sheetField.indicator"
  | "sheetField.indicatorFormula"
  | "sheetField.unit"
  | "sheetField.baseline"
  | "sheetField.goal"
  | "sheetField.weight"
  | "sheetField.responsible"
  | "sheetField.startDate"
  | "sheetField.endDate"
  | "sheetField.budget"
  | "sheetField.evidence"
  | "sheetField.observations"
  | "sheetField.T1"
  | "sheetField.T2"
  | "sheetField.T3"
  | "sheetField.T4"
  | "sheetField.S1"
  | "sheetField.S2"
  | "sheetField.none";

export type SheetImportReportCode =
  | "sheetTree.sheet"
  | "sheetTree.skipped"
  | "sheetTree.column"
  | "sheetTree.columnMapped"
  | "sheetTree.columnIgnored"
  | "sheetTree.macroprocess"
  | "sheetTree.area"
  | "sheetTree.unplacedRowsHeader"
  | "sheetTree.unplacedRowsNone"
  | "sheetTree.unplacedRow"
  | "sheetTree.unplacedColumnsHeader"
  | "sheetTree.unplacedColumnsNone"
  | "sheetTree.unplacedColumn"
  | "sheetTree.unplacedColumnNoHeader"
  | "sheetTree.reason.no-objective"
  | "sheetTree.reason.no-area"
  | "sheetTree.reason.unknown-header"
  | "sheetTree.reason.no-header"
  | "sheetTree.reason.repeated-field"
  | "sheetTree.reason.ignored";

export type SheetImportMessageCode =
  SheetImportProblemCode | SheetFieldLabelCode | SheetImportReportCode;

export const sheetImportMessages = defineCatalog<SheetImportMessageCode>(
  {
    "sheetImport.sheetNotFound":
      "El libro no tiene una hoja «{sheet}». Sus hojas son: {sheets}. Indique una de ellas.",
    "sheetImport.badMap":
      "«{entry}» no es una asignación de columna. Escríbala como «Encabezado=campo», por ejemplo «Proceso=área».",
    "sheetImport.unknownField":
      "En «{entry}», «{field}» no es un campo del plan. Use uno de: {fields}, o «ignorar».",
    "sheetImport.mapHeaderNotFound":
      "Ninguna columna se titula «{header}». Los encabezados encontrados son: {headers}.",
    "sheetImport.noHeaderRow":
      "No se encontró la fila de encabezados en las primeras {rows} filas de: {sheets}. La fila de encabezados debe nombrar al menos el objetivo y otra columna (por ejemplo «Proceso» y «Objetivo»); si sus encabezados son otros, asígnelos (Encabezado=campo).",
    "sheetImport.noObjectives":
      "Se encontró la fila de encabezados, pero ninguna fila debajo tiene un objetivo con su área. Revise que la columna de objetivos y la de áreas (o una hoja por área) sean las correctas.",
    "sheetField.macroprocess": "Macroproceso",
    "sheetField.area": "Área",
    "sheetField.objective": "Objetivo",
    "sheetField.id": "ID",
    "sheetField.activity": "Actividad",
    "sheetField.deliverable": "Entregable",
    "sheetField.indicator": "Indicador",
    "sheetField.indicatorFormula": "Fórmula del indicador",
    "sheetField.unit": "Unidad de medida",
    "sheetField.baseline": "Línea base",
    "sheetField.goal": "Meta",
    "sheetField.weight": "Ponderación",
    "sheetField.responsible": "Responsable",
    "sheetField.startDate": "Fecha inicio",
    "sheetField.endDate": "Fecha fin",
    "sheetField.budget": "Presupuesto",
    "sheetField.evidence": "Evidencias",
    "sheetField.observations": "Observaciones",
    "sheetField.T1": "Programado T1",
    "sheetField.T2": "Programado T2",
    "sheetField.T3": "Programado T3",
    "sheetField.T4": "Programado T4",
    "sheetField.S1": "Programado S1",
    "sheetField.S2": "Programado S2",
    "sheetField.none": "(sin ubicar)",
    "sheetTree.sheet": "Hoja «{sheet}»: encabezados en la fila {row}",
    "sheetTree.skipped": "Hojas sin fila de encabezados (no leídas): {sheets}",
    "sheetTree.column": "{letter} «{header}» → {field}",
    "sheetTree.columnMapped": "{letter} «{header}» → {field} (asignada)",
    "sheetTree.columnIgnored": "{letter} «{header}» → ignorada (asignada)",
    "sheetTree.macroprocess": "Macroproceso {name} [{code}] ({sheet}, fila {row})",
    "sheetTree.area":
      "{section} {name} [{code}]: {count, plural, one {1 objetivo} other {# objetivos}} ({sheet}, fila {row})",
    "sheetTree.unplacedRowsHeader": "Filas no ubicadas ({count}):",
    "sheetTree.unplacedRowsNone": "Todas las filas con texto quedaron ubicadas.",
    "sheetTree.unplacedRow": "{sheet}, fila {row} ({reason}): {text}",
    "sheetTree.unplacedColumnsHeader": "Columnas no ubicadas ({count}):",
    "sheetTree.unplacedColumnsNone": "Todas las columnas quedaron ubicadas.",
    "sheetTree.unplacedColumn": "{sheet}, columna {letter} «{header}» ({reason})",
    "sheetTree.unplacedColumnNoHeader": "{sheet}, columna {letter} ({reason})",
    "sheetTree.reason.no-objective": "sin objetivo",
    "sheetTree.reason.no-area": "sin área",
    "sheetTree.reason.unknown-header": "encabezado no reconocido",
    "sheetTree.reason.no-header": "sin encabezado",
    "sheetTree.reason.repeated-field": "otra columna ya tiene ese campo",
    "sheetTree.reason.ignored": "ignorada por la asignación",
  },
  {
    "sheetImport.sheetNotFound":
      "The workbook has no sheet “{sheet}”. Its sheets are: {sheets}. Give one of them.",
    "sheetImport.badMap":
      "“{entry}” is not a column mapping. Write it as “Header=field”, for example “Proceso=area”.",
    "sheetImport.unknownField":
      "In “{entry}”, “{field}” is not a field of the plan. Use one of: {fields}, or “ignore”.",
    "sheetImport.mapHeaderNotFound":
      "No column is headed “{header}”. The headers found are: {headers}.",
    "sheetImport.noHeaderRow":
      "No header row was found in the first {rows} rows of: {sheets}. The header row must name at least the objective and one other column (for example “Proceso” and “Objetivo”); if your headers are different, map them (Header=field).",
    "sheetImport.noObjectives":
      "The header row was found, but no row below it has an objective with its area. Check that the objectives column and the areas column (or one sheet per area) are the right ones.",
    "sheetField.macroprocess": "Macroprocess",
    "sheetField.area": "Area",
    "sheetField.objective": "Objective",
    "sheetField.id": "ID",
    "sheetField.activity": "Activity",
    "sheetField.deliverable": "Deliverable",
    "sheetField.indicator": "Indicator",
    "sheetField.indicatorFormula": "Indicator formula",
    "sheetField.unit": "Unit of measure",
    "sheetField.baseline": "Baseline",
    "sheetField.goal": "Goal",
    "sheetField.weight": "Weight",
    "sheetField.responsible": "Responsible",
    "sheetField.startDate": "Start date",
    "sheetField.endDate": "End date",
    "sheetField.budget": "Budget",
    "sheetField.evidence": "Evidence",
    "sheetField.observations": "Observations",
    "sheetField.T1": "Programmed T1",
    "sheetField.T2": "Programmed T2",
    "sheetField.T3": "Programmed T3",
    "sheetField.T4": "Programmed T4",
    "sheetField.S1": "Programmed S1",
    "sheetField.S2": "Programmed S2",
    "sheetField.none": "(not placed)",
    "sheetTree.sheet": "Sheet “{sheet}”: headers on row {row}",
    "sheetTree.skipped": "Sheets without a header row (not read): {sheets}",
    "sheetTree.column": "{letter} “{header}” → {field}",
    "sheetTree.columnMapped": "{letter} “{header}” → {field} (mapped)",
    "sheetTree.columnIgnored": "{letter} “{header}” → ignored (mapped)",
    "sheetTree.macroprocess": "Macroprocess {name} [{code}] ({sheet}, row {row})",
    "sheetTree.area":
      "{section} {name} [{code}]: {count, plural, one {1 objective} other {# objectives}} ({sheet}, row {row})",
    "sheetTree.unplacedRowsHeader": "Rows not placed ({count}):",
    "sheetTree.unplacedRowsNone": "Every row with text was placed.",
    "sheetTree.unplacedRow": "{sheet}, row {row} ({reason}): {text}",
    "sheetTree.unplacedColumnsHeader": "Columns not placed ({count}):",
    "sheetTree.unplacedColumnsNone": "Every column was placed.",
    "sheetTree.unplacedColumn": "{sheet}, column {letter} “{header}” ({reason})",
    "sheetTree.unplacedColumnNoHeader": "{sheet}, column {letter} ({reason})",
    "sheetTree.reason.no-objective": "no objective",
    "sheetTree.reason.no-area": "no area",
    "sheetTree.reason.unknown-header": "header not recognised",
    "sheetTree.reason.no-header": "no header",
    "sheetTree.reason.repeated-field": "another column already has that field",
    "sheetTree.reason.ignored": "ignored by the mapping",
  }
);
