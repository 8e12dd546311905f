import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { declaresExport, findExports, foundFunction } from "./optional.js";

describe("declaresExport", () => {
  it("recognises function, const and export-list declarations, not mere mentions", () => {
    expect(declaresExport("export function tagWords(m, s) {}", "tagWords")).toBe(true);
    expect(declaresExport("export async function loadModel() {}", "loadModel")).toBe(true);
    expect(declaresExport("export const toConllType = (t) => t;", "toConllType")).toBe(true);
    expect(declaresExport("function a() {}\nexport { a as b, tagWords };", "tagWords")).toBe(true);
    expect(declaresExport("// tagWords is planned\nfunction tagWords() {}", "tagWords")).toBe(false);
    expect(declaresExport("export function tagWordsFast() {}", "tagWords")).toBe(false);
  });
});

describe("findExports", () => {
  it("imports only modules that declare a wanted name, and skips tests", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-optional-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, "a.js"), "export function parseThing(t) { return t.length; }\n");
    writeFileSync(join(dir, "b.js"), "throw new Error('must not be imported');\n");
    writeFileSync(join(dir, "a.test.js"), "export function other() {}\n");
    const found = await findExports(dir, ["parseThing", "other", "missing"]);
    expect([...found.keys()]).toEqual(["parseThing"]);
    const parse = foundFunction<(t: string) => number>(found, "parseThing");
    expect(parse?.("abc")).toBe(3);
  });

  it("returns nothing for a folder that does not exist", async () => {
    expect((await findExports("/nonexistent/sitrep", ["x"])).size).toBe(0);
  });
});
