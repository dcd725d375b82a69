import { defineCatalog } from "../../core/messages/defineCatalog";

export type CliMessageCode =
  | "cli.unknownCommand"
  | "cli.badOption"
  | "cli.missingOption"
  | "cli.badYear"
  | "cli.optionNeedsXlsx"
  | "cli.rowsCarried"
  | "cli.badLanguage"
  | "cli.conflictingOptions"
  | "cli.fileMissing"
  | "cli.fileUnreadable"
  | "cli.fileNotRegular"
  | "cli.fileTooLarge"
  | "cli.outputFailed"
  | "cli.outExtension"
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
  | "cli.badToday"
  | "cli.semaphoreTitle"
  | "cli.semaphoreInstitution"
  | "cli.semaphoreMacroprocess"
  | "cli.semaphoreArea"
  | "cli.importUnderstood"
  | "cli.operationFailed"
  | "cli.figuresRestOnErrors"
  | "cli.figuresRestOnCutoffIndex"
  | "cli.figuresRestOnCutoffIndexError"
  | "cli.fixedFileName"
  | "cli.semaphoreLeftOut"
  | "cli.blankCutoff"
  | "cli.uncalculatedCutoff"
  | "cli.configurationMissing"
  | "cli.unknownCommandSuggest"
  | "cli.unknownOption"
  | "cli.unknownOptionSuggest"
  | "cli.optionNeedsValue"
  | "cli.optionTakesNoValue"
  | "cli.unexpectedArgument"
  | "cli.repeatOption"
  | "cli.missingWorkbook"
  | "cli.missingAreaFiles"
  | "cli.whereCell"
  | "cli.whereCellWithId"
  | "cli.whereSheet"
  | "cli.whereWorkbook"
  | "cli.rowWithId"
  | "cli.importFileUsedArea"
  | "cli.importFileUsed"
  | "cli.importFileNothingUsed"
  | "cli.importFileIgnored"
  | "cli.importFileSummary"
  | "cli.imported"
  | "cli.importNothing"
  | "cli.importNoneUsable"
  | "cli.macrosDropped"
  | "cli.importRefused"
  | "cli.importReplaceHint"
  | "cli.moreProblems"
  | "cli.fixTextValue";

export const cliMessages = defineCatalog<CliMessageCode>(
  {
    "cli.unknownCommand":
      "Comando desconocido «{command}». Use «plan-matrix --help» para ver los comandos.",
    "cli.badOption":
      "Opción no válida en «{command}»: {detail}. Use «plan-matrix {command} --help».",
    "cli.missingOption":
      "Falta la opción {option} en «{command}». Use «plan-matrix {command} --help».",
    "cli.badYear": "«--year {value}» no es un año válido; use un año entre 2000 y 2100.",
    "cli.optionNeedsXlsx":
      "{option} sirve solo con --from-xlsx ARCHIVO.xlsx (la matriz del año anterior de la que se toma la plantilla).",
    "cli.rowsCarried":
      "{count, plural, one {1 fila traída} other {# filas traídas}} de la matriz (actividades, indicadores, metas, responsables, programación).",
    "cli.badLanguage": "«--lang {value}» no es un idioma disponible; use «es» o «en».",
    "cli.conflictingOptions": "Use {first} o {second}, no ambas.",
    "cli.fileMissing": "No existe el archivo «{path}». Revise la ruta.",
    "cli.fileUnreadable": "No se puede leer «{path}» ({detail}).",
    "cli.fileNotRegular":
      "«{path}» no es un archivo común (es un dispositivo, una tubería o un socket); indique un archivo.",
    "cli.fileTooLarge": "«{path}» supera el tamaño admitido ({limit}); no se leyó.",
    "cli.outputFailed":
      "No se pudo escribir la salida del comando ({detail}); lo impreso está incompleto.",
    "cli.outExtension":
      "«{path}» no termina en .xlsx, pero lo que se escribe es un libro de Excel (.xlsx). Use un nombre terminado en .xlsx.",
    "cli.fileIsDirectory": "«{path}» es una carpeta, no un archivo.",
    "cli.outExists": "«{path}» ya existe; no se sobrescribe. Use otro nombre o agregue --force.",
    "cli.outIsInput":
      "«{path}» es también el archivo de entrada; el comando nunca modifica su entrada. Use otro nombre en --out.",
    "cli.outDirMissing": "No existe la carpeta de «{path}». Créela o elija otra ruta.",
    "cli.writeFailed":
      "No se pudo escribir «{path}» (el sistema dice {detail}): revise que tenga permiso para escribir en esa carpeta y espacio en el disco, o elija otra ruta con --salida. No se dejó ningún archivo a medias.",
    "cli.notXlsx":
      "«{path}» no es un libro de Excel (.xlsx) legible: {reason}. Ábralo en Excel y guárdelo como «Libro de Excel (.xlsx)».",
    "cli.templateInvalid": "{path}: {message}{more}",
    "cli.importFailed": "{path}: {message}",
    "cli.unexpected": "Error inesperado: {detail}. Informe este mensaje al equipo de plan-matrix.",
    "cli.generated":
      "Libro generado: {path} — vigencia {year}, {areas, plural, one {1 área} other {# áreas}}, {objectives, plural, one {1 objetivo} other {# objetivos}}.",
    "cli.templateWritten":
      "Plantilla escrita: {path} — {areas, plural, one {1 área} other {# áreas}}, {objectives, plural, one {1 objetivo} other {# objetivos}}.",
    "cli.consolidated":
      "Matriz consolidada: {rows, plural, one {1 fila} other {# filas}} de {areas, plural, one {1 área} other {# áreas}} al corte {cutoff} → {path}",
    "cli.validateArea":
      "  {code} {name} («{sheet}»): {rows, plural, one {1 fila} other {# filas}} (diligenciadas: {filled}; sin diligenciar: {unfilled}) — errores: {errors}, advertencias: {warnings}",
    "cli.validateAreaHeading": "{code} {name} («{sheet}»):",
    "cli.validateIssue": "  {marker} {where}: {message}",
    "cli.validateTotals":
      "Total — errores: {errors}, advertencias: {warnings}, áreas: {areas}; con corrección automática («plan-matrix fix»): {fixable}.",
    "cli.fixApplied": "  {reference}: {before} → {after}",
    "cli.fixSummary":
      "Correcciones aplicadas: {count} → {path}. Quedan errores: {errors}, advertencias: {warnings} (revíselos con «plan-matrix validate {quotedPath}»).",
    "cli.notPlanWorkbook":
      "«{path}» es un libro de Excel, pero no es un Plan de Acción de esta herramienta (le falta la hoja oculta «Plantilla» con la que se creó el plan). Abra el plan del año (el libro con las pestañas de las áreas, «Configuración» y «Resumen»), o cree uno nuevo con «plan-matrix generate --out plan.xlsx».",
    "cli.storedTemplateInvalid":
      "«{path}» guarda una plantilla que esta versión no entiende. Actualice plan-matrix a la versión que generó el libro.",
    "cli.badCutoff": "«{value}» no es un periodo de este plan; use uno de: {labels}.",
    "cli.badToday":
      "PLAN_MATRIX_TODAY vale «{value}», que no es una fecha aaaa-mm-dd. Corríjala (p. ej. 2021-06-30) o quite la variable para usar la fecha de hoy.",
    "cli.semaphoreTitle": "Semáforo al corte {cutoff}",
    "cli.semaphoreInstitution": "Institución: {compliance} {band} ({average})",
    "cli.semaphoreMacroprocess": "  Macroproceso {name}: {compliance} {band} ({average})",
    "cli.semaphoreArea":
      "    {code} {name}: {compliance} {band} — {programmedRows} de {rows, plural, one {1 fila} other {# filas}} con programación; rojo {rojo}, amarillo {amarillo}, verde {verde}",
    "cli.figuresRestOnErrors":
      "⚠ {count, plural, one {1 cifra se apoya} other {# cifras se apoyan}} en errores ({rows, plural, one {1 fila excluida} other {# filas excluidas}}, {areas, plural, one {1 área sin cifra} other {# áreas sin cifra}}, {thresholds, plural, one {1 umbral no válido} other {# umbrales no válidos}}): se marcan «Con errores» o indican cuántas filas excluyen. Para ver cada error: plan-matrix validate {path} --cutoff {cutoff}",
    "cli.figuresRestOnCutoffIndex":
      "⚠ {count, plural, one {1 cifra se apoya} other {# cifras se apoyan}} en errores ({rows, plural, one {1 fila excluida} other {# filas excluidas}}, {areas, plural, one {1 área sin cifra} other {# áreas sin cifra}}, {thresholds, plural, one {1 umbral no válido} other {# umbrales no válidos}}, la celda CorteIndice sin su fórmula): se marcan «Con errores» o indican cuántas filas excluyen. La celda CorteIndice ({cell}) ya no tiene su fórmula, así que las fórmulas del libro calculan a otro periodo que el de «Corte»; «plan-matrix fix» la escribe de nuevo: plan-matrix fix {path} --out {fixed}. Para ver cada error: plan-matrix validate {path} --cutoff {cutoff}",
    "cli.figuresRestOnCutoffIndexError":
      "⚠ {count, plural, one {1 cifra se apoya} other {# cifras se apoyan}} en errores ({rows, plural, one {1 fila excluida} other {# filas excluidas}}, {areas, plural, one {1 área sin cifra} other {# áreas sin cifra}}, {thresholds, plural, one {1 umbral no válido} other {# umbrales no válidos}}, la celda CorteIndice con un valor de error): se marcan «Con errores» o indican cuántas filas excluyen. La celda CorteIndice ({cell}) conserva su fórmula pero da un valor de error, así que las fórmulas del libro muestran errores; suele pasar cuando se borró la hoja oculta «Listas» o el nombre «Periodos». Restaure «Listas» desde una copia del libro original (o deshaga el borrado) y las fórmulas volverán a calcular. Para ver cada error: plan-matrix validate {path} --cutoff {cutoff}",
    "cli.fixedFileName": "{stem}-corregido.xlsx",
    "cli.semaphoreLeftOut":
      " [{count, plural, one {1 fila con errores excluida} other {# filas con errores excluidas}}]",
    "cli.uncalculatedCutoff":
      "El corte de «Configuración» en «{path}» tiene la fórmula ={formula}, que nunca se calculó (el archivo no guarda su resultado), así que no se sabe a qué periodo calcular. Abra el libro en Excel o LibreOffice y guárdelo para que la calcule, o indique --cutoff (uno de: {labels}). Para ver los errores: plan-matrix validate {quotedPath}",
    "cli.blankCutoff":
      "El corte de «Configuración» en «{path}» está vacío, así que ninguna cifra tiene periodo. Elíjalo allí o indique --cutoff (uno de: {labels}). Para ver los errores: plan-matrix validate {quotedPath}",
    "cli.configurationMissing":
      "«{path}» no tiene la hoja «Configuración» (o su celda Corte), que dice a qué corte se calculan las cifras. Restáurela desde una copia del libro original, o indique --cutoff (uno de: {labels}). Para ver qué más falta: plan-matrix validate {quotedPath}",
    "cli.importUnderstood": "Esto es lo que se entendió de «{path}»:",
    "cli.operationFailed": "{message}",
    "cli.unknownCommandSuggest":
      "Comando desconocido «{command}»; ¿quiso decir «{suggestion}»? Use «plan-matrix --help» para ver los comandos.",
    "cli.unknownOption":
      "«{command}» no tiene la opción {option}. Use «plan-matrix {command} --help» para ver sus opciones.",
    "cli.unknownOptionSuggest":
      "«{command}» no tiene la opción {option}; ¿quiso decir {suggestion}? Use «plan-matrix {command} --help» para ver sus opciones.",
    "cli.optionNeedsValue":
      "Falta el valor de la opción {option} en «{command}» (por ejemplo {option} VALOR). Use «plan-matrix {command} --help».",
    "cli.optionTakesNoValue":
      "La opción {option} de «{command}» no lleva valor; escríbala sola. Use «plan-matrix {command} --help».",
    "cli.unexpectedArgument":
      "«{command}» recibió un argumento que no esperaba: «{argument}». Si es una ruta con espacios, póngala entre comillas. Use «plan-matrix {command} --help».",
    "cli.repeatOption":
      "«{command}» recibió «{argument}» después del valor de {option}: para dar varios, repita {option} antes de cada uno ({option} {first} {option} {argument}). Use «plan-matrix {command} --help».",
    "cli.missingWorkbook":
      "Falta el archivo del libro (.xlsx) en «{command}»; escríbalo después del comando, por ejemplo «plan-matrix {command} plan.xlsx». Use «plan-matrix {command} --help».",
    "cli.missingAreaFiles":
      "Faltan los libros de área que importar en «{command}»; escríbalos después del libro del plan, por ejemplo «plan-matrix {command} plan.xlsx juridica.xlsx --out plan-importado.xlsx».",
    "cli.whereCell": "{cell} {column}",
    "cli.whereCellWithId": "{cell} ({id}) {column}",
    "cli.whereSheet": "Hoja «{sheet}»",
    "cli.whereWorkbook": "Libro",
    "cli.rowWithId": "{row} ({id})",
    "cli.importFileUsedArea": "{area} ({rows, plural, one {1 fila} other {# filas}})",
    "cli.importFileUsed":
      "{count, plural, one {se importó el área {areas}} other {se importaron las áreas {areas}}}",
    "cli.importFileNothingUsed": "no se importó ningún área",
    "cli.importFileIgnored":
      "{count, plural, one {1 área sin diligenciar se ignoró ({areas})} other {# áreas sin diligenciar se ignoraron ({areas})}}",
    "cli.importFileSummary": "«{file}»: {parts}.",
    "cli.imported":
      "{count, plural, one {1 área importada a su pestaña} other {# áreas importadas a sus pestañas}} → {path}",
    "cli.macrosDropped":
      "⚠ «{input}» tiene macros (VBA) y {path} se escribió como .xlsx, que no las admite: las macros no se conservaron. El archivo original las sigue teniendo; si las necesita, cópielas desde él en Excel (Programador › Visual Basic) y guarde como .xlsm.",
    "cli.importNothing":
      "Ningún archivo trae filas diligenciadas de un área de este plan: no se escribió «{path}».",
    "cli.importNoneUsable":
      "No se importó ningún área (arriba dice por qué no se pudo cada una): no se escribió «{path}».",
    "cli.importRefused":
      "No se importó nada ni se escribió «{path}»: {count, plural, one {resuelva el conflicto} other {resuelva los # conflictos}} y vuelva a ejecutar.",
    "cli.importReplaceHint":
      "Para reemplazarlos, añada {option} {area} (lo reemplazado queda en «Registro»).",
    "cli.moreProblems": " (y {count, plural, one {1 problema más} other {# problemas más}})",
    "cli.fixTextValue": "«{value}»",
  },
  {
    "cli.unknownCommand":
      "Unknown command “{command}”. Run “plan-matrix --help” to list the commands.",
    "cli.badOption":
      "Invalid option for “{command}”: {detail}. Run “plan-matrix {command} --help”.",
    "cli.missingOption":
      "Option {option} is missing for “{command}”. Run “plan-matrix {command} --help”.",
    "cli.badYear": "“--year {value}” is not a valid year; use a year between 2000 and 2100.",
    "cli.optionNeedsXlsx":
      "{option} only works with --from-xlsx FILE.xlsx (last year's plan matrix the template is taken from).",
    "cli.rowsCarried":
      "{count, plural, one {1 row carried} other {# rows carried}} from the matrix (activities, indicators, goals, responsible, programming).",
    "cli.badLanguage": "“--lang {value}” is not an available language; use “es” or “en”.",
    "cli.conflictingOptions": "Use {first} or {second}, not both.",
    "cli.fileMissing": "File “{path}” does not exist. Check the path.",
    "cli.fileUnreadable": "Cannot read “{path}” ({detail}).",
    "cli.fileNotRegular":
      "“{path}” is not a regular file (it is a device, a pipe or a socket); give a file.",
    "cli.fileTooLarge": "“{path}” is larger than allowed ({limit}); it was not read.",
    "cli.outputFailed":
      "Could not write the command's output ({detail}); what was printed is incomplete.",
    "cli.outExtension":
      "“{path}” does not end in .xlsx, but what is written is an Excel workbook (.xlsx). Use a name ending in .xlsx.",
    "cli.fileIsDirectory": "“{path}” is a folder, not a file.",
    "cli.outExists":
      "“{path}” already exists and is not overwritten. Choose another name or add --force.",
    "cli.outIsInput":
      "“{path}” is also the input file; commands never modify their input. Choose another --out name.",
    "cli.outDirMissing": "The folder of “{path}” does not exist. Create it or choose another path.",
    "cli.writeFailed":
      "Could not write “{path}” (the system says {detail}): check that you may write in that folder and that the disk has room, or choose another path with --out. No half-written file was left.",
    "cli.notXlsx":
      "“{path}” is not a readable Excel workbook (.xlsx): {reason}. Open it in Excel and save it as “Excel Workbook (.xlsx)”.",
    "cli.templateInvalid": "{path}: {message}{more}",
    "cli.importFailed": "{path}: {message}",
    "cli.unexpected":
      "Unexpected error: {detail}. Please report this message to the plan-matrix team.",
    "cli.generated":
      "Workbook generated: {path} — year {year}, {areas, plural, one {1 area} other {# areas}}, {objectives, plural, one {1 objective} other {# objectives}}.",
    "cli.templateWritten":
      "Template written: {path} — {areas, plural, one {1 area} other {# areas}}, {objectives, plural, one {1 objective} other {# objectives}}.",
    "cli.consolidated":
      "Matrix consolidated: {rows, plural, one {1 row} other {# rows}} from {areas, plural, one {1 area} other {# areas}} at cut-off {cutoff} → {path}",
    "cli.validateArea":
      "  {code} {name} (“{sheet}”): {rows, plural, one {1 row} other {# rows}} (filled in: {filled}; not filled in: {unfilled}) — errors: {errors}, warnings: {warnings}",
    "cli.validateAreaHeading": "{code} {name} (“{sheet}”):",
    "cli.validateIssue": "  {marker} {where}: {message}",
    "cli.validateTotals":
      "Total — errors: {errors}, warnings: {warnings}, areas: {areas}; fixable with “plan-matrix fix”: {fixable}.",
    "cli.fixApplied": "  {reference}: {before} → {after}",
    "cli.fixSummary":
      "Fixes applied: {count} → {path}. Remaining errors: {errors}, warnings: {warnings} (review them with “plan-matrix validate {quotedPath}”).",
    "cli.notPlanWorkbook":
      "“{path}” is an Excel workbook, but not an Action Plan made with this tool (it lacks the hidden “Plantilla” sheet the plan was created with). Open the year's plan (the workbook with the area tabs, “Configuración” and “Resumen”), or create a new one with “plan-matrix generate --out plan.xlsx”.",
    "cli.storedTemplateInvalid":
      "“{path}” stores a template this version does not understand. Update plan-matrix to the version that generated the workbook.",
    "cli.badCutoff": "“{value}” is not a period of this plan; use one of: {labels}.",
    "cli.badToday":
      "PLAN_MATRIX_TODAY is “{value}”, which is not a yyyy-mm-dd date. Correct it (e.g. 2021-06-30) or unset it to use today’s date.",
    "cli.semaphoreTitle": "Traffic light at cut-off {cutoff}",
    "cli.semaphoreInstitution": "Institution: {compliance} {band} ({average})",
    "cli.semaphoreMacroprocess": "  Macroprocess {name}: {compliance} {band} ({average})",
    "cli.semaphoreArea":
      "    {code} {name}: {compliance} {band} — {programmedRows} of {rows, plural, one {1 row} other {# rows}} with programming; red {rojo}, yellow {amarillo}, green {verde}",
    "cli.figuresRestOnErrors":
      "⚠ {count, plural, one {1 figure rests} other {# figures rest}} on errors ({rows, plural, one {1 row left out} other {# rows left out}}, {areas, plural, one {1 area without a figure} other {# areas without a figure}}, {thresholds, plural, one {1 unusable threshold} other {# unusable thresholds}}): they are marked “With errors” or say how many rows they leave out. To see each error: plan-matrix validate {path} --cutoff {cutoff}",
    "cli.figuresRestOnCutoffIndex":
      "⚠ {count, plural, one {1 figure rests} other {# figures rest}} on errors ({rows, plural, one {1 row left out} other {# rows left out}}, {areas, plural, one {1 area without a figure} other {# areas without a figure}}, {thresholds, plural, one {1 unusable threshold} other {# unusable thresholds}}, the CorteIndice cell without its formula): they are marked “With errors” or say how many rows they leave out. The CorteIndice cell ({cell}) no longer holds its formula, so the workbook's formulas compute at another period than the one in “Corte”; “plan-matrix fix” writes it back: plan-matrix fix {path} --out {fixed}. To see each error: plan-matrix validate {path} --cutoff {cutoff}",
    "cli.figuresRestOnCutoffIndexError":
      "⚠ {count, plural, one {1 figure rests} other {# figures rest}} on errors ({rows, plural, one {1 row left out} other {# rows left out}}, {areas, plural, one {1 area without a figure} other {# areas without a figure}}, {thresholds, plural, one {1 unusable threshold} other {# unusable thresholds}}, the CorteIndice cell holding an error value): they are marked “With errors” or say how many rows they leave out. The CorteIndice cell ({cell}) still holds its formula but gives an error value, so the workbook's formulas show errors; this usually happens when the hidden sheet “Listas” or the name “Periodos” was deleted. Restore “Listas” from a copy of the original workbook (or undo the deletion) and the formulas will compute again. To see each error: plan-matrix validate {path} --cutoff {cutoff}",
    "cli.fixedFileName": "{stem}-fixed.xlsx",
    "cli.semaphoreLeftOut":
      " [{count, plural, one {1 row with errors left out} other {# rows with errors left out}}]",
    "cli.configurationMissing":
      "“{path}” has no “Configuración” sheet (or its Corte cell), which says the cut-off the figures are computed at. Restore it from a copy of the original workbook, or give --cutoff (one of: {labels}). To see what else is missing: plan-matrix validate {quotedPath}",
    "cli.uncalculatedCutoff":
      "The cut-off in “Configuración” of “{path}” holds the formula ={formula}, which was never calculated (the file keeps no result for it), so the period to compute at is unknown. Open the workbook in Excel or LibreOffice and save it so that it is calculated, or pass --cutoff (one of: {labels}). To see the errors: plan-matrix validate {quotedPath}",
    "cli.blankCutoff":
      "The cut-off in “Configuración” of “{path}” is blank, so no figure has a period. Set it there or pass --cutoff (one of: {labels}). To see the errors: plan-matrix validate {quotedPath}",
    "cli.importUnderstood": "This is what was understood from “{path}”:",
    "cli.operationFailed": "{message}",
    "cli.unknownCommandSuggest":
      "Unknown command “{command}”; did you mean “{suggestion}”? Run “plan-matrix --help” to list the commands.",
    "cli.unknownOption":
      "“{command}” has no option {option}. Run “plan-matrix {command} --help” to list its options.",
    "cli.unknownOptionSuggest":
      "“{command}” has no option {option}; did you mean {suggestion}? Run “plan-matrix {command} --help” to list its options.",
    "cli.optionNeedsValue":
      "Option {option} of “{command}” needs a value (for example {option} VALUE). Run “plan-matrix {command} --help”.",
    "cli.optionTakesNoValue":
      "Option {option} of “{command}” takes no value; write it alone. Run “plan-matrix {command} --help”.",
    "cli.unexpectedArgument":
      "“{command}” got an argument it does not expect: “{argument}”. If it is a path with spaces, put it in quotes. Run “plan-matrix {command} --help”.",
    "cli.repeatOption":
      "“{command}” got “{argument}” after the value of {option}: to give several, repeat {option} before each ({option} {first} {option} {argument}). Run “plan-matrix {command} --help”.",
    "cli.missingWorkbook":
      "The workbook file (.xlsx) is missing for “{command}”; write it after the command, for example “plan-matrix {command} plan.xlsx”. Run “plan-matrix {command} --help”.",
    "cli.missingAreaFiles":
      "The area workbooks to import are missing for “{command}”; write them after the plan workbook, for example “plan-matrix {command} plan.xlsx juridica.xlsx --out imported-plan.xlsx”.",
    "cli.whereCell": "{cell} {column}",
    "cli.whereCellWithId": "{cell} ({id}) {column}",
    "cli.whereSheet": "Sheet “{sheet}”",
    "cli.whereWorkbook": "Workbook",
    "cli.rowWithId": "{row} ({id})",
    "cli.importFileUsedArea": "{area} ({rows, plural, one {1 row} other {# rows}})",
    "cli.importFileUsed":
      "{count, plural, one {area {areas} was imported} other {areas {areas} were imported}}",
    "cli.importFileNothingUsed": "no area was imported",
    "cli.importFileIgnored":
      "{count, plural, one {1 area not filled in was ignored ({areas})} other {# areas not filled in were ignored ({areas})}}",
    "cli.importFileSummary": "“{file}”: {parts}.",
    "cli.imported":
      "{count, plural, one {1 area imported into its tab} other {# areas imported into their tabs}} → {path}",
    "cli.macrosDropped":
      "⚠ “{input}” holds macros (VBA) and {path} was written as .xlsx, which cannot hold them: the macros were not kept. The original file still has them; if you need them, copy them from it in Excel (Developer › Visual Basic) and save as .xlsm.",
    "cli.importNothing":
      "No file brings filled rows of an area of this plan: “{path}” was not written.",
    "cli.importNoneUsable":
      "No area was imported (the lines above say why each could not be): “{path}” was not written.",
    "cli.importRefused":
      "Nothing was imported and “{path}” was not written: {count, plural, one {resolve the conflict} other {resolve the # conflicts}} and run again.",
    "cli.importReplaceHint":
      "To replace them, add {option} {area} (what is replaced is kept in “Registro”).",
    "cli.moreProblems": " (and {count, plural, one {1 more problem} other {# more problems}})",
    "cli.fixTextValue": "“{value}”",
  }
);
