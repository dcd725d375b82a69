import { normalizeHeader } from "./normalizeHeader";
import { PeriodField, SheetField } from "./SheetField";

/** Headers as planning offices write them, normalized (`normalizeHeader`), by field. */
const SYNONYMS: Record<Exclude<SheetField, PeriodField>, string[]> = {
  macroprocess: ["macroproceso", "macroprocesos", "macro proceso", "macroproceso institucional"],
  area: [
    "area",
    "areas",
    "proceso",
    "procesos",
    "dependencia",
    "dependencias",
    "subproceso",
    "unidad",
    "oficina",
    "area o dependencia",
    "proceso dependencia",
    "dependencia o proceso",
  ],
  objective: [
    "objetivo",
    "objetivos",
    "objetivo estrategico",
    "objetivos estrategicos",
    "objetivo especifico",
    "objetivos especificos",
    "objetivo institucional",
    "objetivo del plan",
  ],
  id: ["id", "no", "n", "nro", "num", "numero", "item", "codigo", "consecutivo"],
  activity: ["actividad", "actividades", "accion", "acciones", "actividad accion"],
  deliverable: ["entregable", "entregables", "producto", "productos", "producto entregable"],
  indicator: ["indicador", "indicadores", "nombre del indicador", "indicador de gestion"],
  indicatorFormula: ["formula del indicador", "formula", "formula de calculo"],
  unit: ["unidad de medida", "unidad de medida del indicador"],
  baseline: ["linea base", "linea de base"],
  goal: ["meta", "metas", "meta anual", "meta de la vigencia", "meta programada"],
  weight: ["ponderacion", "peso", "peso porcentual", "ponderacion porcentual"],
  responsible: ["responsable", "responsables", "lider", "responsable de la actividad"],
  startDate: ["fecha inicio", "fecha de inicio", "inicio", "fecha inicial"],
  endDate: ["fecha fin", "fecha de fin", "fecha final", "fin", "fecha de terminacion"],
  budget: ["presupuesto", "recursos", "presupuesto asignado"],
  evidence: ["evidencia", "evidencias", "medio de verificacion", "fuente de verificacion"],
  observations: ["observaciones", "observacion"],
};

const BY_HEADER = new Map<string, SheetField>(
  Object.entries(SYNONYMS).flatMap(([field, headers]) =>
    headers.map((header) => [header, field as SheetField] as const)
  )
);

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ORDINAL: Record<string, number> = {
  primer: 1,
  primero: 1,
  segundo: 2,
  tercer: 3,
  tercero: 3,
  cuarto: 4,
};
/** What may precede a period in a header: "Programado T1", "Programación I Trim", "Meta T1". */
const PREFIX = /^(?:programado|programada|programacion|meta|metas) /;

function periodNumber(word: string): number | undefined {
  if (/^[1-4]$/.test(word)) return Number(word);
  return ROMAN[word] ?? ORDINAL[word];
}

/**
 * A period column: quarters ("I Trim" … "IV Trim", "Trimestre 1", "1 Trimestre", "Primer trimestre", "T1") or
 * semesters ("I Sem", "Semestre 1", "Primer semestre", "S1"), optionally after "Programado"/"Meta".
 */
function periodOf(normalized: string): PeriodField | undefined {
  const text = normalized.replace(PREFIX, "");
  const short = /^([ts])([1-4])$/.exec(text);
  if (short)
    return short[1] === "t"
      ? periodField("T", Number(short[2]))
      : periodField("S", Number(short[2]));
  const before = /^(\w+) (trim|trimestre|sem|semestre)$/.exec(text);
  const after = /^(trim|trimestre|sem|semestre) (\w+)$/.exec(text);
  const [word, unit] = before ? [before[1], before[2]] : after ? [after[2], after[1]] : [];
  if (word === undefined || unit === undefined) return undefined;
  const number = periodNumber(word);
  if (number === undefined) return undefined;
  return periodField(unit.startsWith("t") ? "T" : "S", number);
}

function periodField(kind: "T" | "S", number: number): PeriodField | undefined {
  if (kind === "S" && number > 2) return undefined;
  return `${kind}${number}` as PeriodField;
}

/** The field a header names (Spanish synonyms, accents and case ignored), or undefined when none. */
export function fieldOfHeader(header: string): SheetField | undefined {
  const normalized = normalizeHeader(header);
  if (normalized === "") return undefined;
  return BY_HEADER.get(normalized) ?? periodOf(normalized);
}
