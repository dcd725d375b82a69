import {
  Block,
  HeadingBlock,
  MacroHeadingBlock,
  ProseBlock,
  SourceLine,
  sectionLabel,
} from "./Block";
import { containsMacroprocessWord } from "./containsMacroprocessWord";
import { macroprocessTitle, stripPlanPrefix } from "./macroprocessTitle";
import { OutlineArea, OutlineMacroprocess, PlanOutline, UnplacedReason } from "./PlanOutline";

/** The name of the single macroprocess of a plan whose sections have no hierarchy. */
export const FLAT_PLAN_MACROPROCESS = "Institucional";

type Role =
  | { kind: "macroprocess"; title: string }
  | { kind: "area" }
  /** A heading that only groups macroprocesses ("1. PLAN DE ACCIÓN 2024" above "1.1 MACROPROCESO …"). */
  | { kind: "container" }
  /** A section that is not part of the plan's structure ("2. CONTEXTO ESTRATÉGICO"). */
  | { kind: "ignored" };

type Roles = {
  byBlock: Map<Block, Role>;
  /** A plan without hierarchy: one macroprocess of this name opens at the first heading. */
  implicitMacroprocess: string | null;
};

function isPrefix(prefix: readonly number[], number: readonly number[]): boolean {
  return prefix.length < number.length && prefix.every((part, index) => number[index] === part);
}

function headingsOf(blocks: readonly Block[]): HeadingBlock[] {
  return blocks.filter((block): block is HeadingBlock => block.kind === "heading");
}

/** Whether the next heading after `index` (numbered or not) is a sub-heading of the heading at `index`. */
function hasSubheadings(blocks: readonly Block[], index: number): boolean {
  const heading = blocks[index];
  if (heading.kind !== "heading") return false;
  for (let next = index + 1; next < blocks.length; next += 1) {
    const block = blocks[next];
    if (block.kind === "macroHeading") return false;
    if (block.kind === "heading") return isPrefix(heading.number, block.number);
  }
  return false;
}

/** Numbered headings carry the word MACROPROCESO: at the shallowest such depth, they are the macroprocesses. */
function rolesWithNumberedMacroprocesses(headings: readonly HeadingBlock[]): Roles {
  const macroHeadings = headings.filter((heading) => containsMacroprocessWord(heading.text));
  const macroDepth = Math.min(...macroHeadings.map((heading) => heading.number.length));
  const byBlock = new Map<Block, Role>();
  let macro: HeadingBlock | null = null;
  for (const heading of headings) {
    const depth = heading.number.length;
    if (depth < macroDepth) {
      macro = null;
      const groups = macroHeadings.some(
        (other) => other.number.length === macroDepth && isPrefix(heading.number, other.number)
      );
      byBlock.set(heading, { kind: groups ? "container" : "ignored" });
    } else if (depth === macroDepth) {
      macro = containsMacroprocessWord(heading.text) ? heading : null;
      byBlock.set(
        heading,
        macro === null
          ? { kind: "ignored" }
          : { kind: "macroprocess", title: macroprocessTitle(heading.text) }
      );
    } else {
      byBlock.set(
        heading,
        macro !== null && isPrefix(macro.number, heading.number)
          ? { kind: "area" }
          : { kind: "ignored" }
      );
    }
  }
  return { byBlock, implicitMacroprocess: null };
}

/** Macroprocesses are unnumbered headings: every numbered heading after one is an area of it. */
function rolesWithUnnumberedMacroprocesses(blocks: readonly Block[]): Roles {
  const byBlock = new Map<Block, Role>();
  let inMacroprocess = false;
  for (const block of blocks) {
    if (block.kind === "macroHeading") {
      inMacroprocess = true;
      byBlock.set(block, { kind: "macroprocess", title: macroprocessTitle(block.text) });
    } else if (block.kind === "heading") {
      byBlock.set(block, { kind: inMacroprocess ? "area" : "ignored" });
    }
  }
  return { byBlock, implicitMacroprocess: null };
}

/** No word MACROPROCESO: top-level headings with sub-headings are macroprocesses; without any hierarchy, all headings are areas. */
function rolesByHierarchy(blocks: readonly Block[], headings: readonly HeadingBlock[]): Roles {
  const byBlock = new Map<Block, Role>();
  const withSubheadings = new Set(blocks.filter((_, index) => hasSubheadings(blocks, index)));
  if (withSubheadings.size === 0) {
    for (const heading of headings) byBlock.set(heading, { kind: "area" });
    return { byBlock, implicitMacroprocess: headings.length > 0 ? FLAT_PLAN_MACROPROCESS : null };
  }
  const topDepth = Math.min(...headings.map((heading) => heading.number.length));
  let macro: HeadingBlock | null = null;
  for (const heading of headings) {
    if (heading.number.length === topDepth) {
      macro = withSubheadings.has(heading) ? heading : null;
      byBlock.set(
        heading,
        macro === null
          ? { kind: "ignored" }
          : { kind: "macroprocess", title: stripPlanPrefix(heading.text) }
      );
    } else {
      byBlock.set(
        heading,
        macro !== null && isPrefix(macro.number, heading.number)
          ? { kind: "area" }
          : { kind: "ignored" }
      );
    }
  }
  return { byBlock, implicitMacroprocess: null };
}

function assignRoles(blocks: readonly Block[]): Roles {
  const headings = headingsOf(blocks);
  if (headings.some((heading) => containsMacroprocessWord(heading.text)))
    return rolesWithNumberedMacroprocesses(headings);
  if (blocks.some((block) => block.kind === "macroHeading"))
    return rolesWithUnnumberedMacroprocesses(blocks);
  return rolesByHierarchy(blocks, headings);
}

function asProse(block: MacroHeadingBlock): ProseBlock {
  return { kind: "prose", text: block.text, lines: block.lines };
}

/**
 * Reads the plan's structure from its blocks (SPEC §2 "Import from text"). Three shapes:
 * numbered headings with the word MACROPROCESO (the seed: "3. PLAN DE ACCIÓN 2021 - MACROPROCESO
 * MISIONAL", areas "3.1", child areas "3.5.1"); unnumbered "MACROPROCESO …" headings followed by
 * numbered areas; or no such word, where top-level headings with sub-headings are macroprocesses
 * (and a plan with no hierarchy at all is one macroprocess, "Institucional", of areas). Headings
 * that fit none of these are ignored sections whose lines are reported. Bullets become the
 * objectives of the area they are written under; running text under an area is kept with it.
 */
export function outlinePlan(blocks: readonly Block[]): PlanOutline {
  const roles = assignRoles(blocks);
  const outline: PlanOutline = { macroprocesses: [], unplaced: [] };
  const report = (lines: readonly SourceLine[], reason: UnplacedReason): void => {
    for (const line of lines) outline.unplaced.push({ line, reason });
  };

  let started = false;
  let macroprocess: OutlineMacroprocess | null = null;
  let area: OutlineArea | null = null;
  let areaStack: OutlineArea[] = [];

  const openMacroprocess = (
    title: string,
    section: string | null,
    line: number
  ): OutlineMacroprocess => {
    const opened: OutlineMacroprocess = { title, section, line, areas: [] };
    outline.macroprocesses.push(opened);
    areaStack = [];
    return opened;
  };

  for (const block of blocks) {
    const role = roles.byBlock.get(block);
    if (role === undefined) {
      if (!started) {
        report(
          block.lines,
          block.kind === "unrecognised" ? "unrecognised" : "before-first-section"
        );
      } else if (block.kind === "unrecognised") {
        report(block.lines, "unrecognised");
      } else if (area === null) {
        report(block.lines, "outside-areas");
      } else if (block.kind === "bullet") {
        area.bullets.push(block);
      } else if (block.kind === "macroHeading") {
        area.prose.push(asProse(block));
      } else if (block.kind === "prose") {
        area.prose.push(block);
      } else {
        report(block.lines, "outside-areas");
      }
      continue;
    }

    if (!started && roles.implicitMacroprocess !== null) {
      macroprocess = openMacroprocess(roles.implicitMacroprocess, null, block.lines[0].line);
    }
    started = true;
    const line = block.lines[0].line;
    const section = block.kind === "heading" ? sectionLabel(block.number) : null;
    if (role.kind === "macroprocess") {
      macroprocess = openMacroprocess(role.title, section, line);
      area = null;
    } else if (role.kind === "area" && block.kind === "heading" && macroprocess !== null) {
      while (
        areaStack.length > 0 &&
        !isPrefix(areaStack[areaStack.length - 1].heading.number, block.number)
      )
        areaStack.pop();
      const created: OutlineArea = {
        heading: block,
        parent: areaStack[areaStack.length - 1] ?? null,
        bullets: [],
        prose: [],
      };
      macroprocess.areas.push(created);
      areaStack.push(created);
      area = created;
    } else {
      if (role.kind !== "container") report(block.lines, "outside-areas");
      macroprocess = null;
      area = null;
      areaStack = [];
    }
  }
  outline.unplaced.sort((a, b) => a.line.line - b.line.line);
  return outline;
}
