// Converter for CountryInfo.txt (the almost-XML country file behind the Phoenix country actors):
// per country its codes, names, adjectives, capitals, cities, regions, leaders and government members.
import { displayName, isMatchable, nameKey, phraseKeys } from "../names.js";
import type { BuildDiagnostic, CountryLeader, CountryRecord, DatedCode, GovernmentMember, Parsed } from "../types.js";
import { parseDatedCode, parseDictionaryDate } from "./actor-dictionary.js";
import { readLines } from "./text-lines.js";

type Report = (code: string, line: number | null, message: string) => void;

const LIST_BLOCKS: Record<string, "names" | "capitals" | "cities" | "regions" | "features"> = {
  Nationality: "names",
  Capital: "capitals",
  MajorCities: "cities",
  Regions: "regions",
  GeogFeatures: "features",
};

const FIELDS: Record<string, keyof Pick<CountryRecord, "iso2" | "iso3" | "isoNumeric" | "cowAlpha" | "cowNumeric" | "fips">> = {
  "ISO3166-alpha2": "iso2",
  "ISO3166-alpha3": "iso3",
  "ISO3166-numeric": "isoNumeric",
  "COW-Alpha": "cowAlpha",
  "COW-Numeric": "cowNumeric",
  "FIPS-10": "fips",
};

/** Keys of one name, or null (reported) when it cannot match text. */
function key(phrase: string, line: number, report: Report): string | null {
  const keys = phraseKeys(phrase);
  if (!isMatchable(keys)) {
    if (phrase.trim() !== "") report("countries.unmatchable-name", line, `name "${phrase}" cannot match text; dropped`);
    return null;
  }
  return nameKey(keys);
}

/** Names of a leader line: `{A_}{B_}` gives two, a plain `NAME_` one. */
function personNames(text: string): string[] {
  const braced = [...text.matchAll(/\{([^}]*)\}/g)].map((m) => m[1].trim());
  return braced.length > 0 ? braced : [text.trim()];
}

function leaderDate(raw: string, line: number, report: Report): string | null {
  const parsed = parseDictionaryDate(raw.trim());
  if (parsed === null) report("countries.bad-date", line, `cannot read date "${raw}"`);
  return parsed?.date ?? null;
}

/** Endings of adjectival names; "-ei" is German for a country ("Türkei", "Slowakei"), never an English demonym. */
const ADJECTIVAL = /(an|(?<!e)i|ese|ish|ch|sh|ot|ic)$/;

/** How a country's name or adjective continues a people noun's stem (turk-ey, turk-ish, croat-ia, swede-n). */
const STEM_CONTINUATIONS = ["ish", "ia", "ey", "land", "n", "istan"];

/**
 * Whether a name is a people noun of the country ("turk", "swede", "dane", "finn", "croat",
 * "hollander"): it or its stem (a final "e" after a consonant dropped) continued by a usual country or
 * adjective ending is the country's name or adjective (turk-ey, dan-ish, swede-n, croat-ia), or it is
 * another of its names plus "-er" ("new zealand" → "new zealander"). Foreign spellings of the country
 * ("turkei", "albanie", "polen", "sverige") continue into nothing, so they get no plural; names ending
 * in a vowel or a sibilant ("swiss", "kyrgyz") take no plain "-s" plural and are left alone.
 */
function isPeopleNoun(n: string, names: readonly string[], countryKey: string): boolean {
  if (!/^[a-z][a-z ]*[a-z]$/.test(n) || /[aeiouysxz]$/.test(n.replace(/(?<=[^aeiou])e$/, "")) || n === countryKey) return false;
  if (names.some((o) => o + "er" === n)) return true;
  if (n.includes(" ")) return false;
  const stem = n.replace(/(?<=[^aeiou])e$/, "");
  const targets = names.filter((o) => o === countryKey || (!o.includes(" ") && ADJECTIVAL.test(o)));
  return stem.length >= 3 && targets.some((o) => STEM_CONTINUATIONS.some((end) => o === stem + end || o === n + end));
}

/**
 * Adjectival forms among a country's one-word names, plus plurals of the -an/-i/-ot ones
 * ("iranian" → "iranians", "iraqi" → "iraqis") and its people nouns with their plurals
 * ("turk" → "turks", "new zealander" → "new zealanders"), skipping the country's own name.
 */
export function demonymsOf(names: readonly string[], countryKey: string): string[] {
  const out: string[] = [];
  for (const n of names) {
    if (n === countryKey || n !== n.toLowerCase() || n.length < 4) continue;
    if (!n.includes(" ") && ADJECTIVAL.test(n)) {
      out.push(n);
      if (/man$/.test(n)) out.push(`${n.slice(0, -3)}men`);
      else if (/(an|i|ot)$/.test(n)) out.push(`${n}s`);
    } else if (isPeopleNoun(n, names, countryKey)) out.push(n, `${n}s`);
  }
  return [...new Set(out)];
}

function titleOf(tag: string): string {
  const t = tag.replace(/_/g, " ").toLowerCase().trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Parse CountryInfo.txt into one record per `<Country>`. */
export function parseCountryInfo(text: string): Parsed<CountryRecord[]> {
  const diagnostics: BuildDiagnostic[] = [];
  const report: Report = (code, line, message) => diagnostics.push({ code, line, message });
  const countries: CountryRecord[] = [];
  let country: CountryRecord | null = null;
  let block: string | null = null;
  let leaderTitle: string | null = null;
  let inComment = false;

  for (const { line, text: t, comment } of readLines(text)) {
    if (inComment) {
      if (/<\/Comment>/.test(t)) inComment = false;
      continue;
    }
    if (/^<Comment>/.test(t)) {
      inComment = !/<\/Comment>/.test(t);
      continue;
    }
    if (/^<Doc>/.test(t)) continue;
    if (t === "<Country>") {
      country = {
        code: "",
        name: "",
        iso2: null,
        iso3: null,
        isoNumeric: null,
        cowAlpha: null,
        cowNumeric: null,
        fips: null,
        names: [],
        demonyms: [],
        capitals: [],
        cities: [],
        regions: [],
        features: [],
        leaders: [],
        government: [],
        line,
      };
      block = null;
      continue;
    }
    if (t === "</Country>") {
      if (country && country.code !== "") countries.push(finishCountry(country));
      else if (country) report("countries.no-code", country.line, "country without <CountryCode>; dropped");
      country = null;
      block = null;
      continue;
    }
    if (country === null) continue;

    const field = /^<([A-Za-z0-9-]+)>(.*)<\/\1>$/.exec(t);
    if (field && block === null) {
      const value = field[2].trim();
      if (field[1] === "CountryCode") country.code = value.toUpperCase();
      else if (field[1] === "CountryName") {
        country.name = displayName(value);
        const k = key(value, line, report);
        if (k) country.names.unshift(k);
      } else if (field[1] in FIELDS) {
        country[FIELDS[field[1]]] = /^(-+|0+)$/.test(value) || value === "" ? null : value;
      }
      continue;
    }
    const open = /^<([^/>][^>]*)>$/.exec(t);
    const close = /^<\/([^>]*)>+$/.exec(t);
    if (block === null) {
      if (open) block = open[1];
      continue;
    }
    if (close && close[1] === block) {
      block = null;
      leaderTitle = null;
      continue;
    }
    if (block === "Leaders") {
      if (open) leaderTitle = titleOf(open[1]);
      else if (close) leaderTitle = null;
      else country.leaders.push(...parseLeader(t, leaderTitle, line, report));
      continue;
    }
    if (block === "Government") {
      if (open || close) continue;
      const member = parseMember(t, comment, line, report);
      if (member) country.government.push(member);
      continue;
    }
    const list = LIST_BLOCKS[block];
    if (list && !open && !close) {
      const k = key(t, line, report);
      if (k) country[list].push(k);
    }
  }
  return { value: countries, diagnostics };
}

/**
 * English names, demonyms and capitals of the Phoenix-only countries that CountryInfo leaves out (it
 * skips the former Yugoslavia and East Germany), so that "Serb forces", "Bosnian Serbs" or "Slovenian
 * officials" name their country as "Iranian officials" does. Hand-written from common English usage;
 * each is a plain fact (Serbia: Serb/Serbian, capital Belgrade).
 */
const PHOENIX_ONLY_NAMES: Readonly<Record<string, { names: string[]; demonyms: string[]; capitals: string[] }>> = {
  SRB: { names: ["republic of serbia"], demonyms: ["serbian", "serbians", "serb", "serbs"], capitals: ["belgrade"] },
  MNE: { names: ["republic of montenegro"], demonyms: ["montenegrin", "montenegrins"], capitals: ["podgorica"] },
  BIH: { names: ["bosnia", "bosnia-herzegovina", "bosnia herzegovina", "herzegovina"], demonyms: ["bosnian", "bosnians"], capitals: ["sarajevo"] },
  KSV: { names: ["republic of kosovo"], demonyms: ["kosovar", "kosovars", "kosovan", "kosovans"], capitals: ["pristina", "prishtina"] },
  SVN: { names: ["republic of slovenia"], demonyms: ["slovenian", "slovenians", "slovene", "slovenes"], capitals: ["ljubljana"] },
  DDR: { names: ["east germany"], demonyms: ["east german", "east germans"], capitals: ["east berlin"] },
};

/**
 * Add minimal records for the country-level codes in phoenix_country_level_codes.tsv (CODE TAB
 * NAME_) that the CountryInfo file lacks, so that every code Phoenix uses has a name (and, for the
 * countries in PHOENIX_ONLY_NAMES, their usual names, demonyms and capital).
 */
export function addPhoenixCountries(countries: readonly CountryRecord[], tsv: string): Parsed<CountryRecord[]> {
  const diagnostics: BuildDiagnostic[] = [];
  const known = new Set(countries.map((c) => c.code));
  const out = [...countries];
  tsv.split(/\r?\n/).forEach((raw, i) => {
    const [code, name] = raw.trim().split("\t");
    if (!code || !name || !/^[A-Z]{3,}$/.test(code) || known.has(code)) return;
    const keys = phraseKeys(name);
    if (!isMatchable(keys)) return;
    known.add(code);
    const extra = PHOENIX_ONLY_NAMES[code];
    const keysOf = (xs: readonly string[]) => xs.map((x) => phraseKeys(x)).filter(isMatchable).map(nameKey);
    const demonyms = keysOf(extra?.demonyms ?? []);
    diagnostics.push({ code: "countries.phoenix-only", line: i + 1, message: `${code} (${name}) is not in CountryInfo; added with ${extra ? "sitrep's names for it" : "its name only"}` });
    out.push({
      code,
      name: displayName(name),
      iso2: null,
      iso3: null,
      isoNumeric: null,
      cowAlpha: null,
      cowNumeric: null,
      fips: null,
      names: [...new Set([nameKey(keys), ...keysOf(extra?.names ?? []), ...demonyms])],
      demonyms,
      capitals: keysOf(extra?.capitals ?? []),
      cities: [],
      regions: [],
      features: [],
      leaders: [],
      government: [],
      line: 0,
      partial: true,
    });
  });
  return { value: out, diagnostics };
}

/**
 * Common English demonyms CountryInfo lacks and no rule derives (it has "swede" but not "swedish",
 * "greek" and "spaniard" but no plural people noun). Hand-written plain facts, as PHOENIX_ONLY_NAMES.
 */
const MISSING_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  SWE: ["swedish"],
  GRC: ["greek", "greeks"],
  ESP: ["spaniard", "spaniards"],
  GBR: ["briton", "britons"],
};

function finishCountry(country: CountryRecord): CountryRecord {
  const unique = (xs: string[]) => [...new Set(xs)];
  const names = unique(country.names);
  return {
    ...country,
    names,
    demonyms: unique([...demonymsOf(names, names[0] ?? ""), ...(MISSING_DEMONYMS[country.code] ?? [])]),
    capitals: unique(country.capitals),
    cities: unique(country.cities),
    regions: unique(country.regions),
    features: unique(country.features),
  };
}

function parseLeader(t: string, title: string | null, line: number, report: Report): CountryLeader[] {
  const bracket = t.indexOf("[");
  const namePart = bracket >= 0 ? t.slice(0, bracket) : t;
  const names = personNames(namePart)
    .map((n) => key(n, line, report))
    .filter((k): k is string => k !== null);
  if (names.length === 0) return [];
  let from: string | null = null;
  let to: string | null = null;
  let born: string | null = null;
  let died: string | null = null;
  for (const m of t.matchAll(/\[([^\]]*)\]/g)) {
    const spec = m[1].trim();
    let x: RegExpExecArray | null;
    if ((x = /^B:\s*(\d+)$/.exec(spec))) born = leaderDate(x[1], line, report);
    else if ((x = /^D:\s*(\d+)$/.exec(spec))) died = leaderDate(x[1], line, report);
    else if ((x = /^(\d+)\s*-\s*(\d+)$/.exec(spec))) {
      from = leaderDate(x[1], line, report);
      to = leaderDate(x[2], line, report);
    } else if ((x = /^>\s*(\d+)$/.exec(spec))) from = leaderDate(x[1], line, report);
    else if ((x = /^<\s*(\d+)$/.exec(spec))) to = leaderDate(x[1], line, report);
    else report("countries.bad-leader-date", line, `cannot read [${spec}]`);
  }
  const first = personNames(namePart)[0];
  return [{ name: displayName(first), names, title: title ?? "Leader", from, to, born, died, line }];
}

function parseMember(t: string, comment: string | null, line: number, report: Report): GovernmentMember | null {
  const bracket = t.indexOf("[");
  if (bracket < 0) {
    report("countries.member-without-code", line, `government member "${t}" has no code; skipped`);
    return null;
  }
  const namePart = t.slice(0, bracket);
  const names = personNames(namePart)
    .map((n) => key(n, line, report))
    .filter((k): k is string => k !== null);
  if (names.length === 0) return null;
  const codes: DatedCode[] = [];
  for (const m of t.slice(bracket).matchAll(/\[([^\]]*)\]/g)) {
    if (/^\s*[BD]:/.test(m[1])) continue; // birth and death dates, not codes
    const code = parseDatedCode(m[1], line, report);
    if (code) codes.push(code);
  }
  return { name: displayName(personNames(namePart)[0]), names, codes, title: comment, line };
}
