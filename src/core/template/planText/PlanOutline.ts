import { BulletBlock, HeadingBlock, ProseBlock, SourceLine } from "./Block";

/**
 * Why a line of the pasted text is not in the template: it comes before the first section heading;
 * it is in a section that is not an area (context, annexes); it is running text in an area that has
 * bullets (an area without bullets keeps its text as its note); it has nothing to read (a lone
 * bullet marker or section number); or it is a bullet that repeats an earlier objective of the
 * same area word for word (a template's objectives are unique within their area).
 */
export type UnplacedReason =
  "before-first-section" | "outside-areas" | "prose-in-area" | "unrecognised" | "duplicate";

/** An area as found in the text: its heading, its parent area, what was written under it. */
export type OutlineArea = {
  heading: HeadingBlock;
  parent: OutlineArea | null;
  bullets: BulletBlock[];
  /** Running text under the area: its note when it has no bullets, otherwise reported. */
  prose: ProseBlock[];
};

export type OutlineMacroprocess = {
  /** The macroprocess's name as written, before title-casing ("MISIONAL", "Gestión Estratégica"). */
  title: string;
  /** Section number when the heading is numbered. */
  section: string | null;
  line: number;
  areas: OutlineArea[];
};

/** The plan's structure as read from the text, before names are cleaned and codes derived. */
export type PlanOutline = {
  macroprocesses: OutlineMacroprocess[];
  unplaced: { line: SourceLine; reason: UnplacedReason }[];
};
