/**
 * Texts written into the workbook itself. The workbook is a Spanish (es-CO) document — its headers are
 * part of the contract — so these are Spanish only; the add-in's and CLI's own texts live in messages/.
 */
export const WORKBOOK_TEXT = {
  planTitle: (year: number, organisation: string) =>
    `Plan de Acción ${year}${organisation ? ` — ${organisation}` : ""}`,
  area: "Área",
  macroprocess: "Macroproceso",
  section: "Sección",
  year: "Vigencia",
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
    dateTitle: "Fecha no válida",
    dateMessage: (header: string, year: number) =>
      `«${header}» debe ser una fecha de ${year} (dd/mm/aaaa).`,
    thresholdTitle: "Umbral no válido",
    thresholdMessage:
      "Los umbrales son porcentajes escritos como número: 0 % < amarillo < verde ≤ 100 % < sobreejecución (por ejemplo 60 %, 80 %, 120 %).",
  },
  instructions: {
    title: "Instrucciones para diligenciar el Plan de Acción",
    steps: [
      "1. Cada área diligencia solo su pestaña. Las filas ya traen el ID y el objetivo del plan; complete actividad, entregable, indicador y demás columnas de entrada (celdas blancas).",
      "2. Use las listas desplegables: Tipo de indicador, Unidad de medida (Número: los periodos se suman; Porcentaje: cada periodo es el nivel acumulado, 100 % = 1), Sentido y Estado del reporte.",
      "3. Programe la meta por periodo (Programado) y, en cada corte, registre lo ejecutado (Ejecutado) con sus evidencias.",
      "4. Las columnas grises (Programado a la fecha, Ejecutado a la fecha, % Cumplimiento, Semáforo) se calculan solas: no las escriba.",
      "5. Para agregar actividades inserte filas dentro de la tabla del área. La hoja está protegida sin contraseña para cuidar las fórmulas: Revisar › Desproteger hoja si necesita cambiar la estructura.",
      "6. La Oficina de Planeación fija el corte en «Configuración», valida, calcula el semáforo y consolida la «Matriz».",
    ],
    legendTitle: "Semáforo",
    legendVerde: `"Verde: cumplimiento ≥ "&TEXT(UmbralVerde,"0%")`,
    legendAmarillo: `"Amarillo: cumplimiento ≥ "&TEXT(UmbralAmarillo,"0%")&" y < "&TEXT(UmbralVerde,"0%")`,
    legendRojo: `"Rojo: cumplimiento < "&TEXT(UmbralAmarillo,"0%")`,
    legendSinProgramacion:
      "Sin programación: nada programado a la fecha de corte (no entra en los promedios)",
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
  "con-errores": "BFBFBF",
  overExecution: "7030A0",
  computedFill: "F2F2F2",
  titleFill: "1F4E79",
} as const;
