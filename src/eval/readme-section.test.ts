import { describe, expect, it } from "vitest";
import { END_MARKER, formatBenchValue, renderQualitySection, spliceQualitySection, START_MARKER } from "./readme-section.js";
import type { EvalResults } from "./report.js";

const results: EvalResults = {
  timestamp: "2026-01-02T03:04:05.000Z",
  commit: "0123456789abcdef",
  dirty: true,
  sitrep: "0.1.0",
  pipeline: ["normalise@1"],
  options: { only: null, limit: null, sharedDir: "/s" },
  seconds: { setup: 1 },
  totalSeconds: 61.4,
  rows: [
    { capability: "entities", goldSet: "CoNLL", metric: "micro F1", unit: "%", value: 91.9, status: "ok", baseline: "target ≥ 90" },
    { capability: "times", goldSet: "MEANTIME", metric: "F1", unit: "%", value: null, status: "not implemented", note: "a | b" },
  ],
};

describe("renderQualitySection", () => {
  it("renders the scoreboard with baselines, the bench table and the methods", () => {
    const md = renderQualitySection(results, { date: "2026-01-02T00:00:00Z", rows: [{ name: "tokens/s", value: 123456.7, unit: "tokens/s" }] }, ["**X**: how."]);
    expect(md).toContain("commit `0123456` plus uncommitted changes, 61 s");
    expect(md).toContain("| entities | CoNLL | micro F1 | 91.90 % | target ≥ 90 |  |");
    expect(md).toContain("| times | MEANTIME | F1 | not implemented |  | a \\| b |");
    expect(md).toContain("| tokens/s | 123,457 | tokens/s |  |");
    expect(md).toContain("**X**: how.");
    expect(md).toContain("CoNLL-2003 test F1 — Stanford CRF 85.5");
  });

  it("says what to run when a result file is missing", () => {
    const md = renderQualitySection(null, null, []);
    expect(md).toContain("run `npm run eval`");
    expect(md).toContain("run `npm run bench`");
  });
});

describe("spliceQualitySection", () => {
  it("replaces only what lies between the markers", () => {
    const readme = `# T\n\nintro\n\n${START_MARKER}\nold\n${END_MARKER}\n\n## After\n`;
    expect(spliceQualitySection(readme, "new")).toBe(`# T\n\nintro\n\n${START_MARKER}\nnew\n${END_MARKER}\n\n## After\n`);
  });
  it("appends a heading and markers when there are none", () => {
    expect(spliceQualitySection("# T\n", "new")).toBe(`# T\n\n## Quality and speed\n\n${START_MARKER}\nnew\n${END_MARKER}\n`);
  });
  it("refuses a README with one marker only", () => {
    expect(() => spliceQualitySection(`# T\n${END_MARKER}\n`, "x")).toThrow(/must both appear/);
  });
});

describe("formatBenchValue", () => {
  it("uses precision by unit", () => {
    expect(formatBenchValue({ name: "r", value: 0.6537, unit: "ratio" })).toBe("0.65");
    expect(formatBenchValue({ name: "s", value: 94.341, unit: "%" })).toBe("94.3");
    expect(formatBenchValue({ name: "m", value: 160.45, unit: "ms" })).toBe("160");
    expect(formatBenchValue({ name: "m", value: 12.345, unit: "MB" })).toBe("12.35");
  });
});
