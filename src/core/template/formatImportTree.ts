import { importMessages, ImportMessageCode } from "../messages/catalog/importMessages";
import { formatMessage, MessageParams } from "../messages/formatMessage";
import { DEFAULT_LANGUAGE, Language } from "../messages/Language";
import { ImportTreeArea, PlanTextImport } from "./PlanTextImport";

const INDENT = "  ";
/** Longest line text or note quoted in the report. */
const MAX_QUOTE = 100;

function shorten(text: string): string {
  return text.length <= MAX_QUOTE ? text : `${text.slice(0, MAX_QUOTE - 1)}…`;
}

function countAreas(areas: readonly ImportTreeArea[]): { areas: number; objectives: number } {
  return areas.reduce(
    (total, area) => {
      const children = countAreas(area.children);
      return {
        areas: total.areas + 1 + children.areas,
        objectives: total.objectives + area.objectiveCount + children.objectives,
      };
    },
    { areas: 0, objectives: 0 }
  );
}

/**
 * Renders an import as indented text lines for the CLI and the pane (SPEC §2: the import shows what
 * it understood before anything is generated, and which lines it could not place): the plan, each
 * macroprocess with its areas and child areas (section, name, code, number of objectives, note),
 * the lines not placed with their numbers and reasons, and the problems that block the template.
 */
export function formatImportTree(
  result: PlanTextImport,
  language: Language = DEFAULT_LANGUAGE
): string[] {
  const say = (code: ImportMessageCode, params?: MessageParams): string =>
    formatMessage(importMessages, language, code, params);
  const { tree } = result;
  const lines: string[] = [];
  lines.push(
    tree.year === null ? say("importTree.planNoYear") : say("importTree.plan", { year: tree.year })
  );
  if (tree.organisation !== "")
    lines.push(say("importTree.organisation", { organisation: tree.organisation }));

  const totals = countAreas(tree.macroprocesses.flatMap((macroprocess) => macroprocess.areas));
  lines.push(
    say("importTree.summary", {
      macroprocesses: tree.macroprocesses.length,
      areas: totals.areas,
      objectives: totals.objectives,
    })
  );
  if (tree.macroprocesses.length === 0) lines.push(say("importTree.noMacroprocesses"));

  const renderArea = (area: ImportTreeArea, depth: number): void => {
    const indent = INDENT.repeat(depth);
    const params = {
      section: area.section,
      name: area.name,
      code: area.code,
      count: area.objectiveCount,
      line: area.line,
    };
    lines.push(indent + say("importTree.area", params));
    if (area.note !== null)
      lines.push(indent + INDENT + say("importTree.areaNote", { note: shorten(area.note) }));
    for (const child of area.children) renderArea(child, depth + 1);
  };
  for (const macroprocess of tree.macroprocesses) {
    const params = {
      section: macroprocess.section ?? "",
      name: macroprocess.name,
      code: macroprocess.code,
      line: macroprocess.line,
    };
    lines.push(
      INDENT +
        say(
          macroprocess.section === null
            ? "importTree.macroprocessUnnumbered"
            : "importTree.macroprocess",
          params
        )
    );
    for (const area of macroprocess.areas) renderArea(area, 2);
  }

  if (result.unplaced.length === 0) {
    lines.push(say("importTree.unplacedNone"));
  } else {
    lines.push(say("importTree.unplacedHeader", { count: result.unplaced.length }));
    for (const unplaced of result.unplaced) {
      const reason = say(`importTree.reason.${unplaced.reason}`);
      lines.push(
        INDENT +
          say("importTree.unplacedLine", {
            line: unplaced.line,
            reason,
            text: shorten(unplaced.text),
          })
      );
    }
  }

  if (result.problems.length > 0) {
    lines.push(say("importTree.problemsHeader"));
    for (const problem of result.problems) lines.push(INDENT + say(problem.code, problem.params));
  }
  return lines;
}
