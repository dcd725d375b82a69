import { defineCatalog } from "../defineCatalog";

/** Blocking problems of an import from text (SPEC §2 "Import from text"): no template is made. */
export type ImportProblemCode =
  "import.empty" | "import.binary" | "import.noHeadings" | "import.noAreas" | "import.noYear";

/** Texts of the import report: the tree of what was understood and the lines that were not placed. */
export type ImportReportCode =
  | "importTree.plan"
  | "importTree.planNoYear"
  | "importTree.organisation"
  | "importTree.summary"
  | "importTree.macroprocess"
  | "importTree.macroprocessUnnumbered"
  | "importTree.area"
  | "importTree.areaNote"
  | "importTree.noMacroprocesses"
  | "importTree.unplacedHeader"
  | "importTree.unplacedNone"
  | "importTree.unplacedLine"
  | "importTree.problemsHeader"
  | "importTree.reason.before-first-section"
  | "importTree.reason.outside-areas"
  | "importTree.reason.prose-in-area"
  | "importTree.reason.unrecognised"
  | "importTree.reason.duplicate";

export type ImportMessageCode = ImportProblemCode | ImportReportCode;

export const importMessages = defineCatalog<ImportMessageCode>(
  {
    "import.empty": "El texto está vacío. Pegue el plan de acción: secciones numeradas y viñetas.",
    "import.binary":
      "El texto parece el contenido de un archivo binario ({count} caracteres de control), no un plan escrito. Copie el texto del documento (PDF o Word) y péguelo.",
    "import.noHeadings":
      "No se encontró ningún encabezado de sección numerado (como «3.1. DIRECCIÓN JURÍDICA») ni de macroproceso (como «MACROPROCESO MISIONAL») en {lines} líneas. Revise que el texto pegado sea el plan de acción.",
    "import.noAreas":
      "Se encontraron {headings} encabezados, pero ninguno es un área de un macroproceso. Numere las áreas debajo de su macroproceso (por ejemplo «3. MACROPROCESO MISIONAL» y «3.1 Dirección Jurídica»).",
    "import.noYear": "El texto no indica el año del plan (vigencia). Indique el año al importar.",
    "importTree.plan": "Plan de acción {year}",
    "importTree.planNoYear": "Plan de acción (sin año)",
    "importTree.organisation": "Entidad: {organisation}",
    "importTree.summary":
      "Macroprocesos: {macroprocesses} · áreas: {areas} · objetivos: {objectives}",
    "importTree.macroprocess": "{section}. Macroproceso {name} [{code}] (línea {line})",
    "importTree.macroprocessUnnumbered": "Macroproceso {name} [{code}] (línea {line})",
    "importTree.area":
      "{section} {name} [{code}]: {count, plural, one {1 objetivo} other {# objetivos}} (línea {line})",
    "importTree.areaNote": "Nota: {note}",
    "importTree.noMacroprocesses": "No se reconoció ningún macroproceso.",
    "importTree.unplacedHeader": "Líneas no ubicadas ({count}):",
    "importTree.unplacedNone": "Todas las líneas con texto quedaron ubicadas.",
    "importTree.unplacedLine": "línea {line} ({reason}): {text}",
    "importTree.problemsHeader": "Problemas que impiden crear la plantilla:",
    "importTree.reason.before-first-section": "antes de la primera sección",
    "importTree.reason.outside-areas": "fuera de las áreas",
    "importTree.reason.prose-in-area": "texto en un área que tiene viñetas",
    "importTree.reason.unrecognised": "no reconocida",
    "importTree.reason.duplicate": "objetivo repetido en la misma área",
  },
  {
    "import.empty": "The text is empty. Paste the action plan: numbered sections and bullets.",
    "import.binary":
      "The text looks like the content of a binary file ({count} control characters), not a written plan. Copy the text of the document (PDF or Word) and paste it.",
    "import.noHeadings":
      "No numbered section heading (like “3.1. DIRECCIÓN JURÍDICA”) or macroprocess heading (like “MACROPROCESO MISIONAL”) was found in {lines} lines. Check that the pasted text is the action plan.",
    "import.noAreas":
      "{headings} headings were found, but none is an area of a macroprocess. Number the areas below their macroprocess (for example “3. MACROPROCESO MISIONAL” and “3.1 Dirección Jurídica”).",
    "import.noYear": "The text does not give the plan's year. Give the year when importing.",
    "importTree.plan": "Action plan {year}",
    "importTree.planNoYear": "Action plan (no year)",
    "importTree.organisation": "Organisation: {organisation}",
    "importTree.summary":
      "Macroprocesses: {macroprocesses} · areas: {areas} · objectives: {objectives}",
    "importTree.macroprocess": "{section}. Macroprocess {name} [{code}] (line {line})",
    "importTree.macroprocessUnnumbered": "Macroprocess {name} [{code}] (line {line})",
    "importTree.area":
      "{section} {name} [{code}]: {count, plural, one {1 objective} other {# objectives}} (line {line})",
    "importTree.areaNote": "Note: {note}",
    "importTree.noMacroprocesses": "No macroprocess was recognised.",
    "importTree.unplacedHeader": "Lines not placed ({count}):",
    "importTree.unplacedNone": "Every line with text was placed.",
    "importTree.unplacedLine": "line {line} ({reason}): {text}",
    "importTree.problemsHeader": "Problems that prevent creating the template:",
    "importTree.reason.before-first-section": "before the first section",
    "importTree.reason.outside-areas": "outside the areas",
    "importTree.reason.prose-in-area": "text in an area that has bullets",
    "importTree.reason.unrecognised": "not recognised",
    "importTree.reason.duplicate": "objective repeated in the same area",
  }
);
