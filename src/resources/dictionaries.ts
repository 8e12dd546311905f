// Loader for the compiled dictionaries under resources/dictionaries/: reads them once per directory,
// deep-freezes them and hashes their bytes for provenance. Raw dictionary formats are never read here.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "../model/errors.js";
import type {
  ActorEntry,
  AgentEntry,
  CameoCodeInfo,
  CountryRecord,
  DiscardEntry,
  IssueDictionary,
  VerbDictionary,
} from "./types.js";

/** Version of the compiled file layout; the loader refuses files written for another one. */
export const FORMAT_VERSION = 1;

/** The compiled files and the key each keeps its data under. */
export const DICTIONARY_FILES = {
  verbs: "verbs.json",
  actors: "actors.json",
  agents: "agents.json",
  discards: "discards.json",
  issues: "issues.json",
  countries: "countries.json",
  cameoCodes: "cameo-codes.json",
} as const;
export type DictionaryName = keyof typeof DICTIONARY_FILES;

/** What each compiled file holds (besides `formatVersion`). */
export interface DictionaryData {
  verbs: VerbDictionary;
  actors: ActorEntry[];
  agents: AgentEntry[];
  discards: DiscardEntry[];
  issues: IssueDictionary;
  countries: CountryRecord[];
  cameoCodes: CameoCodeInfo[];
}

/** One raw source a compiled file was made from. */
export interface ManifestSource {
  /** Path relative to the shared reference folder, or to the package for sitrep's own files. */
  path: string;
  sha256: string;
  upstream: string;
  licence: string;
  version: string;
}

/** One compiled file: its hash, licence, sources, counts and the build's diagnostics by code. */
export interface ManifestFile {
  file: string;
  sha256: string;
  bytes: number;
  licence: string;
  sources: ManifestSource[];
  counts: Record<string, number>;
  diagnostics: Record<string, number>;
}

export interface DictionaryManifest {
  formatVersion: number;
  generator: string;
  files: ManifestFile[];
}

/** The loaded, frozen dictionaries. */
export interface Dictionaries {
  readonly verbs: VerbDictionary;
  /** Actor entries in precedence order: supplement, countries, international, milnonstate. */
  readonly actors: readonly ActorEntry[];
  readonly agents: readonly AgentEntry[];
  readonly discards: readonly DiscardEntry[];
  readonly issues: IssueDictionary;
  readonly countries: readonly CountryRecord[];
  readonly cameoCodes: readonly CameoCodeInfo[];
  readonly manifest: DictionaryManifest;
  /** Short content hash of all compiled files (first 16 hex digits of a SHA-256), for provenance. */
  readonly hash: string;
  /** Label, Goldstein score, quad class and PLOVER mapping of a CAMEO event code; null if unknown. */
  cameoInfo(code: string): CameoCodeInfo | null;
}

/** The package's own compiled dictionaries: resources/dictionaries, two levels above this module in src/ and dist/. */
export function defaultDictionaryDir(): string {
  return fileURLToPath(new URL("../../resources/dictionaries/", import.meta.url));
}

/** Recursively freeze a parsed JSON value (a tree: JSON has no cycles). */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (const child of value) if (child !== null && typeof child === "object") deepFreeze(child);
  } else {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const child = record[key];
      if (child !== null && typeof child === "object") deepFreeze(child);
    }
  }
  return Object.freeze(value);
}

/** A CAMEO code lookup over a code table. */
export function createCameoLookup(codes: readonly CameoCodeInfo[]): (code: string) => CameoCodeInfo | null {
  const byCode = new Map(codes.map((c) => [c.code, c] as const));
  return (code) => byCode.get(code.trim()) ?? null;
}

const KEYS: Record<DictionaryName, string> = {
  verbs: "verbs",
  actors: "entries",
  agents: "entries",
  discards: "entries",
  issues: "issues",
  countries: "countries",
  cameoCodes: "codes",
};

/** The JSON key under which a compiled file keeps its data ("entries", "codes", …). */
export function dataKey(name: DictionaryName): string {
  return KEYS[name];
}

const loaded = new Map<string, Dictionaries>();

/**
 * Load the compiled dictionaries from `dir` (default: the package's resources/dictionaries).
 * Loaded once per directory and process; the result is deep-frozen, so sharing it is safe.
 * Throws an InputError naming the file when one is missing, not JSON, or of another format version.
 */
export function loadDictionaries(dir: string = defaultDictionaryDir()): Dictionaries {
  const cached = loaded.get(dir);
  if (cached) return cached;
  const hash = createHash("sha256");
  const read = (file: string): unknown => {
    const path = join(dir, file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (cause) {
      throw new InputError("resources.missing", path, "cannot read compiled dictionary (run scripts/build-resources.ts)", { cause });
    }
    hash.update(file).update("\0").update(bytes);
    try {
      return JSON.parse(bytes.toString("utf8"));
    } catch (cause) {
      throw new InputError("resources.bad-json", path, "not valid JSON", { cause });
    }
  };
  const data = {} as DictionaryData;
  for (const name of Object.keys(DICTIONARY_FILES) as DictionaryName[]) {
    const file = DICTIONARY_FILES[name];
    const json = read(file) as Record<string, unknown> | null;
    if (json === null || typeof json !== "object" || json.formatVersion !== FORMAT_VERSION || !(KEYS[name] in json)) {
      throw new InputError("resources.bad-format", join(dir, file), `expected formatVersion ${FORMAT_VERSION} with "${KEYS[name]}"`);
    }
    (data as unknown as Record<string, unknown>)[name] = json[KEYS[name]];
  }
  const manifest = read("manifest.json") as DictionaryManifest;
  deepFreeze(data);
  deepFreeze(manifest);
  const lookup = createCameoLookup(data.cameoCodes);
  const dictionaries: Dictionaries = Object.freeze({
    ...data,
    manifest,
    hash: hash.digest("hex").slice(0, 16),
    cameoInfo: lookup,
  });
  loaded.set(dir, dictionaries);
  return dictionaries;
}
