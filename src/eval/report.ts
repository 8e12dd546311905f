// The scoreboard as text (one table) and as the JSON written to eval/results/.
import type { ScoreRow } from "./types.js";

/** What eval/results/latest.json holds. */
export interface EvalResults {
  timestamp: string;
  commit: string | null;
  /** Uncommitted changes under src/ or resources/ when the run started. */
  dirty: boolean;
  sitrep: string;
  pipeline: string[];
  options: { only: string[] | null; limit: number | null; sharedDir: string };
  /** Wall time per evaluator (capability → seconds). */
  seconds: Record<string, number>;
  totalSeconds: number;
  rows: ScoreRow[];
}

/** A row's value as printed: number with unit, or the status. */
export function formatValue(row: ScoreRow): string {
  if (row.status !== "ok" || row.value === null) return row.status;
  switch (row.unit) {
    case "%":
      return row.value.toFixed(2);
    case "count":
      return String(Math.round(row.value));
    case "km":
      return `${row.value.toFixed(1)} km`;
    case "ratio":
      return row.value.toFixed(3);
  }
}

/** Plain-text table with aligned columns; long notes stay on their row. */
export function formatTable(rows: readonly ScoreRow[]): string {
  const header = ["capability", "gold set", "metric", "value", "baseline / target", "note"];
  const body = rows.map((r) => [r.capability, r.goldSet, r.metric, formatValue(r), r.baseline ?? "", r.note ?? ""]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (i === 5 ? 0 : cells[i].length))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 3 ? c.padStart(widths[i]) : i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w, i) => "-".repeat(i === 5 ? 4 : w)).join("  ");
  return [line(header), rule, ...body.map(line)].join("\n");
}
