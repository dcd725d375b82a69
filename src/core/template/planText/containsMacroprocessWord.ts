/** "MACROPROCESO", "MACROPROCESOS", "MACRO PROCESO", in any case. */
export const MACROPROCESS_WORD = /macro\s?procesos?/i;

export function containsMacroprocessWord(text: string): boolean {
  return MACROPROCESS_WORD.test(text);
}
