import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { InputError } from "../model/errors.js";
import { DICTIONARY_FILES, FORMAT_VERSION, dataKey, defaultDictionaryDir, loadDictionaries, type DictionaryName } from "./dictionaries.js";

const DATA: Record<DictionaryName, unknown> = {
  verbs: { source: "t", synsets: [], blocks: [], transformations: [] },
  actors: [{ id: "t:iran", source: "t", name: "Iran", names: ["iran"], codes: [{ code: "IRN", from: null, to: null }], line: 1 }],
  agents: [],
  discards: [],
  issues: { phrases: [], exclusions: [] },
  countries: [],
  cameoCodes: [{ code: "190", label: "Use conventional military force", goldstein: -10, quadClass: 4, plover: { type: "ASSAULT", mode: null, context: "military" } }],
};

function fixtureDir(overrides: Partial<Record<DictionaryName, unknown>> = {}, version = FORMAT_VERSION): string {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-dicts-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const name of Object.keys(DICTIONARY_FILES) as DictionaryName[]) {
    const data = name in overrides ? overrides[name] : DATA[name];
    writeFileSync(join(dir, DICTIONARY_FILES[name]), JSON.stringify({ formatVersion: version, [dataKey(name)]: data }));
  }
  writeFileSync(join(dir, "manifest.json"), JSON.stringify({ formatVersion: FORMAT_VERSION, generator: "test", files: [] }));
  return dir;
}

describe("loadDictionaries", () => {
  it("loads every compiled file, deep-frozen, with a content hash", () => {
    const dicts = loadDictionaries(fixtureDir());
    expect(dicts.actors[0].names).toEqual(["iran"]);
    expect(Object.isFrozen(dicts.actors)).toBe(true);
    expect(Object.isFrozen(dicts.actors[0].codes[0])).toBe(true);
    expect(dicts.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it("loads once per directory and hashes by content", () => {
    const dir = fixtureDir();
    expect(loadDictionaries(dir)).toBe(loadDictionaries(dir));
    expect(loadDictionaries(fixtureDir()).hash).toBe(loadDictionaries(dir).hash);
    expect(loadDictionaries(fixtureDir({ agents: [] , discards: [{ phrase: "x", scope: "story", wholeWord: false, line: 1 }] })).hash).not.toBe(
      loadDictionaries(dir).hash,
    );
  });

  it("looks up CAMEO codes", () => {
    const dicts = loadDictionaries(fixtureDir());
    expect(dicts.cameoInfo("190")).toMatchObject({ goldstein: -10, quadClass: 4, plover: { type: "ASSAULT" } });
    expect(dicts.cameoInfo(" 190 ")?.code).toBe("190");
    expect(dicts.cameoInfo("999")).toBeNull();
  });

  it("refuses a file of another format version or a missing directory, naming the file", () => {
    expect(() => loadDictionaries(fixtureDir({}, 99))).toThrow(InputError);
    expect(() => loadDictionaries(fixtureDir({}, 99))).toThrow(/verbs\.json/);
    expect(() => loadDictionaries(join(tmpdir(), "sitrep-no-such-dir"))).toThrow(/cannot read compiled dictionary/);
  });

  it("resolves the package's resources folder from the module location", () => {
    expect(defaultDictionaryDir()).toMatch(/resources[\\/]dictionaries[\\/]?$/);
    expect(defaultDictionaryDir()).not.toMatch(/[\\/]src[\\/]/);
  });
});
