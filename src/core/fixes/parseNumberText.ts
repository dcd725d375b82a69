/**
 * A number that was typed or pasted as text → the number, read the es-CO way ("," decimal, "." thousands).
 * The en-US reading ("," thousands, "." decimal) is taken only where the es-CO one is impossible by shape
 * ("1,234.5", "12.5", "1,234,567"). Where both fit and disagree, the text is ambiguous — except a lone dot
 * followed by three digits ("1.000"), which follows es-CO as the plan's convention. A reading that the column
 * cannot hold (a weight of 1000, pesos with three decimals) is dropped; when none is left, nothing is guessed.
 */
import { NumberKind, NumberTextResult } from "./NumberTextResult";

const SPACES = /[\s\u00A0\u2007\u202F]+/g;
const CURRENCY_PREFIX = /^(?:\$|COP\$?)\s*/i;
const CURRENCY_SUFFIX = /\s*(?:\$|COP)$/i;

/** Reads digits grouped by `thousands` with an optional `decimal` part; null when the shape does not fit. */
function reading(core: string, thousands: "." | ",", decimal: "." | ","): number | null {
  const parts = core.split(decimal);
  if (parts.length > 2) return null;
  const [whole, fraction] = parts;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;
  const grouped = new RegExp(`^[1-9]\\d{0,2}(\\${thousands}\\d{3})+$`);
  if (whole === "") {
    if (fraction === undefined) return null;
  } else if (!/^\d+$/.test(whole) && !grouped.test(whole)) {
    return null;
  }
  const digits = whole.split(thousands).join("") || "0";
  return Number(fraction === undefined ? digits : `${digits}.${fraction}`);
}

function decimals(value: number): number {
  const text = String(value);
  return text.includes(".") ? text.length - text.indexOf(".") - 1 : 0;
}

function plausible(value: number, kind: NumberKind, percentSign: boolean): boolean {
  if (kind === "percentage" && !percentSign) return Math.abs(value) <= 1;
  if (kind === "currency") return decimals(value) <= 2;
  return true;
}

/** The unsigned digits-and-separators part, with spaces used as thousands separators removed. */
function coreOf(text: string): string | null {
  if (!/\s/.test(text)) return text;
  return /^\d{1,3}( \d{3})+([.,]\d+)?$/.test(text) ? text.replace(/ /g, "") : null;
}

export function parseNumberText(text: string, kind: NumberKind): NumberTextResult {
  let rest = text.replace(SPACES, " ").trim();
  let negative = false;
  let currencySign = false;
  const takeSign = (): void => {
    const match = /^([+-])\s*/.exec(rest);
    if (match && !negative) {
      negative = match[1] === "-";
      rest = rest.slice(match[0].length);
    }
  };
  const takeCurrency = (): void => {
    const before = rest;
    rest = rest.replace(CURRENCY_PREFIX, "").replace(CURRENCY_SUFFIX, "");
    currencySign = currencySign || rest !== before;
  };
  takeSign();
  takeCurrency();
  takeSign();
  const percentSign = /\s*%$/.test(rest);
  rest = rest.replace(/\s*%$/, "");
  if ((currencySign && kind !== "currency") || (percentSign && kind === "currency"))
    return { ok: false, reason: "notANumber" };
  const core = coreOf(rest);
  if (core === null || !/^[\d.,]+$/.test(core) || !/\d/.test(core))
    return { ok: false, reason: "notANumber" };

  const scale = (value: number): number => {
    const scaled = percentSign ? Number((value / 100).toPrecision(15)) : value;
    return negative && scaled !== 0 ? -scaled : scaled;
  };
  const esCO = reading(core, ".", ",");
  const enUS = reading(core, ",", ".");
  let candidates = [esCO, enUS].filter((value): value is number => value !== null);
  if (candidates.length === 0) return { ok: false, reason: "notANumber" };
  // "1.000": a lone dot before three digits is a thousands separator by the plan's convention.
  if (esCO !== null && enUS !== null && !core.includes(",")) candidates = [esCO];
  if (candidates.length === 2 && candidates[0] === candidates[1]) candidates = [candidates[0]];
  const kept = candidates.filter((value) => plausible(scale(value), kind, percentSign));
  if (kept.length === 0) return { ok: false, reason: "implausible", reading: scale(candidates[0]) };
  if (kept.length === 1) return { ok: true, value: scale(kept[0]) };
  return { ok: false, reason: "ambiguous", readings: [scale(kept[0]), scale(kept[1])] };
}
