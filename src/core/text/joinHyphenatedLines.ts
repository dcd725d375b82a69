/** A line that ends in a letter and a hyphen (or a soft hyphen): a word broken at the line end. */
const BROKEN_WORD_END = /\p{L}[-\u2010\u00AD]$/u;

/**
 * Joins the lines of one paragraph or bullet, undoing line-end hyphenation:
 * "cum-" + "plir" → "cumplir" (the next line starts lower-case: one word broken in two);
 * "socio-" + "Económico" → "socio-Económico" (the next line does not start lower-case: a real
 * hyphen, kept, with no space). Other lines are joined with one space. Each line is trimmed first;
 * blank lines are skipped. Whitespace inside the lines is left as it is (see `collapseWhitespace`).
 */
export function joinHyphenatedLines(lines: readonly string[]): string {
  const pieces: string[] = [];
  let previous = "";
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    if (pieces.length === 0) {
      pieces.push(line);
    } else if (!BROKEN_WORD_END.test(previous)) {
      pieces.push(" ", line);
    } else {
      const last = pieces.length - 1;
      pieces[last] = pieces[last].slice(0, -1) + (/^\p{Ll}/u.test(line) ? "" : "-");
      pieces.push(line);
    }
    previous = line;
  }
  return pieces.join("");
}
