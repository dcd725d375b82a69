import { defineCatalog } from "../defineCatalog";

export type ConsolidationMessageCode =
  | "import.notPlan"
  | "import.otherTemplate"
  | "import.staleVersion"
  | "import.unknownArea"
  | "import.duplicateSource"
  | "import.noData"
  | "import.used"
  | "matrix.rowsVanished"
  | "matrix.notesRestored";

export const consolidationMessages = defineCatalog<ConsolidationMessageCode>(
  {
    "import.notPlan":
      "«{file}» no es un libro de plan-matrix (no guarda su plantilla): no se importó. Pida al área el archivo que se le envió.",
    "import.otherTemplate":
      "«{file}» es de otra plantilla («{found}», se esperaba «{expected}»): no se importó. Pida al área que diligencie el archivo del plan {year}.",
    "import.staleVersion":
      "«{file}» usa la versión {found} de la plantilla y este libro la {expected}: el área {area} no se importó. Pida al área que copie sus filas en el archivo del plan vigente (versión {expected}) y vuelva a consolidar.",
    "import.unknownArea":
      "«{file}» trae la tabla {table}, que no es un área de este plan: no se importó. Revise si el área cambió de código.",
    "import.duplicateSource":
      "El área {area} llega de dos fuentes ({sources}): no se mezcló ninguna y la matriz usa la pestaña de este libro. Deje una sola fuente (quite un archivo de --import o vacíe la pestaña) y consolide de nuevo.",
    "import.noData": "«{file}»: el área {area} está sin diligenciar; se ignoró.",
    "import.used":
      "«{file}»: el área {area} se tomó de este archivo ({rows, plural, one {1 fila} other {# filas}}).",
    "matrix.rowsVanished":
      "{count, plural, one {1 fila de la matriz anterior ya no está en su área ({ids}); sus notas} other {# filas de la matriz anterior ya no están en su área ({ids}); sus notas}} de Planeación se guardaron en «Registro».",
    "matrix.notesRestored":
      "{count, plural, one {1 fila retirada volvió a su área; sus notas de Planeación se restauraron.} other {# filas retiradas volvieron a su área; sus notas de Planeación se restauraron.}}",
  },
  {
    "import.notPlan":
      "“{file}” is not a plan-matrix workbook (it stores no template): not imported. Ask the area for the file it was sent.",
    "import.otherTemplate":
      "“{file}” comes from another template (“{found}”, expected “{expected}”): not imported. Ask the area to fill the {year} plan file.",
    "import.staleVersion":
      "“{file}” uses template version {found} and this workbook version {expected}: area {area} was not imported. Ask the area to copy its rows into the current plan file (version {expected}) and consolidate again.",
    "import.unknownArea":
      "“{file}” holds table {table}, which is not an area of this plan: not imported. Check whether the area changed its code.",
    "import.duplicateSource":
      "Area {area} comes from two sources ({sources}): neither was merged and the matrix uses this workbook's tab. Keep one source (drop a file from --import or clear the tab) and consolidate again.",
    "import.noData": "“{file}”: area {area} is not filled in; ignored.",
    "import.used":
      "“{file}”: area {area} was taken from this file ({rows, plural, one {1 row} other {# rows}}).",
    "matrix.rowsVanished":
      "{count, plural, one {1 row of the previous matrix is no longer in its area ({ids}); its planning} other {# rows of the previous matrix are no longer in their area ({ids}); their planning}} notes were kept in “Registro”.",
    "matrix.notesRestored":
      "{count, plural, one {1 retired row came back to its area; its planning notes were restored.} other {# retired rows came back to their area; their planning notes were restored.}}",
  }
);
