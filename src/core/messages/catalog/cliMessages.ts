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
  | "cli.fileEmpty"
  | "cli.fileOldXls"
  | "cli.fileEncrypted"
  | "cli.fileOle2"
  | "cli.fileText"
  | "cli.fileHtml"
  | "cli.fileXlsb"
  | "cli.fileOds"
  | "cli.fileOtherDocument"
  | "cli.fileTruncated"
  | "cli.fileUnknown";

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
    "cli.importUnderstood": "Esto es lo que se entendió de «{path}»:",
    "cli.fileEmpty":
      "«{path}» está vacío (0 bytes): no es un libro de Excel. Cópielo de nuevo desde el original o pida que se lo reenvíen.",
    "cli.fileOldXls":
      "«{path}» es un libro de Excel antiguo (.xls, Excel 97-2003). Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).",
    "cli.fileEncrypted":
      "«{path}» está protegido con contraseña para abrir. Ábralo en Excel con la contraseña, quítela (Archivo › Información › Proteger libro › Cifrar con contraseña) y guárdelo como Libro de Excel (.xlsx).",
    "cli.fileOle2":
      "«{path}» es un archivo de Office antiguo (formato binario OLE2), no un libro .xlsx. Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).",
    "cli.fileText":
      "«{path}» es un archivo de texto (CSV o similar), no un libro de Excel. Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).",
    "cli.fileHtml":
      "«{path}» es una página HTML con nombre de archivo de Excel (así exportan algunos sistemas). Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).",
    "cli.fileXlsb":
      "«{path}» es un libro binario de Excel (.xlsb). Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).",
    "cli.fileOds":
      "«{path}» es una hoja de cálculo OpenDocument (.ods). Ábrala en Excel o LibreOffice y guárdela como Libro de Excel (.xlsx).",
    "cli.fileOtherDocument":
      "«{path}» es un documento {format}, no un libro de Excel. Use el libro del plan (.xlsx).",
    "cli.fileTruncated":
      "«{path}» está incompleto: el archivo se cortó al copiarlo o descargarlo. Cópielo o descárguelo de nuevo desde el original.",
    "cli.fileUnknown":
      "«{path}» no es un libro de Excel (.xlsx) ni un formato conocido. Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).",
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
    "cli.importUnderstood": "This is what was understood from “{path}”:",
    "cli.fileEmpty":
      "“{path}” is empty (0 bytes): it is not an Excel workbook. Copy it again from the original or ask for it to be sent again.",
    "cli.fileOldXls":
      "“{path}” is an old Excel workbook (.xls, Excel 97-2003). Open it in Excel and save it as Excel Workbook (.xlsx).",
    "cli.fileEncrypted":
      "“{path}” is protected with a password to open. Open it in Excel with the password, remove it (File › Info › Protect Workbook › Encrypt with Password) and save it as Excel Workbook (.xlsx).",
    "cli.fileOle2":
      "“{path}” is an old Office file (OLE2 binary format), not an .xlsx workbook. Open it in Excel and save it as Excel Workbook (.xlsx).",
    "cli.fileText":
      "“{path}” is a text file (CSV or similar), not an Excel workbook. Open it in Excel and save it as Excel Workbook (.xlsx).",
    "cli.fileHtml":
      "“{path}” is an HTML page with an Excel file name (some systems export this way). Open it in Excel and save it as Excel Workbook (.xlsx).",
    "cli.fileXlsb":
      "“{path}” is an Excel binary workbook (.xlsb). Open it in Excel and save it as Excel Workbook (.xlsx).",
    "cli.fileOds":
      "“{path}” is an OpenDocument spreadsheet (.ods). Open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx).",
    "cli.fileOtherDocument":
      "“{path}” is a {format} document, not an Excel workbook. Use the plan workbook (.xlsx).",
    "cli.fileTruncated":
      "“{path}” is incomplete: the file was cut short while it was copied or downloaded. Copy or download it again from the original.",
    "cli.fileUnknown":
      "“{path}” is neither an Excel workbook (.xlsx) nor a known format. Open it in Excel and save it as Excel Workbook (.xlsx).",
  }
);
