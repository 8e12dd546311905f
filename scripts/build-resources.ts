// Build script: converts the PETRARCH2/Phoenix dictionaries, CountryInfo, the CAMEO code tables and
// CAMEO2PLOVER from ../shared, plus sitrep's own supplement, into resources/dictionaries/*.json and
// manifest.json. Run: npx tsx scripts/build-resources.ts   (SITREP_SHARED overrides ../shared)
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseActorDictionary } from "../src/resources/build/actor-dictionary.js";
import { parseAgentDictionary } from "../src/resources/build/agent-dictionary.js";
import {
  buildCameoCodes,
  parseCameoEventCodes,
  parseCameoToPlover,
  parseGoldsteinQuad,
  parseGoldsteinScale,
} from "../src/resources/build/cameo-codes.js";
import { addPhoenixCountries, parseCountryInfo } from "../src/resources/build/country-info.js";
import { parseDiscards, parseIssues } from "../src/resources/build/discards-issues.js";
import { parseSupplement } from "../src/resources/build/supplement.js";
import { dropGlossAliases } from "../src/stages/actors/build/gloss-aliases.js";
import { parseVerbDictionary } from "../src/resources/build/verb-dictionary.js";
import { mergeVerbDictionaries } from "../src/resources/merge-verbs.js";
import {
  DICTIONARY_FILES,
  FORMAT_VERSION,
  dataKey,
  type DictionaryData,
  type DictionaryManifest,
  type DictionaryName,
  type ManifestFile,
  type ManifestSource,
} from "../src/resources/dictionaries.js";
import type { ActorEntry, BuildDiagnostic } from "../src/resources/types.js";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const shared = resolve(process.env.SITREP_SHARED ?? join(root, "../shared"));
const outDir = join(root, "resources/dictionaries");

const PETRARCH2 = "https://github.com/openeventdata/petrarch2/tree/master/petrarch2/data/dictionaries";
const MIT_OEDA = "MIT (Open Event Data Alliance)";

interface Source extends ManifestSource {
  text: string;
}

/** Read a shared source file with its hash and provenance. */
function source(path: string, upstream: string, licence: string, version: string): Source {
  const bytes = readFileSync(join(shared, path));
  return { path, sha256: sha256(bytes), upstream, licence, version, text: bytes.toString("utf8") };
}

function sha256(bytes: Buffer | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function countDiagnostics(diagnostics: readonly BuildDiagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of diagnostics) counts[d.code] = (counts[d.code] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Compact but diff-friendly JSON: arrays of records one record per line (at the top two levels),
 * everything else as plain JSON.
 */
function layout(value: unknown, level: number): string {
  if (Array.isArray(value) && level <= 2) {
    return value.length === 0 ? "[]" : `[\n${value.map((v) => JSON.stringify(v)).join(",\n")}\n]`;
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value) && level < 2) {
    const parts = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${layout(v, level + 1)}`);
    return `{${parts.join(",\n")}}`;
  }
  return JSON.stringify(value);
}

const files: ManifestFile[] = [];

function write<K extends DictionaryName>(
  name: K,
  data: DictionaryData[K],
  meta: { licence: string; sources: ManifestSource[]; counts: Record<string, number>; diagnostics: BuildDiagnostic[] },
): void {
  const file = DICTIONARY_FILES[name];
  const text = `${layout({ formatVersion: FORMAT_VERSION, [dataKey(name)]: data }, 0)}\n`;
  writeFileSync(join(outDir, file), text);
  files.push({
    file,
    sha256: sha256(text),
    bytes: Buffer.byteLength(text),
    licence: meta.licence,
    sources: meta.sources.map(({ path, sha256: hash, upstream, licence, version }) => ({ path, sha256: hash, upstream, licence, version })),
    counts: meta.counts,
    diagnostics: countDiagnostics(meta.diagnostics),
  });
}

/** The manifest entry of one of sitrep's own reviewed files under resources/dictionaries. */
function handWritten(file: string, text: string, version: string): ManifestSource {
  return { path: `resources/dictionaries/${file}`, sha256: sha256(text), upstream: "sitrep (hand-written, reviewed)", licence: "MIT", version };
}

// ----------------------------------------------------------------------------------- verbs
const cameoVerbs = source("data/petrarch2/CAMEO.2.0.txt", `${PETRARCH2}/CAMEO.2.0.txt`, MIT_OEDA, "2015-04-30");
const sitrepPatternsPath = join(outDir, "verb-patterns.sitrep.txt");
const sitrepPatternsText = readFileSync(sitrepPatternsPath, "utf8");
const sitrepPatterns = handWritten("verb-patterns.sitrep.txt", sitrepPatternsText, "1");
const cameoOnly = parseVerbDictionary(cameoVerbs.text, { source: "cameo2" });
const supplementVerbs = parseVerbDictionary(sitrepPatternsText, { source: "sitrep" });
const verbs = { value: mergeVerbDictionaries(cameoOnly.value, supplementVerbs.value), diagnostics: [...cameoOnly.diagnostics, ...supplementVerbs.diagnostics] };
write("verbs", verbs.value, {
  licence: "MIT",
  sources: [cameoVerbs, sitrepPatterns],
  counts: {
    blocks: verbs.value.blocks.length,
    patterns: verbs.value.blocks.reduce((n, b) => n + b.patterns.length, 0),
    verbs: verbs.value.blocks.reduce((n, b) => n + b.verbs.length, 0),
    verbForms: verbs.value.blocks.reduce((n, b) => n + b.verbs.reduce((m, v) => m + v.forms.length, 0), 0),
    synsets: verbs.value.synsets.length,
    transformations: verbs.value.transformations.length,
  },
  diagnostics: verbs.diagnostics,
});

// ---------------------------------------------------------------------------------- actors
// (The agents are read first: the actor step drops synonyms that are only words of their role phrases.)
const agentsSource = source("data/petrarch2/Phoenix.agents.txt", `${PETRARCH2}/Phoenix.agents.txt`, MIT_OEDA, "2015");
const sitrepAgentsText = readFileSync(join(outDir, "agents.sitrep.txt"), "utf8");
const sitrepAgentsSource = handWritten("agents.sitrep.txt", sitrepAgentsText, "1");
const phoenixAgents = parseAgentDictionary(agentsSource.text);
const sitrepAgents = parseAgentDictionary(sitrepAgentsText, "agents-sitrep");
const agents = { value: [...phoenixAgents.value, ...sitrepAgents.value], diagnostics: [...phoenixAgents.diagnostics, ...sitrepAgents.diagnostics] };
const supplementPath = join(outDir, "supplement.json");
const supplementText = readFileSync(supplementPath, "utf8");
const supplementSource = handWritten("supplement.json", supplementText, (JSON.parse(supplementText) as { reviewed: string }).reviewed);
const supplement = parseSupplement(supplementText, supplementPath);
const actorSources = [
  source("data/petrarch2/Phoenix.Countries.actors.txt", `${PETRARCH2}/Phoenix.Countries.actors.txt`, MIT_OEDA, "2014-01-30 (from CountryInfo.140130)"),
  source("data/petrarch2/Phoenix.International.actors.txt", `${PETRARCH2}/Phoenix.International.actors.txt`, MIT_OEDA, "2015"),
  source("data/petrarch2/Phoenix.MilNonState.actors.txt", `${PETRARCH2}/Phoenix.MilNonState.actors.txt`, MIT_OEDA, "2015"),
];
const actorParses = [
  parseActorDictionary(actorSources[0].text, { source: "countries" }),
  parseActorDictionary(actorSources[1].text, { source: "international" }),
  parseActorDictionary(actorSources[2].text, { source: "milnonstate" }),
];
const glossed = dropGlossAliases(actorParses.flatMap((p) => p.value), agents.value);
const dictionaryActors = glossed.value;
const actors: ActorEntry[] = [...supplement.value, ...dictionaryActors];
const shadow: BuildDiagnostic[] = [];
const dictionaryNames = new Map<string, string>();
for (const e of dictionaryActors) for (const n of e.names) if (!dictionaryNames.has(n)) dictionaryNames.set(n, e.id);
for (const e of supplement.value) {
  for (const n of e.names) {
    const other = dictionaryNames.get(n);
    if (other) shadow.push({ code: "supplement.shadows", line: null, message: `${e.id}: "${n}" also names ${other}; the supplement entry comes first` });
  }
}
write("actors", actors, {
  licence: "MIT",
  sources: [supplementSource, ...actorSources],
  counts: {
    entries: actors.length,
    supplement: supplement.value.length,
    countries: actorParses[0].value.length,
    international: actorParses[1].value.length,
    milnonstate: actorParses[2].value.length,
    names: actors.reduce((n, e) => n + e.names.length, 0),
    codes: actors.reduce((n, e) => n + e.codes.length, 0),
    datedCodes: actors.reduce((n, e) => n + e.codes.filter((c) => c.from !== null || c.to !== null).length, 0),
  },
  diagnostics: [...supplement.diagnostics, ...shadow, ...actorParses.flatMap((p) => p.diagnostics), ...glossed.diagnostics],
});

// ---------------------------------------------------------------------- agents, discards, issues
write("agents", agents.value, {
  licence: "MIT",
  sources: [agentsSource, sitrepAgentsSource],
  counts: { entries: agents.value.length, names: agents.value.reduce((n, a) => n + a.names.length, 0) },
  diagnostics: agents.diagnostics,
});

const discardsSource = source("data/petrarch2/Phoenix.discards.txt", `${PETRARCH2}/Phoenix.discards.txt`, MIT_OEDA, "2015");
const discards = parseDiscards(discardsSource.text);
write("discards", discards.value, {
  licence: "MIT",
  sources: [discardsSource],
  counts: {
    entries: discards.value.length,
    story: discards.value.filter((d) => d.scope === "story").length,
    sentence: discards.value.filter((d) => d.scope === "sentence").length,
  },
  diagnostics: discards.diagnostics,
});

const issuesSource = source("data/petrarch2/Phoenix.IssueCoding.txt", `${PETRARCH2}/Phoenix.IssueCoding.txt`, MIT_OEDA, "2015");
const issues = parseIssues(issuesSource.text);
write("issues", issues.value, {
  licence: "MIT",
  sources: [issuesSource],
  counts: {
    phrases: issues.value.phrases.length,
    exclusions: issues.value.exclusions.length,
    codes: new Set(issues.value.phrases.map((p) => p.code)).size,
  },
  diagnostics: issues.diagnostics,
});

// ------------------------------------------------------------------------------- countries
const countryInfo = source(
  "data/countryinfo/CountryInfo.120116.txt",
  "https://github.com/openeventdata/CountryInfo (CountryInfo.txt)",
  "CC BY-SA 3.0 (Philip A. Schrodt, Parus Analytics / Computational Event Data System project)",
  "2012-01-16",
);
const phoenixCountries = source(
  "data/countryinfo/phoenix_country_level_codes.tsv",
  "https://github.com/openeventdata/petrarch2 (country-level codes of Phoenix.Countries.actors.txt)",
  MIT_OEDA,
  "2014",
);
const countries = parseCountryInfo(countryInfo.text);
const completed = addPhoenixCountries(countries.value, phoenixCountries.text);
const sortedCountries = [...completed.value].sort((a, b) => a.code.localeCompare(b.code) || a.name.localeCompare(b.name));
write("countries", sortedCountries, {
  licence: "CC BY-SA 3.0",
  sources: [countryInfo, phoenixCountries],
  counts: {
    countries: sortedCountries.length,
    names: sortedCountries.reduce((n, c) => n + c.names.length, 0),
    demonyms: sortedCountries.reduce((n, c) => n + c.demonyms.length, 0),
    capitals: sortedCountries.reduce((n, c) => n + c.capitals.length, 0),
    cities: sortedCountries.reduce((n, c) => n + c.cities.length, 0),
    leaders: sortedCountries.reduce((n, c) => n + c.leaders.length, 0),
    governmentMembers: sortedCountries.reduce((n, c) => n + c.government.length, 0),
    phoenixOnly: sortedCountries.filter((c) => c.partial).length,
  },
  diagnostics: [...countries.diagnostics, ...completed.diagnostics],
});

// ------------------------------------------------------------------------------ CAMEO codes
const plover = source(
  "data/plover/CAMEO2PLOVER-2021.txt",
  "https://github.com/openeventdata/PLOVER (CAMEO2PLOVER)",
  "CC BY-SA 4.0 (Open Event Data Alliance)",
  "2021-09-17 (PLOVER manual draft 0.8)",
);
const phoenix = source(
  "data/phoenix/phoenix_goldstein_quad_from_postprocess.tsv",
  "https://github.com/openeventdata/phoenix_pipeline (postprocess.py, commit d1639c59)",
  MIT_OEDA,
  "d1639c59",
);
const gdeltCodes = source("data/gdelt/CAMEO.eventcodes.txt", "https://www.gdeltproject.org (CAMEO.eventcodes.txt)", "GDELT terms of use: free and open", "GDELT 2.0");
const gdeltScale = source("data/gdelt/CAMEO.goldsteinscale.txt", "https://www.gdeltproject.org (CAMEO.goldsteinscale.txt)", "GDELT terms of use: free and open", "GDELT 2.0");
const ploverRows = parseCameoToPlover(plover.text);
const phoenixScores = parseGoldsteinQuad(phoenix.text);
const labels = parseCameoEventCodes(gdeltCodes.text);
const cameo = buildCameoCodes({
  labels: labels.value,
  plover: ploverRows.value,
  phoenix: phoenixScores.value,
  goldsteinScale: parseGoldsteinScale(gdeltScale.text),
});
write("cameoCodes", cameo.value, {
  licence: "CC BY-SA 4.0",
  sources: [gdeltCodes, phoenix, gdeltScale, plover],
  counts: {
    codes: cameo.value.length,
    withGoldstein: cameo.value.filter((c) => c.goldstein !== null).length,
    withQuadClass: cameo.value.filter((c) => c.quadClass !== null).length,
    withPlover: cameo.value.filter((c) => c.plover !== null).length,
    ploverInherited: cameo.value.filter((c) => c.ploverFrom !== undefined).length,
  },
  diagnostics: [...ploverRows.diagnostics, ...phoenixScores.diagnostics, ...labels.diagnostics, ...cameo.diagnostics],
});

// -------------------------------------------------------------------------------- manifest
const manifest: DictionaryManifest = {
  formatVersion: FORMAT_VERSION,
  generator: "scripts/build-resources.ts",
  files,
};
writeFileSync(join(outDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);

for (const f of files) {
  process.stdout.write(`${f.file.padEnd(18)} ${String(f.bytes).padStart(9)} B  ${JSON.stringify(f.counts)}\n`);
}
