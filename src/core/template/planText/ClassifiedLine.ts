/** What one source line looks like on its own, before the lines around it are taken into account. */
export type ClassifiedLine = {
  /** 1-based line number in the pasted text. */
  line: number;
  /** The line trimmed, as shown in reports. */
  text: string;
  kind: "blank" | "page" | "bullet" | "content" | "junk";
  /** The line started a new page (a form feed, as pdftotext writes). */
  pageBreakBefore: boolean;
  /** kind "bullet": the marker and the text after it; `strong` markers (•, ▪, …) always start a bullet, dashes may be text. */
  bullet?: { marker: string; strong: boolean; text: string };
  /** A numbered heading candidate: "3.1. DIRECCIÓN JURÍDICA" (text "DIRECCIÓN JURÍDICA"), "6." (text ""). */
  numbered?: { number: number[]; text: string };
  /** A numbered or lettered list item candidate: "1. …", "a) …", "(b) …"; `number` for a numbered one. */
  listItem?: { text: string; number: number | null };
  /** An unnumbered macroprocess heading candidate ("MACROPROCESO ESTRATÉGICO"). */
  macro: boolean;
};
