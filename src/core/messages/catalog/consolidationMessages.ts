import { defineCatalog } from "../defineCatalog";

export type ConsolidationMessageCode =
  | "import.notPlan"
  | "import.otherTemplate"
  | "import.staleVersion"
  | "import.oneTab"
  | "import.oneTabColumns"
  | "import.rowsBelow"
  | "import.unknownArea"
  | "import.twoFiles"
  | "import.tabDiffers"
  | "import.noTab"
  | "import.sharedSheet"
  | "import.totalsRow"
  | "import.unidentifiedColumns"
  | "import.tabUnidentifiedColumns"
  | "import.noData"
  | "import.used"
  | "import.replaced"
  | "import.kept"
  | "import.fileHyperlinksNotCarried"
  | "import.fileDrawingsNotCarried"
  | "import.fileRichTextNotCarried"
  | "import.tabHyperlinksNotCarried"
  | "import.tabDrawingsNotCarried"
  | "import.tabRichTextNotCarried"
  | "import.tabCommentsNotCarried"
  | "import.outsideCollision"
  | "import.outsideCarried"
  | "import.fileOutsideCollision"
  | "import.fileOutsideCarried"
  | "import.fileOutsideFormulas"
  | "import.computedReplaced"
  | "matrix.rowsVanished"
  | "matrix.notesRestored"
  | "matrix.textCut";

export const consolidationMessages = defineCatalog<ConsolidationMessageCode>(
  {
    "import.notPlan":
      "«{file}» no es un libro de plan-matrix (no guarda su plantilla): no se importó. Pida al área el archivo que se le envió.",
    "import.otherTemplate":
      "«{file}» es de otra plantilla («{found}», se esperaba «{expected}»): no se importó. Pida al área que diligencie el archivo del plan {year}.",
    "import.staleVersion":
      "«{file}» usa la versión {found} de la plantilla y este libro la {expected}: el área {area} no se importó. Pida al área que copie sus filas en el archivo del plan vigente (versión {expected}) e impórtelo de nuevo.",
    "import.oneTab":
      "«{file}» es una copia de la pestaña del área {area}, sin la plantilla del plan: se reconoció por su tabla {table} y sus columnas, que son las de este plan.",
    "import.oneTabColumns":
      "«{file}» es una copia de la pestaña del área {area} sin la plantilla del plan, y a su tabla {table} le faltan columnas de este plan ({columns}): no se importó. Pida al área que copie sus filas en el archivo que se le envió e impórtelo de nuevo.",
    "import.rowsBelow":
      "«{file}» tiene datos en {range} de la hoja «{sheet}», debajo de la tabla {table} y fuera de ella: el área {area} no se importó, para no perderlos. Amplíe la tabla en ese archivo para incluirlos (Diseño de tabla › Cambiar el tamaño de la tabla), o pida al área que lo haga, e impórtelo de nuevo.",
    "import.unknownArea":
      "«{file}» trae la tabla {table}, que no es un área de este plan: no se importó. Revise si el área cambió de código.",
    "import.twoFiles":
      "El área {area} llega en dos archivos ({files}): no se mezclan ni se importó ninguno. Deje solo el archivo correcto e importe de nuevo.",
    "import.tabDiffers":
      "La pestaña «{sheet}» del área {area} ya tiene {count, plural, one {1 valor escrito distinto} other {# valores escritos distintos}} de los de «{file}» (el primero: {id}, {column}): no se importó.",
    "import.noTab":
      "Este libro no tiene la tabla {table} del área {area}: «{file}» no se importó. Actualice el libro a la plantilla vigente e importe de nuevo.",
    "import.sharedSheet":
      "La pestaña «{sheet}» del área {area} tiene también {others}: «{file}» no se importó para no borrarlas. Mueva esas tablas a otra pestaña e importe de nuevo.",
    "import.totalsRow":
      "La tabla {table} de la pestaña «{sheet}» (área {area}) tiene fila de totales, que la importación no sabe rehacer: «{file}» no se importó para no perderla. Quite la fila de totales (Diseño de tabla › Fila de totales), importe de nuevo y vuelva a activarla.",
    "import.unidentifiedColumns":
      "En «{file}», {count, plural, one {la columna {columns} de la pestaña «{sheet}» tiene valores escritos y su encabezado está en blanco o repite el de otra columna} other {las columnas {columns} de la pestaña «{sheet}» tienen valores escritos y su encabezado está en blanco o repite el de otra columna}}: no se sabe de qué columna son esos valores, así que el área {area} no se importó, para no perderlos. Dele a cada columna un encabezado propio, que no repita otro, e importe de nuevo.",
    "import.tabUnidentifiedColumns":
      "En este libro, {count, plural, one {la columna {columns} de la pestaña «{sheet}» tiene valores escritos y su encabezado está en blanco o repite el de otra columna} other {las columnas {columns} de la pestaña «{sheet}» tienen valores escritos y su encabezado está en blanco o repite el de otra columna}}: la importación rehace la pestaña y esos valores se perderían, así que «{file}» no se importó para el área {area}. Dele a cada columna un encabezado propio, que no repita otro, e importe de nuevo.",
    "import.noData": "«{file}»: el área {area} está sin diligenciar; se ignoró.",
    "import.used":
      "«{file}»: el área {area} se importó a su pestaña «{sheet}» ({rows, plural, one {1 fila} other {# filas}}).",
    "import.replaced":
      "Área {area}: {count, plural, one {1 valor escrito se reemplazó; queda} other {# valores escritos se reemplazaron; quedan}} en «Registro» con su valor anterior.",
    "import.kept": "El área {area} conserva su pestaña: no se importó {files}.",
    "import.fileHyperlinksNotCarried":
      "«{file}», hoja «{sheet}»: {count, plural, one {el vínculo de {cells}} other {los # vínculos de {cells}}} {count, plural, one {no pasó} other {no pasaron}} a la pestaña «{tab}» del área {area}: los vínculos pasan con el valor de su celda, y {count, plural, one {esa celda no se importa} other {esas celdas no se importan}} (fuera de las filas de la tabla, en una columna calculada o vacía). «{file}» {count, plural, one {lo conserva} other {los conserva}}: vuelva a {count, plural, one {ponerlo} other {ponerlos}} a mano en la celda que corresponda (Insertar › Vínculo) o escriba la dirección en el texto de la celda.",
    "import.fileDrawingsNotCarried":
      "«{file}», hoja «{sheet}»: {count, plural, one {el objeto dibujado sobre la hoja} other {los # objetos dibujados sobre la hoja}} (gráficos: {charts}) {count, plural, one {no pasó} other {no pasaron}} a la pestaña «{tab}» del área {area}, que se reconstruye al importar. {count, plural, one {Cópielo} other {Cópielos}} desde «{file}» si {count, plural, one {lo necesita} other {los necesita}}.",
    "import.fileRichTextNotCarried":
      "«{file}», hoja «{sheet}»: {count, plural, one {la celda {cells} tenía} other {# celdas ({cells}) tenían}} texto con formato propio (negrilla, color dentro de la celda); el texto pasó a la pestaña «{tab}» del área {area}, pero sin ese formato. Vuelva a aplicarlo a mano si lo necesita.",
    "import.tabHyperlinksNotCarried":
      "La pestaña «{tab}» del área {area} tenía {count, plural, one {un vínculo en {cells}, que se perdió} other {# vínculos en {cells}, que se perdieron}} al reconstruirla para importar «{file}» ({count, plural, one {su celda toma} other {sus celdas toman}} lo que trae el archivo o lo que escribe la plantilla); el libro de entrada {count, plural, one {lo conserva} other {los conserva}}. Vuelva a {count, plural, one {ponerlo} other {ponerlos}} a mano (Insertar › Vínculo) o escriba la dirección en el texto de la celda.",
    "import.tabDrawingsNotCarried":
      "La pestaña «{tab}» del área {area} tenía {count, plural, one {un objeto dibujado sobre la hoja} other {# objetos dibujados sobre la hoja}} (gráficos: {charts}), {count, plural, one {que se perdió} other {que se perdieron}} al reconstruirla para importar «{file}»; el libro de entrada {count, plural, one {lo conserva} other {los conserva}}. {count, plural, one {Cópielo} other {Cópielos}} desde el libro de entrada si {count, plural, one {lo necesita} other {los necesita}}.",
    "import.tabRichTextNotCarried":
      "La pestaña «{tab}» del área {area} tenía texto con formato propio (negrilla, color dentro de la celda) en {count, plural, one {la celda {cells}} other {# celdas ({cells})}}: al reconstruirla para importar «{file}» el formato se perdió; el libro de entrada lo conserva. Vuelva a aplicarlo a mano si lo necesita.",
    "import.tabCommentsNotCarried":
      "La pestaña «{tab}» del área {area} tenía {count, plural, one {un comentario en {cells}, que se perdió} other {# comentarios en {cells}, que se perdieron}} al reconstruirla para importar «{file}»; el libro de entrada {count, plural, one {lo conserva} other {los conserva}}. {count, plural, one {Cópielo} other {Cópielos}} a mano si {count, plural, one {lo necesita} other {los necesita}}.",
    "import.outsideCollision":
      "La pestaña «{sheet}» del área {area} tiene {count, plural, one {una celda escrita fuera de la tabla ({cells}) donde} other {# celdas escritas fuera de la tabla ({cells}) donde}} quedaría la tabla con las filas y columnas de «{file}»: «{file}» no se importó para el área {area}, para no escribir encima. Mueva ese contenido a celdas libres más a la derecha o más abajo de la tabla e importe de nuevo.",
    "import.outsideCarried":
      "La pestaña «{sheet}» del área {area} se reconstruyó para importar «{file}»: {count, plural, one {la celda escrita fuera de la tabla ({cells}) quedó en su lugar.} other {las # celdas escritas fuera de la tabla ({cells}) quedaron en su lugar.}}",
    "import.fileOutsideCollision":
      "«{file}» tiene {count, plural, one {una celda escrita fuera de la tabla, en la hoja «{fileSheet}» ({cells}), que iría a {tabCells}} other {# celdas escritas fuera de la tabla, en la hoja «{fileSheet}» ({cells}), que irían a {tabCells}}} de la pestaña «{sheet}» del área {area}, donde hay otro contenido: «{file}» no se importó para el área {area}, para no escribir encima ni perder lo del archivo. Mueva ese contenido a celdas libres, en el archivo o en la pestaña (o deje lo mismo en ambos), e importe de nuevo.",
    "import.fileOutsideCarried":
      "«{file}» tenía {count, plural, one {una celda escrita fuera de la tabla, en la hoja «{fileSheet}» ({cells}); quedó en {tabCells}} other {# celdas escritas fuera de la tabla, en la hoja «{fileSheet}» ({cells}); quedaron en {tabCells}}} de la pestaña «{sheet}» del área {area}, en el mismo lugar respecto de la tabla.",
    "import.fileOutsideFormulas":
      "En «{file}», {count, plural, one {la celda {cells} de la hoja «{fileSheet}», fuera de la tabla, tenía una fórmula: a la pestaña «{sheet}» se copió el valor que el archivo había calculado, no la fórmula} other {# celdas de la hoja «{fileSheet}» fuera de la tabla ({cells}) tenían fórmulas: a la pestaña «{sheet}» se copiaron los valores que el archivo había calculado, no las fórmulas}} (una fórmula nunca calculada, como su texto). Si debe seguir calculándose, escríbala de nuevo en la pestaña.",
    "import.computedReplaced":
      "En «{file}», hoja «{fileSheet}», {count, plural, one {1 celda de las columnas calculadas tenía un valor escrito sobre la fórmula ({cells}): no se importó, y en la pestaña «{sheet}» del área {area} se restauró la fórmula.} other {# celdas de las columnas calculadas tenían un valor escrito sobre la fórmula ({cells}): no se importaron, y en la pestaña «{sheet}» del área {area} se restauró la fórmula.}} Si era un dato del área, escríbalo en la columna de entrada que corresponda (Programado o Ejecutado).",
    "matrix.rowsVanished":
      "{count, plural, one {1 fila de la matriz anterior ya no está en su área ({ids}); sus notas} other {# filas de la matriz anterior ya no están en su área ({ids}); sus notas}} de Planeación se guardaron en «Registro».",
    "matrix.notesRestored":
      "{count, plural, one {1 fila retirada volvió a su área; sus notas de Planeación se restauraron.} other {# filas retiradas volvieron a su área; sus notas de Planeación se restauraron.}}",
    "matrix.textCut":
      "«{column}» en {place} tiene un texto de {length} caracteres, más de los 32.767 que caben en una celda de Excel: en «Matriz» quedó recortado, terminado en «[texto recortado…]». La hoja del área lo conserva entero, y Excel no abrirá el libro sin repararlo mientras sea así: acorte ese texto en la hoja del área y consolide de nuevo.",
  },
  {
    "import.notPlan":
      "“{file}” is not a plan-matrix workbook (it stores no template): not imported. Ask the area for the file it was sent.",
    "import.otherTemplate":
      "“{file}” comes from another template (“{found}”, expected “{expected}”): not imported. Ask the area to fill the {year} plan file.",
    "import.staleVersion":
      "“{file}” uses template version {found} and this workbook version {expected}: area {area} was not imported. Ask the area to copy its rows into the current plan file (version {expected}) and import it again.",
    "import.oneTab":
      "“{file}” is a copy of area {area}'s tab without the plan's template: it was recognised by its table {table} and its columns, which are this plan's.",
    "import.oneTabColumns":
      "“{file}” is a copy of area {area}'s tab without the plan's template, and its table {table} lacks columns of this plan ({columns}): not imported. Ask the area to copy its rows into the file it was sent and import it again.",
    "import.rowsBelow":
      "“{file}” holds data in {range} of sheet “{sheet}”, below table {table} and outside it: area {area} was not imported, so as not to lose it. Widen the table in that file to include it (Table Design › Resize Table), or ask the area to, and import it again.",
    "import.unknownArea":
      "“{file}” holds table {table}, which is not an area of this plan: not imported. Check whether the area changed its code.",
    "import.twoFiles":
      "Area {area} comes in two files ({files}): they are not merged and neither was imported. Keep only the right file and import again.",
    "import.tabDiffers":
      "The tab “{sheet}” of area {area} already holds {count, plural, one {1 typed value} other {# typed values}} that differ from “{file}” (the first: {id}, {column}): not imported.",
    "import.noTab":
      "This workbook has no table {table} for area {area}: “{file}” was not imported. Upgrade the workbook to the current template and import again.",
    "import.sharedSheet":
      "The tab “{sheet}” of area {area} also holds {others}: “{file}” was not imported so as not to erase them. Move those tables to another tab and import again.",
    "import.totalsRow":
      "Table {table} in the tab “{sheet}” (area {area}) has a Total Row, which the import cannot rebuild: “{file}” was not imported so as not to lose it. Turn the Total Row off (Table Design › Total Row), import again and turn it back on.",
    "import.unidentifiedColumns":
      "In “{file}”, {count, plural, one {column {columns} of the tab “{sheet}” holds typed values and its header is blank or repeats another column's} other {columns {columns} of the tab “{sheet}” hold typed values and their headers are blank or repeat another column's}}: there is no telling which column those values belong to, so area {area} was not imported, so as not to lose them. Give each column a header of its own that repeats no other, and import again.",
    "import.tabUnidentifiedColumns":
      "In this workbook, {count, plural, one {column {columns} of the tab “{sheet}” holds typed values and its header is blank or repeats another column's} other {columns {columns} of the tab “{sheet}” hold typed values and their headers are blank or repeat another column's}}: the import rebuilds the tab and those values would be lost, so “{file}” was not imported for area {area}. Give each column a header of its own that repeats no other, and import again.",
    "import.noData": "“{file}”: area {area} is not filled in; ignored.",
    "import.used":
      "“{file}”: area {area} was imported into its tab “{sheet}” ({rows, plural, one {1 row} other {# rows}}).",
    "import.replaced":
      "Area {area}: {count, plural, one {1 typed value was replaced; it is} other {# typed values were replaced; they are}} in “Registro” with the value before.",
    "import.kept": "Area {area} keeps its tab: {files} was not imported.",
    "import.fileHyperlinksNotCarried":
      "“{file}”, sheet “{sheet}”: {count, plural, one {the link on {cells} was} other {the # links on {cells} were}} not carried into tab “{tab}” of area {area}: links go with their cell's value, and {count, plural, one {that cell is} other {those cells are}} not imported (outside the table's rows, in a computed column or empty). “{file}” {count, plural, one {keeps it} other {keeps them}}: put {count, plural, one {it} other {them}} back by hand on the right cell (Insert › Link) or write the address in the cell's text.",
    "import.fileDrawingsNotCarried":
      "“{file}”, sheet “{sheet}”: {count, plural, one {the object drawn over the sheet} other {the # objects drawn over the sheet}} (charts: {charts}) {count, plural, one {was} other {were}} not carried into tab “{tab}” of area {area}, which is rebuilt on import. Copy {count, plural, one {it} other {them}} from “{file}” if you need {count, plural, one {it} other {them}}.",
    "import.fileRichTextNotCarried":
      "“{file}”, sheet “{sheet}”: {count, plural, one {cell {cells} had} other {# cells ({cells}) had}} text with formatting of its own (bold, colour within the cell); the text was carried into tab “{tab}” of area {area}, but without that formatting. Apply it again by hand if you need it.",
    "import.tabHyperlinksNotCarried":
      "Tab “{tab}” of area {area} had {count, plural, one {a link on {cells}, which was} other {# links on {cells}, which were}} lost when the tab was rebuilt to import “{file}” ({count, plural, one {its cell takes} other {their cells take}} what the file brings or what the template writes); the input workbook {count, plural, one {keeps it} other {keeps them}}. Put {count, plural, one {it} other {them}} back by hand (Insert › Link) or write the address in the cell's text.",
    "import.tabDrawingsNotCarried":
      "Tab “{tab}” of area {area} had {count, plural, one {an object drawn over the sheet} other {# objects drawn over the sheet}} (charts: {charts}), {count, plural, one {which was} other {which were}} lost when the tab was rebuilt to import “{file}”; the input workbook {count, plural, one {keeps it} other {keeps them}}. Copy {count, plural, one {it} other {them}} from the input workbook if you need {count, plural, one {it} other {them}}.",
    "import.tabRichTextNotCarried":
      "Tab “{tab}” of area {area} had text with formatting of its own (bold, colour within the cell) in {count, plural, one {cell {cells}} other {# cells ({cells})}}: rebuilding the tab to import “{file}” lost that formatting; the input workbook keeps it. Apply it again by hand if you need it.",
    "import.tabCommentsNotCarried":
      "Tab “{tab}” of area {area} had {count, plural, one {a comment on {cells}, which was} other {# comments on {cells}, which were}} lost when the tab was rebuilt to import “{file}”; the input workbook {count, plural, one {keeps it} other {keeps them}}. Copy {count, plural, one {it} other {them}} by hand if you need {count, plural, one {it} other {them}}.",
    "import.outsideCollision":
      "The tab “{sheet}” of area {area} has {count, plural, one {a cell typed outside the table ({cells}) where} other {# cells typed outside the table ({cells}) where}} the table would go with the rows and columns of “{file}”: “{file}” was not imported for area {area}, so as not to write over {count, plural, one {it} other {them}}. Move that content to free cells further right of or below the table and import again.",
    "import.outsideCarried":
      "The tab “{sheet}” of area {area} was rebuilt to import “{file}”: {count, plural, one {the cell typed outside the table ({cells}) stayed where it was.} other {the # cells typed outside the table ({cells}) stayed where they were.}}",
    "import.fileOutsideCollision":
      "“{file}” has {count, plural, one {a cell typed outside the table, on sheet “{fileSheet}” ({cells}), which would go to {tabCells}} other {# cells typed outside the table, on sheet “{fileSheet}” ({cells}), which would go to {tabCells}}} of the tab “{sheet}” of area {area}, where something else is: “{file}” was not imported for area {area}, so as not to write over the tab nor lose what the file holds. Move that content to free cells, in the file or on the tab (or make both hold the same), and import again.",
    "import.fileOutsideCarried":
      "“{file}” had {count, plural, one {a cell typed outside the table, on sheet “{fileSheet}” ({cells}); it went to {tabCells}} other {# cells typed outside the table, on sheet “{fileSheet}” ({cells}); they went to {tabCells}}} of the tab “{sheet}” of area {area}, in the same place relative to the table.",
    "import.fileOutsideFormulas":
      "In “{file}”, {count, plural, one {cell {cells} of sheet “{fileSheet}”, outside the table, held a formula: the tab “{sheet}” got the value the file had calculated, not the formula} other {# cells of sheet “{fileSheet}” outside the table ({cells}) held formulas: the tab “{sheet}” got the values the file had calculated, not the formulas}} (a formula never calculated, as its text). If it must keep calculating, type it again on the tab.",
    "import.computedReplaced":
      "In “{file}”, sheet “{fileSheet}”, {count, plural, one {1 cell of the computed columns had a value typed over the formula ({cells}): it was not imported, and the tab “{sheet}” of area {area} has the formula back.} other {# cells of the computed columns had a value typed over the formula ({cells}): they were not imported, and the tab “{sheet}” of area {area} has the formula back.}} If it was the area's figure, type it in the input column it belongs to (Programado or Ejecutado).",
    "matrix.rowsVanished":
      "{count, plural, one {1 row of the previous matrix is no longer in its area ({ids}); its planning} other {# rows of the previous matrix are no longer in their area ({ids}); their planning}} notes were kept in “Registro”.",
    "matrix.notesRestored":
      "{count, plural, one {1 retired row came back to its area; its planning notes were restored.} other {# retired rows came back to their area; their planning notes were restored.}}",
    "matrix.textCut":
      "“{column}” in {place} holds a text of {length} characters, more than the 32,767 an Excel cell holds: in “Matriz” it was cut, ending in “[texto recortado…]”. The area sheet keeps it whole, and Excel will not open the workbook without repairing it while it does: shorten that text in the area sheet and consolidate again.",
  }
);
