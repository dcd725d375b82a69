/** Removes diacritics: "DIRECCIÓN" → "DIRECCION", "Ñ" → "N". */
export function stripAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
}
