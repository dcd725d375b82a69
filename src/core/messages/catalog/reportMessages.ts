import { defineCatalog } from "../defineCatalog";

/**
 * Texts of the informe de gestión (SPEC §7) — the document the `Informe` sheet, the HTML file and the Word file
 * render — and the CLI's lines about it. Nothing here names a command, an internal code or a period label: the
 * informe is read by a board.
 */
export type ReportMessageCode =
  | "report.title.1"
  | "report.title.2"
  | "report.cover.plan"
  | "report.cover.cutoff"
  | "report.cover.generated"
  | "report.cutoffNotMidYear"
  | "report.workbookCutoff"
  | "report.workbookCutoffWritten"
  | "report.summary.title"
  | "report.summary.institution"
  | "report.summary.noInstitution"
  | "report.summary.bandsIntro"
  | "report.summary.band"
  | "report.summary.unfilled"
  | "report.summary.unreported"
  | "report.summary.allReported"
  | "report.summary.achievementsTitle"
  | "report.summary.achievementsRule"
  | "report.summary.achievementsNone"
  | "report.summary.delaysTitle"
  | "report.summary.delaysRule"
  | "report.summary.delaysNone"
  | "report.summary.budget"
  | "report.summary.budgetNone"
  | "report.budgetNote"
  | "report.leftOut"
  | "report.leftOutShort"
  | "report.unfilledShort"
  | "report.rowCount"
  | "report.inArea"
  | "report.otherAreas"
  | "report.macroprocess.figure"
  | "report.macroprocess.noFigure"
  | "report.area.figure"
  | "report.area.noRows"
  | "report.area.unfilled"
  | "report.area.noProgramming"
  | "report.area.errors"
  | "report.area.tableTitle"
  | "report.area.achievementsTitle"
  | "report.area.achievementsNone"
  | "report.area.difficultiesTitle"
  | "report.area.overTitle"
  | "report.area.unreportedTitle"
  | "report.area.budget"
  | "report.row.number"
  | "report.row.numberUnprogrammed"
  | "report.row.percent"
  | "report.row.percentUnprogrammed"
  | "report.row.evidence"
  | "report.row.observations"
  | "report.row.responsible"
  | "report.row.noObservations"
  | "report.row.overExplained"
  | "report.row.overUnexplained"
  | "report.row.unreported"
  | "report.row.errors"
  | "report.reason.noExecuted"
  | "report.reason.statusBlank"
  | "report.reason.statusDraft"
  | "report.unit.number"
  | "report.unit.percent"
  | "report.header.activity"
  | "report.header.unit"
  | "report.header.programmed"
  | "report.header.executed"
  | "report.header.compliance"
  | "report.header.band"
  | "report.header.level"
  | "report.header.name"
  | "report.header.withProgramming"
  | "report.header.area"
  | "report.trend.title"
  | "report.trend.note"
  | "report.trend.noHistory"
  | "report.trend.institution"
  | "report.annex.title"
  | "report.annex.legend"
  | "report.level.institution"
  | "report.level.macroprocess"
  | "report.level.area"
  | "report.programmedAreas"
  | "report.programmedRows"
  | "report.written"
  | "report.sourceMatrix"
  | "report.sheetTextCut"
  | "report.sourceTabs"
  | "report.badSemester"
  | "report.badOutExtension";

export const reportMessages = defineCatalog<ReportMessageCode>(
  {
    "report.title.1": "Informe de gestión — I semestre de {year}",
    "report.title.2": "Informe de gestión — II semestre de {year}",
    "report.cover.plan": "Plan de Acción {year}",
    "report.cover.cutoff": "Con corte a {date}",
    "report.cover.generated": "Elaborado el {date}",
    "report.cutoffNotMidYear":
      "Ningún periodo del plan termina el 30 de junio: el I semestre se mide con corte a {date}, el primer corte que cubre el semestre.",
    "report.workbookCutoff":
      "Este informe es al corte {cutoff}; las demás hojas de este libro (Resumen, Matriz, Tablero) están al corte {workbookCutoff}, el de «Configuración».",
    "report.workbookCutoffWritten":
      "⚠ El libro está al corte {workbookCutoff} y el informe del semestre {semester} es al corte {cutoff}: la hoja «Informe» lo dice en su primera línea. Para que todo el libro muestre el corte {cutoff}, consolide a {cutoff} y escriba el informe de nuevo; un informe en .html o .docx no lleva las demás hojas.",
    "report.summary.title": "Resumen ejecutivo",
    "report.summary.institution":
      "Con corte a {date}, el cumplimiento institucional del plan es de {percent} ({band}), promedio de {count} de {total, plural, one {# área} other {# áreas}} con programación a la fecha.",
    "report.summary.noInstitution":
      "Con corte a {date} no hay cumplimiento institucional que informar: ninguna área tiene programación a la fecha.",
    "report.summary.bandsIntro": "Las áreas, según su semáforo:",
    "report.summary.band": "{band} ({count, plural, one {1 área} other {# áreas}}): {names}.",
    "report.summary.unfilled":
      "{count, plural, one {Un área no ha diligenciado su plan} other {# áreas no han diligenciado su plan}}: {names}.",
    "report.summary.unreported":
      "{count, plural, one {Un área tiene} other {# áreas tienen}} filas sin reporte: {names}.",
    "report.summary.allReported": "Todas las filas con programación a la fecha tienen reporte.",
    "report.summary.achievementsTitle": "Logros principales",
    "report.summary.achievementsRule":
      "Se eligen entre las filas en Verde las de mayor cumplimiento a la fecha, contado hasta 100 % como en el promedio; a igual cumplimiento, la de mayor ponderación y luego la que aparece primero en el plan.",
    "report.summary.achievementsNone": "Ninguna fila está en Verde a la fecha.",
    "report.summary.delaysTitle": "Principales retrasos",
    "report.summary.delaysRule":
      "Se eligen entre las filas en Rojo las de menor cumplimiento a la fecha; a igual cumplimiento, la de mayor ponderación y luego la que aparece primero en el plan.",
    "report.summary.delaysNone": "Ninguna fila está en Rojo a la fecha.",
    "report.summary.budget":
      "Presupuesto programado por {count, plural, one {el área que lo diligenció} other {las # áreas que lo diligenciaron}}: {amount}.",
    "report.summary.budgetNone": "Ninguna área diligenció el presupuesto en el plan.",
    "report.budgetNote":
      "Es el presupuesto que las áreas programaron en el plan; el plan no registra el presupuesto ejecutado.",
    "report.leftOut":
      "{count, plural, one {Una fila con errores en sus datos quedó excluida} other {# filas con errores en sus datos quedaron excluidas}} de esta cifra.",
    "report.leftOutShort":
      "{count, plural, one {1 fila excluida por errores} other {# filas excluidas por errores}}",
    "report.unfilledShort": "sin diligenciar: {names}",
    "report.rowCount": "{count, plural, one {1 fila} other {# filas}}",
    "report.inArea": "{area} — {text}",
    "report.otherAreas": "Otras áreas",
    "report.macroprocess.figure":
      "Cumplimiento del macroproceso: {percent} ({band}), promedio de {count} de {total, plural, one {# área} other {# áreas}} con programación a la fecha.",
    "report.macroprocess.noFigure":
      "El macroproceso no tiene cumplimiento que informar: ninguna de sus áreas tiene programación a la fecha.",
    "report.area.figure":
      "Cumplimiento del área: {percent} ({band}), sobre {count} de {total, plural, one {# fila} other {# filas}} con programación a la fecha.",
    "report.area.noRows": "El área no tiene filas en el plan de acción.",
    "report.area.unfilled":
      "El área no ha diligenciado su plan: ninguna de sus filas tiene programación en el año.",
    "report.area.noProgramming": "Ninguna fila del área tiene programación a la fecha.",
    "report.area.errors":
      "El cumplimiento del área no se puede calcular: sus datos tienen errores que deben corregirse.",
    "report.area.tableTitle": "Programado y ejecutado a la fecha",
    "report.area.achievementsTitle": "Logros",
    "report.area.achievementsNone": "El área no registra ejecución a la fecha.",
    "report.area.difficultiesTitle": "Dificultades",
    "report.area.overTitle": "Sobreejecución",
    "report.area.unreportedTitle": "Filas sin reporte",
    "report.area.budget":
      "Presupuesto programado por el área: {amount}, registrado en {count} de {total, plural, one {# fila} other {# filas}}.",
    "report.row.number":
      "{subject}: {executed, plural, one {se ejecutó} other {se ejecutaron}} {executedText} de {programmedText} {programmed, plural, one {programado} other {programados}} a la fecha ({percent}).",
    "report.row.numberUnprogrammed":
      "{subject}: {executed, plural, one {se ejecutó} other {se ejecutaron}} {executedText} sin programación a la fecha.",
    "report.row.percent":
      "{subject}: alcanzó {executedText} frente a {programmedText} programado a la fecha ({percent}).",
    "report.row.percentUnprogrammed":
      "{subject}: alcanzó {executedText} sin programación a la fecha.",
    "report.row.evidence": "La evidencia reportada es «{evidence}».",
    "report.row.observations": "El área anota: «{observations}».",
    "report.row.responsible": "A cargo de {responsible}.",
    "report.row.noObservations": "El área no registró observaciones sobre el retraso.",
    "report.row.overExplained":
      "Supera el {threshold} de cumplimiento; el área lo explica así: «{observations}».",
    "report.row.overUnexplained":
      "Supera el {threshold} de cumplimiento y el área aún no explica la sobreejecución en sus observaciones.",
    "report.row.unreported": "{subject}: {reasons}.",
    "report.row.errors": "{subject}: sus datos tienen errores que deben corregirse.",
    "report.reason.noExecuted": "sin ejecutado registrado para {periods}",
    "report.reason.statusBlank": "sin estado del reporte",
    "report.reason.statusDraft": "con el reporte aún en borrador",
    "report.unit.number": "Número",
    "report.unit.percent": "Porcentaje",
    "report.header.activity": "Actividad",
    "report.header.unit": "Unidad de medida",
    "report.header.programmed": "Programado a la fecha",
    "report.header.executed": "Ejecutado a la fecha",
    "report.header.compliance": "% Cumplimiento",
    "report.header.band": "Semáforo",
    "report.header.level": "Nivel",
    "report.header.name": "Nombre",
    "report.header.withProgramming": "Con programación a la fecha",
    "report.header.area": "Área",
    "report.trend.title": "Tendencia del cumplimiento",
    "report.trend.note":
      "Cumplimiento de cada área en los cortes de este año: los anteriores, como quedaron registrados al consolidar cada corte; el de este informe, calculado para él.",
    "report.trend.noHistory":
      "Aún no hay cortes anteriores registrados este año: la tabla muestra el corte de este informe.",
    "report.trend.institution": "Institución",
    "report.annex.title": "Anexo: semáforo por institución, macroproceso y área",
    "report.annex.legend":
      "Semáforo: Verde, {green} o más; Amarillo, desde {yellow} y menos de {green}; Rojo, menos de {yellow}. Sin programación: nada programado a la fecha. Sin diligenciar: el área no ha diligenciado su plan. Con errores: datos por corregir. Sobreejecución: cumplimiento mayor que {over}.",
    "report.level.institution": "Institución",
    "report.level.macroprocess": "Macroproceso",
    "report.level.area": "Área",
    "report.programmedAreas": "{count} de {total, plural, one {# área} other {# áreas}}",
    "report.programmedRows": "{count} de {total, plural, one {# fila} other {# filas}}",
    "report.sheetTextCut":
      " … [texto recortado: una celda de Excel admite 32.767 caracteres; el informe en HTML o Word lo trae completo]",
    "report.sourceMatrix":
      "Informe calculado desde la «Matriz» consolidada, que coincide con las pestañas de las áreas.",
    "report.sourceTabs":
      "Informe calculado desde las pestañas de las áreas (el libro aún no tiene una «Matriz» consolidada).",
    "report.written":
      "Informe escrito: {path} — corte {cutoff}; institución {compliance} [{band}]; {red, plural, one {1 fila} other {# filas}} en rojo, {unreported} sin reporte, {over} con sobreejecución.",
    "report.badSemester": "{option} «{value}» no es un semestre; use 1 o 2",
    "report.badOutExtension": "{option} «{path}» debe terminar en .xlsx, .html o .docx",
  },
  {
    "report.title.1": "Management report — first half of {year}",
    "report.title.2": "Management report — second half of {year}",
    "report.cover.plan": "Action Plan {year}",
    "report.cover.cutoff": "As of {date}",
    "report.cover.generated": "Prepared on {date}",
    "report.cutoffNotMidYear":
      "No period of the plan ends on June 30: the first half is measured as of {date}, the first cut-off that covers it.",
    "report.workbookCutoff":
      "This report is as of cut-off {cutoff}; the other sheets of this workbook (Resumen, Matriz, Tablero) are as of cut-off {workbookCutoff}, the one in “Configuración”.",
    "report.workbookCutoffWritten":
      "⚠ The workbook is at cut-off {workbookCutoff} and the semester {semester} report is at cut-off {cutoff}: the “Informe” sheet says so on its first line. For the whole workbook to show cut-off {cutoff}, consolidate at {cutoff} and write the report again; a report in .html or .docx does not carry the other sheets.",
    "report.summary.title": "Executive summary",
    "report.summary.institution":
      "As of {date}, the institution's compliance with the plan is {percent} ({band}), the average of {count} of {total, plural, one {# area} other {# areas}} with programming to date.",
    "report.summary.noInstitution":
      "As of {date} there is no institutional compliance to report: no area has programming to date.",
    "report.summary.bandsIntro": "The areas, by traffic light:",
    "report.summary.band": "{band} ({count, plural, one {1 area} other {# areas}}): {names}.",
    "report.summary.unfilled":
      "{count, plural, one {One area has} other {# areas have}} not filled in {count, plural, one {its} other {their}} plan: {names}.",
    "report.summary.unreported":
      "{count, plural, one {One area has} other {# areas have}} rows without report: {names}.",
    "report.summary.allReported": "Every row with programming to date has been reported.",
    "report.summary.achievementsTitle": "Main achievements",
    "report.summary.achievementsRule":
      "Chosen among the rows in Green: the highest compliance to date, counted up to 100% as in the average; at equal compliance, the higher weight, then the one that comes first in the plan.",
    "report.summary.achievementsNone": "No row is in Green to date.",
    "report.summary.delaysTitle": "Main delays",
    "report.summary.delaysRule":
      "Chosen among the rows in Red: the lowest compliance to date; at equal compliance, the higher weight, then the one that comes first in the plan.",
    "report.summary.delaysNone": "No row is in Red to date.",
    "report.summary.budget":
      "Budget programmed by the {count, plural, one {area that filled it in} other {# areas that filled it in}}: {amount}.",
    "report.summary.budgetNone": "No area filled in the budget in the plan.",
    "report.budgetNote":
      "This is the budget the areas programmed in the plan; the plan does not record the budget executed.",
    "report.leftOut":
      "{count, plural, one {One row with errors in its data was} other {# rows with errors in their data were}} left out of this figure.",
    "report.leftOutShort":
      "{count, plural, one {1 row left out for errors} other {# rows left out for errors}}",
    "report.unfilledShort": "never filled: {names}",
    "report.rowCount": "{count, plural, one {1 row} other {# rows}}",
    "report.inArea": "{area} — {text}",
    "report.otherAreas": "Other areas",
    "report.macroprocess.figure":
      "Compliance of the macroprocess: {percent} ({band}), the average of {count} of {total, plural, one {# area} other {# areas}} with programming to date.",
    "report.macroprocess.noFigure":
      "The macroprocess has no compliance to report: none of its areas has programming to date.",
    "report.area.figure":
      "Compliance of the area: {percent} ({band}), over {count} of {total, plural, one {# row} other {# rows}} with programming to date.",
    "report.area.noRows": "The area has no rows in the action plan.",
    "report.area.unfilled":
      "The area has not filled in its plan: none of its rows has programming in the year.",
    "report.area.noProgramming": "No row of the area has programming to date.",
    "report.area.errors":
      "The area's compliance cannot be computed: its data has errors that must be corrected.",
    "report.area.tableTitle": "Programmed and executed to date",
    "report.area.achievementsTitle": "Achievements",
    "report.area.achievementsNone": "The area records no execution to date.",
    "report.area.difficultiesTitle": "Difficulties",
    "report.area.overTitle": "Over-execution",
    "report.area.unreportedTitle": "Rows without report",
    "report.area.budget":
      "Budget programmed by the area: {amount}, recorded in {count} of {total, plural, one {# row} other {# rows}}.",
    "report.row.number":
      "{subject}: {executedText} of {programmedText} programmed to date {executed, plural, one {was} other {were}} carried out ({percent}).",
    "report.row.numberUnprogrammed":
      "{subject}: {executedText} carried out with nothing programmed to date.",
    "report.row.percent":
      "{subject}: reached {executedText} against {programmedText} programmed to date ({percent}).",
    "report.row.percentUnprogrammed":
      "{subject}: reached {executedText} with nothing programmed to date.",
    "report.row.evidence": "The evidence reported is “{evidence}”.",
    "report.row.observations": "The area notes: “{observations}”.",
    "report.row.responsible": "Led by {responsible}.",
    "report.row.noObservations": "The area recorded no observations on the delay.",
    "report.row.overExplained":
      "Above {threshold} compliance; the area explains it as follows: “{observations}”.",
    "report.row.overUnexplained":
      "Above {threshold} compliance, and the area has not yet explained the over-execution in its observations.",
    "report.row.unreported": "{subject}: {reasons}.",
    "report.row.errors": "{subject}: its data has errors that must be corrected.",
    "report.reason.noExecuted": "no executed value recorded for {periods}",
    "report.reason.statusBlank": "no report status",
    "report.reason.statusDraft": "the report still in draft",
    "report.unit.number": "Number",
    "report.unit.percent": "Percentage",
    "report.header.activity": "Activity",
    "report.header.unit": "Unit of measure",
    "report.header.programmed": "Programmed to date",
    "report.header.executed": "Executed to date",
    "report.header.compliance": "% Compliance",
    "report.header.band": "Traffic light",
    "report.header.level": "Level",
    "report.header.name": "Name",
    "report.header.withProgramming": "With programming to date",
    "report.header.area": "Area",
    "report.trend.title": "Compliance trend",
    "report.trend.note":
      "Each area's compliance at this year's cut-offs: the earlier ones as recorded when each cut-off was consolidated; this report's, computed for it.",
    "report.trend.noHistory":
      "No earlier cut-off has been recorded this year yet: the table shows this report's cut-off.",
    "report.trend.institution": "Institution",
    "report.annex.title": "Annex: traffic light by institution, macroprocess and area",
    "report.annex.legend":
      "Traffic light: Green, {green} or more; Yellow, from {yellow} to less than {green}; Red, less than {yellow}. Not programmed: nothing programmed to date. Never filled: the area has not filled in its plan. With errors: data to be corrected. Over-execution: compliance above {over}.",
    "report.level.institution": "Institution",
    "report.level.macroprocess": "Macroprocess",
    "report.level.area": "Area",
    "report.programmedAreas": "{count} of {total, plural, one {# area} other {# areas}}",
    "report.programmedRows": "{count} of {total, plural, one {# row} other {# rows}}",
    "report.sheetTextCut":
      " … [text cut: an Excel cell holds 32,767 characters; the HTML or Word report has it whole]",
    "report.sourceMatrix":
      "Report computed from the consolidated “Matriz”, which matches the area tabs.",
    "report.sourceTabs":
      "Report computed from the area tabs (the workbook has no consolidated “Matriz” yet).",
    "report.written":
      "Report written: {path} — cut-off {cutoff}; institution {compliance} [{band}]; {red, plural, one {1 row} other {# rows}} in red, {unreported} without report, {over} over-executed.",
    "report.badSemester": "{option} “{value}” is not a half-year; use 1 or 2",
    "report.badOutExtension": "{option} “{path}” must end in .xlsx, .html or .docx",
  }
);
