/** The size of an Excel worksheet (A1:XFD1048576): its last row and last column, 1-based. */
export const LAST_ROW = 1_048_576;
export const LAST_COLUMN = 16_384;
/** The most characters a cell holds, and the tallest a row is (points). */
export const MAX_CELL_TEXT = 32_767;
export const MAX_ROW_HEIGHT = 409;
