import { defineCatalog } from "../defineCatalog";

/** Why a template may not upgrade a workbook (SPEC §2, §8 `upgrade`). */
export type UpgradeRefusalCode =
  "upgrade.refused.otherTemplate" | "upgrade.refused.notNewer" | "upgrade.refused.periodsChanged";

/** What an upgrade tells the user it could not do as asked, or did differently. */
export type UpgradeProblemCode =
  | "upgrade.sharedSheet"
  | "upgrade.totalsRow"
  | "upgrade.computedReplaced"
  | "upgrade.tableMissing"
  | "upgrade.cutoffReset"
  | "upgrade.yearKept"
  | "upgrade.bandsKept"
  | "upgrade.commentsNotCarried"
  | "upgrade.hyperlinksNotCarried"
  | "upgrade.drawingsNotCarried"
  | "upgrade.richTextNotCarried"
  | "upgrade.referencesLost"
  | "upgrade.nameReferencesLost"
  | "upgrade.chartReferencesLost"
  | "upgrade.ruleReferencesLost";

/** Texts of `plan-matrix upgrade`: refusals, problems and the summary lines. */
export type UpgradeMessageCode =
  | UpgradeRefusalCode
  | UpgradeProblemCode
  | "upgrade.done"
  | "upgrade.keptRows"
  | "upgrade.addedAreas"
  | "upgrade.addedColumns"
  | "upgrade.addedListValues"
  | "upgrade.addedObjective"
  | "upgrade.carriedColumn"
  | "upgrade.carriedOutside"
  | "upgrade.movedFormulas"
  | "upgrade.movedNames"
  | "upgrade.movedCharts"
  | "upgrade.movedRuleFormulas"
  | "upgrade.keptArea"
  | "upgrade.nothingAdded"
  | "upgrade.staleSheets";

export const upgradeMessages = defineCatalog<UpgradeMessageCode>(
  {
    "upgrade.refused.otherTemplate":
      "es la plantilla «{found}» y el libro se hizo con «{stored}»; un libro solo se actualiza con una versión nueva de su propia plantilla.",
    "upgrade.refused.notNewer":
      "es la versión {found} de la plantilla «{id}» y el libro ya tiene la versión {stored}; use una versión mayor que {stored}.",
    "upgrade.refused.periodsChanged":
      "la versión {found} de la plantilla «{id}» cambia los periodos del plan ({storedLabels} → {foundLabels}), y las cifras escritas por periodo (columnas Programado y Ejecutado) ya no se leerían. Para trabajar con los nuevos periodos, genere un plan nuevo con la versión {found}; para seguir con este plan, conserve la versión {stored}.",
    "upgrade.sharedSheet":
      "La hoja «{sheet}» tiene otras tablas además de {table} ({others}): esa área se dejó como estaba, sin lo nuevo de la plantilla. Pase las otras tablas a otra hoja y vuelva a actualizar.",
    "upgrade.totalsRow":
      "La tabla {table} de la hoja «{sheet}» tiene fila de totales, que la actualización no sabe rehacer: esa área se dejó como estaba, sin lo nuevo de la plantilla. Quite la fila de totales (Diseño de tabla › Fila de totales), actualice de nuevo y vuelva a activarla.",
    "upgrade.computedReplaced":
      "{table} («{sheet}»): {count, plural, one {1 celda de las columnas calculadas tenía un valor escrito sobre la fórmula ({cells}); se restauró la fórmula.} other {# celdas de las columnas calculadas tenían un valor escrito sobre la fórmula ({cells}); se restauró la fórmula.}}",
    "upgrade.tableMissing":
      "El libro no tenía la tabla {table} del área {area}: se creó de nuevo su pestaña con los objetivos de la plantilla.",
    "upgrade.cutoffReset":
      "El corte «{cutoff}» no es un periodo de la nueva plantilla; quedó en {label}. Ajústelo en «Configuración».",
    "upgrade.commentsNotCarried":
      "En «{sheet}» {count, plural, one {el comentario de {cells} no pasó al libro actualizado (la pestaña se reconstruye con la nueva plantilla): el archivo original lo conserva; cópielo a mano si lo necesita.} other {los comentarios de {cells} no pasaron al libro actualizado (la pestaña se reconstruye con la nueva plantilla): el archivo original los conserva; cópielos a mano si los necesita.}}",
    "upgrade.hyperlinksNotCarried":
      "En «{sheet}» {count, plural, one {el vínculo de {cells}} other {los # vínculos de {cells}}} {count, plural, one {no pasó} other {no pasaron}} al libro actualizado: la pestaña se reconstruye con la nueva plantilla y los vínculos pasan con el valor de su celda, pero {count, plural, one {esa celda no lo conserva} other {esas celdas no lo conservan}} (un encabezado, una columna calculada o una celda vacía). El archivo original {count, plural, one {lo conserva} other {los conserva}}: vuelva a {count, plural, one {ponerlo} other {ponerlos}} a mano en la celda que corresponda (Insertar › Vínculo) o escriba la dirección en el texto de la celda.",
    "upgrade.drawingsNotCarried":
      "En «{sheet}» {count, plural, one {el objeto dibujado sobre la hoja} other {los # objetos dibujados sobre la hoja}} (gráficos: {charts}) {count, plural, one {no pasó} other {no pasaron}} al libro actualizado (la pestaña se reconstruye con la nueva plantilla), y el archivo original {count, plural, one {lo conserva} other {los conserva}}. {count, plural, one {Cópielo} other {Cópielos}} desde él a la pestaña nueva si {count, plural, one {lo necesita} other {los necesita}}.",
    "upgrade.richTextNotCarried":
      "En «{sheet}» {count, plural, one {la celda {cells} tenía} other {# celdas ({cells}) tenían}} texto con formato propio (negrilla, color dentro de la celda): el texto pasó al libro actualizado, pero sin ese formato, que el archivo original conserva. Vuelva a aplicarlo a mano si lo necesita.",
    "upgrade.referencesLost":
      "En «{sheet}» {count, plural, one {la fórmula de {cells} apunta} other {las # fórmulas de {cells} apuntan}} a una columna de una tabla de área que la tabla reconstruida ya no tiene (su encabezado estaba en blanco o repetido): {count, plural, one {quedó como estaba y ahora puede leer otra columna. Revísela} other {quedaron como estaban y ahora pueden leer otra columna. Revíselas}} y corrija la referencia.",
    "upgrade.nameReferencesLost":
      "{count, plural, one {El nombre {names} apunta} other {Los # nombres {names} apuntan}} a una columna de una tabla de área que la tabla reconstruida ya no tiene (su encabezado estaba en blanco o repetido): {count, plural, one {quedó como estaba y ahora puede leer otra columna. Revíselo} other {quedaron como estaban y ahora pueden leer otra columna. Revíselos}} en Fórmulas › Administrador de nombres.",
    "upgrade.ruleReferencesLost":
      "En «{sheet}» {count, plural, one {1 fórmula de validación de datos o de formato condicional lee} other {# fórmulas de validación de datos o de formato condicional leen}} una columna de una tabla de área que la tabla reconstruida ya no tiene (su encabezado estaba en blanco o repetido): {count, plural, one {quedó como estaba y ahora puede leer otra columna. Revísela} other {quedaron como estaban y ahora pueden leer otra columna. Revíselas}} en Datos › Validación de datos o en Inicio › Formato condicional.",
    "upgrade.chartReferencesLost":
      "En «{sheet}» {count, plural, one {el gráfico {charts} lee} other {los # gráficos {charts} leen}} una columna de una tabla de área que la tabla reconstruida ya no tiene (su encabezado estaba en blanco o repetido): esa serie quedó como estaba y ahora puede leer otra columna. Revísela en Diseño de gráfico › Seleccionar datos.",
    "upgrade.yearKept":
      "Se conserva la vigencia {year} del libro (la plantilla dice {templateYear}); para otra vigencia genere un libro nuevo.",
    "upgrade.bandsKept":
      "Se conservan los umbrales del libro (verde {green} %, amarillo {yellow} %, sobreejecución {overExecution} %); la plantilla propone {templateGreen} %, {templateYellow} % y {templateOverExecution} %. Cámbielos en «Configuración» si corresponde.",
    "upgrade.done":
      "Libro actualizado de la versión {from} a la {to} de la plantilla «{id}» → {path}",
    "upgrade.keptRows": "Filas conservadas: {rows}, con todas sus celdas escritas y en su orden.",
    "upgrade.carriedOutside":
      "Fuera de la tabla de «{sheet}» se conservaron en su sitio {count, plural, one {1 celda escrita} other {# celdas escritas}} (su valor o fórmula, sin formato ni comentarios): {cells}.",
    "upgrade.movedFormulas":
      "En «{sheet}» {count, plural, one {1 fórmula que apunta} other {# fórmulas que apuntan}} a una pestaña de área reconstruida se {count, plural, one {ajustó} other {ajustaron}} para seguir leyendo las mismas celdas, que en la pestaña reconstruida cambiaron de columna (como hace Excel al insertar columnas): {cells}.",
    "upgrade.movedNames":
      "{count, plural, one {El nombre del libro {names} apunta} other {Los # nombres del libro {names} apuntan}} a una pestaña de área reconstruida: se {count, plural, one {ajustó} other {ajustaron}} para seguir leyendo las mismas celdas, que en la pestaña reconstruida cambiaron de columna.",
    "upgrade.movedRuleFormulas":
      "En «{sheet}» {count, plural, one {1 fórmula de validación de datos o de formato condicional apunta} other {# fórmulas de validación de datos o de formato condicional apuntan}} a una pestaña de área reconstruida: se {count, plural, one {ajustó} other {ajustaron}} para seguir leyendo las mismas celdas, que cambiaron de columna.",
    "upgrade.movedCharts":
      "En «{sheet}» {count, plural, one {el gráfico {charts} lee} other {los # gráficos {charts} leen}} una pestaña de área reconstruida: sus series se ajustaron para seguir leyendo las mismas celdas, que cambiaron de columna.",
    "upgrade.addedAreas": "Áreas nuevas: {areas}.",
    "upgrade.addedColumns": "Columnas nuevas en las tablas de área: {columns}.",
    "upgrade.addedListValues": "Valores nuevos en la lista «{list}»: {values}.",
    "upgrade.addedObjective": "Objetivo nuevo en {area} ({id}): {objective}",
    "upgrade.carriedColumn":
      "Columna propia de {area} («{sheet}») conservada al final de la tabla: «{header}».",
    "upgrade.keptArea":
      "La tabla {table} («{sheet}») no está en la nueva plantilla: su pestaña se dejó tal como estaba.",
    "upgrade.nothingAdded":
      "La nueva versión no agrega áreas, columnas, valores de lista ni objetivos.",
    "upgrade.staleSheets":
      "«Matriz», «Tablero» e «Informe» no cambiaron: consolide de nuevo para incluir lo nuevo.",
  },
  {
    "upgrade.refused.otherTemplate":
      "it is template “{found}” and the workbook was made with “{stored}”; a workbook is only upgraded with a newer version of its own template.",
    "upgrade.refused.notNewer":
      "it is version {found} of template “{id}” and the workbook already has version {stored}; use a version greater than {stored}.",
    "upgrade.refused.periodsChanged":
      "version {found} of template “{id}” changes the plan's periods ({storedLabels} → {foundLabels}), and the figures typed per period (the Programado and Ejecutado columns) would no longer be read. To work with the new periods, generate a new plan with version {found}; to go on with this plan, keep version {stored}.",
    "upgrade.sharedSheet":
      "Sheet “{sheet}” holds other tables besides {table} ({others}): that area was left as it was, without what the template adds. Move the other tables to another sheet and upgrade again.",
    "upgrade.totalsRow":
      "Table {table} on sheet “{sheet}” has a Total Row, which the upgrade cannot rebuild: that area was left as it was, without what the template adds. Turn the Total Row off (Table Design › Total Row), upgrade again and turn it back on.",
    "upgrade.computedReplaced":
      "{table} (“{sheet}”): {count, plural, one {1 cell of the computed columns had a value typed over the formula ({cells}); the formula was restored.} other {# cells of the computed columns had a value typed over the formula ({cells}); the formula was restored.}}",
    "upgrade.tableMissing":
      "The workbook had lost table {table} of area {area}: its tab was created again with the template's objectives.",
    "upgrade.cutoffReset":
      "Cut-off “{cutoff}” is not a period of the new template; it was set to {label}. Adjust it in “Configuración”.",
    "upgrade.commentsNotCarried":
      "In “{sheet}”, {count, plural, one {the comment on {cells} was} other {the comments on {cells} were}} not carried into the upgraded workbook (the tab is rebuilt from the new template): the original file keeps them; copy them by hand if you need them.",
    "upgrade.hyperlinksNotCarried":
      "In “{sheet}”, {count, plural, one {the link on {cells} was} other {the # links on {cells} were}} not carried into the upgraded workbook: the tab is rebuilt from the new template and links go with their cell's value, but {count, plural, one {that cell does} other {those cells do}} not keep it (a header, a computed column or an empty cell). The original file {count, plural, one {keeps it} other {keeps them}}: put {count, plural, one {it} other {them}} back by hand on the right cell (Insert › Link) or write the address in the cell's text.",
    "upgrade.drawingsNotCarried":
      "In “{sheet}”, {count, plural, one {the object drawn over the sheet} other {the # objects drawn over the sheet}} (charts: {charts}) {count, plural, one {was} other {were}} not carried into the upgraded workbook (the tab is rebuilt from the new template), and the original file {count, plural, one {keeps it} other {keeps them}}. Copy {count, plural, one {it} other {them}} from the original onto the new tab if you need {count, plural, one {it} other {them}}.",
    "upgrade.richTextNotCarried":
      "In “{sheet}”, {count, plural, one {cell {cells} had} other {# cells ({cells}) had}} text with formatting of its own (bold, colour within the cell): the text was carried into the upgraded workbook, but without that formatting, which the original file keeps. Apply it again by hand if you need it.",
    "upgrade.referencesLost":
      "In “{sheet}”, {count, plural, one {the formula in {cells} points} other {the # formulas in {cells} point}} at a column of an area table that the rebuilt table no longer has (its header was blank or repeated): {count, plural, one {it was left as it was and may now read another column. Check it} other {they were left as they were and may now read another column. Check them}} and correct the reference.",
    "upgrade.nameReferencesLost":
      "{count, plural, one {Name {names} points} other {The # names {names} point}} at a column of an area table that the rebuilt table no longer has (its header was blank or repeated): {count, plural, one {it was left as it was and may now read another column. Check it} other {they were left as they were and may now read another column. Check them}} in Formulas › Name Manager.",
    "upgrade.ruleReferencesLost":
      "In “{sheet}”, {count, plural, one {1 data-validation or conditional-format formula reads} other {# data-validation or conditional-format formulas read}} a column of an area table that the rebuilt table no longer has (its header was blank or repeated): {count, plural, one {it was left as it was and may now read another column. Check it} other {they were left as they were and may now read another column. Check them}} in Data › Data Validation or Home › Conditional Formatting.",
    "upgrade.chartReferencesLost":
      "In “{sheet}”, {count, plural, one {chart {charts} reads} other {the # charts {charts} read}} a column of an area table that the rebuilt table no longer has (its header was blank or repeated): that series was left as it was and may now read another column. Check it in Chart Design › Select Data.",
    "upgrade.yearKept":
      "The workbook keeps its plan year {year} (the template says {templateYear}); for another year, generate a new workbook.",
    "upgrade.bandsKept":
      "The workbook keeps its thresholds (green {green}%, yellow {yellow}%, over-execution {overExecution}%); the template proposes {templateGreen}%, {templateYellow}% and {templateOverExecution}%. Change them in “Configuración” if needed.",
    "upgrade.done": "Workbook upgraded from version {from} to {to} of template “{id}” → {path}",
    "upgrade.keptRows": "Rows kept: {rows}, with every typed cell, in their order.",
    "upgrade.carriedOutside":
      "Outside the table of “{sheet}”, {count, plural, one {1 typed cell was} other {# typed cells were}} kept where {count, plural, one {it was} other {they were}} (value or formula, without formats or comments): {cells}.",
    "upgrade.movedFormulas":
      "In “{sheet}”, {count, plural, one {1 formula pointing} other {# formulas pointing}} into a rebuilt area tab {count, plural, one {was} other {were}} adjusted to keep reading the same cells, which moved to other columns of the rebuilt tab (as Excel does when columns are inserted): {cells}.",
    "upgrade.movedNames":
      "{count, plural, one {Workbook name {names} points} other {The # workbook names {names} point}} into a rebuilt area tab: {count, plural, one {it was} other {they were}} adjusted to keep reading the same cells, which moved to other columns of the rebuilt tab.",
    "upgrade.movedRuleFormulas":
      "In “{sheet}”, {count, plural, one {1 data-validation or conditional-format formula pointing} other {# data-validation or conditional-format formulas pointing}} into a rebuilt area tab {count, plural, one {was} other {were}} adjusted to keep reading the same cells, which moved to other columns.",
    "upgrade.movedCharts":
      "In “{sheet}”, {count, plural, one {chart {charts} reads} other {the # charts {charts} read}} a rebuilt area tab: {count, plural, one {its series were} other {their series were}} adjusted to keep reading the same cells, which moved to other columns.",
    "upgrade.addedAreas": "New areas: {areas}.",
    "upgrade.addedColumns": "New columns in the area tables: {columns}.",
    "upgrade.addedListValues": "New values in list “{list}”: {values}.",
    "upgrade.addedObjective": "New objective in {area} ({id}): {objective}",
    "upgrade.carriedColumn":
      "Column added by {area} (“{sheet}”) kept at the end of its table: “{header}”.",
    "upgrade.keptArea":
      "Table {table} (“{sheet}”) is not in the new template: its tab was left exactly as it was.",
    "upgrade.nothingAdded": "The new version adds no areas, columns, list values or objectives.",
    "upgrade.staleSheets":
      "“Matriz”, “Tablero” and “Informe” did not change: consolidate again to include what is new.",
  }
);
