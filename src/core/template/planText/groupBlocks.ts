import { collapseWhitespace } from "../../text/collapseWhitespace";
import { isAllCaps } from "../../text/isAllCaps";
import { joinHyphenatedLines } from "../../text/joinHyphenatedLines";
import { isSpanishSmallWord } from "../../text/spanishSmallWords";
import { Block, SourceLine } from "./Block";
import { ClassifiedLine } from "./ClassifiedLine";
import { containsMacroprocessWord } from "./containsMacroprocessWord";
import { isPlausibleNextSection } from "./isPlausibleNextSection";

/** What lies between the open block's last line and the current line. */
type Gap = "none" | "blank" | "page";

type Builder = {
  kind: "heading" | "macroHeading" | "bullet" | "prose";
  number: number[];
  /** For a heading: the section number before it, restored if the heading turns out empty ("6." alone). */
  previousNumber: number[] | null;
  strong: boolean;
  parts: string[];
  lines: SourceLine[];
};

const TERMINAL = /[.;!?]["”’)»]*$/u;
const BROKEN_WORD = /\p{L}[-\u2010\u00AD]$/u;
const DANGLING = /[,\-–—]$/u;

function textOf(builder: Builder): string {
  return collapseWhitespace(joinHyphenatedLines(builder.parts));
}

/** The block's last non-blank line, trimmed: what decides whether its text is finished (cheap on long blocks). */
function tailOf(builder: Builder): string {
  for (let index = builder.parts.length - 1; index >= 0; index -= 1) {
    const part = builder.parts[index].trim();
    if (part !== "") return part;
  }
  return "";
}

function isAllCapsBlock(builder: Builder): boolean {
  return (
    builder.parts.some((part) => /\p{Lu}/u.test(part)) &&
    !builder.parts.some((part) => /\p{Ll}/u.test(part))
  );
}

/** The heading so far ends with a comma, a dash or a small word ("Gestión Administrativa y"): its text goes on. */
function endsDangling(builder: Builder): boolean {
  const tail = tailOf(builder);
  if (DANGLING.test(tail)) return true;
  const lastWord = /(\p{L}+)$/u.exec(tail);
  if (lastWord === null || !isSpanishSmallWord(lastWord[1])) return false;
  return builder.parts.length > 1 || tail.length > lastWord[1].length;
}

function continuesHeading(
  open: Builder,
  line: ClassifiedLine,
  gap: Gap,
  startsHeading: boolean
): boolean {
  if (line.kind !== "content" || startsHeading) return false;
  if (tailOf(open) === "") return true;
  if (gap === "blank") return false;
  if (line.macro && containsMacroprocessWord(textOf(open))) return false;
  if (isAllCapsBlock(open) && isAllCaps(line.text)) return true;
  return (
    endsDangling(open) &&
    line.text.length <= 80 &&
    !TERMINAL.test(line.text) &&
    line.listItem === undefined
  );
}

function continuesBullet(
  open: Builder,
  line: ClassifiedLine,
  gap: Gap,
  startsHeading: boolean,
  inSection: boolean,
  previousText: string
): boolean {
  if (startsHeading || line.kind === "junk" || line.macro) return false;
  if (line.kind === "bullet") {
    // "… Gestión del Riesgo de Desastres" / "- UNGRD y …": a dash that continues a sentence, not a new bullet.
    return (
      line.bullet !== undefined &&
      !line.bullet.strong &&
      gap === "none" &&
      open.strong &&
      !/[.;:]$/.test(previousText)
    );
  }
  if (line.kind !== "content" || (inSection && line.listItem !== undefined)) return false;
  const tail = tailOf(open);
  if (tail === "" || gap === "none") return true;
  if (gap === "page") return !TERMINAL.test(tail);
  return BROKEN_WORD.test(tail) || (!TERMINAL.test(tail) && /^\p{Ll}/u.test(line.text));
}

function continuesProse(
  line: ClassifiedLine,
  gap: Gap,
  startsHeading: boolean,
  inSection: boolean
): boolean {
  return (
    line.kind === "content" &&
    gap !== "blank" &&
    !startsHeading &&
    !line.macro &&
    !(inSection && line.listItem !== undefined)
  );
}

/**
 * Groups classified lines into blocks, reading them in order: headings with the lines they span,
 * bullets with their continuation lines, paragraphs of prose. Blank lines end a bullet unless the
 * next line plainly continues it (a word broken by a hyphen, or a lower-case start after an
 * unfinished sentence); page artefacts are dropped and a bullet or heading cut by a page break
 * continues after it. A numbered line is a heading only if its number plausibly follows the last
 * heading; inside a section, a numbered or lettered list item starts a bullet.
 */
export function groupBlocks(lines: readonly ClassifiedLine[]): Block[] {
  const blocks: Block[] = [];
  let open: Builder | null = null;
  let gap: Gap = "none";
  let lastNumber: number[] | null = null;
  let inSection = false;
  let previousText = "";
  /** The last numbered list item started ("1. Realizar …"), to read "2. Formular …" as the next item, not as section 2. */
  let lastListItem: { number: number; builder: Builder } | null = null;

  const close = (): void => {
    if (open === null) return;
    const text = textOf(open);
    if (text === "") {
      blocks.push({ kind: "unrecognised", lines: open.lines });
      if (open.kind === "heading") lastNumber = open.previousNumber;
    } else if (open.kind === "heading") {
      blocks.push({ kind: "heading", number: open.number, text, lines: open.lines });
    } else {
      blocks.push({ kind: open.kind, text, lines: open.lines });
    }
    open = null;
  };

  for (const line of lines) {
    if (line.kind === "blank") {
      if (gap === "none") gap = "blank";
      continue;
    }
    if (line.kind === "page") {
      gap = "page";
      continue;
    }
    if (line.pageBreakBefore) gap = "page";
    const source: SourceLine = { line: line.line, text: line.text };
    const nextListItem =
      lastListItem !== null &&
      line.listItem !== undefined &&
      line.listItem.number === lastListItem.number + 1 &&
      !TERMINAL.test(tailOf(lastListItem.builder)) &&
      !isAllCaps(line.text);
    const startsHeading =
      !nextListItem &&
      line.numbered !== undefined &&
      isPlausibleNextSection(lastNumber, line.numbered.number);

    const current: Builder | null = open;
    let continues = false;
    if (current !== null) {
      if (current.kind === "heading" || current.kind === "macroHeading")
        continues = continuesHeading(current, line, gap, startsHeading);
      else if (current.kind === "bullet")
        continues = continuesBullet(current, line, gap, startsHeading, inSection, previousText);
      else continues = continuesProse(line, gap, startsHeading, inSection);
    }

    if (current !== null && continues) {
      current.parts.push(line.text);
      current.lines.push(source);
    } else {
      close();
      lastListItem = null;
      const base = { number: [], previousNumber: null, strong: false, lines: [source] };
      if (startsHeading && line.numbered !== undefined) {
        open = {
          ...base,
          kind: "heading",
          number: line.numbered.number,
          previousNumber: lastNumber,
          parts: [line.numbered.text],
        };
        lastNumber = line.numbered.number;
        inSection = true;
      } else if (line.macro) {
        open = { ...base, kind: "macroHeading", parts: [line.text] };
        lastNumber = null;
        inSection = true;
      } else if (line.kind === "bullet" && line.bullet !== undefined) {
        open = { ...base, kind: "bullet", strong: line.bullet.strong, parts: [line.bullet.text] };
      } else if (line.kind === "junk") {
        blocks.push({ kind: "unrecognised", lines: [source] });
      } else if (inSection && line.listItem !== undefined) {
        const item: Builder = {
          ...base,
          kind: "bullet",
          strong: true,
          parts: [line.listItem.text],
        };
        if (line.listItem.number !== null)
          lastListItem = { number: line.listItem.number, builder: item };
        open = item;
      } else {
        open = { ...base, kind: "prose", parts: [line.text] };
      }
    }
    gap = "none";
    previousText = line.text;
  }
  close();
  return blocks;
}
