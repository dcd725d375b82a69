/**
 * A copy of a string that no longer points into the text it was cut from. V8 keeps a substring of 13 characters or
 * more as a view on its parent, so a cell value cut from a 256 KB chunk of sheet XML would keep the whole chunk
 * alive — for 85,000 rows, the whole sheet. Concatenating then slicing makes V8 copy the characters.
 */
export function detachString(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}
