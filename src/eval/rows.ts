// Building scoreboard rows: measured values, and placeholders that say why there is no number.
import type { RowSpec, ScoreRow } from "./types.js";

/** A measured row. */
export function measured(spec: RowSpec, value: number, note?: string): ScoreRow {
  return { ...spec, value, status: "ok", ...(note ? { note } : {}) };
}

/** A placeholder row: "not implemented" or "error", never a number. */
export function placeholder(spec: RowSpec, status: "not implemented" | "error", note: string): ScoreRow {
  return { ...spec, value: null, status, note };
}

/** The same placeholder for every planned row. */
export function placeholders(specs: readonly RowSpec[], status: "not implemented" | "error", note: string): ScoreRow[] {
  return specs.map((spec) => placeholder(spec, status, note));
}
