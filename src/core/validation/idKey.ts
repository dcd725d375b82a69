/**
 * An `ID` as IDs are compared (SPEC §4: unique in the workbook): trimmed, in capitals, without the characters a
 * reader cannot see (zero-width spaces and joiners, the word joiner, the byte-order mark, the soft hyphen) and with
 * every dash written as "-" (a word processor's non-breaking hyphen, an en dash, a minus sign): two IDs that look the
 * same on screen are the same ID. An ID of printable ASCII without lower-case letters (as generated, `DJ-05`) is its
 * own key, found by one scan instead of building strings per row.
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

export function idKey(text: string): string {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code <= 0x20 || code >= 0x7f || (code >= 0x61 && code <= 0x7a))
      return text.replace(INVISIBLE, "").replace(DASHES, "-").trim().toUpperCase();
  }
  return text;
}
