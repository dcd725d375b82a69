/**
 * Text as the CLI prints it: control characters (C0 but tab and newline, DEL, C1) and the bidirectional overrides
 * shown as `\uXXXX` escapes, so a cell, a file name or a file's bytes can never clear the terminal, set its title
 * or reorder what is shown (an area cell holding `_x001B_[2J`). The escape is JSON's own, so JSON output keeps its
 * meaning. Every line the CLI prints goes through it (`runCli`), not each message.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this regex's whole job
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalText(text: string): string {
  return text.replace(
    UNSAFE,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
