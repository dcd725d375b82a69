/**
 * A long value as a console line shows it: its first characters and "…" (a restored row formula is ~400
 * characters; an objective can be a paragraph). `--json` keeps the full value.
 */
export const CONSOLE_VALUE_CHARACTERS = 60;

export function shortened(text: string, max = CONSOLE_VALUE_CHARACTERS): string {
  const characters = Array.from(text);
  if (characters.length <= max) return text;
  return `${characters
    .slice(0, max - 1)
    .join("")
    .trimEnd()}…`;
}
