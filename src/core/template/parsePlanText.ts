import { collapseWhitespace } from "../text/collapseWhitespace";
import { collectAcronyms } from "../text/collectAcronyms";
import { Block } from "./planText/Block";
import { classifyLine } from "./planText/classifyLine";
import { codeFromName } from "./planText/codeFromName";
import { countBinaryCharacters } from "./planText/countBinaryCharacters";
import { displayName } from "./planText/displayName";
import { findPlanYear } from "./planText/findPlanYear";
import { groupBlocks } from "./planText/groupBlocks";
import { markRunningHeaders } from "./planText/markRunningHeaders";
import { outlinePlan } from "./planText/outlinePlan";
import { OutlineArea } from "./planText/PlanOutline";
import { macroprocessCode } from "./planText/macroprocessCode";
import { uniqueCode } from "./planText/uniqueCode";
import {
  ImportProblem,
  ImportTree,
  ImportTreeArea,
  ImportTreeMacroprocess,
  PlanTextImport,
  PlanTextOptions,
  UnplacedLine,
} from "./PlanTextImport";
import {
  Area,
  DEFAULT_BANDS,
  defaultLists,
  defaultPeriods,
  Macroprocess,
  Template,
  TEMPLATE_SCHEMA_VERSION,
} from "./Template";

export const DEFAULT_TEMPLATE_ID = "plan-de-accion";

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;

function failed(
  problem: ImportProblem,
  organisation: string,
  year: number | null,
  unplaced: UnplacedLine[] = []
): PlanTextImport {
  return {
    template: null,
    tree: { organisation, year, macroprocesses: [] },
    unplaced,
    problems: [problem],
  };
}

/**
 * Turns a plan written as numbered sections and bullets (pasted from a PDF or Word document) into a
 * template (SPEC §2 "Import from text"), with a tree of what was understood and the lines that could
 * not be placed. Bad input is a value: `problems` says why and `template` is null; it never throws.
 */
export function parsePlanText(text: string, options: PlanTextOptions = {}): PlanTextImport {
  const organisation = options.organisation ?? "";
  const source = (typeof text === "string" ? text : "").replace(/^\uFEFF/, "");
  if (source.trim() === "")
    return failed({ code: "import.empty", params: {} }, organisation, options.year ?? null);
  const binary = countBinaryCharacters(source);
  if (binary > 0)
    return failed(
      { code: "import.binary", params: { count: binary } },
      organisation,
      options.year ?? null
    );

  const rawLines = source.split(LINE_BREAK);
  const lines = markRunningHeaders(rawLines.map((raw, index) => classifyLine(raw, index + 1)));
  const blocks = groupBlocks(lines);
  const outline = outlinePlan(blocks);
  const unplaced: UnplacedLine[] = outline.unplaced.map(({ line, reason }) => ({
    line: line.line,
    text: line.text,
    reason,
  }));

  const headingBlocks = blocks.filter(
    (block): block is Extract<Block, { kind: "heading" | "macroHeading" }> =>
      block.kind === "heading" || block.kind === "macroHeading"
  );
  const year =
    options.year ??
    findPlanYear(
      headingBlocks.map((block) => block.text),
      rawLines
    );
  if (headingBlocks.length === 0) {
    const nonBlank = lines.filter((line) => line.kind !== "blank").length;
    return failed(
      { code: "import.noHeadings", params: { lines: nonBlank } },
      organisation,
      year,
      unplaced
    );
  }

  const acronyms = collectAcronyms(rawLines);
  // Area codes first, so that no macroprocess code can take one (a committee reads both side by side).
  const areaCodes = new Set<string>();
  const codes = new Map<OutlineArea, string>();
  for (const outlined of outline.macroprocesses)
    for (const outlinedArea of outlined.areas)
      codes.set(
        outlinedArea,
        uniqueCode(codeFromName(displayName(outlinedArea.heading.text, acronyms)), areaCodes)
      );
  const usedCodes = new Set([...areaCodes].map((code) => code.toUpperCase()));
  const macroprocesses: Macroprocess[] = [];
  const treeMacroprocesses: ImportTreeMacroprocess[] = [];
  for (const outlined of outline.macroprocesses) {
    const name = displayName(outlined.title, acronyms);
    const macroprocess: Macroprocess = {
      code: macroprocessCode(name, usedCodes),
      name,
      areas: [],
    };
    const treeMacroprocess: ImportTreeMacroprocess = {
      code: macroprocess.code,
      name,
      section: outlined.section,
      line: outlined.line,
      areas: [],
    };
    const nodes = new Map<OutlineArea, ImportTreeArea>();
    for (const outlinedArea of outlined.areas) {
      const areaName = displayName(outlinedArea.heading.text, acronyms);
      const code = codes.get(outlinedArea) as string;
      const parentCode = outlinedArea.parent === null ? undefined : codes.get(outlinedArea.parent);
      const objectives: string[] = [];
      const seen = new Set<string>();
      for (const bullet of outlinedArea.bullets) {
        const key = bullet.text.toLowerCase();
        if (seen.has(key)) {
          for (const line of bullet.lines)
            unplaced.push({ line: line.line, text: line.text, reason: "duplicate" });
        } else {
          seen.add(key);
          objectives.push(bullet.text);
        }
      }
      const note =
        objectives.length === 0 && outlinedArea.prose.length > 0
          ? collapseWhitespace(outlinedArea.prose.map((paragraph) => paragraph.text).join(" "))
          : undefined;
      if (note === undefined) {
        for (const paragraph of outlinedArea.prose) {
          for (const line of paragraph.lines)
            unplaced.push({ line: line.line, text: line.text, reason: "prose-in-area" });
        }
      }
      const area: Area = {
        code,
        name: areaName,
        section: outlinedArea.heading.number.join("."),
        ...(parentCode === undefined ? {} : { parent: parentCode }),
        ...(note === undefined ? {} : { note }),
        objectives,
      };
      macroprocess.areas.push(area);

      const node: ImportTreeArea = {
        code,
        name: areaName,
        section: area.section,
        line: outlinedArea.heading.lines[0].line,
        objectiveCount: objectives.length,
        note: area.note ?? null,
        children: [],
      };
      nodes.set(outlinedArea, node);
      const parentNode = outlinedArea.parent === null ? undefined : nodes.get(outlinedArea.parent);
      if (parentNode === undefined) treeMacroprocess.areas.push(node);
      else parentNode.children.push(node);
    }
    treeMacroprocesses.push(treeMacroprocess);
    if (macroprocess.areas.length > 0) macroprocesses.push(macroprocess);
  }
  unplaced.sort((a, b) => a.line - b.line);

  const tree: ImportTree = { organisation, year, macroprocesses: treeMacroprocesses };
  const problems: ImportProblem[] = [];
  if (macroprocesses.length === 0)
    problems.push({ code: "import.noAreas", params: { headings: headingBlocks.length } });
  if (year === null) problems.push({ code: "import.noYear", params: {} });
  if (problems.length > 0 || year === null) return { template: null, tree, unplaced, problems };

  const template: Template = {
    schemaVersion: TEMPLATE_SCHEMA_VERSION,
    templateId: options.templateId ?? DEFAULT_TEMPLATE_ID,
    templateVersion: options.templateVersion ?? 1,
    organisation,
    year,
    periods: defaultPeriods("T"),
    bands: { ...DEFAULT_BANDS },
    lists: defaultLists(),
    extraColumns: [],
    macroprocesses,
  };
  return { template, tree, unplaced, problems };
}
