/**
 * Bytes of a text file → text. UTF-8 (with or without BOM) first; a file that is not valid UTF-8 but has no
 * NUL byte is read as Windows-1252, which is what Word's "plain text" gives on Spanish Windows.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    if (bytes.includes(0)) return new TextDecoder("utf-8").decode(bytes);
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
