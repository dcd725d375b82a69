import { isAllCaps } from "../../text/isAllCaps";
import { ClassifiedLine } from "./ClassifiedLine";
import { containsMacroprocessWord } from "./containsMacroprocessWord";
import { isPageArtefact } from "./isPageArtefact";

const STRONG_BULLET = /^([•·▪●◦■□►▸‣⁃○♦◆✓✔➢➤→❖\uF0B7\uF0A7\uF0D8\uF076\uF0FC])\s*(.*)$/u;
const WEAK_BULLET = /^([-*–—])\s+(\S.*)$/u;
const NUMBERED_HEADING =
  /^(\d{1,2}(?:\.\d{1,2})*)(?:\.?\s*[-–—]\s*|\.\s*|\s+)([“"'(¿¡]?\p{Lu}.*)$/u;
const LONE_NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)\.$/;
const LIST_ITEM = /^\(?(\d{1,2}|[a-zA-Z])[.)]\s+(\S.*)$/u;
const MACRO_LINE_START = /^macro\s?procesos?\b/i;

function isMacroprocessHeading(text: string): boolean {
  if (!containsMacroprocessWord(text)) return false;
  if (isAllCaps(text)) return true;
  return MACRO_LINE_START.test(text) && text.length <= 80 && !/[.;,]$/.test(text);
}

/** Classifies one line of pasted plan text by its own shape (see `ClassifiedLine`). */
export function classifyLine(raw: string, line: number): ClassifiedLine {
  const pageBreakBefore = raw.includes("\f");
  const text = raw.replace(/\f/g, " ").trim();
  const base = { line, text, pageBreakBefore, macro: false };
  if (text === "") return { ...base, kind: pageBreakBefore ? "page" : "blank" };
  if (isPageArtefact(text)) return { ...base, kind: "page" };

  const strong = STRONG_BULLET.exec(text);
  if (strong !== null)
    return {
      ...base,
      kind: "bullet",
      bullet: { marker: strong[1], strong: true, text: strong[2].trim() },
    };
  const weak = WEAK_BULLET.exec(text);
  if (weak !== null)
    return {
      ...base,
      kind: "bullet",
      bullet: { marker: weak[1], strong: false, text: weak[2].trim() },
    };

  if (!/[\p{L}\p{N}]/u.test(text)) return { ...base, kind: "junk" };

  const result: ClassifiedLine = { ...base, kind: "content" };
  const heading = NUMBERED_HEADING.exec(text);
  // A heading is not a sentence: "1. Realizar el informe." is a list item, unless it is written in capitals.
  if (heading !== null && (!heading[2].trim().endsWith(".") || isAllCaps(heading[2]))) {
    result.numbered = { number: heading[1].split(".").map(Number), text: heading[2].trim() };
  }
  const lone = LONE_NUMBER.exec(text);
  if (lone !== null) result.numbered = { number: lone[1].split(".").map(Number), text: "" };
  const item = LIST_ITEM.exec(text);
  if (item !== null)
    result.listItem = {
      text: item[2].trim(),
      number: /^\d+$/.test(item[1]) ? Number(item[1]) : null,
    };
  if (result.numbered === undefined && item === null) result.macro = isMacroprocessHeading(text);
  return result;
}
