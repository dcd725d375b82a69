/** One source line kept for reports: its 1-based number and its trimmed text. */
export type SourceLine = { line: number; text: string };

/** A numbered heading, its text gathered over the lines it spans ("3.3. ENLACE CON EL" / "CONGRESO DE LA REPÚBLICA"). */
export type HeadingBlock = { kind: "heading"; number: number[]; text: string; lines: SourceLine[] };
/** An unnumbered macroprocess heading ("MACROPROCESO ESTRATÉGICO"). */
export type MacroHeadingBlock = { kind: "macroHeading"; text: string; lines: SourceLine[] };
/** A bullet with its continuation lines; `text` is cleaned (hyphenation joined, whitespace collapsed). */
export type BulletBlock = { kind: "bullet"; text: string; lines: SourceLine[] };
/** A paragraph of running text; `text` is cleaned. */
export type ProseBlock = { kind: "prose"; text: string; lines: SourceLine[] };
/** Lines with nothing to read: a lone bullet marker, a lone section number, a rule of dashes. */
export type UnrecognisedBlock = { kind: "unrecognised"; lines: SourceLine[] };

export type Block = HeadingBlock | MacroHeadingBlock | BulletBlock | ProseBlock | UnrecognisedBlock;

export function sectionLabel(number: readonly number[]): string {
  return number.join(".");
}
