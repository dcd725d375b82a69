/** The size of an Excel worksheet (A1:XFD1048576): its last row and last column, 1-based. */
export const LAST_ROW = 1_048_576;
export const LAST_COLUMN = 16_384;
