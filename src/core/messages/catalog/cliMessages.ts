import { defineCatalog } from "../defineCatalog";

export type CliMessageCode =
  | "cli.unknownCommand"
  | "cli.badOption"
  | "cli.missingOption"
  | "cli.badYear"
  | "cli.badLanguage"
  | "cli.conflictingOptions"
  | "cli.fileMissing"
  | "cli.fileUnreadable"
  | "cli.fileIsDirectory"
  | "cli.outExists"
  | "cli.outIsInput"
  | "cli.outDirMissing"
  | "cli.writeFailed"
  | "cli.notXlsx"
  | "cli.templateInvalid"
  | "cli.importFailed"
  | "cli.unexpected"
  | "cli.generated"
  | "cli.templateWritten"
  | "cli.notPlanWorkbook"
  | "cli.validateArea"
  | "cli.validateIssue"
  | "cli.validateTotals"
  | "cli.validateAreaHeading"
  | "cli.fixApplied"
  | "cli.fixSummary"
  | "cli.consolidated"
  | "cli.storedTemplateInvalid"
  | "cli.badCutoff"
  | "cli.semaphoreTitle"
  | "cli.semaphoreInstitution"
  | "cli.semaphoreMacroprocess"
  | "cli.semaphoreArea"
  | "cli.importUnderstood"
  | "cli.operationFailed"
  | "cli.figuresRestOnErrors"
  | "cli.semaphoreLeftOut"
  | "cli.blankCutoff";

export const cliMessages = defineCatalog<CliMessageCode>(
  {
    "cli.unknownCommand":
      "Comando desconocido «{command}». Use «plan-matrix --help» para ver los comandos.",
    "cli.badOption":
      "Opción no válida en «{command}»: {detail}. Use «plan-matrix {command} --help».",
    "cli.missingOption":
      "Falta la opción {option} en «{command}». Use «plan-matrix {command} --help».",
    "cli.badYear": "«--year {value}» no es un año válido; use un año entre 2000 y 2100.",
    "cli.badLanguage": "«--lang {value}» no es un idioma disponible; use «es» o «en».",
    "cli.conflictingOptions": "Use {first} o {second}, no ambas.",
    "cli.fileMissing": "No existe el archivo «{path}». Revise la ruta.",
    "cli.fileUnreadable": "No se puede leer «{path}» ({detail}).",
    "cli.fileIsDirectory": "«{path}» es una carpeta, no un archivo.",
    "cli.outExists": "«{path}» ya existe; no se sobrescribe. Use otro nombre o agregue --force.",
    "cli.outIsInput":
      "«{path}» es también el archivo de entrada; el comando nunca modifica su entrada. Use otro nombre en --out.",
    "cli.outDirMissing": "No existe la carpeta de «{path}». Créela o elija otra ruta.",
    "cli.writeFailed":
      "No se pudo escribir «{path}» ({detail}); no se dejó ningún archivo a medias.",
    "cli.notXlsx": "«{path}» no es un libro de Excel (.xlsx) legible ({detail}).",
    "cli.templateInvalid": "{path}: {message}{more}",
    "cli.importFailed": "{path}: {message}",
    "cli.unexpected": "Error inesperado: {detail}. Informe este mensaje al equipo de plan-matrix.",
    "cli.generated":
      "Libro generado: {path} — vigencia {year}, {areas} áreas, {objectives} objetivos.",
    "cli.templateWritten": "Plantilla escrita: {path} — {areas} áreas, {objectives} objetivos.",
    "cli.consolidated":
      "Matriz consolidada: {rows} filas de {areas} áreas al corte {cutoff} → {path}",
    "cli.validateArea":
      "  {code} {name} («{sheet}»): filas: {rows} (diligenciadas {filled}, sin diligenciar {unfilled}) — errores: {errors}, advertencias: {warnings}",
    "cli.validateAreaHeading": "{code} {name} («{sheet}»):",
    "cli.validateIssue": "  {marker} {cell} {column}: {message}",
    "cli.validateTotals":
      "Total — errores: {errors}, advertencias: {warnings}, áreas: {areas}; con corrección automática («plan-matrix fix»): {fixable}.",
    "cli.fixApplied": "  {sheet}!{cell}: {before} → {after}",
    "cli.fixSummary":
      "Correcciones aplicadas: {count} → {path}. Quedan errores: {errors}, advertencias: {warnings} (revíselos con «plan-matrix validate {path}»).",
    "cli.notPlanWorkbook":
      "«{path}» no es un libro de plan-matrix: no guarda su plantilla. Genere el plan con «plan-matrix generate».",
    "cli.storedTemplateInvalid":
      "«{path}» guarda una plantilla que esta versión no entiende ({detail}). Actualice plan-matrix a la versión que generó el libro.",
    "cli.badCutoff": "«{value}» no es un periodo de este plan; use uno de: {labels}.",
    "cli.semaphoreTitle": "Semáforo al corte {cutoff}",
    "cli.semaphoreInstitution": "Institución: {compliance} {band} ({areas} áreas con programación)",
    "cli.semaphoreMacroprocess": "  Macroproceso {name}: {compliance} {band}",
    "cli.semaphoreArea":
      "    {code} {name}: {compliance} {band} — {programmed} de {rows} filas con programación; rojo {rojo}, amarillo {amarillo}, verde {verde}",
    "cli.figuresRestOnErrors":
      "⚠ {count} cifras se apoyan en errores ({rows} filas excluidas, {areas} áreas sin cifra, {thresholds} umbrales no válidos): se marcan «Con errores» o indican cuántas filas excluyen. Para ver cada error: plan-matrix validate {path} --cutoff {cutoff}",
    "cli.semaphoreLeftOut": " [{count} filas con errores excluidas]",
    "cli.blankCutoff":
      "El corte de «Configuración» en «{path}» está vacío, así que ninguna cifra tiene periodo. Elíjalo allí o indique --cutoff (uno de: {labels}). Para ver los errores: plan-matrix validate {path}",
    "cli.importUnderstood": "Esto es lo que se entendió de «{path}»:",
    "cli.operationFailed": "{message}",
  },
  {
    "cli.unknownCommand":
      "Unknown command “{command}”. Run “plan-matrix --help” to list the commands.",
    "cli.badOption":
      "Invalid option for “{command}”: {detail}. Run “plan-matrix {command} --help”.",
    "cli.missingOption":
      "Option {option} is missing for “{command}”. Run “plan-matrix {command} --help”.",
    "cli.badYear": "“--year {value}” is not a valid year; use a year between 2000 and 2100.",
    "cli.badLanguage": "“--lang {value}” is not an available language; use “es” or “en”.",
    "cli.conflictingOptions": "Use {first} or {second}, not both.",
    "cli.fileMissing": "File “{path}” does not exist. Check the path.",
    "cli.fileUnreadable": "Cannot read “{path}” ({detail}).",
    "cli.fileIsDirectory": "“{path}” is a folder, not a file.",
    "cli.outExists":
      "“{path}” already exists and is not overwritten. Choose another name or add --force.",
    "cli.outIsInput":
      "“{path}” is also the input file; commands never modify their input. Choose another --out name.",
    "cli.outDirMissing": "The folder of “{path}” does not exist. Create it or choose another path.",
    "cli.writeFailed": "Could not write “{path}” ({detail}); no half-written file was left.",
    "cli.notXlsx": "“{path}” is not a readable Excel workbook (.xlsx) ({detail}).",
    "cli.templateInvalid": "{path}: {message}{more}",
    "cli.importFailed": "{path}: {message}",
    "cli.unexpected":
      "Unexpected error: {detail}. Please report this message to the plan-matrix team.",
    "cli.generated":
      "Workbook generated: {path} — year {year}, {areas} areas, {objectives} objectives.",
    "cli.templateWritten": "Template written: {path} — {areas} areas, {objectives} objectives.",
    "cli.consolidated":
      "Matrix consolidated: {rows} rows from {areas} areas at cut-off {cutoff} → {path}",
    "cli.validateArea":
      "  {code} {name} (“{sheet}”): rows: {rows} ({filled} filled, {unfilled} not filled in) — errors: {errors}, warnings: {warnings}",
    "cli.validateAreaHeading": "{code} {name} (“{sheet}”):",
    "cli.validateIssue": "  {marker} {cell} {column}: {message}",
    "cli.validateTotals":
      "Total — errors: {errors}, warnings: {warnings}, areas: {areas}; fixable with “plan-matrix fix”: {fixable}.",
    "cli.fixApplied": "  {sheet}!{cell}: {before} → {after}",
    "cli.fixSummary":
      "Fixes applied: {count} → {path}. Remaining errors: {errors}, warnings: {warnings} (review them with “plan-matrix validate {path}”).",
    "cli.notPlanWorkbook":
      "“{path}” is not a plan-matrix workbook: it stores no template. Generate the plan with “plan-matrix generate”.",
    "cli.storedTemplateInvalid":
      "“{path}” stores a template this version does not understand ({detail}). Update plan-matrix to the version that generated the workbook.",
    "cli.badCutoff": "“{value}” is not a period of this plan; use one of: {labels}.",
    "cli.semaphoreTitle": "Traffic light at cut-off {cutoff}",
    "cli.semaphoreInstitution": "Institution: {compliance} {band} ({areas} areas with programming)",
    "cli.semaphoreMacroprocess": "  Macroprocess {name}: {compliance} {band}",
    "cli.semaphoreArea":
      "    {code} {name}: {compliance} {band} — {programmed} of {rows} rows with programming; red {rojo}, yellow {amarillo}, green {verde}",
    "cli.figuresRestOnErrors":
      "⚠ {count} figures rest on errors ({rows} rows left out, {areas} areas without a figure, {thresholds} unusable thresholds): they are marked “With errors” or say how many rows they leave out. To see each error: plan-matrix validate {path} --cutoff {cutoff}",
    "cli.semaphoreLeftOut": " [{count} rows with errors left out]",
    "cli.blankCutoff":
      "The cut-off in “Configuración” of “{path}” is blank, so no figure has a period. Set it there or pass --cutoff (one of: {labels}). To see the errors: plan-matrix validate {path}",
    "cli.importUnderstood": "This is what was understood from “{path}”:",
    "cli.operationFailed": "{message}",
  }
);
