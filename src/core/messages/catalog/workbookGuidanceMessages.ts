import { defineCatalog } from "../defineCatalog";

/**
 * Input messages of an area table's columns (Excel shows one when a cell is selected): what to type.
 * Excel limits an input message to 255 characters (its title to 32); `test/core/workbook` checks every text.
 * The workbook is a Spanish document (see workbookText.ts), so it uses `es`; `en` keeps the catalogue whole.
 */
export type WorkbookGuidanceCode =
  | "guide.id"
  | "guide.objective"
  | "guide.activity"
  | "guide.deliverable"
  | "guide.indicator"
  | "guide.indicatorFormula"
  | "guide.indicatorType"
  | "guide.unit"
  | "guide.direction"
  | "guide.baseline"
  | "guide.goal"
  | "guide.programmed"
  | "guide.executed"
  | "guide.weight"
  | "guide.responsible"
  | "guide.startDate"
  | "guide.endDate"
  | "guide.budget"
  | "guide.evidence"
  | "guide.observations"
  | "guide.reportStatus"
  | "guide.extra.text"
  | "guide.extra.number"
  | "guide.extra.percentage"
  | "guide.extra.date"
  | "guide.extra.list"
  | "guide.required";

export const workbookGuidanceMessages = defineCatalog<WorkbookGuidanceCode>(
  {
    "guide.id":
      "Código único de la fila, p. ej. {example}. En una fila nueva siga la serie del área ({code}-nn). No repita un ID de esta ni de otra área. Obligatorio.",
    "guide.objective":
      "Objetivo del plan al que aporta la actividad. Viene del plan; en una fila nueva copie el objetivo que corresponda. Obligatorio.",
    "guide.activity":
      "Qué hará el área para cumplir el objetivo: una acción concreta. Obligatorio.",
    "guide.deliverable": "Producto verificable de la actividad: informe, acta, evento, documento…",
    "guide.indicator": "Nombre del indicador con que se mide la actividad. Obligatorio.",
    "guide.indicatorFormula":
      "Cómo se calcula el indicador, p. ej. «informes entregados / informes programados».",
    "guide.indicatorType": "Elija de la lista: {values}. Obligatorio.",
    "guide.unit":
      "Elija de la lista. Número: los periodos se suman hasta la Meta. Porcentaje: cada periodo es el nivel acumulado (100 % = 1) y el último es la Meta. Obligatorio.",
    "guide.direction":
      "Ascendente si más es mejor (valor por defecto); Descendente si menos es mejor.",
    "guide.baseline":
      "Valor del indicador al empezar el año: un número mayor o igual a 0, sin texto ni símbolos. En Porcentaje escriba 25 % (o 0,25).",
    "guide.goal":
      "Meta del año: un número mayor que 0, sin texto ni símbolos. En Porcentaje escriba 100 % (o 1). Obligatorio.",
    "guide.programmed":
      "Lo programado para {period}: número mayor o igual a 0. Número: los periodos suman la Meta. Porcentaje: nivel acumulado, nunca menor que el del periodo anterior; el último periodo es la Meta.",
    "guide.executed":
      "Lo ejecutado en {period}, al cierre del periodo: número mayor o igual a 0 (Porcentaje: nivel acumulado). Registre las Evidencias. No llene periodos posteriores al corte.",
    "guide.weight":
      "Peso de la fila en el área, en porcentaje (p. ej. 25 %). Las ponderaciones del área deben sumar 100 %: vea la suma arriba. Para pesos iguales deje vacía toda la columna.",
    "guide.responsible": "Cargo o persona responsable de la actividad. Obligatorio.",
    "guide.startDate": "Fecha de inicio, dd/mm/aaaa, dentro de {year}. Obligatorio.",
    "guide.endDate":
      "Fecha de fin, dd/mm/aaaa, dentro de {year} y no anterior a la Fecha inicio. Obligatorio.",
    "guide.budget":
      "Presupuesto en pesos (COP): solo el número, sin puntos ni signos, p. ej. 15000000.",
    "guide.evidence":
      "Dónde verificar lo ejecutado: ruta, enlace o documento. Toda fila con ejecutado necesita evidencias.",
    "guide.observations": "Comentarios sobre el avance, los retrasos o los ajustes.",
    "guide.reportStatus":
      "Elija de la lista: {values}. Deje Borrador mientras trabaja y cambie a Enviado al reportar el corte.",
    "guide.extra.text": "Texto libre.{required}",
    "guide.extra.number": "Un número mayor o igual a 0, sin texto ni símbolos.{required}",
    "guide.extra.percentage": "Un porcentaje entre 0 % y 100 %.{required}",
    "guide.extra.date": "Una fecha dd/mm/aaaa dentro de {year}.{required}",
    "guide.extra.list": "Elija un valor de la lista.{required}",
    "guide.required": " Obligatorio.",
  },
  {
    "guide.id":
      "Unique code of the row, e.g. {example}. In a new row follow the area's series ({code}-nn). Never repeat an ID of this or another area. Required.",
    "guide.objective":
      "The plan objective the activity serves. It comes from the plan; in a new row copy the objective that applies. Required.",
    "guide.activity": "What the area will do to meet the objective: one concrete action. Required.",
    "guide.deliverable": "A verifiable product of the activity: report, minutes, event, document…",
    "guide.indicator": "Name of the indicator that measures the activity. Required.",
    "guide.indicatorFormula":
      "How the indicator is computed, e.g. “reports delivered / reports programmed”.",
    "guide.indicatorType": "Choose from the list: {values}. Required.",
    "guide.unit":
      "Choose from the list. Número: periods add up to the goal (Meta). Porcentaje: each period is the cumulative level (100 % = 1) and the last one is the goal. Required.",
    "guide.direction":
      "Ascendente when more is better (the default); Descendente when less is better.",
    "guide.baseline":
      "Value of the indicator at the start of the year: a number ≥ 0, no text or symbols. For Porcentaje type 25 % (or 0.25).",
    "guide.goal":
      "The year's goal: a number greater than 0, no text or symbols. For Porcentaje type 100 % (or 1). Required.",
    "guide.programmed":
      "Programmed for {period}: a number ≥ 0. Número: the periods add up to the goal. Porcentaje: cumulative level, never below the previous period's; the last period is the goal.",
    "guide.executed":
      "Executed in {period}, at the end of the period: a number ≥ 0 (Porcentaje: cumulative level). Record the evidence. Leave periods after the cut-off empty.",
    "guide.weight":
      "Weight of the row within the area, as a percentage (e.g. 25 %). An area's weights must add up to 100 %: see the total above. For equal weights leave the whole column empty.",
    "guide.responsible": "Position or person responsible for the activity. Required.",
    "guide.startDate": "Start date, dd/mm/yyyy, within {year}. Required.",
    "guide.endDate": "End date, dd/mm/yyyy, within {year} and not before the start date. Required.",
    "guide.budget": "Budget in pesos (COP): the number only, no dots or signs, e.g. 15000000.",
    "guide.evidence":
      "Where to verify what was executed: path, link or document. Every row with an executed value needs evidence.",
    "guide.observations": "Comments on progress, delays or adjustments.",
    "guide.reportStatus":
      "Choose from the list: {values}. Keep Borrador while working and change to Enviado when reporting the cut-off.",
    "guide.extra.text": "Free text.{required}",
    "guide.extra.number": "A number ≥ 0, no text or symbols.{required}",
    "guide.extra.percentage": "A percentage between 0 % and 100 %.{required}",
    "guide.extra.date": "A date dd/mm/yyyy within {year}.{required}",
    "guide.extra.list": "Choose a value from the list.{required}",
    "guide.required": " Required.",
  }
);
