// Types of the compiled dictionary resources (resources/dictionaries/*.json): what the build scripts
// write and what the actor stage and the event coder read. One definition, used on both sides.

/** A problem found while converting a raw dictionary file: kept, counted and reported, never printed. */
export interface BuildDiagnostic {
  /** Stable code, e.g. "actors.bad-date". */
  code: string;
  /** 1-based line in the source file, or null when the problem is not tied to a line. */
  line: number | null;
  message: string;
}

/** A parser's result: the typed value plus what it had to repair or skip. */
export interface Parsed<T> {
  value: T;
  diagnostics: BuildDiagnostic[];
}

// ---------------------------------------------------------------------------------------------
// Actors and agents

/**
 * One code of an actor, optionally bounded in time. `[IRNGOV 811013-890803]` becomes
 * `{code: "IRNGOV", from: "1981-10-13", to: "1989-08-03"}`; `[CODE >YYMMDD]` has only `from`,
 * `[CODE <YYMMDD]` only `to`, `[CODE]` neither. Both bounds are inclusive. Two-digit years follow
 * the TABARI/PETRARCH rule: 00–30 → 20YY, 31–99 → 19YY.
 */
export interface DatedCode {
  /** CAMEO actor code ("IRNMIL", "IGOUNO", "IMGMUSISI"); null for the null code `---` (deliberately uncoded). */
  code: string | null;
  /** First day the code applies (YYYY-MM-DD), or null for no lower bound. */
  from: string | null;
  /** Last day the code applies (YYYY-MM-DD), or null for no upper bound. */
  to: string | null;
  /** Office or reason behind the code, where the source gives one (supplement entries). */
  note?: string;
}

/** Where an actor entry comes from. */
export type ActorSource = "countries" | "international" | "milnonstate" | "supplement" | (string & {});

/**
 * One actor dictionary entry: a primary name with its synonyms and codes. Names are stored as match
 * keys (see names.ts: `phraseKeys` + `nameKey`): lower-case token keys joined by single spaces,
 * except single ambiguous words ("US"), which are upper-case and match only upper-case text.
 */
export interface ActorEntry {
  /** Stable id: `<source>:<slug of the primary name>` (with `~2`, `~3` for repeated names). */
  id: string;
  source: ActorSource;
  /** Primary name for display ("Iran", "Qassem Soleimani"). */
  name: string;
  /** Match keys of the primary name and all synonyms, primary first, no duplicates. */
  names: string[];
  /** All codes, in source order; dated ones apply only inside their range (see `codeAt`). */
  codes: DatedCode[];
  /** 1-based line of the entry in its source file (0 for entries without one). */
  line: number;
  /** Supplement only: what kind of actor this is. */
  kind?: "person" | "group" | "organisation";
  /** Supplement only: the public facts the entry rests on. */
  basis?: string;
}

/**
 * An agent: a role word or phrase ("foreign minister", "troops") that gives an actor its sector.
 * `[~GOV]` is appended after the country code (IRN + GOV → IRNGOV); `[NGO~]` goes before it.
 */
export interface AgentEntry {
  /** Stable id: `agents:<slug of the phrase>` (with `~2`… for repeated phrases). */
  id: string;
  /** The phrase for display ("foreign minister"). */
  name: string;
  /** Match keys of the singular and plural forms. */
  names: string[];
  /** The code without the tilde ("GOV", "GOVMED", "NGO"). */
  code: string;
  /** The code split into three-letter sector codes (["GOV", "MED"]). */
  sectors: string[];
  /** `suffix` for `~CODE` (after the country code), `prefix` for `CODE~` (before it). */
  position: "suffix" | "prefix";
  line: number;
}

/** A discard phrase: a sentence (or, for `scope: "story"`, the whole story) containing it is not coded. */
export interface DiscardEntry {
  /** The phrase as match keys joined by spaces ("world golf championships"). */
  phrase: string;
  scope: "sentence" | "story";
  /**
   * True when the source phrase ended with `_`: the text must have a word boundary after it.
   * Otherwise PETRARCH treats the phrase as a stem ("BASKETBALL" also matches "BASKETBALLS").
   */
  wholeWord: boolean;
  line: number;
}

/** One issue phrase (Phoenix.IssueCoding.txt): a phrase that tags a sentence with an issue code. */
export interface IssuePhrase {
  /** Match keys joined by spaces, with the n:/v:/+ expansions already applied. */
  phrase: string;
  code: string;
  category: string;
  line: number;
}

/** An issue exclusion: the phrase cancels issue coding for the sentence or the whole story. */
export interface IssueExclusion {
  phrase: string;
  scope: "sentence" | "story";
  category: string;
  line: number;
}

export interface IssueDictionary {
  phrases: IssuePhrase[];
  exclusions: IssueExclusion[];
}

// ---------------------------------------------------------------------------------------------
// Countries (CountryInfo)

/** A national leader from CountryInfo's `<Leaders>` block (rulers.org, to about 2012). */
export interface CountryLeader {
  name: string;
  names: string[];
  /** The office, from the sub-tag ("Presidents", "Prime ministers"). */
  title: string;
  from: string | null;
  to: string | null;
  born: string | null;
  died: string | null;
  line: number;
}

/** A member of government from CountryInfo's `<Government>` block (CIA World Leaders, 2003–2011). */
export interface GovernmentMember {
  name: string;
  names: string[];
  codes: DatedCode[];
  /** The office as the source gives it ("Minister of Foreign Affairs"), or null. */
  title: string | null;
  line: number;
}

/** One country or territory of CountryInfo, with its codes and name lists as match keys. */
export interface CountryRecord {
  /** CountryInfo's CountryCode: the CAMEO country code (ISO 3166 alpha-3, or e.g. USAASM for a territory). */
  code: string;
  name: string;
  iso2: string | null;
  iso3: string | null;
  isoNumeric: string | null;
  cowAlpha: string | null;
  cowNumeric: string | null;
  fips: string | null;
  /** The country name itself plus CountryInfo's `<Nationality>` list (adjectives, synonyms, other languages). */
  names: string[];
  /**
   * Adjectival and people forms ("iranian", "iranians", "iraqi", "iraqis"): the one-word
   * `<Nationality>` entries that look adjectival (-an, -ian, -i, -ese, -ish, -ch…), plus derived
   * plurals of those ending in -an or -i.
   */
  demonyms: string[];
  capitals: string[];
  cities: string[];
  regions: string[];
  features: string[];
  leaders: CountryLeader[];
  government: GovernmentMember[];
  line: number;
  /**
   * True for a country-level code that Phoenix uses but this CountryInfo version comments out
   * (Serbia, Montenegro, Kosovo…): only `code`, `name` and `names` are known.
   */
  partial?: true;
}

// ---------------------------------------------------------------------------------------------
// CAMEO event codes

/** PLOVER event type, mode and context for a CAMEO code (CAMEO2PLOVER-2021). */
export interface PloverMapping {
  type: string;
  mode: string | null;
  /** One context, or several joined by "; " as in the source ("crime; corruption"). */
  context: string | null;
}

/**
 * Quad class, Phoenix convention: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 * 4 material conflict. Phoenix puts the roots 01 (statements) and 02 (appeals) in a neutral class 0;
 * the wire format has no 0, so those codes carry `null` here (see build/cameo-codes.ts for why).
 */
export type QuadClass = 1 | 2 | 3 | 4;

/** Everything sitrep knows about one CAMEO event code. */
export interface CameoCodeInfo {
  code: string;
  /** Label from GDELT's CAMEO code list; PLOVER's comment label when GDELT lacks the code. */
  label: string;
  /** PLOVER's label for the code when it differs from `label` (CAMEO versions disagree on 105–108). */
  altLabel?: string;
  goldstein: number | null;
  quadClass: QuadClass | null;
  plover: PloverMapping | null;
  /** The CAMEO2PLOVER row the mapping came from when it is inherited from a parent code ("0311" → "031"). */
  ploverFrom?: string;
}

// ---------------------------------------------------------------------------------------------
// Verb patterns (CAMEO.2.0.txt)

/**
 * A pattern's result, from `[042]`, `[042:043]`, `[:173]` or `[---]`.
 * - `code`: the event from the source actor to the target actor; null for `[---]` (the pattern
 *   matches but codes nothing: it blocks the verb's default) and for the `[:173]` form.
 * - `reciprocal`: the paired event from the target back to the source (`[042:043]`: A visits B →
 *   A 042 B and B 043 A; `[:173]`: only B 173 A), or null.
 * Codes are kept as written; a few validation dictionaries use non-CAMEO codes ("075A", "+++").
 */
export interface PatternCode {
  code: string | null;
  reciprocal: string | null;
}

/**
 * One element of a verb pattern, in sentence order. `adjacent: true` (from `_` in the source,
 * as in `SPY_*_DEAL`) means the element must immediately follow the previous one; otherwise other
 * words may come between. Hyphen tokens are ignored for adjacency (hyphenated words are split).
 *
 * - `verb`      `*`  — the position of the verb itself (exactly one per pattern).
 * - `word`      a literal word (a token key); `words` holds alternatives (`BY/WITH` → ["by",
 *               "with"]). In CAMEO 2.0 (PETRARCH2 semantics) a bare word outside parentheses is
 *               the head of a noun phrase after (or before) the verb, so other words of that
 *               phrase may precede it; in TABARI-style files such as PETR.Validate.verbs.txt
 *               words are matched in sequence with gaps allowed unless `adjacent`.
 * - `synset`    `&NAME` — any member of the synonym set (see `VerbDictionary.synsets`).
 * - `source`    `$`  — the source actor is here.
 * - `target`    `+`  — the target actor is here.
 * - `compound`  `%`  — a compound actor ("Iran and Iraq") is here; the event is coded between its
 *               members (both directions when the code is paired).
 * - `skip`      `^`  — one noun phrase that is matched but not coded (a place, an unrelated object).
 * - `phrase`    `{…}` — a noun phrase; its last word/synset element is the head, the rest modifiers.
 * - `prep`      `(P …)` — a prepositional phrase: `prepositions` (alternatives) then the elements
 *               governed by the preposition (may be empty: `(TO)` = "to" + any object).
 */
export type PatternElement =
  | { kind: "verb"; adjacent?: true }
  | { kind: "word"; words: string[]; adjacent?: true }
  | { kind: "synset"; name: string; adjacent?: true }
  | { kind: "source" | "target" | "compound" | "skip"; adjacent?: true }
  | { kind: "phrase"; elements: PatternElement[]; adjacent?: true }
  | { kind: "prep"; prepositions: string[]; elements: PatternElement[]; adjacent?: true };

/**
 * A compiled verb pattern. Example: `- * (INTO ALLEGATION) [090]  # LOOK` in block APPEAR becomes
 * `{id: "cameo2:APPEAR:8", line: 793, elements: [{kind:"verb"}, {kind:"prep", prepositions:["into"],
 * elements:[{kind:"word", words:["allegation"]}]}], code: {code:"090", reciprocal:null}, note:"LOOK"}`.
 * A pattern applies to every verb of its block; the event coder tries a block's patterns (the
 * longest/most specific first) and falls back to the verb's own code, then the block's code.
 */
export interface VerbPattern {
  /** Stable id `<source>:<block name>:<n>` (n = 1-based position in the block), e.g. "cameo2:ABANDON:3". */
  id: string;
  /** 1-based line in the source file. */
  line: number;
  /** The pattern as written, without its code and comment ("* (INTO ALLEGATION)"). */
  text: string;
  elements: PatternElement[];
  code: PatternCode;
  /** The comment after `#`: in CAMEO 2.0 the verb the pattern was first written for ("LOOK"). */
  note: string | null;
}

/**
 * One verb of a block, with every surface form. Single words get regular forms (+s/es/ies,
 * +ed/d/ied, +ing) unless irregular forms are given in `{…}`, in which case exactly those are used.
 * Multi-word verbs (`+SHUT_DOWN`, `KLM_NOP_+RST`) mark the inflected word with `+`.
 */
export interface VerbEntry {
  /** Base form, words as keys joined by spaces ("shut down"). */
  lemma: string;
  /** Base form words as keys (["shut", "down"]). */
  words: string[];
  /** Index in `words` of the inflected verb (the `+` word; 0 for single words). */
  head: number;
  /** All surface forms as keys joined by spaces, base form first ("shut down", "shuts down", …). */
  forms: string[];
  /** True when the forms came from `{…}` rather than the regular rules. */
  irregular: boolean;
  /** The verb's own code (`ASK [020]`), overriding the block's for the isolated verb; else null. */
  code: PatternCode | null;
  line: number;
}

/** A verb block: `--- NAME [code] ---`, its verbs and the patterns they share. */
export interface VerbBlock {
  /** `<source>:<name>`, e.g. "cameo2:ACCELERATE" (`~2` appended to a repeated block name). */
  id: string;
  name: string;
  /** The block's default code for an isolated verb; `{code:null}` for `[---]` (no event). */
  code: PatternCode;
  line: number;
  verbs: VerbEntry[];
  patterns: VerbPattern[];
}

/** A synonym set `&NAME`, usable in patterns; plurals added and nested sets flattened. */
export interface Synset {
  /** The label with its `&`, without a trailing `_` ("&CURRENCY"). */
  name: string;
  /** False when the label ended with `_` (no plurals generated, e.g. auxiliary verbs). */
  plural: boolean;
  /** Member phrases as keys joined by spaces, source order, plurals after their singular. */
  members: string[];
  line: number;
}

/**
 * A verb transformation, `~ a (a b ATTACK) SAY = a b 015`: when actor `a` SAYs that `a` ATTACKed
 * `b`, code `a 015 b` instead. Variables are single lower-case letters; `.` means no actor, `_`
 * any actor; `Q` stands for any event code and passes it through. Verbs name verb blocks.
 */
export interface Transformation {
  id: string;
  line: number;
  text: string;
  /** The reporting verb and its subject: `a … SAY`. */
  outer: { source: string; verb: string };
  /** The embedded event: `(a b ATTACK)`. */
  inner: { source: string; target: string; verb: string };
  /** The coded result: `a b 015`. */
  result: { source: string; target: string; code: string };
}

/** A compiled verb dictionary. */
export interface VerbDictionary {
  /** Id prefix of this dictionary's blocks and patterns ("cameo2"). */
  source: string;
  synsets: Synset[];
  blocks: VerbBlock[];
  transformations: Transformation[];
}
