/**
 * Turns every run of whitespace (spaces, tabs, line breaks, no-break spaces) into one space and
 * trims the ends. Soft hyphens and zero-width characters, invisible artefacts of PDF and Word
 * copies, are removed.
 */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
