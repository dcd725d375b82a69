/** Today's date as yyyy-mm-dd in the user's own time zone (operations take the date from their shell). */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
