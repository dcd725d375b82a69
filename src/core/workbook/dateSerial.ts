/** Excel serial dates (1900 date system, as Excel and LibreOffice store them in .xlsx). */
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

export function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH) / DAY);
}

export function serialToDate(serial: number): { year: number; month: number; day: number } {
  const date = new Date(EPOCH + Math.floor(serial) * DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function serialFromUtcMillis(millis: number): number {
  return (millis - EPOCH) / DAY;
}

export function utcMillisFromSerial(serial: number): number {
  return EPOCH + serial * DAY;
}
