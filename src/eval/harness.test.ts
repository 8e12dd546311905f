import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Annotator } from "../annotator.js";
import type { Stage } from "../pipeline/stage.js";
import { runScoreboard, type EvaluatorEntry } from "./harness.js";

function fakeAnnotator(assigns: Stage["assigns"][]): Annotator {
  const stages = assigns.map((a, i) => ({ id: `s${i}`, version: 1, requires: [], assigns: a, run: (d: never) => d })) as unknown as Stage[];
  return { pipeline: { stages, version: "t", run: (d) => d }, annotate: () => { throw new Error("unused"); } };
}

const dir = mkdtempSync(join(tmpdir(), "sitrep-harness-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, body: string) => {
  const file = join(dir, name);
  writeFileSync(file, body);
  return file;
};
const plan = `plan: () => [{ capability: "times", goldSet: "G", metric: "F1", unit: "%" }, { capability: "times", goldSet: "G", metric: "acc", unit: "%" }]`;
const working = write("working.js", `export const evaluator = { capability: "times", goldSets: ["G"], ${plan},
  run: async () => [{ capability: "times", goldSet: "G", metric: "F1", unit: "%", value: 50, status: "ok" }] };`);
const throwing = write("throwing.js", `export const evaluator = { capability: "times", goldSets: ["G"], ${plan},
  run: async () => { throw new Error("gold file unreadable"); } };`);
const malformed = write("malformed.js", "export const somethingElse = 1;");

const options = { sharedDir: "/nonexistent" };
const entry = (file: string, layer: EvaluatorEntry["layer"] = "times"): EvaluatorEntry => ({ capability: "times", layer, file });

describe("runScoreboard", () => {
  it("reports a working evaluator's rows and its time", async () => {
    const [result] = await runScoreboard(fakeAnnotator([["times"]]), options, [entry(working)]);
    expect(result.rows).toEqual([{ capability: "times", goldSet: "G", metric: "F1", unit: "%", value: 50, status: "ok" }]);
    expect(result.seconds).toBeGreaterThanOrEqual(0);
  });

  it("shows every planned row as not implemented when no stage assigns the layer", async () => {
    const [result] = await runScoreboard(fakeAnnotator([["tokens"]]), options, [entry(working)]);
    expect(result.rows.map((r) => [r.metric, r.status, r.value])).toEqual([
      ["F1", "not implemented", null],
      ["acc", "not implemented", null],
    ]);
    expect(result.rows[0].note).toMatch(/no stage .* assigns "times"/);
  });

  it("shows the fallback plan when the evaluator file does not exist", async () => {
    const [result] = await runScoreboard(fakeAnnotator([["times"]]), options, [entry(join(dir, "missing.ts"))]);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.rows.every((r) => r.status === "not implemented" && r.value === null)).toBe(true);
    expect(result.rows[0].note).toMatch(/not written yet/);
  });

  it("turns a thrown error into error rows with the message, and goes on with the next evaluator", async () => {
    const results = await runScoreboard(fakeAnnotator([["times"]]), options, [entry(throwing), entry(malformed), entry(working)]);
    expect(results[0].rows.map((r) => [r.status, r.note])).toEqual([
      ["error", "gold file unreadable"],
      ["error", "gold file unreadable"],
    ]);
    expect(results[1].rows[0]).toMatchObject({ status: "error" });
    expect(results[1].rows[0].note).toMatch(/does not export `evaluator: Evaluator`/);
    expect(results[2].rows[0]).toMatchObject({ status: "ok", value: 50 });
  });
});
