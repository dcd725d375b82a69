/** `code` itself when unused, else the code with the first free digit suffix ("CI" → "CI2", "CI3"); records the result in `used`. */
export function uniqueCode(code: string, used: Set<string>): string {
  let candidate = code;
  for (let suffix = 2; used.has(candidate); suffix += 1) candidate = `${code}${suffix}`;
  used.add(candidate);
  return candidate;
}
