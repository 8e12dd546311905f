import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseVerbDictionary } from "./build/verb-dictionary.js";
import { defaultDictionaryDir } from "./dictionaries.js";

// sitrep's own verb patterns (resources/dictionaries/verb-patterns.sitrep.txt) are reviewed data:
// each must parse cleanly, say why it exists and carry a real code.
const text = readFileSync(join(defaultDictionaryDir(), "verb-patterns.sitrep.txt"), "utf8");
const parsed = parseVerbDictionary(text, { source: "sitrep" });

describe("sitrep's verb-pattern supplement", () => {
  it("parses without diagnostics (its synsets are CAMEO's), every pattern with a note and a numeric code unless it blocks coding ([---])", () => {
    expect(parsed.diagnostics.filter((d) => d.code !== "verbs.unknown-synset")).toEqual([]);
    const patterns = parsed.value.blocks.flatMap((b) => b.patterns);
    expect(patterns.length).toBeGreaterThan(10);
    for (const p of patterns) {
      expect(p.note, p.text).toBeTruthy();
      const code = p.code?.code ?? p.code?.reciprocal ?? null;
      if (code !== null) expect(code, p.text).toMatch(/^\d{3,4}$/);
    }
  });

  it("files 'slam' and 'taunt' as criticism (111), not CAMEO's CRASH with no code", () => {
    const denounce = parsed.value.blocks.find((b) => b.name === "DENOUNCE");
    expect(denounce?.code.code).toBe("111");
    expect(denounce?.verbs.map((v) => v.lemma)).toEqual(expect.arrayContaining(["slam", "taunt"]));
    expect(denounce?.verbs.find((v) => v.lemma === "slam")?.forms).toContain("slammed");
  });

  it("codes 'took issue with' as criticism (111), not APPREHEND's seizing", () => {
    const take = parsed.value.blocks.find((b) => b.name === "APPREHEND");
    expect(take?.patterns.map((p) => `${p.text} ${p.code?.code}`)).toContain("* ISSUE (WITH +) 111");
  });

  it("codes a ban or embargo slapped on someone as a sanction (163), not SLAP's violence", () => {
    const slap = parsed.value.blocks.find((b) => b.name === "SLAP");
    expect(slap?.patterns.map((p) => `${p.text} ${p.code?.code}`)).toEqual(expect.arrayContaining(["* BAN 163", "* EMBARGO 163"]));
  });
});
