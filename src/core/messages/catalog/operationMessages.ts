import { defineCatalog } from "../defineCatalog";

/**
 * Failures of an operation or of the workbook it runs on that the user must see, whichever shell runs it: the CLI
 * maps each to its one line (with the file's path) and exit code 2, the task pane shows it in a message bar.
 */
export type OperationMessageCode =
  | "operation.notPlanWorkbook"
  | "operation.storedTemplateInvalid"
  | "operation.badCutoff"
  | "operation.uncalculatedCutoff"
  | "operation.blankCutoff"
  | "operation.configurationMissing"
  | "operation.totalsRow"
  | "operation.planExists"
  | "operation.upgradeRefused"
  | "operation.upgradeCollision"
  | "operation.upgradeUnidentifiedColumns"
  | "operation.notXlsx"
  | "operation.sheetNamesClash"
  | "operation.textTooLong"
  | "operation.importTextTooLong"
  | "operation.fileMissing"
  | "operation.fileIsDirectory"
  | "operation.fileUnreadable"
  | "operation.fileNotRegular"
  | "operation.fileTooLarge"
  | "operation.outExists"
  | "operation.outIsInput"
  | "operation.outDirMissing"
  | "operation.outNotXlsx"
  | "operation.writeFailed"
  | "operation.noOutput"
  | "operation.noWorkbook"
  | "operation.noSheet"
  | "operation.cancelled"
  | "operation.importConflicts"
  | "operation.matrixStale"
  | "operation.matrixUncalculated"
  | "operation.fileEmpty"
  | "operation.fileOldXls"
  | "operation.fileEncrypted"
  | "operation.fileOle2"
  | "operation.fileText"
  | "operation.fileHtml"
  | "operation.fileXlsb"
  | "operation.fileOds"
  | "operation.fileOtherDocument"
  | "operation.fileTruncated"
  | "operation.fileUnknown";

export const operationMessages = defineCatalog<OperationMessageCode>(
  {
    "operation.notPlanWorkbook":
      "Este libro no es un plan de plan-matrix: no guarda su plantilla. Genere el plan primero.",
    "operation.storedTemplateInvalid":
      "Este libro guarda una plantilla que esta versión no entiende. Actualice plan-matrix a la versión que generó el libro.",
    "operation.badCutoff": "«{value}» no es un periodo de este plan; use uno de: {labels}.",
    "operation.uncalculatedCutoff":
      "El corte de «Configuración» tiene la fórmula ={formula}, que nunca se calculó (el archivo no guarda su resultado), así que no se sabe a qué periodo calcular. Abra el libro en Excel o LibreOffice y guárdelo para que la calcule, o elija uno de: {labels}.",
    "operation.blankCutoff":
      "El corte de «Configuración» está vacío, así que ninguna cifra tiene periodo. Elija uno de: {labels}.",
    "operation.configurationMissing":
      "Falta la hoja «Configuración» (o su celda Corte), que dice a qué corte se calculan las cifras. Restáurela desde una copia del libro original, o calcule a un corte que usted elija: uno de {labels}.",
    "operation.totalsRow":
      "La tabla {table} de la hoja «{sheet}» tiene fila de totales, y esta operación rehace esa tabla entera sin ella: no se escribió nada. Quite la fila de totales (Diseño de tabla › Fila de totales) y vuelva a intentarlo.",
    "operation.planExists":
      "Este libro ya contiene un plan; generar otro reemplaza sus hojas. Confirme el reemplazo o use un libro nuevo.",
    "operation.upgradeRefused": "Esa plantilla no puede actualizar este libro: {reason}",
    "operation.upgradeCollision":
      "No se actualizó el libro (no se escribió nada): la nueva versión de la plantilla pone su título o su tabla (más ancha por columnas nuevas o más larga por objetivos nuevos) donde usted escribió fuera de la tabla — {count, plural, one {1 celda} other {# celdas}}: {places}. Mueva ese contenido a celdas libres más a la derecha o más abajo de la tabla y actualice de nuevo.",
    "operation.upgradeUnidentifiedColumns":
      "No se actualizó el libro (no se escribió nada): {count, plural, one {la columna {columns} tiene valores escritos y su encabezado está en blanco o repite el de otra columna} other {las columnas {columns} tienen valores escritos y su encabezado está en blanco o repite el de otra columna}}, así que no se sabe de qué columna son y la pestaña rehecha los perdería. Dele a cada columna un encabezado propio, que no repita otro, y actualice de nuevo.",
    "operation.notXlsx":
      "«{path}» no es un libro de Excel (.xlsx) legible: {reason}. Ábralo en Excel y guárdelo como Libro de Excel (.xlsx), o elija otro archivo.",
    "operation.sheetNamesClash":
      "«{path}» tiene dos hojas llamadas «{first}» y «{second}»: Excel no distingue mayúsculas de minúsculas en los nombres de hoja, así que para Excel se llaman igual, y no se leyó el libro. Ábralo en LibreOffice (que cambia el nombre de una de las dos) o en Excel (que ofrece repararlo), ponga a cada hoja un nombre propio, guárdelo como Libro de Excel (.xlsx) y vuelva a intentarlo.",
    "operation.textTooLong":
      "No se escribió nada: la celda {place} tiene un texto de {length} caracteres, más de los 32.767 que caben en una celda de Excel{count, plural, one {} other { (son # celdas así: {places})}}, y la pestaña que se rehace no puede llevarlo sin cortarlo. {count, plural, one {Acorte ese texto} other {Acorte esos textos}} (si necesita el texto entero, guárdelo en un documento aparte y deje en la celda un resumen o el enlace) y vuelva a intentarlo.",
    "operation.importTextTooLong":
      "No se importó nada: en «{file}», la celda {place} tiene un texto de {length} caracteres, más de los 32.767 que caben en una celda de Excel{count, plural, one {} other { (son # celdas así: {places})}}, y la pestaña del área que se rehace no puede llevarlo sin cortarlo. Pida al área que {count, plural, one {acorte ese texto} other {acorte esos textos}} en su archivo (si necesita el texto entero, que lo guarde en un documento aparte y deje en la celda un resumen o el enlace) e impórtelo de nuevo.",
    "operation.fileMissing": "No existe el archivo «{path}». Revise la ruta.",
    "operation.fileIsDirectory":
      "«{path}» es una carpeta, no un archivo. Indique el archivo .xlsx que hay dentro.",
    "operation.fileUnreadable":
      "No se puede leer «{path}» ({detail}). Revise que el archivo no esté abierto en otro programa y que tenga permiso para leerlo.",
    "operation.fileNotRegular":
      "«{path}» no es un archivo común (es un dispositivo, una tubería o un socket); indique un archivo .xlsx.",
    "operation.fileTooLarge": "«{path}» supera el tamaño admitido ({limit}).",
    "operation.outExists": "«{path}» ya existe; no se sobrescribe. Elija otro nombre.",
    "operation.outIsInput":
      "«{path}» es también el archivo de entrada; nunca se modifica la entrada. Elija otro nombre.",
    "operation.outDirMissing": "No existe la carpeta de «{path}». Créela o elija otra ruta.",
    "operation.outNotXlsx":
      "«{path}» no termina en .xlsx, pero lo que se escribe es un libro de Excel (.xlsx). Elija un nombre terminado en .xlsx.",
    "operation.writeFailed":
      "No se pudo escribir «{path}» (el sistema dice {detail}): revise que tenga permiso para escribir en esa carpeta y espacio en el disco, o elija otra ruta. No se dejó ningún archivo a medias.",
    "operation.noOutput":
      "Esta operación escribe en el libro, pero no se indicó dónde guardarlo. Indique el archivo de salida.",
    "operation.noWorkbook":
      "No hay ningún libro abierto; importe un archivo .xlsx o genere un plan.",
    "operation.noSheet":
      "El libro no tiene la hoja «{sheet}». Revise el nombre de la hoja o vuelva a validar el libro.",
    "operation.cancelled": "Operación cancelada; el libro quedó como estaba.",
    "operation.importConflicts":
      "No se importó ni se consolidó nada: {count, plural, one {1 área tiene} other {# áreas tienen}} un conflicto ({areas}). Resuélvalo e intente de nuevo.",
    "operation.matrixStale":
      "No se generó el informe: {count, plural, one {el área {areas} cambió su pestaña} other {las áreas {areas} cambiaron sus pestañas}} después de la última consolidación, y la «Matriz» ya no coincide con las pestañas. Consolide de nuevo y luego genere el informe; no se escribió nada.",
    "operation.matrixUncalculated":
      "No se generó el informe: {count, plural, one {la pestaña del área {areas} tiene} other {las pestañas de las áreas {areas} tienen}} fórmulas que nunca se calcularon (el archivo no guarda su resultado), así que la «Matriz» no puede repetir sus cifras. Abra el libro en Excel o LibreOffice y guárdelo para que las calcule, consolide de nuevo y genere el informe; no se escribió nada.",
    "operation.fileEmpty":
      "«{path}» está vacío (0 bytes): no es un libro de Excel. Cópielo de nuevo desde el original o pida que se lo reenvíen.",
    "operation.fileOldXls":
      "«{path}» es un libro de Excel antiguo (.xls, Excel 97-2003). Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).",
    "operation.fileEncrypted":
      "«{path}» está protegido con contraseña para abrir. Ábralo en Excel con la contraseña, quítela (Archivo › Información › Proteger libro › Cifrar con contraseña) y guárdelo como Libro de Excel (.xlsx).",
    "operation.fileOle2":
      "«{path}» es un archivo de Office antiguo (formato binario OLE2), no un libro .xlsx. Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).",
    "operation.fileText":
      "«{path}» es un archivo de texto (CSV o similar), no un libro de Excel. Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).",
    "operation.fileHtml":
      "«{path}» es una página HTML con nombre de archivo de Excel (así exportan algunos sistemas). Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).",
    "operation.fileXlsb":
      "«{path}» es un libro binario de Excel (.xlsb). Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).",
    "operation.fileOds":
      "«{path}» es una hoja de cálculo OpenDocument (.ods). Ábrala en Excel o LibreOffice y guárdela como Libro de Excel (.xlsx).",
    "operation.fileOtherDocument":
      "«{path}» es un documento {format}, no un libro de Excel. Use el libro del plan (.xlsx).",
    "operation.fileTruncated":
      "«{path}» está incompleto: el archivo se cortó al copiarlo o descargarlo. Cópielo o descárguelo de nuevo desde el original.",
    "operation.fileUnknown":
      "«{path}» no es un libro de Excel (.xlsx) ni un formato conocido. Ábralo en Excel y guárdelo como Libro de Excel (.xlsx).",
  },
  {
    "operation.notPlanWorkbook":
      "This workbook is not a plan-matrix plan: it stores no template. Generate the plan first.",
    "operation.storedTemplateInvalid":
      "This workbook stores a template this version does not understand. Update plan-matrix to the version that generated the workbook.",
    "operation.badCutoff": "“{value}” is not a period of this plan; use one of: {labels}.",
    "operation.configurationMissing":
      "The “Configuración” sheet (or its Corte cell), which says the cut-off the figures are computed at, is missing. Restore it from a copy of the original workbook, or compute at a cut-off you choose: one of {labels}.",
    "operation.uncalculatedCutoff":
      "The cut-off in “Configuración” holds the formula ={formula}, which was never calculated (the file keeps no result for it), so the period to compute at is unknown. Open the workbook in Excel or LibreOffice and save it so that it is calculated, or choose one of: {labels}.",
    "operation.blankCutoff":
      "The cut-off in “Configuración” is blank, so no figure has a period. Choose one of: {labels}.",
    "operation.totalsRow":
      "Table {table} on sheet “{sheet}” has a Total Row, and this operation rebuilds that table whole without it: nothing was written. Turn the Total Row off (Table Design › Total Row) and try again.",
    "operation.planExists":
      "This workbook already holds a plan; generating another replaces its sheets. Confirm the replacement or use a new workbook.",
    "operation.upgradeRefused": "That template cannot upgrade this workbook: {reason}",
    "operation.upgradeCollision":
      "The workbook was not upgraded (nothing was written): the new template version puts its title or its table (wider with new columns or longer with new objectives) where you typed outside the table — {count, plural, one {1 cell} other {# cells}}: {places}. Move that content to free cells further right or further below the table and upgrade again.",
    "operation.upgradeUnidentifiedColumns":
      "The workbook was not upgraded (nothing was written): {count, plural, one {column {columns} holds typed values and its header is blank or repeats another column's} other {columns {columns} hold typed values and their headers are blank or repeat another column's}}, so there is no telling which column they belong to and the rebuilt tab would lose them. Give each column a header of its own that repeats no other, and upgrade again.",
    "operation.notXlsx":
      "“{path}” is not a readable Excel workbook (.xlsx): {reason}. Open it in Excel and save it as Excel Workbook (.xlsx), or pick another file.",
    "operation.sheetNamesClash":
      "“{path}” has two sheets named “{first}” and “{second}”: Excel ignores upper and lower case in sheet names, so to Excel they have the same name, and the workbook was not read. Open it in LibreOffice (which renames one of them) or in Excel (which offers to repair it), give each sheet a name of its own, save it as Excel Workbook (.xlsx) and try again.",
    "operation.textTooLong":
      "Nothing was written: cell {place} holds a text of {length} characters, more than the 32,767 an Excel cell holds{count, plural, one {} other { (# cells do: {places})}}, and the rebuilt tab cannot carry it without cutting it. {count, plural, one {Shorten that text} other {Shorten those texts}} (if you need the whole text, keep it in a separate document and leave a summary or the link in the cell) and try again.",
    "operation.importTextTooLong":
      "Nothing was imported: in “{file}”, cell {place} holds a text of {length} characters, more than the 32,767 an Excel cell holds{count, plural, one {} other { (# cells do: {places})}}, and the area's rebuilt tab cannot carry it without cutting it. Ask the area to {count, plural, one {shorten that text} other {shorten those texts}} in its file (if it needs the whole text, to keep it in a separate document and leave a summary or the link in the cell) and import it again.",
    "operation.fileMissing": "File “{path}” does not exist. Check the path.",
    "operation.fileIsDirectory": "“{path}” is a folder, not a file. Give the .xlsx file inside it.",
    "operation.fileUnreadable":
      "Cannot read “{path}” ({detail}). Check that no other program holds the file open and that you may read it.",
    "operation.fileNotRegular":
      "“{path}” is not a regular file (it is a device, a pipe or a socket); give an .xlsx file.",
    "operation.fileTooLarge": "“{path}” is larger than allowed ({limit}).",
    "operation.outExists": "“{path}” already exists and is not overwritten. Choose another name.",
    "operation.outIsInput":
      "“{path}” is also the input file; the input is never modified. Choose another name.",
    "operation.outDirMissing":
      "The folder of “{path}” does not exist. Create it or choose another path.",
    "operation.outNotXlsx":
      "“{path}” does not end in .xlsx, but what is written is an Excel workbook (.xlsx). Choose a name ending in .xlsx.",
    "operation.writeFailed":
      "Could not write “{path}” (the system says {detail}): check that you may write in that folder and that the disk has room, or choose another path. No half-written file was left.",
    "operation.noOutput":
      "This operation writes to the workbook, but no place to save it was given. Give the output file.",
    "operation.noWorkbook": "No workbook is open; import an .xlsx file or generate a plan.",
    "operation.noSheet":
      "The workbook has no sheet “{sheet}”. Check the sheet’s name or validate the workbook again.",
    "operation.cancelled": "Operation cancelled; the workbook is as it was.",
    "operation.importConflicts":
      "Nothing was imported or consolidated: {count, plural, one {1 area has} other {# areas have}} a conflict ({areas}). Resolve it and try again.",
    "operation.matrixStale":
      "The report was not made: {count, plural, one {area {areas} changed its tab} other {areas {areas} changed their tabs}} after the last consolidation, so “Matriz” no longer matches the tabs. Consolidate again, then make the report; nothing was written.",
    "operation.matrixUncalculated":
      "The report was not made: {count, plural, one {the tab of area {areas} holds} other {the tabs of areas {areas} hold}} formulas that were never calculated (the file keeps no result for them), so “Matriz” cannot repeat their figures. Open the workbook in Excel or LibreOffice and save it so that they are calculated, consolidate again, then make the report; nothing was written.",
    "operation.fileEmpty":
      "“{path}” is empty (0 bytes): it is not an Excel workbook. Copy it again from the original or ask for it to be sent again.",
    "operation.fileOldXls":
      "“{path}” is an old Excel workbook (.xls, Excel 97-2003). Open it in Excel and save it as Excel Workbook (.xlsx).",
    "operation.fileEncrypted":
      "“{path}” is protected with a password to open. Open it in Excel with the password, remove it (File › Info › Protect Workbook › Encrypt with Password) and save it as Excel Workbook (.xlsx).",
    "operation.fileOle2":
      "“{path}” is an old Office file (OLE2 binary format), not an .xlsx workbook. Open it in Excel and save it as Excel Workbook (.xlsx).",
    "operation.fileText":
      "“{path}” is a text file (CSV or similar), not an Excel workbook. Open it in Excel and save it as Excel Workbook (.xlsx).",
    "operation.fileHtml":
      "“{path}” is an HTML page with an Excel file name (some systems export this way). Open it in Excel and save it as Excel Workbook (.xlsx).",
    "operation.fileXlsb":
      "“{path}” is an Excel binary workbook (.xlsb). Open it in Excel and save it as Excel Workbook (.xlsx).",
    "operation.fileOds":
      "“{path}” is an OpenDocument spreadsheet (.ods). Open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx).",
    "operation.fileOtherDocument":
      "“{path}” is a {format} document, not an Excel workbook. Use the plan workbook (.xlsx).",
    "operation.fileTruncated":
      "“{path}” is incomplete: the file was cut short while it was copied or downloaded. Copy or download it again from the original.",
    "operation.fileUnknown":
      "“{path}” is neither an Excel workbook (.xlsx) nor a known format. Open it in Excel and save it as Excel Workbook (.xlsx).",
  }
);
