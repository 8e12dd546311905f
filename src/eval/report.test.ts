import { describe, expect, it } from "vitest";
import { formatTable, formatValue } from "./report.js";
import type { ScoreRow } from "./types.js";

const base = { capability: "entities", goldSet: "g", metric: "m" } as const;

describe("formatValue", () => {
  it("prints numbers by unit and placeholders by status, never a number for a missing capability", () => {
    expect(formatValue({ ...base, unit: "%", value: 85.5, status: "ok" })).toBe("85.50");
    expect(formatValue({ ...base, unit: "count", value: 3, status: "ok" })).toBe("3");
    expect(formatValue({ ...base, unit: "km", value: 12.34, status: "ok" })).toBe("12.3 km");
    expect(formatValue({ ...base, unit: "%", value: null, status: "not implemented" })).toBe("not implemented");
    expect(formatValue({ ...base, unit: "%", value: 0, status: "error" })).toBe("error");
  });
});

describe("formatTable", () => {
  it("aligns columns and keeps one line per row", () => {
    const rows: ScoreRow[] = [
      { ...base, unit: "%", value: 90, status: "ok", baseline: "target ≥ 90" },
      { ...base, capability: "times", metric: "longer metric", unit: "%", value: null, status: "not implemented", note: "no stage" },
    ];
    const lines = formatTable(rows).split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0].startsWith("capability  gold set  metric")).toBe(true);
    expect(lines[2]).toContain("90.00");
    expect(lines[3]).toMatch(/times\s+g\s+longer metric\s+not implemented\s+no stage$/);
    expect(lines[2].indexOf("90.00") + 5).toBe(lines[3].indexOf("not implemented") + "not implemented".length);
  });
});
