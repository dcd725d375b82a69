import { defineCatalog } from "../defineCatalog";

/**
 * Why an .xlsx package was refused when it was read (one reading, verified: SPEC §8, exit 2). Each text completes
 * "«libro.xlsx» no es un libro de Excel (.xlsx) legible: …"; `{part}` is the zip entry at fault.
 */
export type PackageFaultCode =
  | "package.notZip"
  | "package.zip64"
  | "package.truncated"
  | "package.tooManyParts"
  | "package.brokenDirectory"
  | "package.encrypted"
  | "package.duplicatePart"
  | "package.partTooLarge"
  | "package.tooLarge"
  | "package.unsupportedCompression"
  | "package.badSize"
  | "package.truncatedEntry"
  | "package.brokenEntry"
  | "package.badData"
  | "package.badChecksum"
  | "package.badText"
  | "package.missingPart"
  | "package.badXml"
  | "package.badNumber"
  | "package.badCellReference"
  | "package.badSharedString"
  | "package.badStyle"
  | "package.linkOutside"
  | "package.danglingSheet"
  | "package.duplicateTable"
  | "package.duplicateSheet"
  | "package.damaged";

export const packageMessages = defineCatalog<PackageFaultCode>(
  {
    "package.notZip": "no es un archivo zip completo (le falta su índice final)",
    "package.zip64": "usa el formato ZIP64, que un libro .xlsx no necesita",
    "package.truncated": "el archivo está incompleto (cortado antes de su final)",
    "package.tooManyParts": "tiene más partes de las que un libro de Excel puede tener",
    "package.brokenDirectory": "el índice del zip está dañado",
    "package.encrypted": "la parte «{part}» está cifrada",
    "package.duplicatePart": "la parte «{part}» aparece dos veces",
    "package.partTooLarge": "la parte «{part}» supera el tamaño admitido",
    "package.tooLarge": "el contenido descomprimido supera el tamaño admitido (en «{part}»)",
    "package.unsupportedCompression": "la parte «{part}» usa una compresión que Excel no usa",
    "package.badSize": "la parte «{part}» no tiene el tamaño que declara el zip",
    "package.truncatedEntry": "la parte «{part}» está cortada",
    "package.brokenEntry": "la cabecera de la parte «{part}» está dañada",
    "package.badData": "los datos comprimidos de la parte «{part}» están dañados",
    "package.badChecksum": "la parte «{part}» está dañada (su suma de control CRC-32 no coincide)",
    "package.badText": "la parte «{part}» no es texto UTF-8 válido",
    "package.missingPart": "falta la parte «{part}», que el libro nombra",
    "package.badXml": "la parte «{part}» no es XML bien formado",
    "package.badNumber": "la parte «{part}» tiene un número que no es finito en {cell}",
    "package.badCellReference":
      "la parte «{part}» nombra la celda «{cell}», fuera de la hoja (A1:XFD1048576)",
    "package.badSharedString":
      "la celda {cell} de «{part}» usa el texto compartido n.º {index}, que no existe",
    "package.badStyle": "la celda {cell} de «{part}» usa el estilo n.º {index}, que no existe",
    "package.linkOutside":
      "la parte «{part}» enlaza con «{target}», fuera del libro (no se leyó nada de allí)",
    "package.danglingSheet": "la hoja «{sheet}» no tiene parte en el libro",
    "package.duplicateTable":
      "dos tablas se llaman «{table}» (la segunda en «{part}»); Excel exige nombres distintos",
    "package.duplicateSheet":
      "dos hojas se llaman «{first}» y «{second}», nombres que Excel tiene por iguales (no distingue mayúsculas de minúsculas)",
    "package.damaged": "está dañado o no tiene el formato .xlsx",
  },
  {
    "package.notZip": "it is not a complete zip file (its end index is missing)",
    "package.zip64": "it uses the ZIP64 format, which an .xlsx workbook does not need",
    "package.truncated": "the file is incomplete (cut before its end)",
    "package.tooManyParts": "it has more parts than an Excel workbook can have",
    "package.brokenDirectory": "the zip index is damaged",
    "package.encrypted": "part “{part}” is encrypted",
    "package.duplicatePart": "part “{part}” appears twice",
    "package.partTooLarge": "part “{part}” is larger than allowed",
    "package.tooLarge": "the uncompressed content is larger than allowed (at “{part}”)",
    "package.unsupportedCompression": "part “{part}” uses a compression Excel does not use",
    "package.badSize": "part “{part}” does not have the size the zip states",
    "package.truncatedEntry": "part “{part}” is cut short",
    "package.brokenEntry": "the header of part “{part}” is damaged",
    "package.badData": "the compressed data of part “{part}” is damaged",
    "package.badChecksum": "part “{part}” is damaged (its CRC-32 checksum does not match)",
    "package.badText": "part “{part}” is not valid UTF-8 text",
    "package.missingPart": "part “{part}”, which the workbook names, is missing",
    "package.badXml": "part “{part}” is not well-formed XML",
    "package.badNumber": "part “{part}” holds a number that is not finite at {cell}",
    "package.badCellReference":
      "part “{part}” names cell “{cell}”, outside the sheet (A1:XFD1048576)",
    "package.badSharedString":
      "cell {cell} of “{part}” uses shared text no. {index}, which does not exist",
    "package.badStyle": "cell {cell} of “{part}” uses style no. {index}, which does not exist",
    "package.linkOutside":
      "part “{part}” links to “{target}”, outside the workbook (nothing was read from there)",
    "package.danglingSheet": "sheet “{sheet}” has no part in the workbook",
    "package.duplicateTable":
      "two tables are named “{table}” (the second in “{part}”); Excel requires distinct names",
    "package.duplicateSheet":
      "two sheets are named “{first}” and “{second}”, names Excel takes as the same (it ignores upper and lower case)",
    "package.damaged": "it is damaged or not in .xlsx format",
  }
);
