const NUL = 0x00;
const REPLACEMENT_CHARACTER = 0xfffd;

/** Control characters that never appear in pasted text (tab, line feed, vertical tab, form feed and carriage return do). */
function isBinaryCharacter(code: number): boolean {
  return (
    code === NUL ||
    (code >= 0x01 && code <= 0x08) ||
    (code >= 0x0e && code <= 0x1f) ||
    code === 0x7f ||
    code === REPLACEMENT_CHARACTER
  );
}

/**
 * Whether the text is the content of a binary file (an image, a .docx or .xlsx read as text): it
 * contains NUL, or many control characters or U+FFFD replacement characters (bytes that were not
 * valid UTF-8). Returns the number of such characters, 0 for ordinary text.
 */
export function countBinaryCharacters(text: string): number {
  let count = 0;
  let hasNul = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!isBinaryCharacter(code)) continue;
    count += 1;
    if (code === NUL) hasNul = true;
  }
  if (hasNul) return count;
  return count >= 4 && count / text.length >= 0.01 ? count : 0;
}
