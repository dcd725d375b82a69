import { defineCatalog } from "../../core/messages/defineCatalog";
import { bandMessages } from "../../core/messages/catalog/bandMessages";

/** Texts of the task pane (SPEC §9): every word a pane component shows comes from here. */
export type PaneMessageCode =
  | "pane.title"
  | "pane.version"
  | "pane.runsIn.excel"
  | "pane.runsIn.browser"
  | "pane.runsIn.other-office"
  | "pane.language"
  | "pane.language.es"
  | "pane.language.en"
  | "pane.flows"
  | "pane.flow.inicio"
  | "pane.flow.plan"
  | "pane.flow.validar"
  | "pane.flow.semaforo"
  | "pane.flow.consolidar"
  | "pane.flow.informe"
  | "pane.progress.label"
  | "pane.progress.cancel"
  | "pane.step.read"
  | "pane.step.validate"
  | "pane.step.compute"
  | "pane.step.import"
  | "pane.step.layout"
  | "pane.step.write"
  | "pane.step.done"
  | "pane.cancelled"
  | "pane.failed"
  | "pane.failedBecause"
  | "pane.requirements.missing"
  | "pane.requirements.unsupportedPane"
  | "pane.feature.autoRevalidate"
  | "pane.feature.disabled"
  | "pane.hostUnavailable"
  | "pane.inicio.refresh"
  | "pane.inicio.notPlan"
  | "pane.inicio.templateMissing"
  | "pane.inicio.template"
  | "pane.inicio.year"
  | "pane.inicio.cutoff"
  | "pane.inicio.cutoffBad"
  | "pane.inicio.areas"
  | "pane.inicio.consolidated"
  | "pane.inicio.notConsolidated"
  | "pane.inicio.next"
  | "pane.inicio.next.createPlan"
  | "pane.inicio.next.fillAreas"
  | "pane.inicio.next.validate"
  | "pane.inicio.next.fixCutoff"
  | "pane.inicio.goTo"
  | "pane.plan.source"
  | "pane.plan.source.embedded"
  | "pane.plan.source.file"
  | "pane.plan.source.text"
  | "pane.plan.embeddedInfo"
  | "pane.plan.templateFile"
  | "pane.plan.templateFileInvalid"
  | "pane.plan.templateFileLoaded"
  | "pane.plan.pastedText"
  | "pane.plan.preview"
  | "pane.plan.previewTitle"
  | "pane.plan.previewBlocked"
  | "pane.plan.create"
  | "pane.plan.replaceConfirm"
  | "pane.plan.replaceWarning"
  | "pane.plan.created"
  | "pane.plan.upgradeTitle"
  | "pane.plan.upgradeFile"
  | "pane.plan.upgrade"
  | "pane.plan.upgraded"
  | "pane.plan.upgradeProblems"
  | "pane.plan.upgradeNothing"
  | "pane.plan.source.xlsx"
  | "pane.plan.xlsxFile"
  | "pane.plan.xlsxInvalid"
  | "pane.plan.xlsxSheet"
  | "pane.plan.xlsxAllSheets"
  | "pane.plan.xlsxYear"
  | "pane.plan.xlsxColumns"
  | "pane.plan.xlsxColumn"
  | "pane.plan.xlsxIgnore"
  | "pane.plan.xlsxPreviewTitle"
  | "pane.plan.xlsxPreviewBlocked"
  | "pane.plan.xlsxCarry"
  | "pane.validar.run"
  | "pane.validar.summary"
  | "pane.validar.area"
  | "pane.validar.areaUnfilled"
  | "pane.validar.noIssues"
  | "pane.validar.issues"
  | "pane.validar.goToCell"
  | "pane.validar.fix"
  | "pane.validar.fixAll"
  | "pane.validar.fixed"
  | "pane.validar.autoOn"
  | "pane.validar.recheck"
  | "pane.validar.recheckHint"
  | "pane.validar.more"
  | "pane.validar.kind"
  | "pane.validar.openGroup"
  | "pane.validar.error"
  | "pane.validar.warning"
  | "pane.semaforo.cutoff"
  | "pane.semaforo.apply"
  | "pane.semaforo.institution"
  | "pane.semaforo.macroprocesses"
  | "pane.semaforo.areas"
  | "pane.semaforo.redRows"
  | "pane.semaforo.overRows"
  | "pane.semaforo.errorRows"
  | "pane.semaforo.noRows"
  | "pane.semaforo.listHeading"
  | "pane.semaforo.rowLabel"
  | "pane.semaforo.rowsLeftOut"
  | "pane.figures.cutoffIndexOverwritten"
  | "pane.figures.cutoffIndexError"
  | "pane.semaforo.badge"
  | "pane.band.verde"
  | "pane.band.amarillo"
  | "pane.band.rojo"
  | "pane.band.sin-programacion"
  | "pane.band.con-errores"
  | "pane.band.sin-diligenciar"
  | "pane.consolidar.files"
  | "pane.consolidar.filesHint"
  | "pane.consolidar.fileRead"
  | "pane.consolidar.fileUnreadable"
  | "pane.consolidar.remove"
  | "pane.consolidar.run"
  | "pane.consolidar.runHint"
  | "pane.consolidar.done"
  | "pane.consolidar.sources"
  | "pane.consolidar.sourceWorkbook"
  | "pane.consolidar.notices"
  | "pane.consolidar.import"
  | "pane.consolidar.importRun"
  | "pane.consolidar.question"
  | "pane.consolidar.questionArea"
  | "pane.consolidar.replace"
  | "pane.consolidar.keep"
  | "pane.consolidar.questionConfirm"
  | "pane.consolidar.questionCancel"
  | "pane.consolidar.imported"
  | "pane.consolidar.importedArea"
  | "pane.consolidar.nothingImported"
  | "pane.consolidar.notImported"
  | "pane.consolidar.unreadable"
  | "pane.informe.semester"
  | "pane.informe.semester1"
  | "pane.informe.semester2"
  | "pane.informe.semester1Only"
  | "pane.informe.semester2Only"
  | "pane.informe.buildSheet"
  | "pane.informe.built"
  | "pane.informe.download"
  | "pane.informe.downloadDocx"
  | "pane.informe.downloaded"
  | "pane.informe.macDownload"
  | "pane.informe.summary"
  | "pane.informe.fromMatrix"
  | "pane.informe.workbookCutoff"
  | "pane.browser.title"
  | "pane.browser.open"
  | "pane.browser.opened"
  | "pane.browser.openFailed"
  | "pane.browser.unsavedOpen"
  | "pane.browser.discardAndOpen"
  | "pane.browser.keepWorkbook"
  | "pane.browser.unsavedLeave"
  | "pane.browser.computed"
  | "pane.browser.download"
  | "pane.browser.macrosDropped"
  | "pane.browser.sheet"
  | "pane.browser.empty"
  | "pane.browser.address"
  | "pane.browser.value"
  | "pane.browser.save"
  | "pane.browser.selected"
  | "pane.browser.rowsShown";

export const paneMessages = defineCatalog<PaneMessageCode>(
  {
    "pane.title": "Plan de Acción",
    "pane.version": "Versión {version}",
    "pane.runsIn.excel": "Conectado a Excel: el panel trabaja sobre el libro abierto.",
    "pane.runsIn.browser": "Ejecutándose en un navegador, fuera de Excel.",
    "pane.runsIn.other-office":
      "Este complemento es para Excel; esta aplicación de Office no es Excel.",
    "pane.language": "Idioma",
    "pane.language.es": "Español",
    "pane.language.en": "English",
    "pane.flows": "Pasos del plan",
    "pane.flow.inicio": "Inicio",
    "pane.flow.plan": "Plan",
    "pane.flow.validar": "Validar",
    "pane.flow.semaforo": "Semáforo",
    "pane.flow.consolidar": "Consolidar",
    "pane.flow.informe": "Informe",
    "pane.progress.label": "Progreso: {step}",
    "pane.progress.cancel": "Cancelar",
    "pane.step.read": "Leyendo el libro",
    "pane.step.validate": "Validando",
    "pane.step.compute": "Calculando",
    "pane.step.import": "Leyendo los archivos de las áreas",
    "pane.step.layout": "Preparando las hojas",
    "pane.step.write": "Escribiendo en el libro",
    "pane.step.done": "Listo",
    "pane.cancelled": "Se canceló. El libro quedó como estaba.",
    "pane.failed": "No se pudo terminar: {detail}. El libro quedó como estaba.",
    "pane.failedBecause": "No se pudo terminar. {reason} El libro quedó como estaba.",
    "pane.requirements.missing":
      "{feature}: no disponible en esta versión de Excel (requiere ExcelApi {version}, incluida en {office}).",
    "pane.requirements.unsupportedPane":
      "Esta versión de Excel no tiene ExcelApi {version}, que el panel necesita. Actualice a {office}.",
    "pane.feature.autoRevalidate": "Volver a validar al editar las pestañas de las áreas",
    "pane.feature.disabled": "Desactivado: {reason}",
    "pane.hostUnavailable": "Este panel no tiene acceso a un libro en esta compilación: {detail}.",
    "pane.inicio.refresh": "Revisar el libro",
    "pane.inicio.notPlan": "Este libro todavía no tiene un Plan de Acción.",
    "pane.inicio.templateMissing":
      "Este libro tiene pestañas de áreas pero no guarda su plantilla; no se puede validar.",
    "pane.inicio.template": "Plantilla «{id}», versión {version}",
    "pane.inicio.year": "Vigencia {year}",
    "pane.inicio.cutoff": "Corte: {cutoff}",
    "pane.inicio.cutoffBad": "El corte «{cutoff}» no es un periodo del plan; elíjalo en Semáforo.",
    "pane.inicio.areas":
      "{filled} de {total, plural, one {1 área} other {# áreas}} con filas diligenciadas",
    "pane.inicio.consolidated": "Ya tiene una matriz consolidada (hoja «Matriz»).",
    "pane.inicio.notConsolidated": "Aún no se ha consolidado.",
    "pane.inicio.next": "Siguiente paso:",
    "pane.inicio.next.createPlan":
      "Cree el plan desde la plantilla incluida, un archivo o un texto.",
    "pane.inicio.next.fillAreas":
      "Envíe el libro a las áreas para que diligencien sus pestañas; luego valide.",
    "pane.inicio.next.validate": "Valide las áreas y corrija lo que se pueda.",
    "pane.inicio.next.fixCutoff": "Elija el periodo de corte.",
    "pane.inicio.goTo": "Ir a {flow}",
    "pane.plan.source": "Crear el plan desde",
    "pane.plan.source.embedded": "La plantilla incluida",
    "pane.plan.source.file": "Un archivo de plantilla (.json)",
    "pane.plan.source.text": "Un plan pegado como texto",
    "pane.plan.embeddedInfo":
      "{organisation}, vigencia {year}: {macroprocesses, plural, one {1 macroproceso} other {# macroprocesos}}, {areas, plural, one {1 área} other {# áreas}}, {objectives, plural, one {1 objetivo} other {# objetivos}}.",
    "pane.plan.templateFile": "Archivo de plantilla",
    "pane.plan.templateFileInvalid":
      "«{file}» no es una plantilla válida ({detail}). Elija el archivo JSON que generó plan-matrix.",
    "pane.plan.templateFileLoaded": "Plantilla «{id}», versión {version}, vigencia {year}.",
    "pane.plan.pastedText": "Texto del plan (secciones numeradas y viñetas)",
    "pane.plan.preview": "Vista previa",
    "pane.plan.previewTitle": "Lo que se entendió del texto",
    "pane.plan.previewBlocked": "Con este texto no se puede crear el plan; revise los problemas.",
    "pane.plan.create": "Crear el plan en este libro",
    "pane.plan.replaceConfirm": "Sí, reemplazar el plan que ya tiene este libro",
    "pane.plan.replaceWarning":
      "Este libro ya tiene un plan. Crear uno nuevo reemplaza sus pestañas; confirme para seguir.",
    "pane.plan.created":
      "Plan creado: {areas, plural, one {1 pestaña de área} other {# pestañas de áreas}}.",
    "pane.plan.upgradeTitle": "Actualizar a una versión nueva de la plantilla",
    "pane.plan.upgradeFile": "Plantilla nueva (.json)",
    "pane.plan.upgrade": "Actualizar el plan",
    "pane.plan.upgraded":
      "Plan actualizado a la versión {version}: se conservaron todas las celdas diligenciadas.",
    "pane.plan.upgradeProblems":
      "{count, plural, one {Revise esto:} other {Revise estas # cosas:}}",
    "pane.plan.upgradeNothing": "Elija primero el archivo de la plantilla nueva.",
    "pane.plan.source.xlsx": "Una matriz existente (.xlsx)",
    "pane.plan.xlsxFile": "Matriz del plan anterior (.xlsx)",
    "pane.plan.xlsxInvalid": "No se pudo leer «{file}»: {detail}",
    "pane.plan.xlsxSheet": "Hojas que se leen",
    "pane.plan.xlsxAllSheets": "Todas las hojas",
    "pane.plan.xlsxYear": "Vigencia del plan nuevo",
    "pane.plan.xlsxColumns": "Columnas de la hoja «{sheet}» (fila {row})",
    "pane.plan.xlsxColumn": "{letter} «{header}»",
    "pane.plan.xlsxIgnore": "(no usar)",
    "pane.plan.xlsxPreviewTitle": "Lo que se entendió de la matriz",
    "pane.plan.xlsxCarry":
      "Llevar también a las pestañas lo que planeaban las filas (actividad, indicador, meta, responsable, programación)",
    "pane.plan.xlsxPreviewBlocked":
      "Con esta matriz no se puede crear el plan; revise los problemas o cambie las columnas.",
    "pane.validar.run": "Validar el libro",
    "pane.validar.summary":
      "{errors, plural, one {1 error} other {# errores}} y {warnings, plural, one {1 advertencia} other {# advertencias}} en {areas, plural, one {1 área} other {# áreas}} ({fixable} con corrección automática).",
    "pane.validar.area":
      "{name}: {errors, plural, one {1 error} other {# errores}}, {warnings, plural, one {1 advertencia} other {# advertencias}}",
    "pane.validar.areaUnfilled":
      "{count, plural, one {1 fila sin diligenciar} other {# filas sin diligenciar}}",
    "pane.validar.noIssues": "Sin errores ni advertencias.",
    "pane.validar.issues": "Detalle",
    "pane.validar.goToCell": "Ir a {sheet}!{cell}: {message}",
    "pane.validar.fix": "Corregir {cell}",
    "pane.validar.fixAll":
      "{count, plural, one {Corregir la única de este tipo} other {Corregir las # de este tipo}}",
    "pane.validar.fixed":
      "{count, plural, one {Se corrigió 1 celda.} other {Se corrigieron # celdas.}}",
    "pane.validar.autoOn": "Se vuelve a validar cuando cambia una pestaña de área.",
    "pane.validar.recheck": "Revisar de nuevo",
    "pane.validar.recheckHint":
      "Excel no avisa de todos los cambios (por ejemplo, lo elegido en una lista desplegable en Excel en la Web): después de editar, use Revisar de nuevo.",
    "pane.validar.more": "y {count} más de este tipo en esta área",
    "pane.validar.kind": "{kind} ({count})",
    "pane.validar.openGroup": "Abra un área para ver sus problemas, agrupados por tipo.",
    "pane.validar.error": "Error",
    "pane.validar.warning": "Advertencia",
    "pane.semaforo.cutoff": "Periodo de corte",
    "pane.semaforo.apply": "Calcular el semáforo",
    "pane.semaforo.institution": "Institución · {cutoff}",
    "pane.semaforo.macroprocesses": "Macroprocesos",
    "pane.semaforo.areas": "Áreas",
    "pane.semaforo.redRows": "Filas en rojo",
    "pane.semaforo.overRows": "Filas sobreejecutadas",
    "pane.semaforo.errorRows": "Filas con errores (fuera del cálculo)",
    "pane.semaforo.noRows": "Ninguna.",
    "pane.semaforo.listHeading": "{title} ({count})",
    "pane.semaforo.rowLabel": "{id} ({sheet}!{cell}): {compliance}",
    "pane.semaforo.rowsLeftOut":
      "{count, plural, one {1 fila con errores quedó fuera de las cifras; véala en Validar.} other {# filas con errores quedaron fuera de las cifras; véalas en Validar.}}",
    "pane.figures.cutoffIndexOverwritten":
      "La celda CorteIndice ({sheet}!{cell}) ya no tiene su fórmula, así que las fórmulas del libro calculan a otro periodo que el de «Corte»: todas las cifras se marcan «Con errores». En Validar, «Corregir {cell}» la escribe de nuevo.",
    "pane.figures.cutoffIndexError":
      "La celda CorteIndice ({sheet}!{cell}) conserva su fórmula pero da un valor de error, así que las fórmulas del libro muestran errores: todas las cifras se marcan «Con errores». Suele pasar cuando se borró la hoja oculta «Listas» o el nombre «Periodos»; restaure «Listas» desde una copia del libro original (o deshaga el borrado) y las fórmulas volverán a calcular.",
    "pane.semaforo.badge": "{band} {compliance}",
    "pane.band.verde": bandMessages.es.verde,
    "pane.band.amarillo": bandMessages.es.amarillo,
    "pane.band.rojo": bandMessages.es.rojo,
    "pane.band.sin-programacion": bandMessages.es["sin-programacion"],
    "pane.band.con-errores": bandMessages.es["con-errores"],
    "pane.band.sin-diligenciar": bandMessages.es["sin-diligenciar"],
    "pane.consolidar.files": "Libros de las áreas devueltos por correo",
    "pane.consolidar.filesHint":
      "Copias del plan (o de una pestaña) que las áreas devolvieron por correo. Se leen aquí; no se suben a ningún sitio.",
    "pane.consolidar.fileRead": "{file}: leído",
    "pane.consolidar.fileUnreadable":
      "No se pudo leer «{file}» ({detail}). Ábralo en Excel, guárdelo como Libro de Excel (.xlsx) y elíjalo de nuevo.",
    "pane.consolidar.remove": "Quitar {file}",
    "pane.consolidar.run": "Consolidar",
    "pane.consolidar.runHint":
      "Consolidar une las pestañas de las áreas en la Matriz. Importe antes los libros devueltos por correo.",
    "pane.consolidar.done":
      "Matriz consolidada al corte {cutoff}: {rows, plural, one {1 fila} other {# filas}} de {areas, plural, one {1 área} other {# áreas}}.",
    "pane.consolidar.sources": "De qué pestaña salió cada área",
    "pane.consolidar.sourceWorkbook": "{area}: pestaña «{sheet}» de este libro",
    "pane.consolidar.notices": "Notas",
    "pane.consolidar.import": "Importar",
    "pane.consolidar.importRun": "Importar a las pestañas",
    "pane.consolidar.question":
      "{count, plural, one {Un área ya tiene} other {# áreas ya tienen}} en su pestaña valores escritos que el archivo cambiaría. Elija qué hacer con cada una; lo reemplazado queda en «Registro» con su valor anterior.",
    "pane.consolidar.questionArea":
      "{area} {name}: la pestaña «{sheet}» tiene {count, plural, one {1 valor escrito distinto} other {# valores escritos distintos}} de «{file}» (el primero: {id}, {column}).",
    "pane.consolidar.replace": "Reemplazar con el archivo",
    "pane.consolidar.keep": "Conservar la pestaña",
    "pane.consolidar.questionConfirm": "Importar",
    "pane.consolidar.questionCancel": "Cancelar",
    "pane.consolidar.imported":
      "{count, plural, one {1 área importada a su pestaña.} other {# áreas importadas a sus pestañas.}}",
    "pane.consolidar.importedArea":
      "{area} {name}: {rows, plural, one {1 fila} other {# filas}} de «{file}» en la pestaña «{sheet}»",
    "pane.consolidar.nothingImported": "No se importó ningún área.",
    "pane.consolidar.notImported": "Lo que no se importó",
    "pane.consolidar.unreadable": "Archivos que no se pudieron leer",
    "pane.informe.semester": "Semestre",
    "pane.informe.semester1": "I semestre (corte {label})",
    "pane.informe.semester2": "II semestre (corte {label})",
    "pane.informe.semester1Only": "I semestre",
    "pane.informe.semester2Only": "II semestre",
    "pane.informe.buildSheet": "Crear la hoja Informe",
    "pane.informe.built": "Hoja «Informe» creada para el semestre {semester}.",
    "pane.informe.download": "Descargar el informe (HTML)",
    "pane.informe.downloadDocx": "Descargar el informe (Word, .docx)",
    "pane.informe.downloaded": "Informe descargado: {file}",
    "pane.informe.macDownload":
      "Excel para Mac no permite descargar archivos desde un panel. Use la hoja «Informe»: imprímala o guárdela como PDF.",
    "pane.informe.summary":
      "Institución: {compliance} ({band}). {red, plural, one {1 fila en rojo} other {# filas en rojo}}, {unreported} sin reporte, {over, plural, one {1 sobreejecutada} other {# sobreejecutadas}}.",
    "pane.informe.fromMatrix": "Calculado sobre la matriz consolidada.",
    "pane.informe.workbookCutoff":
      "La hoja «Informe» es al corte {cutoff}, y las demás hojas del libro (Resumen, Matriz, Tablero) siguen al corte {workbookCutoff}: la hoja lo dice en su primera línea. Para que todo el libro muestre el corte {cutoff}, consolide a {cutoff} y cree la hoja de nuevo.",
    "pane.browser.title": "Libro en el navegador",
    "pane.browser.open": "Abrir un libro .xlsx",
    "pane.browser.opened": "Abierto: {file}",
    "pane.browser.openFailed": "No se pudo abrir «{file}». {detail}",
    "pane.browser.unsavedOpen":
      "El libro de este navegador tiene cambios que no ha descargado. Si abre «{file}», esos cambios se pierden. Descárguelo primero si los quiere conservar.",
    "pane.browser.discardAndOpen": "Descartar cambios y abrir «{file}»",
    "pane.browser.keepWorkbook": "Seguir con este libro",
    "pane.browser.unsavedLeave":
      "El libro de este navegador tiene cambios que no ha descargado; si sale, se pierden.",
    "pane.browser.computed":
      "Valor calculado por plan-matrix (la fórmula del libro da lo mismo en Excel).",
    "pane.browser.download": "Descargar el libro (.xlsx)",
    "pane.browser.macrosDropped":
      "«{file}» tenía macros, y el libro que se descarga no las conserva: es un libro de Excel sin macros, «{download}». El archivo original no cambió; si necesita las macros, cópielas a este libro desde Excel y guárdelo como .xlsm.",
    "pane.browser.sheet": "Hoja",
    "pane.browser.empty": "El libro está vacío: cree el plan o abra un archivo.",
    "pane.browser.address": "Celda (p. ej. B7)",
    "pane.browser.value": "Valor de {cell}",
    "pane.browser.save": "Escribir en la celda",
    "pane.browser.selected": "Celda seleccionada: {sheet}!{cell}",
    "pane.browser.rowsShown": "Se muestran las primeras {count} filas.",
  },
  {
    "pane.title": "Action Plan",
    "pane.version": "Version {version}",
    "pane.runsIn.excel": "Connected to Excel: the pane works on the open workbook.",
    "pane.runsIn.browser": "Running in a browser, outside Excel.",
    "pane.runsIn.other-office": "This add-in is for Excel; this Office application is not Excel.",
    "pane.language": "Language",
    "pane.language.es": "Español",
    "pane.language.en": "English",
    "pane.flows": "Plan steps",
    "pane.flow.inicio": "Home",
    "pane.flow.plan": "Plan",
    "pane.flow.validar": "Validate",
    "pane.flow.semaforo": "Traffic light",
    "pane.flow.consolidar": "Consolidate",
    "pane.flow.informe": "Report",
    "pane.progress.label": "Progress: {step}",
    "pane.progress.cancel": "Cancel",
    "pane.step.read": "Reading the workbook",
    "pane.step.validate": "Validating",
    "pane.step.compute": "Computing",
    "pane.step.import": "Reading the area files",
    "pane.step.layout": "Preparing the sheets",
    "pane.step.write": "Writing to the workbook",
    "pane.step.done": "Done",
    "pane.cancelled": "Cancelled. The workbook was left as it was.",
    "pane.failed": "Could not finish: {detail}. The workbook was left as it was.",
    "pane.failedBecause": "Could not finish. {reason} The workbook was left as it was.",
    "pane.requirements.missing":
      "{feature}: not available in this version of Excel (needs ExcelApi {version}, included in {office}).",
    "pane.requirements.unsupportedPane":
      "This version of Excel lacks ExcelApi {version}, which the pane needs. Update to {office}.",
    "pane.feature.autoRevalidate": "Validate again when area tabs are edited",
    "pane.feature.disabled": "Disabled: {reason}",
    "pane.hostUnavailable": "This pane has no access to a workbook in this build: {detail}.",
    "pane.inicio.refresh": "Check the workbook",
    "pane.inicio.notPlan": "This workbook has no Action Plan yet.",
    "pane.inicio.templateMissing":
      "This workbook has area tabs but does not store its template; it cannot be validated.",
    "pane.inicio.template": "Template “{id}”, version {version}",
    "pane.inicio.year": "Year {year}",
    "pane.inicio.cutoff": "Cut-off: {cutoff}",
    "pane.inicio.cutoffBad":
      "The cut-off “{cutoff}” is not a period of the plan; pick it in Traffic light.",
    "pane.inicio.areas":
      "{filled} of {total, plural, one {1 area} other {# areas}} with filled rows",
    "pane.inicio.consolidated": "It already has a consolidated matrix (sheet “Matriz”).",
    "pane.inicio.notConsolidated": "Not consolidated yet.",
    "pane.inicio.next": "Next step:",
    "pane.inicio.next.createPlan": "Create the plan from the embedded template, a file or a text.",
    "pane.inicio.next.fillAreas":
      "Send the workbook to the areas to fill their tabs; then validate.",
    "pane.inicio.next.validate": "Validate the areas and fix what can be fixed.",
    "pane.inicio.next.fixCutoff": "Pick the cut-off period.",
    "pane.inicio.goTo": "Go to {flow}",
    "pane.plan.source": "Create the plan from",
    "pane.plan.source.embedded": "The embedded template",
    "pane.plan.source.file": "A template file (.json)",
    "pane.plan.source.text": "A plan pasted as text",
    "pane.plan.embeddedInfo":
      "{organisation}, year {year}: {macroprocesses, plural, one {1 macroprocess} other {# macroprocesses}}, {areas, plural, one {1 area} other {# areas}}, {objectives, plural, one {1 objective} other {# objectives}}.",
    "pane.plan.templateFile": "Template file",
    "pane.plan.templateFileInvalid":
      "“{file}” is not a valid template ({detail}). Pick the JSON file plan-matrix wrote.",
    "pane.plan.templateFileLoaded": "Template “{id}”, version {version}, year {year}.",
    "pane.plan.pastedText": "Plan text (numbered sections and bullets)",
    "pane.plan.preview": "Preview",
    "pane.plan.previewTitle": "What the text was understood as",
    "pane.plan.previewBlocked": "This text cannot make a plan; see the problems.",
    "pane.plan.create": "Create the plan in this workbook",
    "pane.plan.replaceConfirm": "Yes, replace the plan this workbook already has",
    "pane.plan.replaceWarning":
      "This workbook already has a plan. A new one replaces its tabs; confirm to go on.",
    "pane.plan.created": "Plan created: {areas, plural, one {1 area tab} other {# area tabs}}.",
    "pane.plan.upgradeTitle": "Upgrade to a newer template version",
    "pane.plan.upgradeFile": "New template (.json)",
    "pane.plan.upgrade": "Upgrade the plan",
    "pane.plan.upgraded": "Plan upgraded to version {version}: every filled cell was kept.",
    "pane.plan.upgradeProblems": "{count, plural, one {Check this:} other {Check these # things:}}",
    "pane.plan.upgradeNothing": "Pick the new template file first.",
    "pane.plan.source.xlsx": "An existing matrix (.xlsx)",
    "pane.plan.xlsxFile": "Last plan's matrix (.xlsx)",
    "pane.plan.xlsxInvalid": "“{file}” could not be read: {detail}",
    "pane.plan.xlsxSheet": "Sheets read",
    "pane.plan.xlsxAllSheets": "Every sheet",
    "pane.plan.xlsxYear": "Year of the new plan",
    "pane.plan.xlsxColumns": "Columns of sheet “{sheet}” (row {row})",
    "pane.plan.xlsxColumn": "{letter} “{header}”",
    "pane.plan.xlsxIgnore": "(do not use)",
    "pane.plan.xlsxPreviewTitle": "What was understood from the matrix",
    "pane.plan.xlsxCarry":
      "Also carry what the rows planned into the tabs (activity, indicator, goal, responsible, programming)",
    "pane.plan.xlsxPreviewBlocked":
      "This matrix cannot make a plan; see the problems or change the columns.",
    "pane.validar.run": "Validate the workbook",
    "pane.validar.summary":
      "{errors, plural, one {1 error} other {# errors}} and {warnings, plural, one {1 warning} other {# warnings}} in {areas, plural, one {1 area} other {# areas}} ({fixable} fixable automatically).",
    "pane.validar.area":
      "{name}: {errors, plural, one {1 error} other {# errors}}, {warnings, plural, one {1 warning} other {# warnings}}",
    "pane.validar.areaUnfilled":
      "{count, plural, one {1 row not filled} other {# rows not filled}}",
    "pane.validar.noIssues": "No errors or warnings.",
    "pane.validar.issues": "Details",
    "pane.validar.goToCell": "Go to {sheet}!{cell}: {message}",
    "pane.validar.fix": "Fix {cell}",
    "pane.validar.fixAll":
      "{count, plural, one {Fix the only one of this kind} other {Fix all # of this kind}}",
    "pane.validar.fixed": "{count, plural, one {1 cell fixed.} other {# cells fixed.}}",
    "pane.validar.autoOn": "Validates again when an area tab changes.",
    "pane.validar.recheck": "Check again",
    "pane.validar.recheckHint":
      "Excel does not report every change (for example, a choice from a drop-down list in Excel on the web): after editing, use Check again.",
    "pane.validar.more": "and {count} more of this kind in this area",
    "pane.validar.kind": "{kind} ({count})",
    "pane.validar.openGroup": "Open an area to see its issues, grouped by kind.",
    "pane.validar.error": "Error",
    "pane.validar.warning": "Warning",
    "pane.semaforo.cutoff": "Cut-off period",
    "pane.semaforo.apply": "Compute the traffic light",
    "pane.semaforo.institution": "Institution · {cutoff}",
    "pane.semaforo.macroprocesses": "Macroprocesses",
    "pane.semaforo.areas": "Areas",
    "pane.semaforo.redRows": "Rows in red",
    "pane.semaforo.overRows": "Over-executed rows",
    "pane.semaforo.errorRows": "Rows with errors (left out of the figures)",
    "pane.semaforo.noRows": "None.",
    "pane.semaforo.listHeading": "{title} ({count})",
    "pane.semaforo.rowLabel": "{id} ({sheet}!{cell}): {compliance}",
    "pane.semaforo.rowsLeftOut":
      "{count, plural, one {1 row with errors was left out of the figures; see it in Validate.} other {# rows with errors were left out of the figures; see them in Validate.}}",
    "pane.figures.cutoffIndexOverwritten":
      "The CorteIndice cell ({sheet}!{cell}) no longer holds its formula, so the workbook's formulas compute at another period than the one in “Corte”: every figure is marked “With errors”. In Validate, “Fix {cell}” writes it back.",
    "pane.figures.cutoffIndexError":
      "The CorteIndice cell ({sheet}!{cell}) still holds its formula but gives an error value, so the workbook's formulas show errors: every figure is marked “With errors”. This usually happens when the hidden sheet “Listas” or the name “Periodos” was deleted; restore “Listas” from a copy of the original workbook (or undo the deletion) and the formulas will compute again.",
    "pane.semaforo.badge": "{band} {compliance}",
    "pane.band.verde": bandMessages.en.verde,
    "pane.band.amarillo": bandMessages.en.amarillo,
    "pane.band.rojo": bandMessages.en.rojo,
    "pane.band.sin-programacion": bandMessages.en["sin-programacion"],
    "pane.band.con-errores": bandMessages.en["con-errores"],
    "pane.band.sin-diligenciar": bandMessages.en["sin-diligenciar"],
    "pane.consolidar.files": "Area workbooks returned by email",
    "pane.consolidar.filesHint":
      "Copies of the plan (or of one tab) the areas returned by email. They are read here; nothing is uploaded.",
    "pane.consolidar.fileRead": "{file}: read",
    "pane.consolidar.fileUnreadable":
      "“{file}” could not be read ({detail}). Open it in Excel, save it as Excel Workbook (.xlsx) and pick it again.",
    "pane.consolidar.remove": "Remove {file}",
    "pane.consolidar.run": "Consolidate",
    "pane.consolidar.runHint":
      "Consolidate joins the area tabs into the Matrix. Import the workbooks returned by email first.",
    "pane.consolidar.done":
      "Matrix consolidated at cut-off {cutoff}: {rows, plural, one {1 row} other {# rows}} from {areas, plural, one {1 area} other {# areas}}.",
    "pane.consolidar.sources": "Which tab each area came from",
    "pane.consolidar.sourceWorkbook": "{area}: tab “{sheet}” of this workbook",
    "pane.consolidar.notices": "Notes",
    "pane.consolidar.import": "Import",
    "pane.consolidar.importRun": "Import into the tabs",
    "pane.consolidar.question":
      "{count, plural, one {One area already holds} other {# areas already hold}} typed values in its tab that the file would change. Choose what to do with each; what is replaced is kept in “Registro” with its value before.",
    "pane.consolidar.questionArea":
      "{area} {name}: the tab “{sheet}” holds {count, plural, one {1 typed value} other {# typed values}} that differ from “{file}” (the first: {id}, {column}).",
    "pane.consolidar.replace": "Replace with the file",
    "pane.consolidar.keep": "Keep the tab",
    "pane.consolidar.questionConfirm": "Import",
    "pane.consolidar.questionCancel": "Cancel",
    "pane.consolidar.imported":
      "{count, plural, one {1 area imported into its tab.} other {# areas imported into their tabs.}}",
    "pane.consolidar.importedArea":
      "{area} {name}: {rows, plural, one {1 row} other {# rows}} from “{file}” in the tab “{sheet}”",
    "pane.consolidar.nothingImported": "No area was imported.",
    "pane.consolidar.notImported": "What was not imported",
    "pane.consolidar.unreadable": "Files that could not be read",
    "pane.informe.semester": "Semester",
    "pane.informe.semester1": "First semester (cut-off {label})",
    "pane.informe.semester2": "Second semester (cut-off {label})",
    "pane.informe.semester1Only": "First semester",
    "pane.informe.semester2Only": "Second semester",
    "pane.informe.buildSheet": "Build the Informe sheet",
    "pane.informe.built": "Sheet “Informe” built for semester {semester}.",
    "pane.informe.download": "Download the report (HTML)",
    "pane.informe.downloadDocx": "Download the report (Word, .docx)",
    "pane.informe.downloaded": "Report downloaded: {file}",
    "pane.informe.macDownload":
      "Excel for Mac does not allow downloads from a pane. Use the “Informe” sheet: print it or save it as PDF.",
    "pane.informe.summary":
      "Institution: {compliance} ({band}). {red, plural, one {1 row in red} other {# rows in red}}, {unreported} without report, {over} over-executed.",
    "pane.informe.fromMatrix": "Computed on the consolidated matrix.",
    "pane.informe.workbookCutoff":
      "The “Informe” sheet is as of cut-off {cutoff}, and the workbook's other sheets (Resumen, Matriz, Tablero) are still as of cut-off {workbookCutoff}: the sheet says so on its first line. For the whole workbook to show cut-off {cutoff}, consolidate at {cutoff} and build the sheet again.",
    "pane.browser.title": "Workbook in the browser",
    "pane.browser.open": "Open an .xlsx workbook",
    "pane.browser.opened": "Opened: {file}",
    "pane.browser.openFailed": "Could not open “{file}”. {detail}",
    "pane.browser.unsavedOpen":
      "The workbook in this browser has changes you have not downloaded. Opening “{file}” loses them. Download it first if you want to keep them.",
    "pane.browser.discardAndOpen": "Discard changes and open “{file}”",
    "pane.browser.keepWorkbook": "Keep this workbook",
    "pane.browser.unsavedLeave":
      "The workbook in this browser has changes you have not downloaded; leaving loses them.",
    "pane.browser.computed":
      "Value computed by plan-matrix (the workbook’s formula gives the same in Excel).",
    "pane.browser.download": "Download the workbook (.xlsx)",
    "pane.browser.macrosDropped":
      "“{file}” held macros, and the workbook you download does not keep them: it is an Excel workbook without macros, “{download}”. The original file is unchanged; if you need the macros, copy them into this workbook in Excel and save it as .xlsm.",
    "pane.browser.sheet": "Sheet",
    "pane.browser.empty": "The workbook is empty: create the plan or open a file.",
    "pane.browser.address": "Cell (e.g. B7)",
    "pane.browser.value": "Value of {cell}",
    "pane.browser.save": "Write to the cell",
    "pane.browser.selected": "Selected cell: {sheet}!{cell}",
    "pane.browser.rowsShown": "Showing the first {count} rows.",
  }
);
