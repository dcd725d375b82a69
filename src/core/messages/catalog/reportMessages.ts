import { defineCatalog } from "../defineCatalog";

/** Texts of the semester management report (SPEC §7): the `Informe` sheet, the HTML file and the CLI's lines. */
export type ReportMessageCode =
  | "report.title.1"
  | "report.title.2"
  | "report.cutoff"
  | "report.cutoffNotMidYear"
  | "report.generatedAt"
  | "report.legend"
  | "report.institution"
  | "report.institutionAreas"
  | "report.summaryTitle"
  | "report.level.institution"
  | "report.level.macroprocess"
  | "report.level.area"
  | "report.header.level"
  | "report.header.code"
  | "report.header.name"
  | "report.header.programmed"
  | "report.header.compliance"
  | "report.header.band"
  | "report.header.id"
  | "report.header.area"
  | "report.header.activity"
  | "report.header.indicator"
  | "report.header.responsible"
  | "report.header.observations"
  | "report.header.status"
  | "report.header.reason"
  | "report.programmedAreas"
  | "report.programmedRows"
  | "report.leftOut"
  | "report.redTitle"
  | "report.redNone"
  | "report.unreportedTitle"
  | "report.unreportedHelp"
  | "report.unreportedNone"
  | "report.overTitle"
  | "report.overNone"
  | "report.reason.noExecuted"
  | "report.reason.statusBlank"
  | "report.reason.statusDraft"
  | "report.written"
  | "report.sourceMatrix"
  | "report.sourceTabs"
  | "report.badSemester"
  | "report.badOutExtension";

export const reportMessages = defineCatalog<ReportMessageCode>(
  {
    "report.title.1": "Informe de gestión — I semestre de {year}",
    "report.title.2": "Informe de gestión — II semestre de {year}",
    "report.cutoff": "Corte: {cutoff} (periodo {position} de {count})",
    "report.cutoffNotMidYear":
      "El plan tiene {count} periodos y ninguno termina el 30 de junio: el I semestre se mide al corte {cutoff}, el primero que cubre el semestre.",
    "report.generatedAt": "Generado el {date}",
    "report.legend":
      "Semáforo: Verde ≥ {green}; Amarillo ≥ {yellow} y < {green}; Rojo < {yellow}; Sin programación: nada programado a la fecha. Sobreejecución: > {over}.",
    "report.institution": "Cumplimiento institucional",
    "report.institutionAreas": "{count} de {total} áreas con programación",
    "report.summaryTitle": "Cumplimiento por institución, macroproceso y área",
    "report.level.institution": "Institución",
    "report.level.macroprocess": "Macroproceso",
    "report.level.area": "Área",
    "report.header.level": "Nivel",
    "report.header.code": "Código",
    "report.header.name": "Nombre",
    "report.header.programmed": "Con programación",
    "report.header.compliance": "% Cumplimiento",
    "report.header.band": "Semáforo",
    "report.header.id": "ID",
    "report.header.area": "Área",
    "report.header.activity": "Actividad / objetivo",
    "report.header.indicator": "Indicador",
    "report.header.responsible": "Responsable",
    "report.header.observations": "Observaciones",
    "report.header.status": "Estado del reporte",
    "report.header.reason": "Motivo",
    "report.programmedAreas": "{count} de {total} áreas",
    "report.programmedRows": "{count} de {total} filas",
    "report.leftOut": " · {count} filas con errores excluidas (plan-matrix validate)",
    "report.redTitle": "Filas en rojo ({count})",
    "report.redNone": "Ninguna fila está en rojo al corte.",
    "report.unreportedTitle": "Filas sin reporte ({count})",
    "report.unreportedHelp":
      "Filas con programación a la fecha sin ejecutado registrado en los periodos transcurridos, o cuyo «Estado del reporte» está vacío o en Borrador.",
    "report.unreportedNone": "Todas las filas con programación tienen reporte.",
    "report.overTitle": "Sobreejecución: cumplimiento mayor que {threshold} ({count})",
    "report.overNone": "Ninguna fila supera el umbral de sobreejecución.",
    "report.reason.noExecuted": "Sin ejecutado en {periods}",
    "report.reason.statusBlank": "«Estado del reporte» vacío",
    "report.reason.statusDraft": "«Estado del reporte» en Borrador",
    "report.sourceMatrix":
      "Informe calculado desde la «Matriz» consolidada (si las áreas cambiaron sus pestañas después, consolide de nuevo).",
    "report.sourceTabs":
      "Informe calculado desde las pestañas de las áreas (el libro aún no tiene una «Matriz» consolidada).",
    "report.written":
      "Informe escrito: {path} — corte {cutoff}; institución {compliance} [{band}]; {red, plural, one {1 fila} other {# filas}} en rojo, {unreported} sin reporte, {over} con sobreejecución.",
    "report.badSemester": "--semester «{value}» no es un semestre; use 1 o 2",
    "report.badOutExtension": "--out «{path}» debe terminar en .xlsx, .html o .docx",
  },
  {
    "report.title.1": "Management report — first half of {year}",
    "report.title.2": "Management report — second half of {year}",
    "report.cutoff": "Cut-off: {cutoff} (period {position} of {count})",
    "report.cutoffNotMidYear":
      "The plan has {count} periods and none ends on 30 June: the first half is measured at cut-off {cutoff}, the first one that covers it.",
    "report.generatedAt": "Generated on {date}",
    "report.legend":
      "Traffic light: Green ≥ {green}; Yellow ≥ {yellow} and < {green}; Red < {yellow}; Not programmed: nothing programmed to date. Over-execution: > {over}.",
    "report.institution": "Institutional compliance",
    "report.institutionAreas": "{count} of {total} areas with programming",
    "report.summaryTitle": "Compliance by institution, macroprocess and area",
    "report.level.institution": "Institution",
    "report.level.macroprocess": "Macroprocess",
    "report.level.area": "Area",
    "report.header.level": "Level",
    "report.header.code": "Code",
    "report.header.name": "Name",
    "report.header.programmed": "With programming",
    "report.header.compliance": "% Compliance",
    "report.header.band": "Traffic light",
    "report.header.id": "ID",
    "report.header.area": "Area",
    "report.header.activity": "Activity / objective",
    "report.header.indicator": "Indicator",
    "report.header.responsible": "Responsible",
    "report.header.observations": "Observations",
    "report.header.status": "Report status",
    "report.header.reason": "Reason",
    "report.programmedAreas": "{count} of {total} areas",
    "report.programmedRows": "{count} of {total} rows",
    "report.leftOut": " · {count} rows with errors left out (plan-matrix validate)",
    "report.redTitle": "Rows in red ({count})",
    "report.redNone": "No row is red at the cut-off.",
    "report.unreportedTitle": "Rows without report ({count})",
    "report.unreportedHelp":
      "Rows with programming to date and no executed value in the elapsed periods, or whose “Estado del reporte” (report status) is empty or Borrador (draft).",
    "report.unreportedNone": "Every row with programming has been reported.",
    "report.overTitle": "Over-execution: compliance above {threshold} ({count})",
    "report.overNone": "No row is above the over-execution threshold.",
    "report.reason.noExecuted": "No executed value in {periods}",
    "report.reason.statusBlank": "“Estado del reporte” empty",
    "report.reason.statusDraft": "“Estado del reporte” still Borrador (draft)",
    "report.sourceMatrix":
      "Report computed from the consolidated “Matriz” (if areas changed their tabs since, consolidate again).",
    "report.sourceTabs":
      "Report computed from the area tabs (the workbook has no consolidated “Matriz” yet).",
    "report.written":
      "Report written: {path} — cut-off {cutoff}; institution {compliance} [{band}]; {red, plural, one {1 row} other {# rows}} in red, {unreported} without report, {over} over-executed.",
    "report.badSemester": "--semester “{value}” is not a half-year; use 1 or 2",
    "report.badOutExtension": "--out “{path}” must end in .xlsx, .html or .docx",
  }
);
