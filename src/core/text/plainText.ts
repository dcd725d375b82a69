/**
 * A user's text as the informe shows it (SPEC §7): every control character (C0, and DEL) but the tab and the line
 * break becomes a space — a line break pasted from Word arrives as a vertical tab (`_x000B_` in the file), which
 * Word's XML cannot hold (so words glued together) and a browser shows as nothing. Runs of white space are left
 * to the sentence that quotes the text (`collapseWhitespace`); a table cell keeps its line breaks.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

export const plainText = (text: string): string => text.replace(CONTROL, " ");
