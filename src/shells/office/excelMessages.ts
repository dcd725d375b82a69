import { defineCatalog } from "../../core/messages/defineCatalog";

/**
 * What the pane says when Excel itself refuses a request (OfficeExtension.Error codes, OFFICEJS.md) or lacks a
 * requirement set: one message per cause, saying what happened and what to do.
 */
export type ExcelMessageCode =
  | "excel.itemNotFound"
  | "excel.invalidArgument"
  | "excel.accessDenied"
  | "excel.cellEditMode"
  | "excel.payloadTooLarge"
  | "excel.unsupportedFeature"
  | "excel.general"
  | "excel.requirementMissing"
  | "excel.tooManyCells"
  | "excel.textTooLong"
  | "excel.structureProtected"
  | "excel.sheetPasswordProtected"
  | "excel.tableElsewhere"
  | "excel.headerRowHidden"
  | "excel.dateSystemUnknown";

export const excelMessages = defineCatalog<ExcelMessageCode>(
  {
    "excel.itemNotFound":
      "Excel no encontró una hoja, tabla o nombre que la operación necesita ({detail}). Si cambió o borró algo del libro mientras trabajaba, vuelva a abrir el libro y repita la operación; no se modificó nada.",
    "excel.invalidArgument":
      "Excel rechazó un dato que se le envió ({detail}). No se modificó nada; repita la operación y, si vuelve a pasar, informe este mensaje a la Oficina de Planeación.",
    "excel.accessDenied":
      "Una hoja o el libro está protegido y Excel no permite escribir en él ({detail}). Quite la protección (Revisar › Desproteger hoja) y repita la operación; no se modificó nada.",
    "excel.cellEditMode":
      "Está escribiendo en una celda. Presione Entrar o Esc para terminar de editar y repita la operación; no se modificó nada.",
    "excel.payloadTooLarge":
      "La solicitud a Excel superó el límite de 5 MB de Excel en la Web ({detail}). No se modificó nada; use Excel de escritorio o informe este mensaje a la Oficina de Planeación.",
    "excel.unsupportedFeature":
      "Esta versión de Excel no admite una función que la operación usa ({detail}). Use Excel de escritorio o Microsoft 365 actualizado; no se modificó nada.",
    "excel.general":
      "Excel no pudo completar la operación ({detail}). No se modificó nada; espere un momento y repítala. Si vuelve a pasar, guarde el libro, ciérrelo y ábralo de nuevo.",
    "excel.requirementMissing":
      "Esta operación necesita {set}, que tienen {officeEs}. Su Excel no la tiene: abra el libro en {officeEs} o en Excel en la Web.",
    "excel.tooManyCells":
      "La tabla {table} tiene {cells} celdas; Excel lee como máximo 5.000.000 de celdas de una vez. Divida la tabla en varias hojas o use la línea de comandos sobre el archivo.",
    "excel.textTooLong":
      "La celda {cell} de «{sheet}» tiene un texto que empieza por =, +, - o @ y es demasiado largo para escribirlo como texto en Excel ({length} caracteres). Acórtelo a menos de 8.000 caracteres en la hoja de origen y repita la operación.",
    "excel.structureProtected":
      "La estructura del libro está protegida, así que Excel no deja agregar, mover, ocultar ni mostrar hojas, y esta operación lo necesita. Quite la protección (Revisar › Proteger libro, y escriba la contraseña si la tiene) y repita la operación; no se modificó nada.",
    "excel.sheetPasswordProtected":
      "Estas hojas están protegidas con contraseña y la operación necesita escribir en ellas: {sheets}. Quite la protección de cada una (Revisar › Desproteger hoja, con su contraseña) y repita la operación; no se modificó nada.",
    "excel.tableElsewhere":
      "La tabla {table} está en la hoja «{sheet}», pero la operación la escribe en otra hoja. Cambie el nombre de esa tabla (Diseño de tabla › Nombre de la tabla) o muévala, y repita la operación; no se modificó nada.",
    "excel.headerRowHidden":
      "La tabla {table} de la hoja «{sheet}» tiene oculta su fila de encabezados, y la operación reescribe la tabla con ella: Excel pondría los encabezados en su primera fila de datos. Vuelva a mostrarla (Diseño de tabla › Fila de encabezado) y repita la operación; no se modificó nada.",
    "excel.dateSystemUnknown":
      "Excel no dijo en qué sistema de fechas está el libro (1900 o 1904; DATE(2000;1;1) dio {detail}), y sin saberlo cada fecha se leería o escribiría con cuatro años y un día de diferencia. No se leyó ni modificó nada; cierre el libro, ábralo de nuevo y repita la operación. Si vuelve a pasar, use la línea de comandos sobre el archivo.",
  },
  {
    "excel.itemNotFound":
      "Excel could not find a sheet, table or name the operation needs ({detail}). If you changed or deleted something in the workbook meanwhile, reopen it and run the operation again; nothing was changed.",
    "excel.invalidArgument":
      "Excel refused a value it was sent ({detail}). Nothing was changed; run the operation again and, if it happens again, report this message to the planning office.",
    "excel.accessDenied":
      "A sheet or the workbook is protected and Excel does not allow writing to it ({detail}). Unprotect it (Review › Unprotect Sheet) and run the operation again; nothing was changed.",
    "excel.cellEditMode":
      "You are typing in a cell. Press Enter or Esc to finish editing and run the operation again; nothing was changed.",
    "excel.payloadTooLarge":
      "The request to Excel exceeded Excel on the web's 5 MB limit ({detail}). Nothing was changed; use Excel desktop or report this message to the planning office.",
    "excel.unsupportedFeature":
      "This version of Excel does not support a feature the operation uses ({detail}). Use Excel desktop or an up-to-date Microsoft 365; nothing was changed.",
    "excel.general":
      "Excel could not complete the operation ({detail}). Nothing was changed; wait a moment and run it again. If it happens again, save the workbook, close it and open it again.",
    "excel.requirementMissing":
      "This operation needs {set}, which {officeEn} have. Your Excel does not have it: open the workbook in {officeEn} or in Excel on the web.",
    "excel.tooManyCells":
      "Table {table} has {cells} cells; Excel reads at most 5,000,000 cells at once. Split the table across sheets or use the command line on the file.",
    "excel.textTooLong":
      "Cell {cell} of “{sheet}” holds a text that starts with =, +, - or @ and is too long to write as text in Excel ({length} characters). Shorten it below 8,000 characters at the source and run the operation again.",
    "excel.structureProtected":
      "The workbook's structure is protected, so Excel does not allow adding, moving, hiding or showing sheets, which this operation needs. Remove the protection (Review › Protect Workbook, with its password if it has one) and run the operation again; nothing was changed.",
    "excel.sheetPasswordProtected":
      "These sheets are protected with a password and the operation needs to write to them: {sheets}. Unprotect each of them (Review › Unprotect Sheet, with its password) and run the operation again; nothing was changed.",
    "excel.tableElsewhere":
      "Table {table} is on sheet “{sheet}”, but the operation writes it on another sheet. Rename that table (Table Design › Table Name) or move it, and run the operation again; nothing was changed.",
    "excel.headerRowHidden":
      "Table {table} on sheet “{sheet}” has its header row hidden, and the operation rewrites the table with one: Excel would put the headers in its first data row. Show it again (Table Design › Header Row) and run the operation again; nothing was changed.",
    "excel.dateSystemUnknown":
      "Excel did not say which date system the workbook uses (1900 or 1904; DATE(2000,1,1) gave {detail}), and without it every date would be read or written four years and a day off. Nothing was read or changed; close the workbook, open it again and run the operation again. If it happens again, use the command line on the file.",
  }
);
