/** What a number typed as text reads as (see `parseNumberText`). */
export type NumberKind = "number" | "percentage" | "currency";

export type NumberTextResult =
  | { ok: true; value: number }
  /** Two readings that the shape of the text cannot tell apart: es-CO first, en-US second. */
  | { ok: false; reason: "ambiguous"; readings: [number, number] }
  /** The only reading is not a value this kind of column can hold (a 1000 % weight, a third of a peso). */
  | { ok: false; reason: "implausible"; reading: number }
  | { ok: false; reason: "notANumber" };
