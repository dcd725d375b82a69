/**
 * Texts written into the workbook itself. The workbook is a Spanish (es-CO) document — its headers are
 * part of the contract — so these are Spanish only; the add-in's and CLI's own texts live in messages/.
 */
/** What the instructions quote from the plan's template. */
export type InstructionsContext = {
  year: number;
  firstPeriod: string;
  lastPeriod: string;
  /** The required headers, in table order, joined for a sentence ("ID, Objetivo, … y Fecha fin"). */
  required: string;
  lists: { indicatorType: string; unit: string; direction: string; reportStatus: string };
};

export const WORKBOOK_TEXT = {
  planTitle: (year: number, organisation: string) =>
    `Plan de Acción ${year}${organisation ? ` — ${organisation}` : ""}`,
  area: "Área",
  macroprocess: "Macroproceso",
  section: "Sección",
  year: "Vigencia",
  weightTotal: "Ponderaciones (deben sumar 100 %)",
  organisation: "Organización",
  periodicity: "Periodicidad",
  cutoff: "Corte",
  cutoffIndex: "Índice del corte",
  greenThreshold: "Umbral verde",
  yellowThreshold: "Umbral amarillo",
  overExecutionThreshold: "Umbral de sobreejecución",
  templateId: "Plantilla",
  templateVersion: "Versión de la plantilla",
  configurationTitle: "Configuración del plan",
  configurationHelp: {
    cutoff: "Periodo de corte del seguimiento: elija de la lista.",
    cutoffIndex: "Calculado: posición del corte en la lista de periodos.",
    greenThreshold: "Cumplimiento desde el cual la fila es Verde (80 % = 0,8).",
    yellowThreshold: "Cumplimiento desde el cual la fila es Amarillo; por debajo es Rojo.",
    overExecutionThreshold: "Cumplimiento por encima del cual se revisa la sobreejecución.",
  },
  periodicityNames: {
    S: "Semestral",
    C: "Cuatrimestral",
    T: "Trimestral",
    B: "Bimestral",
    M: "Mensual",
  },
  listsHeader: {
    indicatorType: "Tipo de indicador",
    unit: "Unidad de medida",
    direction: "Sentido",
    reportStatus: "Estado del reporte",
    periods: "Periodos",
  } as Record<string, string>,
  validation: {
    listTitle: "Valor fuera de la lista",
    listMessage: (header: string) => `Elija un valor de la lista de «${header}».`,
    numberTitle: "Número no válido",
    numberMessage: (header: string) =>
      `«${header}» debe ser un número mayor o igual a 0 (sin texto ni símbolos).`,
    goalMessage: "«Meta» debe ser un número mayor que 0.",
    percentTitle: "Porcentaje no válido",
    percentMessage: (header: string) => `«${header}» debe ser un porcentaje entre 0 % y 100 %.`,
    textTitle: "Texto demasiado largo",
    textMessage: (header: string) => `«${header}» admite hasta 32.767 caracteres.`,
    dateTitle: "Fecha no válida",
    dateMessage: (header: string, year: number) =>
      `«${header}» debe ser una fecha de ${year} (dd/mm/aaaa).`,
    thresholdTitle: "Umbral no válido",
    thresholdMessage:
      "Los umbrales son porcentajes escritos como número: 0 % < amarillo < verde ≤ 100 % < sobreejecución (por ejemplo 60 %, 80 %, 120 %).",
  },
  instructions: {
    title: "Instrucciones para diligenciar el Plan de Acción",
    /** One paragraph per step; every SPEC §4 rule an area lead can break is stated in plain words. */
    steps: (plan: InstructionsContext): string[] => [
      "1. Cada área diligencia solo su pestaña. Las filas ya traen el ID y el objetivo del plan; complete las demás columnas de entrada (celdas blancas). Al seleccionar una celda aparece un mensaje que dice qué escribir en ella.",
      `2. Celdas obligatorias en cada fila: ${plan.required}. La Ponderación es obligatoria en las áreas que ponderan sus filas.`,
      '3. Escriba los números como números, no como texto (sin comillas ni apóstrofo delante): 0,8 y no "0,8"; 1000 y no "1.000"; 80 % o 0,8 y no "80%" escrito como texto. Las fechas como fecha (15/03/2021), no como texto. Una celda con un valor de error (#REF!, #DIV/0!, #N/A) también es un error.',
      `4. Use las listas desplegables. Tipo de indicador: ${plan.lists.indicatorType}. Unidad de medida: ${plan.lists.unit}. Sentido: ${plan.lists.direction}. Estado del reporte: ${plan.lists.reportStatus}. Un valor que no está en la lista es un error.`,
      "5. Ningún número puede ser negativo, y la Meta debe ser mayor que 0.",
      `6. Fecha inicio y Fecha fin deben estar dentro de la vigencia ${plan.year} (del 01/01/${plan.year} al 31/12/${plan.year}), y la Fecha fin no puede ser anterior a la Fecha inicio.`,
      `7. Programación. Unidad Número: los valores Programado ${plan.firstPeriod} … ${plan.lastPeriod} se suman y deben dar exactamente la Meta. Unidad Porcentaje: cada periodo es el nivel acumulado (100 % = 1), nunca menor que el del periodo anterior, y el de ${plan.lastPeriod} es la Meta. Las celdas de una fila en Porcentaje se muestran como porcentaje.`,
      "8. Ponderación: el peso de cada fila dentro del área, en porcentaje. Las ponderaciones de un área deben sumar 100 %; la suma se ve en el encabezado de la pestaña, en verde cuando es 100 % y en rojo si no. Si el área no pondera sus filas, deje la columna vacía en todas ellas (pesos iguales).",
      "9. Cada ID es único en todo el libro. En una fila nueva use el siguiente número de la serie del área (por ejemplo, después de DJ-09 sigue DJ-10).",
      "10. Las columnas grises (Programado a la fecha, Ejecutado a la fecha, % Cumplimiento, Semáforo) se calculan solas: no escriba ni pegue encima de ellas. Una fórmula sobrescrita es un error; «Corregir» la restaura.",
      "11. En cada corte registre lo ejecutado de cada periodo ya vencido (Ejecutado) y, en Evidencias, dónde verificarlo: un valor ejecutado sin evidencias, un periodo vencido sin ejecutado o un ejecutado de un periodo posterior al corte se señalan como advertencia.",
      "12. Estado del reporte: Borrador mientras trabaja; cámbielo a Enviado cuando reporte el corte (Aprobado o Devuelto los fija la Oficina de Planeación). Una fila aún en Borrador al corte se señala como advertencia.",
      "13. Para agregar actividades inserte filas dentro de la tabla del área. La hoja está protegida sin contraseña para cuidar las fórmulas: Revisar › Desproteger hoja si necesita cambiar la estructura.",
      "14. La Oficina de Planeación fija el corte en «Configuración», valida, calcula el semáforo y consolida la «Matriz».",
    ],
    legendTitle: "Semáforo",
    legendVerde: `"Verde: cumplimiento ≥ "&TEXT(UmbralVerde,"0%")`,
    legendAmarillo: `"Amarillo: cumplimiento ≥ "&TEXT(UmbralAmarillo,"0%")&" y < "&TEXT(UmbralVerde,"0%")`,
    legendRojo: `"Rojo: cumplimiento < "&TEXT(UmbralAmarillo,"0%")`,
    legendSinProgramacion:
      "Sin programación: nada programado a la fecha de corte (no entra en los promedios)",
    legendSinDiligenciar:
      "Sin diligenciar: nada programado en todo el año (no entra en los promedios y se nombra)",
    legendConErrores:
      "Con errores: la cifra se apoya en un error (la fila queda fuera de los promedios)",
    legendOverExecution: `"Sobreejecución: cumplimiento > "&TEXT(UmbralSobreejecucion,"0%")&" (se revisa)"`,
  },
  pendingSheet: {
    Matriz:
      "La matriz de planeación se genera con «Consolidar» (complemento o plan-matrix consolidate).",
    Resumen: "El resumen de cumplimiento se calcula por área, macroproceso e institución.",
    Tablero: "El tablero se genera con «Consolidar».",
    Informe: "El informe de gestión semestral se genera con «Informe» (plan-matrix report).",
  } as Record<string, string>,
};

export const BAND_COLORS = {
  verde: "63BE7B",
  amarillo: "FFEB84",
  rojo: "F8696B",
  "sin-programacion": "D9D9D9",
  /** Light violet: not the greys of "nothing due" and errors; black text on it is 11:1 (WCAG AA needs 4.5:1). */
  "sin-diligenciar": "C9B3E6",
  /** Light blue: a figure resting on an error is neither "nothing due" (grey) nor a band; black text 9:1. */
  "con-errores": "9DC3E6",
  overExecution: "7030A0",
  computedFill: "F2F2F2",
  titleFill: "1F4E79",
} as const;
