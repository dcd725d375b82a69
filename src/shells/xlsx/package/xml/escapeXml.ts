/**
 * Text → XML. Characters XML 1.0 cannot hold are dropped from attributes (`escapeXmlAttribute`) and formulas
 * (`escapeXmlText`); cell text keeps them as Excel does, through `_xHHHH_` escapes (`encodeCellText`).
 */
// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
const INVALID = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex -- the characters cell text must escape, tested in one pass
const CELL_SPECIAL = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\r&<>]|_x/;
const TEXT_SPECIAL = /[&<>\r]/;
const ATTRIBUTE_SPECIAL = /[&<>"\t\n\r]/;
const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

const escapeCharacter = (character: string): string => ESCAPES[character];

/** Element text: `&`, `<`, `>` escaped; a carriage return kept as a reference (parsers would drop it). */
export function escapeXmlText(text: string): string {
  const valid = text.replace(INVALID, "");
  return TEXT_SPECIAL.test(valid) ? valid.replace(/[&<>\r]/g, escapeCharacter) : valid;
}

/** A double-quoted attribute value: also `"` and the white space a parser would turn into spaces. */
export function escapeXmlAttribute(text: string): string {
  const valid = text.replace(INVALID, "");
  return ATTRIBUTE_SPECIAL.test(valid) ? valid.replace(/[&<>"\t\n\r]/g, escapeCharacter) : valid;
}

const hex4 = (code: number): string => code.toString(16).toUpperCase().padStart(4, "0");

/**
 * Cell text (ST_Xstring): a literal `_xHHHH_` gets its underscore escaped (`_x005F_`) so Excel does not decode it,
 * characters XML forbids and carriage returns become `_xHHHH_`, then XML escaping.
 */
export function encodeCellText(text: string): string {
  if (!CELL_SPECIAL.test(text)) return text;
  let encoded = text;
  if (encoded.indexOf("_x") >= 0) encoded = encoded.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
  encoded = encoded.replace(INVALID, (character) => `_x${hex4(character.charCodeAt(0))}_`);
  if (encoded.indexOf("\r") >= 0) encoded = encoded.replace(/\r/g, "_x000D_");
  return /[&<>]/.test(encoded) ? encoded.replace(/[&<>]/g, escapeCharacter) : encoded;
}
