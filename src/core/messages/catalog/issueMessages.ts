/**
 * Validation messages (SPEC §4): one per issue code, and for some codes a variant (`<code>.<variant>`) chosen by
 * the issue's `params.variant`. Every text tells the user what to do. `{cell}`, `{column}`, `{value}`, `{sheet}`,
 * `{area}` and `{row}` come from the issue itself (see validation/formatIssueMessage.ts); the rest from its params.
 */
import { defineCatalog } from "../defineCatalog";

export type IssueCode =
  | "structure.noTemplate"
  | "structure.unknownTemplateVersion"
  | "structure.noConfiguration"
  | "structure.badCutoff"
  | "configuration.cutoffIndexOverwritten"
  | "configuration.cutoffIndexError"
  | "structure.missingAreaTable"
  | "structure.unknownAreaTable"
  | "structure.missingHeader"
  | "structure.periodColumnsMoved"
  | "table.rowsBelow"
  | "table.headerRowHidden"
  | "area.unfilledRows"
  | "required.empty"
  | "number.asText"
  | "number.invalid"
  | "date.asText"
  | "date.invalid"
  | "list.outside"
  | "number.negative"
  | "percentage.aboveOne"
  | "goal.notPositive"
  | "date.outsideYear"
  | "date.endBeforeStart"
  | "programming.sumMismatch"
  | "programming.notCumulative"
  | "weights.notHundred"
  | "id.duplicate"
  | "cell.errorValue"
  | "cell.uncalculated"
  | "cell.textTooLong"
  | "formula.overwritten"
  | "executed.afterCutoff"
  | "executed.missing"
  | "compliance.overExecution"
  | "report.stillDraft"
  | "executed.noEvidence"
  | "weights.missing"
  | "configuration.thresholdNotNumber"
  | "configuration.thresholdOrder"
  | "weights.zeroProgrammed";

/** Message variants of a code, e.g. a number typed as text that cannot be fixed because it is ambiguous. */
export type IssueVariantKey =
  | "structure.unknownTemplateVersion.unsupportedSchema"
  | "structure.badCutoff.option"
  | "structure.badCutoff.blank"
  | "structure.badCutoff.spaces"
  | "structure.badCutoff.uncalculated"
  | "configuration.thresholdNotNumber.uncalculated"
  | "structure.missingHeader.similar"
  | "structure.periodColumnsMoved.many"
  | "structure.periodColumnsMoved.order"
  | "table.rowsBelow.oneRow"
  | "area.unfilledRows.all"
  | "required.empty.weighted"
  | "number.asText.ambiguous"
  | "number.asText.implausible"
  | "date.asText.ambiguous"
  | "date.asText.monthOutOfRange"
  | "date.asText.invalidDate"
  | "list.outside.canonical"
  | "programming.notCumulative.lastNotGoal";

export type IssueMessageKey = IssueCode | IssueVariantKey;

export const issueMessages = defineCatalog<IssueMessageKey>(
  {
    "structure.noTemplate":
      "El libro no trae su plantilla (hoja oculta «Plantilla»), así que no se puede saber qué áreas y columnas debe tener. Use una copia completa del libro del plan o vuelva a generarlo con «plan-matrix generate».",
    "structure.unknownTemplateVersion":
      "La plantilla guardada en el libro no es válida (campo «{field}»), así que no se pueden revisar sus áreas. Use un libro generado por plan-matrix o actualícelo con «plan-matrix upgrade».",
    "structure.unknownTemplateVersion.unsupportedSchema":
      "El libro se hizo con una plantilla de esquema {found}, que esta versión de plan-matrix no conoce (entiende el esquema {supported}). Actualice plan-matrix, o actualice el libro con «plan-matrix upgrade» y una plantilla compatible.",
    "structure.noConfiguration":
      "Falta la hoja «Configuración» (o sus nombres Corte, Vigencia y umbrales), así que no se conoce el corte ni los umbrales del semáforo. Restáurela desde una copia del libro original o vuelva a generar el libro.",
    "structure.badCutoff":
      "El corte «{cutoff}» de «Configuración» ({cell}) no es un periodo del plan. Elija uno de la lista: {periods}.",
    "configuration.thresholdNotNumber":
      "El umbral «{name}» de «Configuración» ({cell}) tiene «{value}», que no es un número, así que el semáforo no puede compararse con él. Escriba un número como porcentaje (por ejemplo 80 %, no el texto «80%» ni 80).",
    "configuration.cutoffIndexOverwritten":
      "La celda de «CorteIndice» en «Configuración» ({cell}) perdió su fórmula (ahora tiene {value}), así que las fórmulas de las hojas ya no calculan al corte de «Corte». Use la corrección automática para restaurarla, o copie esa celda desde el libro original.",
    "configuration.cutoffIndexError":
      "La celda de «CorteIndice» en «Configuración» ({cell}) conserva su fórmula pero da el error {value}, así que todas las fórmulas de las hojas, «Resumen» y «Tablero» muestran errores. Suele pasar cuando se borró la hoja oculta «Listas» o el nombre «Periodos». Restaure «Listas» desde una copia del libro original (o deshaga el borrado) y las fórmulas volverán a calcular; no hay corrección automática.",
    "configuration.thresholdOrder":
      "El umbral «{name}» de «Configuración» ({cell}) es {value}: los umbrales deben cumplir 0 < amarillo < verde ≤ 100 % < sobreejecución. Corrija el valor (por ejemplo verde 80 %, amarillo 60 %, sobreejecución 120 %).",
    "weights.zeroProgrammed":
      "El área {area} pondera sus filas, pero sus {rows} filas con programación al corte {cutoff} suman 0 % de ponderación, así que su cumplimiento no se puede calcular. Asigne la «Ponderación» de esas filas (todas deben sumar 100 %).",
    "structure.badCutoff.blank":
      "El corte de «Configuración» ({cell}) está vacío, así que ninguna cifra del semáforo tiene periodo. Elija el corte de la lista: {periods}.",
    "structure.badCutoff.option":
      "El corte «{cutoff}» indicado no es un periodo del plan. Indique uno de estos: {periods}.",
    "structure.badCutoff.uncalculated":
      "El corte de «Configuración» ({cell}) tiene la fórmula {formula}, que nunca se calculó (el archivo no guarda su resultado), así que no se sabe a qué periodo se calculan las cifras. Abra el libro en Excel o LibreOffice y guárdelo para que la calcule, o escriba el corte: uno de {periods}.",
    "configuration.thresholdNotNumber.uncalculated":
      "El umbral «{name}» de «Configuración» ({cell}) tiene la fórmula {value}, que nunca se calculó (el archivo no guarda su resultado), así que el semáforo no puede compararse con él. Abra el libro en Excel o LibreOffice y guárdelo para que la calcule, o escriba el número como porcentaje (por ejemplo 80 %).",
    "structure.badCutoff.spaces":
      "El corte «{cutoff}» de «Configuración» ({cell}) tiene espacios antes o después de «{period}», y las fórmulas del libro no lo reconocen como periodo (su «Índice del corte» da #N/A). Escriba «{period}» sin espacios, o elíjalo de la lista.",
    "structure.missingAreaTable":
      "No se encuentra la tabla {table} del área «{name}» en ningún lugar del libro. Restaure la pestaña del área (cópiela del libro original) sin cambiar el nombre de la tabla.",
    "structure.unknownAreaTable":
      "La tabla {table} de la hoja «{sheet}» no corresponde a ningún área de la plantilla. Si es una copia, elimínela; si es un área nueva, agréguela a la plantilla y actualice el libro con «plan-matrix upgrade».",
    "structure.missingHeader":
      "A la tabla {table} de la hoja «{sheet}» le falta la columna «{column}». Agréguela a la tabla con ese encabezado exacto (puede copiarla de la pestaña de otra área).",
    "structure.missingHeader.similar":
      "A la tabla {table} de la hoja «{sheet}» le falta la columna «{column}»; la columna «{similar}» ({similarCell}) se le parece: escriba su encabezado exactamente como «{column}».",
    "structure.periodColumnsMoved":
      "En la hoja «{sheet}», la columna «{column}» ({cell}) quedó entre las columnas «{first}» a «{last}» de la tabla {table} ({range}). Las fórmulas de cada fila leen esas columnas por su posición, así que la hoja calcula otra cifra que la de sus encabezados, y el área queda «Con errores». Mueva esa columna después de las columnas de la plantilla y deje Programado {firstPeriod} a {lastPeriod} y Ejecutado {firstPeriod} a {lastPeriod} una al lado de la otra, en ese orden.",
    "structure.periodColumnsMoved.many":
      "En la hoja «{sheet}», las columnas {columns} quedaron entre las columnas «{first}» a «{last}» de la tabla {table} ({range}). Las fórmulas de cada fila leen esas columnas por su posición, así que la hoja calcula otra cifra que la de sus encabezados, y el área queda «Con errores». Mueva esas columnas después de las columnas de la plantilla y deje Programado {firstPeriod} a {lastPeriod} y Ejecutado {firstPeriod} a {lastPeriod} una al lado de la otra, en ese orden.",
    "structure.periodColumnsMoved.order":
      "En la hoja «{sheet}», las columnas «{first}» a «{last}» de la tabla {table} no están en orden: en {range} se leen, de izquierda a derecha, {order}; «{column}» ({cell}) no está en su lugar. Las fórmulas de cada fila leen esas columnas por su posición, así que la hoja calcula otra cifra que la de sus encabezados, y el área queda «Con errores». Ponga Programado {firstPeriod} a {lastPeriod} y Ejecutado {firstPeriod} a {lastPeriod} una al lado de la otra, en ese orden, y las columnas que usted agregó después de las columnas de la plantilla.",
    "table.rowsBelow":
      "Las filas {first} a {last} de la hoja «{sheet}» tienen datos ({range}) debajo de la tabla {table}, pero no son parte de la tabla: las revisiones, el semáforo y «Resumen» no las cuentan, y no se consolidan en la «Matriz». Amplíe la tabla para incluirlas (en Excel: Diseño de tabla › Cambiar el tamaño de la tabla, o arrastre la esquina inferior derecha de la tabla) o mueva esos datos a filas de la tabla.",
    "table.rowsBelow.oneRow":
      "La fila {first} de la hoja «{sheet}» tiene datos ({range}) debajo de la tabla {table}, pero no es parte de la tabla: las revisiones, el semáforo y «Resumen» no la cuentan, y no se consolida en la «Matriz». Amplíe la tabla para incluirla (en Excel: Diseño de tabla › Cambiar el tamaño de la tabla, o arrastre la esquina inferior derecha de la tabla) o mueva esos datos a una fila de la tabla.",
    "table.headerRowHidden":
      "La tabla {table} de la hoja «{sheet}» tiene oculta su fila de encabezados: la hoja no muestra los nombres de las columnas ni sus botones de filtro, y quien diligencia la pestaña no ve qué columna es cada una. Las revisiones y el semáforo la leen igual, por los nombres que la tabla guarda. Vuelva a mostrarla en Excel: Diseño de tabla › Fila de encabezado.",
    "area.unfilledRows":
      "Filas del área {area} sin diligenciar: {count} de {total}; la primera es la fila {row}. Complételas (actividad, indicador, tipo, unidad, meta, programación, responsable y fechas) o elimine las que no se usarán.",
    "area.unfilledRows.all":
      "El área {area} aún no ha diligenciado su plan (filas sin diligenciar: {total}). En la pestaña «{sheet}», complete actividad, indicador, tipo, unidad, meta, programación, responsable y fechas de cada objetivo.",
    "required.empty": "Falta «{column}» en {cell}. Es un dato obligatorio: escríbalo.",
    "required.empty.weighted":
      "Falta la «Ponderación» en {cell}. El área pondera sus filas, así que cada fila necesita su peso en % (todas deben sumar 100 %).",
    "number.asText":
      "«{column}» en {cell} tiene «{value}» escrito como texto, y así no se suma ni se compara. Es el número {fixed}: aplique la corrección automática o escríbalo de nuevo como número.",
    "number.asText.ambiguous":
      "«{column}» en {cell} tiene «{value}» escrito como texto, y puede leerse de dos formas: {first} (con coma decimal) o {second} (con coma de miles). Escriba el número sin separador de miles y con coma decimal (por ejemplo 1234,5) para que no haya duda.",
    "number.asText.implausible":
      "«{column}» en {cell} tiene «{value}» escrito como texto; se leería como {reading}, que no es un valor posible en esta columna. Escriba el valor de nuevo: los porcentajes con el signo % (por ejemplo 25 %) y los pesos sin decimales.",
    "number.invalid":
      "«{column}» en {cell} debe ser un número, pero contiene «{value}». Escriba solo el número (sin unidades ni palabras); las aclaraciones van en «Observaciones».",
    "date.asText":
      "«{column}» en {cell} tiene la fecha «{value}» escrita como texto. Es el {fixed}: aplique la corrección automática o escríbala de nuevo como fecha (dd/mm/aaaa).",
    "date.asText.ambiguous":
      "«{column}» en {cell} tiene «{value}» como texto, con el año en dos dígitos. Escriba la fecha completa como dd/mm/aaaa, por ejemplo 15/03/{year}.",
    "date.asText.monthOutOfRange":
      "«{column}» en {cell} tiene «{value}» como texto: leída como día/mes/año, el mes sería {month}, que no existe (¿está escrita como mes/día?). Escriba la fecha como dd/mm/aaaa.",
    "date.asText.invalidDate":
      "«{column}» en {cell} tiene «{value}», que no es una fecha del calendario. Revise el día y el mes y escríbala como dd/mm/aaaa.",
    "date.invalid":
      "«{column}» en {cell} debe ser una fecha, pero contiene «{value}». Escriba una fecha de {year} como dd/mm/aaaa.",
    "list.outside":
      "«{value}» en {cell} no es un valor de la lista de «{column}». Elija uno de la lista desplegable: {allowed}.",
    "list.outside.canonical":
      "«{value}» en {cell} no está escrito exactamente como en la lista de «{column}»: debe ser «{canonical}». Aplique la corrección automática o elíjalo de la lista desplegable.",
    "number.negative":
      "«{column}» en {cell} es negativo ({value}). Los valores del plan no pueden ser negativos: escriba un número mayor o igual a 0.",
    "percentage.aboveOne":
      "«{column}» en {cell} vale {percent} %, más del 100 %. Escriba el porcentaje con el signo % (por ejemplo 25 %) o como fracción (0,25).",
    "goal.notPositive":
      "La «Meta» en {cell} es {value}; debe ser mayor que 0. Escriba la meta de la vigencia.",
    "date.outsideYear":
      "«{column}» en {cell} ({value}) está fuera de la vigencia {year}. Escriba una fecha entre el 01/01/{year} y el 31/12/{year}.",
    "date.endBeforeStart":
      "La «Fecha fin» en {cell} ({value}) es anterior a la «Fecha inicio» ({start}). Corrija una de las dos fechas.",
    "programming.sumMismatch":
      "La programación de la fila {row} suma {sum}, pero la «Meta» es {goal}. Con unidad Número los periodos se suman: ajuste lo programado ({first} a {last}) o la Meta para que coincidan.",
    "programming.notCumulative":
      "Con unidad Porcentaje cada periodo programado es el nivel acumulado y no puede bajar: «{column}» en {cell} ({value}) es menor que el periodo anterior ({previous}). Escriba en cada periodo el avance acumulado hasta ese momento.",
    "programming.notCumulative.lastNotGoal":
      "Con unidad Porcentaje el último periodo programado debe ser la «Meta»: «{column}» en {cell} es {value} y la Meta es {goal}. Escriba en el último periodo el nivel final esperado (la Meta).",
    "weights.notHundred":
      "Las ponderaciones del área {area} suman {sum} %, no 100 %. Ajuste la «Ponderación» de sus filas para que sumen exactamente 100 %.",
    "id.duplicate":
      "El ID «{value}» en {cell} ya está en la hoja «{firstSheet}», celda {firstCell}. Cada fila necesita un ID único en todo el libro: cámbielo.",
    "cell.errorValue":
      "«{column}» en {cell} muestra el error {value}. Corrija la fórmula o reemplácela por el valor que corresponde.",
    "cell.uncalculated":
      "«{column}» en {cell} tiene una fórmula cuyo resultado no está guardado en el archivo (la escribió un programa que no calcula fórmulas), así que su valor no se puede leer ni contar. Abra el archivo en Excel o LibreOffice y guárdelo para que la fórmula se calcule, o escriba el valor en lugar de la fórmula.",
    "cell.textTooLong":
      "«{column}» en {cell} tiene un texto de {length} caracteres, más de los 32.767 que caben en una celda de Excel (lo escribió otro programa): Excel no abre el libro así, sino que ofrece repararlo y corta el texto. Acórtelo a 32.767 caracteres como máximo; si necesita el texto entero, guárdelo en un documento aparte y deje en la celda un resumen o el enlace a ese documento.",
    "formula.overwritten":
      "La fórmula de «{column}» en {cell} fue borrada o reemplazada. Esta columna se calcula sola: aplique la corrección automática para restaurarla y no escriba en ella.",
    "executed.afterCutoff":
      "«{column}» en {cell} registra lo ejecutado ({value}) de un periodo posterior al corte {cutoff}, que aún no se tiene en cuenta. Verifique que no lo haya registrado en el periodo equivocado.",
    "executed.missing":
      "Falta lo ejecutado de {period} en {cell}: el periodo ya pasó (corte {cutoff}) y tenía programado {programmed}. Registre lo ejecutado (0 si no hubo avance) y sus evidencias.",
    "compliance.overExecution":
      "La fila {row} tiene un cumplimiento de {compliance} %, por encima del umbral de sobreejecución ({threshold} %). Verifique lo programado y lo ejecutado, y explique la sobreejecución en «Observaciones».",
    "report.stillDraft":
      "El «Estado del reporte» en {cell} sigue en Borrador al corte {cutoff}. Cuando termine de reportar el periodo, cámbielo a Enviado.",
    "executed.noEvidence":
      "La fila {row} reporta lo ejecutado ({periods}) pero «Evidencias» en {cell} está vacía. Escriba o enlace las evidencias del avance.",
    "weights.missing":
      "El área {area} no pondera sus filas, así que su semáforo usa pesos iguales. Si sus actividades pesan distinto, escriba la «Ponderación» de cada fila (deben sumar 100 %).",
  },
  {
    "structure.noTemplate":
      "The workbook does not carry its template (hidden sheet “Plantilla”), so its areas and columns cannot be known. Use a complete copy of the plan workbook or generate it again with “plan-matrix generate”.",
    "structure.unknownTemplateVersion":
      "The template stored in the workbook is not valid (field “{field}”), so its areas cannot be checked. Use a workbook generated by plan-matrix or bring it up to date with “plan-matrix upgrade”.",
    "structure.unknownTemplateVersion.unsupportedSchema":
      "The workbook was made with a template of schema {found}, which this version of plan-matrix does not know (it understands schema {supported}). Update plan-matrix, or upgrade the workbook with “plan-matrix upgrade” and a compatible template.",
    "structure.noConfiguration":
      "The “Configuración” sheet (or its names Corte, Vigencia and thresholds) is missing, so the cut-off and the semáforo thresholds are unknown. Restore it from a copy of the original workbook or generate the workbook again.",
    "structure.badCutoff":
      "The cut-off “{cutoff}” in “Configuración” ({cell}) is not a period of the plan. Pick one from the list: {periods}.",
    "configuration.thresholdNotNumber":
      "Threshold “{name}” in “Configuración” ({cell}) holds “{value}”, which is not a number, so the traffic light cannot compare with it. Type a number formatted as a percentage (e.g. 80 %, not the text “80%” nor 80).",
    "configuration.cutoffIndexOverwritten":
      "The “CorteIndice” cell of “Configuración” ({cell}) lost its formula (it now holds {value}), so the sheets' formulas no longer compute at the cut-off in “Corte”. Use the automatic fix to restore it, or copy that cell from the original workbook.",
    "configuration.cutoffIndexError":
      "The “CorteIndice” cell of “Configuración” ({cell}) still holds its formula but gives the error {value}, so every formula of the sheets, “Resumen” and “Tablero” shows errors. This usually happens when the hidden sheet “Listas” or the name “Periodos” was deleted. Restore “Listas” from a copy of the original workbook (or undo the deletion) and the formulas will compute again; there is no automatic fix.",
    "configuration.thresholdOrder":
      "Threshold “{name}” in “Configuración” ({cell}) is {value}: thresholds must satisfy 0 < yellow < green ≤ 100 % < over-execution. Correct the value (e.g. green 80 %, yellow 60 %, over-execution 120 %).",
    "weights.zeroProgrammed":
      "Area {area} weights its rows, but its {rows} rows with programming at cut-off {cutoff} carry 0 % weight in total, so its compliance cannot be computed. Set the “Ponderación” of those rows (all must add up to 100 %).",
    "structure.badCutoff.blank":
      "The cut-off in “Configuración” ({cell}) is blank, so no figure of the traffic light has a period. Pick the cut-off from the list: {periods}.",
    "structure.badCutoff.option":
      "The cut-off “{cutoff}” you gave is not a period of the plan. Give one of these: {periods}.",
    "structure.badCutoff.uncalculated":
      "The cut-off in “Configuración” ({cell}) holds the formula {formula}, which was never calculated (the file keeps no result for it), so the period the figures are computed at is unknown. Open the workbook in Excel or LibreOffice and save it so that it is calculated, or type the cut-off: one of {periods}.",
    "configuration.thresholdNotNumber.uncalculated":
      "The threshold “{name}” in “Configuración” ({cell}) holds the formula {value}, which was never calculated (the file keeps no result for it), so the traffic light cannot be compared with it. Open the workbook in Excel or LibreOffice and save it so that it is calculated, or type the number as a percentage (for example 80 %).",
    "structure.badCutoff.spaces":
      "The cut-off “{cutoff}” in “Configuración” ({cell}) has spaces before or after “{period}”, so the workbook’s formulas do not recognise it as a period (its “Índice del corte” is #N/A). Type “{period}” without spaces, or pick it from the list.",
    "structure.missingAreaTable":
      "Table {table} of area “{name}” is nowhere in the workbook. Restore the area's tab (copy it from the original workbook) without renaming the table.",
    "structure.unknownAreaTable":
      "Table {table} on sheet “{sheet}” matches no area of the template. If it is a copy, delete it; if it is a new area, add it to the template and upgrade the workbook with “plan-matrix upgrade”.",
    "structure.missingHeader":
      "Table {table} on sheet “{sheet}” lacks the column “{column}”. Add it to the table with exactly that header (you can copy it from another area's tab).",
    "structure.missingHeader.similar":
      "Table {table} on sheet “{sheet}” lacks the column “{column}”; column “{similar}” ({similarCell}) looks like it: write its header exactly as “{column}”.",
    "structure.periodColumnsMoved":
      "On sheet “{sheet}”, column “{column}” ({cell}) sits among the columns “{first}” to “{last}” of table {table} ({range}). The formulas of each row read those columns by position, so the sheet computes a different figure from what its headers say, and the area is “Con errores”. Move that column after the template's columns and keep Programado {firstPeriod} to {lastPeriod} and Ejecutado {firstPeriod} to {lastPeriod} side by side, in that order.",
    "structure.periodColumnsMoved.many":
      "On sheet “{sheet}”, columns {columns} sit among the columns “{first}” to “{last}” of table {table} ({range}). The formulas of each row read those columns by position, so the sheet computes a different figure from what its headers say, and the area is “Con errores”. Move those columns after the template's columns and keep Programado {firstPeriod} to {lastPeriod} and Ejecutado {firstPeriod} to {lastPeriod} side by side, in that order.",
    "structure.periodColumnsMoved.order":
      "On sheet “{sheet}”, columns “{first}” to “{last}” of table {table} are out of order: {range} holds, left to right, {order}; “{column}” ({cell}) is not in its place. The formulas of each row read those columns by position, so the sheet computes a different figure from what its headers say, and the area is “Con errores”. Put Programado {firstPeriod} to {lastPeriod} and Ejecutado {firstPeriod} to {lastPeriod} side by side, in that order, and the columns you added after the template's columns.",
    "table.rowsBelow":
      "Rows {first} to {last} of sheet “{sheet}” hold data ({range}) below table {table}, but they are not part of the table: the checks, the traffic light and “Resumen” do not count them, and they are not consolidated into “Matriz”. Widen the table to include them (in Excel: Table Design › Resize Table, or drag the table's bottom-right corner) or move that data into rows of the table.",
    "table.rowsBelow.oneRow":
      "Row {first} of sheet “{sheet}” holds data ({range}) below table {table}, but it is not part of the table: the checks, the traffic light and “Resumen” do not count it, and it is not consolidated into “Matriz”. Widen the table to include it (in Excel: Table Design › Resize Table, or drag the table's bottom-right corner) or move that data into a row of the table.",
    "table.headerRowHidden":
      "Table {table} on sheet “{sheet}” has its header row hidden: the sheet shows neither the column names nor their filter buttons, and whoever fills in the tab cannot see which column is which. The checks and the traffic light still read it, by the names the table keeps. Show it again in Excel: Table Design › Header Row.",
    "area.unfilledRows":
      "Rows of area {area} not filled in yet: {count} of {total}; the first is row {row}. Complete them (activity, indicator, type, unit, goal, programming, responsible and dates) or delete those that will not be used.",
    "area.unfilledRows.all":
      "Area {area} has not filled in its plan yet (rows not filled in: {total}). On tab “{sheet}”, complete activity, indicator, type, unit, goal, programming, responsible and dates for each objective.",
    "required.empty": "“{column}” is missing in {cell}. It is required: fill it in.",
    "required.empty.weighted":
      "“Ponderación” is missing in {cell}. The area weights its rows, so every row needs its weight in % (all must add up to 100%).",
    "number.asText":
      "“{column}” in {cell} holds “{value}” typed as text, so it is neither added up nor compared. It is the number {fixed}: apply the automatic fix or type it again as a number.",
    "number.asText.ambiguous":
      "“{column}” in {cell} holds “{value}” typed as text, and it reads two ways: {first} (with a decimal comma) or {second} (with a thousands comma). Type the number without a thousands separator and with a decimal comma (e.g. 1234,5) so that there is no doubt.",
    "number.asText.implausible":
      "“{column}” in {cell} holds “{value}” typed as text; it would read as {reading}, which is not a possible value in this column. Type the value again: percentages with the % sign (e.g. 25%) and pesos without decimals.",
    "number.invalid":
      "“{column}” in {cell} must be a number, but it holds “{value}”. Type only the number (no units or words); remarks go in “Observaciones”.",
    "date.asText":
      "“{column}” in {cell} holds the date “{value}” typed as text. It is {fixed}: apply the automatic fix or type it again as a date (dd/mm/yyyy).",
    "date.asText.ambiguous":
      "“{column}” in {cell} holds “{value}” as text, with a two-digit year. Type the full date as dd/mm/yyyy, e.g. 15/03/{year}.",
    "date.asText.monthOutOfRange":
      "“{column}” in {cell} holds “{value}” as text: read as day/month/year, the month would be {month}, which does not exist (is it written month/day?). Type the date as dd/mm/yyyy.",
    "date.asText.invalidDate":
      "“{column}” in {cell} holds “{value}”, which is not a calendar date. Check the day and the month and type it as dd/mm/yyyy.",
    "date.invalid":
      "“{column}” in {cell} must be a date, but it holds “{value}”. Type a date of {year} as dd/mm/yyyy.",
    "list.outside":
      "“{value}” in {cell} is not a value of the “{column}” list. Pick one from the dropdown: {allowed}.",
    "list.outside.canonical":
      "“{value}” in {cell} is not written exactly as in the “{column}” list: it must be “{canonical}”. Apply the automatic fix or pick it from the dropdown.",
    "number.negative":
      "“{column}” in {cell} is negative ({value}). Plan values cannot be negative: type a number greater than or equal to 0.",
    "percentage.aboveOne":
      "“{column}” in {cell} is {percent}%, more than 100%. Type the percentage with the % sign (e.g. 25%) or as a fraction (0.25).",
    "goal.notPositive":
      "“Meta” in {cell} is {value}; it must be greater than 0. Type the goal for the year.",
    "date.outsideYear":
      "“{column}” in {cell} ({value}) is outside the plan year {year}. Type a date between 01/01/{year} and 31/12/{year}.",
    "date.endBeforeStart":
      "“Fecha fin” in {cell} ({value}) is before “Fecha inicio” ({start}). Correct one of the two dates.",
    "programming.sumMismatch":
      "The programming of row {row} adds up to {sum}, but “Meta” is {goal}. With unit Número the periods add up: adjust what is programmed ({first} to {last}) or the goal so that they match.",
    "programming.notCumulative":
      "With unit Porcentaje each programmed period is the cumulative level and cannot go down: “{column}” in {cell} ({value}) is below the previous period ({previous}). Type in each period the progress accumulated so far.",
    "programming.notCumulative.lastNotGoal":
      "With unit Porcentaje the last programmed period must be the goal: “{column}” in {cell} is {value} and “Meta” is {goal}. Type the final expected level (the goal) in the last period.",
    "weights.notHundred":
      "The weights of area {area} add up to {sum}%, not 100%. Adjust the “Ponderación” of its rows so that they add up to exactly 100%.",
    "id.duplicate":
      "ID “{value}” in {cell} is already used on sheet “{firstSheet}”, cell {firstCell}. Every row needs an ID that is unique in the whole workbook: change it.",
    "cell.errorValue":
      "“{column}” in {cell} shows the error {value}. Correct the formula or replace it with the right value.",
    "cell.uncalculated":
      "“{column}” in {cell} holds a formula whose result is not saved in the file (a program that does not calculate formulas wrote it), so its value can be neither read nor counted. Open the file in Excel or LibreOffice and save it so that the formula is calculated, or type the value instead of the formula.",
    "cell.textTooLong":
      "“{column}” in {cell} holds a text of {length} characters, more than the 32,767 an Excel cell holds (another program wrote it): Excel does not open the workbook like this, it offers to repair it and cuts the text. Shorten it to 32,767 characters at most; if you need the whole text, keep it in a separate document and leave a summary or the link to that document in the cell.",
    "formula.overwritten":
      "The formula of “{column}” in {cell} was deleted or replaced. This column computes itself: apply the automatic fix to restore it, and do not type in it.",
    "executed.afterCutoff":
      "“{column}” in {cell} records an executed value ({value}) for a period after the cut-off {cutoff}, which does not count yet. Check that it was not recorded in the wrong period.",
    "executed.missing":
      "The executed value of {period} is missing in {cell}: the period is over (cut-off {cutoff}) and {programmed} was programmed. Record what was executed (0 if there was no progress) and its evidence.",
    "compliance.overExecution":
      "Row {row} has a compliance of {compliance}%, above the over-execution threshold ({threshold}%). Check what was programmed and executed, and explain the over-execution in “Observaciones”.",
    "report.stillDraft":
      "“Estado del reporte” in {cell} is still Borrador at the cut-off {cutoff}. When the period's report is complete, change it to Enviado.",
    "executed.noEvidence":
      "Row {row} reports executed values ({periods}) but “Evidencias” in {cell} is empty. Write or link the evidence of the progress.",
    "weights.missing":
      "Area {area} does not weight its rows, so its semáforo uses equal weights. If its activities weigh differently, fill in each row's “Ponderación” (they must add up to 100%).",
  }
);

const KEYS = new Set<string>(Object.keys(issueMessages.es));

export function isIssueMessageKey(key: string): key is IssueMessageKey {
  return KEYS.has(key);
}
