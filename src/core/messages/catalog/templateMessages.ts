import { defineCatalog } from "../defineCatalog";

export type TemplateMessageCode =
  | "template.notJson"
  | "template.missingField"
  | "template.wrongType"
  | "template.unsupportedSchema"
  | "template.invalidValue"
  | "template.duplicate"
  | "template.unknownReference"
  | "template.illegalCode"
  | "template.illegalSheetName"
  | "template.noAreas";

export const templateMessages = defineCatalog<TemplateMessageCode>(
  {
    "template.notJson":
      "La plantilla no es JSON válido (error en la línea {line}, columna {column}). Revise el archivo o genere uno con «plan-matrix template».",
    "template.missingField":
      "Plantilla no válida: falta el campo «{field}». Agréguelo ({expected}).",
    "template.wrongType":
      "Plantilla no válida: el campo «{field}» debe ser {expected}, pero es {actual}.",
    "template.unsupportedSchema":
      "Plantilla no válida: «schemaVersion» {actual} no es compatible; esta versión entiende {expected}.",
    "template.invalidValue":
      "Plantilla no válida: el campo «{field}» tiene un valor no permitido ({actual}); debe ser {expected}.",
    "template.duplicate":
      "Plantilla no válida: «{field}» repite «{actual}»; cada valor debe ser único.",
    "template.unknownReference":
      "Plantilla no válida: «{field}» hace referencia a «{actual}», que no existe.",
    "template.illegalCode":
      "Plantilla no válida: el código de área «{actual}» en «{field}» no sirve como nombre de tabla; use solo letras y dígitos, empezando por letra (máximo 20), y que no sea «Matriz» ni «NotasRetiradas».",
    "template.illegalSheetName":
      "Plantilla no válida: el nombre de hoja «{actual}» en «{field}» no es legal en Excel ({expected}).",
    "template.noAreas":
      "Plantilla no válida: no define ninguna área; agregue al menos un macroproceso con un área.",
  },
  {
    "template.notJson":
      "The template is not valid JSON (error at line {line}, column {column}). Check the file or create one with “plan-matrix template”.",
    "template.missingField": "Invalid template: field “{field}” is missing. Add it ({expected}).",
    "template.wrongType":
      "Invalid template: field “{field}” must be {expected}, but it is {actual}.",
    "template.unsupportedSchema":
      "Invalid template: “schemaVersion” {actual} is not supported; this version understands {expected}.",
    "template.invalidValue":
      "Invalid template: field “{field}” has a value that is not allowed ({actual}); it must be {expected}.",
    "template.duplicate":
      "Invalid template: “{field}” repeats “{actual}”; each value must be unique.",
    "template.unknownReference":
      "Invalid template: “{field}” refers to “{actual}”, which does not exist.",
    "template.illegalCode":
      "Invalid template: area code “{actual}” in “{field}” cannot name a table; use letters and digits only, starting with a letter (20 at most), other than “Matriz” and “NotasRetiradas”.",
    "template.illegalSheetName":
      "Invalid template: sheet name “{actual}” in “{field}” is not legal in Excel ({expected}).",
    "template.noAreas":
      "Invalid template: it defines no area; add at least one macroprocess with one area.",
  }
);
