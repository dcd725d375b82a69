import { ImportProblemCode } from "../messages/catalog/importMessages";
import { MessageParams } from "../messages/formatMessage";
import { UnplacedReason } from "./planText/PlanOutline";
import { Template } from "./Template";

export type { ImportProblemCode, UnplacedReason };

/** A line of the pasted text that is not in the template, with why (SPEC §2: "says which lines it could not place"). */
export type UnplacedLine = {
  /** 1-based line number in the pasted text. */
  line: number;
  /** The line, trimmed. */
  text: string;
  reason: UnplacedReason;
};

/** A problem that prevents making a template; the message is `importMessages[language][code]` filled with `params`. */
export type ImportProblem = { code: ImportProblemCode; params: MessageParams };

/** An area as understood, for the tree shown before generating. */
export type ImportTreeArea = {
  code: string;
  name: string;
  section: string;
  /** Line of the area's heading. */
  line: number;
  objectiveCount: number;
  /** The area's note (its running text, when it has no bullets). */
  note: string | null;
  /** Areas numbered below it (3.5.1 below 3.5). */
  children: ImportTreeArea[];
};

export type ImportTreeMacroprocess = {
  code: string;
  name: string;
  /** Section number of a numbered heading; null for an unnumbered heading or the implicit "Institucional". */
  section: string | null;
  line: number;
  areas: ImportTreeArea[];
};

/** A plain data view of what the import understood (macroprocess → areas → child areas). */
export type ImportTree = {
  organisation: string;
  year: number | null;
  macroprocesses: ImportTreeMacroprocess[];
};

/** The result of `parsePlanText`: the template (null when `problems` is not empty), the tree and the lines not placed. */
export type PlanTextImport = {
  template: Template | null;
  tree: ImportTree;
  unplaced: UnplacedLine[];
  problems: ImportProblem[];
};

export type PlanTextOptions = {
  /** Organisation name; "" when not given (the text is not searched for it). */
  organisation?: string;
  /** The plan's year; when not given, found in the text. */
  year?: number;
  /** Default "plan-de-accion". */
  templateId?: string;
  /** Default 1. */
  templateVersion?: number;
};
