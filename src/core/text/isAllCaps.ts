/** True when the text has at least one letter and no lower-case letter ("DIRECCIÓN JURÍDICA", "3.8 TIC"). */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}
