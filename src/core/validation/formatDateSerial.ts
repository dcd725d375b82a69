import { serialToDate } from "../workbook/dateSerial";

/** A serial date as the plan writes dates: dd/mm/yyyy. */
export function formatDateSerial(serial: number): string {
  const { year, month, day } = serialToDate(serial);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}
