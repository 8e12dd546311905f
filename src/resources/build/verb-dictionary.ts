// Converter for PETRARCH verb dictionaries (CAMEO.2.0.txt, PETR.Validate.verbs.txt): synonym sets,
// verb blocks with their verb forms, patterns and transformations, into the typed VerbDictionary.
import { phraseKeys, tokenKey } from "../names.js";
import type {
  BuildDiagnostic,
  Parsed,
  PatternCode,
  PatternElement,
  Synset,
  Transformation,
  VerbBlock,
  VerbDictionary,
  VerbEntry,
  VerbPattern,
} from "../types.js";
import { idAllocator, readLines, type SourceLine } from "./text-lines.js";

export interface VerbDictionaryOptions {
  /** Id prefix for blocks and patterns (default "cameo2"). */
  source?: string;
}

const CODE_PART = /^(\d{2,4}|---)$/;

/** Parse a PETRARCH verb dictionary into synsets, verb blocks (verbs + patterns) and transformations. */
export function parseVerbDictionary(text: string, options: VerbDictionaryOptions = {}): Parsed<VerbDictionary> {
  const source = options.source ?? "cameo2";
  const diagnostics: BuildDiagnostic[] = [];
  const report = (code: string, line: number | null, message: string) => diagnostics.push({ code, line, message });

  interface RawSynset {
    name: string;
    plural: boolean;
    line: number;
    members: { keys: string[]; plural: boolean; ref: string | null }[];
  }
  const rawSynsets = new Map<string, RawSynset>();
  const blocks: VerbBlock[] = [];
  const transformations: Transformation[] = [];
  const blockId = idAllocator();
  let synset: RawSynset | null = null;
  let block: VerbBlock | null = null;

  for (const line of readLines(text, { semicolonComments: true })) {
    const t = line.text;
    if (/^---/.test(t)) {
      synset = null;
      block = parseBlockHeader(line, source, blockId, report);
      blocks.push(block);
    } else if (t.startsWith("&")) {
      const label = t.split(/\s+/)[0];
      const plural = !label.endsWith("_");
      const name = label.replace(/_+$/, "");
      if (rawSynsets.has(name)) report("verbs.synset-redefined", line.line, `synset ${name} defined again; members merged`);
      synset = rawSynsets.get(name) ?? { name, plural, line: line.line, members: [] };
      rawSynsets.set(name, synset);
    } else if (t.startsWith("+") && synset !== null) {
      const member = t.slice(1).trim();
      if (member.startsWith("&")) {
        synset.members.push({ keys: [], plural: false, ref: member.split(/\s+/)[0].replace(/_+$/, "") });
      } else {
        const keys = phraseKeys(member);
        if (keys.length === 0) report("verbs.empty-member", line.line, `synset member "${member}" has no words`);
        else synset.members.push({ keys, plural: synset.plural && !member.endsWith("_"), ref: null });
      }
    } else if (t.startsWith("~")) {
      synset = null;
      const transformation = parseTransformation(line, `${source}:transform:${transformations.length + 1}`);
      if (transformation) transformations.push(transformation);
      else report("verbs.bad-transformation", line.line, `cannot read transformation "${t}"`);
    } else if (t.startsWith("-")) {
      synset = null;
      if (block === null) {
        report("verbs.outside-block", line.line, "pattern before the first verb block; skipped");
        continue;
      }
      const pattern = parsePattern(line, `${block.id}:${block.patterns.length + 1}`, report);
      if (pattern) block.patterns.push(pattern);
    } else {
      synset = null;
      if (block === null) {
        report("verbs.outside-block", line.line, `verb "${t}" before the first verb block; skipped`);
        continue;
      }
      const verb = parseVerbLine(line, report);
      if (verb) block.verbs.push(verb);
    }
  }

  const synsets = flattenSynsets(rawSynsets, report);
  const known = new Set(synsets.map((s) => s.name));
  for (const b of blocks) {
    for (const p of b.patterns) {
      p.elements = repairSynsetNames(p.elements, known);
      for (const name of synsetNames(p.elements)) {
        if (!known.has(name)) report("verbs.unknown-synset", p.line, `pattern ${p.id} uses undefined synset ${name}`);
      }
    }
  }
  return { value: { source, synsets, blocks, transformations }, diagnostics };
}

type Report = (code: string, line: number | null, message: string) => void;

function parseBlockHeader(line: SourceLine, source: string, blockId: (base: string) => string, report: Report): VerbBlock {
  const inner = line.text.replace(/^-{3,}/, "").replace(/-{3,}\s*$/, "").trim();
  const codes = [...inner.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].trim());
  const name = inner.replace(/\[[^\]]*\].*$/, "").trim().replace(/_+$/, "").replace(/\s+/g, " ") || "UNNAMED";
  if (codes.length > 1) report("verbs.extra-header-code", line.line, `block ${name} has ${codes.length} codes; the first is used`);
  const code = (codes.length > 0 ? parseCode(codes[0], line.line, report) : null) ?? { code: null, reciprocal: null };
  return {
    id: blockId(`${source}:${name.replace(/\s+/g, "_")}`),
    name,
    code,
    line: line.line,
    verbs: [],
    patterns: [],
  };
}

/** Read `042`, `042:043`, `:173` or `---` into a PatternCode; null (reported) for a code with no digit in it. */
export function parseCode(raw: string, line: number | null, report: Report): PatternCode | null {
  const text = raw.trim();
  let invalid = false;
  const [first, second] = text.includes(":") ? text.split(":", 2) : [text, undefined];
  const part = (value: string | undefined): string | null => {
    let v = (value ?? "").trim();
    if (v === "" || v === "---") return null;
    if (/^\d{2,4}[!?]+$/.test(v)) {
      report("verbs.repaired-code", line, `event code "${v}" read as "${v.replace(/[!?]+$/, "")}"`);
      v = v.replace(/[!?]+$/, "");
    }
    // "174K" marks which pattern fired in a test dictionary and is kept; "+++" or "xxy" has no code in it.
    if (!/\d/.test(v)) {
      invalid = true;
      return null;
    }
    if (!CODE_PART.test(v)) report("verbs.unusual-code", line, `unusual event code "${v}" kept as written`);
    return v;
  };
  if (first.trim() === "" && second === undefined) report("verbs.empty-code", line, "empty code []");
  const code = { code: part(first), reciprocal: part(second) };
  if (!invalid) return code;
  report("verbs.invalid-code", line, `"${text}" is no event code; ignored`);
  return null;
}

// ----------------------------------------------------------------------------------- verbs

function parseVerbLine(line: SourceLine, report: Report): VerbEntry | null {
  let t = line.text;
  let code: PatternCode | null = null;
  const codeMatch = /\[([^\]]*)\]\s*$/.exec(t);
  if (codeMatch) {
    code = parseCode(codeMatch[1], line.line, report);
    t = t.slice(0, codeMatch.index).trim();
  }
  let listed: string[] | null = null;
  const braces = /\{([^}]*)\}?/.exec(t);
  if (braces) {
    listed = braces[1].split(/[\s,]+/).filter((f) => f !== "");
    t = (t.slice(0, braces.index) + t.slice(braces.index + braces[0].length)).trim();
  }
  if (t === "") {
    report("verbs.empty-verb", line.line, `verb line "${line.text}" has no verb`);
    return null;
  }
  const base = verbWords(t, line.line, report);
  if (base === null) return null;
  const forms = [base.words.join(" ")];
  if (listed !== null) {
    for (const form of listed) {
      const f = verbWords(form, line.line, report);
      if (f) forms.push(f.words.join(" "));
    }
  } else {
    const head = base.words[base.head];
    for (const inflected of regularForms(head)) {
      forms.push(base.words.map((w, i) => (i === base.head ? inflected : w)).join(" "));
    }
  }
  return {
    lemma: forms[0],
    words: base.words,
    head: base.head,
    forms: [...new Set(forms)],
    irregular: listed !== null,
    code,
    line: line.line,
  };
}

/** Words and head index of a verb phrase: `+SHUT_DOWN`, `KLM_NOP_+RST`, `RE-EXAMINE`, `LASH OUT`. */
function verbWords(phrase: string, line: number, report: Report): { words: string[]; head: number } | null {
  const parts = phrase.split(/[_\s]+/).filter((p) => p !== "");
  const words: string[] = [];
  let head = -1;
  for (const part of parts) {
    const marked = part.startsWith("+");
    const pieces = part
      .replace(/^\+/, "")
      .split(/-+/)
      .map(tokenKey)
      .filter((p) => p !== "");
    if (pieces.length === 0) continue;
    words.push(...pieces);
    if (marked) head = words.length - 1;
  }
  if (words.length === 0) {
    report("verbs.empty-verb", line, `verb "${phrase}" has no words`);
    return null;
  }
  if (head < 0) {
    // A hyphenated single verb ("RE-EXAMINE") inflects its last part; an unmarked multi-word
    // verb its first word (the usual phrasal-verb shape, "CLEAR_UP").
    head = parts.length === 1 ? words.length - 1 : 0;
    if (parts.length > 1) report("verbs.unmarked-multiword", line, `multi-word verb "${phrase}" has no + marker; first word inflected`);
  }
  return { words, head };
}

/** Regular English forms of a verb: third person singular, past, present participle. */
export function regularForms(verb: string): string[] {
  const consonantY = /[^aeiou]y$/.test(verb);
  const third = /(s|x|z|ch|sh)$/.test(verb) || /[^aeiou]o$/.test(verb) ? `${verb}es` : consonantY ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  const past = verb.endsWith("e") ? `${verb}d` : consonantY ? `${verb.slice(0, -1)}ied` : `${verb}ed`;
  const ing = verb.endsWith("ie")
    ? `${verb.slice(0, -2)}ying`
    : /[^aeiouy]e$/.test(verb) && verb.length > 2
      ? `${verb.slice(0, -1)}ing`
      : `${verb}ing`;
  return [third, past, ing];
}

// -------------------------------------------------------------------------------- patterns

interface PatternToken {
  text: string;
  adjacent: boolean;
}

function parsePattern(line: SourceLine, id: string, report: Report): VerbPattern | null {
  const body = line.text.replace(/^-/, "");
  const codes = [...body.matchAll(/\[([^\]]*)\]/g)];
  if (codes.length === 0) {
    report("verbs.no-code", line.line, `pattern "${line.text}" has no [code]; skipped`);
    return null;
  }
  const last = codes[codes.length - 1];
  const after = body.slice((last.index ?? 0) + last[0].length).trim();
  if (after !== "") report("verbs.text-after-code", line.line, `text "${after}" after the code ignored`);
  if (codes.length > 1) report("verbs.extra-code", line.line, `pattern has ${codes.length} codes; the last is used`);
  const content = body.slice(0, last.index).replace(/\[[^\]]*\]/g, " ").trim();
  const code = parseCode(last[1], line.line, report);
  // A pattern with no event code cannot code anything: the block's other patterns and default apply.
  if (!code) return null;
  const tokens = tokenisePattern(content);
  const state = { i: 0 };
  const elements = parseSequence(tokens, state, null, line.line, report);
  const verbs = countVerbs(elements);
  if (verbs !== 1) {
    report(
      verbs === 0 ? "verbs.no-verb-marker" : "verbs.several-verb-markers",
      line.line,
      `pattern "${content}" has ${verbs} verb markers (*); skipped`,
    );
    return null;
  }
  return { id, line: line.line, text: content.replace(/\s+/g, " "), elements, code, note: line.comment };
}

/**
 * Split pattern text into symbols and words. `_` between two tokens of one chunk marks the second
 * adjacent; a synset name takes every underscore-joined part after it (`&FIGHT_OF_WORDS`), and
 * names that turn out to be undefined are split again later (see `repairSynsetNames`).
 */
function tokenisePattern(content: string): PatternToken[] {
  const tokens: PatternToken[] = [];
  for (const chunk of content.split(/\s+/)) {
    if (chunk === "") continue;
    let pushedInChunk = false;
    let adjacentNext = false;
    const push = (text: string) => {
      tokens.push({ text, adjacent: adjacentNext });
      pushedInChunk = true;
      adjacentNext = false;
    };
    for (const piece of chunk.split(/([*(){}])/)) {
      if (piece === "") continue;
      if (/^[*(){}]$/.test(piece)) {
        push(piece);
        continue;
      }
      const parts = piece.split("_");
      for (let k = 0; k < parts.length; k++) {
        const part = parts[k];
        // A leading or trailing "_" is the TABARI whole-word mark, which PETRARCH reads as a space.
        if (part === "") continue;
        if (k > 0 && pushedInChunk) adjacentNext = true;
        if (part.startsWith("&")) {
          push(parts.slice(k).filter((p) => p !== "").join("_"));
          break;
        }
        push(part);
      }
      // "WORD_*": an underscore before a symbol connects it to the word.
      if (piece.endsWith("_") && pushedInChunk) adjacentNext = true;
    }
  }
  return tokens;
}

function parseSequence(
  tokens: PatternToken[],
  state: { i: number },
  closer: ")" | "}" | null,
  line: number,
  report: Report,
): PatternElement[] {
  const out: PatternElement[] = [];
  let groupEnd = 0;
  const push = (element: PatternElement, adjacent: boolean) => {
    out.push(adjacent ? ({ ...element, adjacent: true } as PatternElement) : element);
  };
  while (state.i < tokens.length) {
    const token = tokens[state.i++];
    const t = token.text;
    if (t === ")" || t === "}") {
      if (t === closer) return out;
      // A stray closer means the words just before it are a broken copy of a group ("(WITH VISIT)
      // VISIT)"): drop what came after the last complete group.
      const dropped = out.splice(groupEnd).length;
      report("verbs.unbalanced", line, `unexpected "${t}" ignored, with the ${dropped} element(s) before it`);
      continue;
    }
    if (t === "*") push({ kind: "verb" }, token.adjacent);
    else if (t === "$") push({ kind: "source" }, token.adjacent);
    else if (t === "+") push({ kind: "target" }, token.adjacent);
    else if (t === "%") push({ kind: "compound" }, token.adjacent);
    else if (t === "^") push({ kind: "skip" }, token.adjacent);
    else if (t === "{") {
      const elements = parseSequence(tokens, state, "}", line, report);
      push({ kind: "phrase", elements }, token.adjacent);
      groupEnd = out.length;
    } else if (t === "(") {
      const next = tokens[state.i];
      let prepositions: string[] = [];
      if (next && !/^[*(){}$+%^&]/.test(next.text)) {
        prepositions = alternatives(next.text);
        state.i++;
      } else {
        report("verbs.prep-without-preposition", line, "prepositional phrase without a preposition");
      }
      const elements = parseSequence(tokens, state, ")", line, report);
      push({ kind: "prep", prepositions, elements }, token.adjacent);
      groupEnd = out.length;
    } else if (t.startsWith("&")) {
      push({ kind: "synset", name: t.replace(/_+$/, "") }, token.adjacent);
    } else if (t.includes("/")) {
      push({ kind: "word", words: alternatives(t) }, token.adjacent);
    } else {
      const keys = phraseKeys(t);
      if (keys.length === 0) {
        report("verbs.empty-word", line, `pattern word "${t}" has no letters; ignored`);
        continue;
      }
      keys.forEach((key, k) => push({ kind: "word", words: [key] }, k === 0 ? token.adjacent : true));
    }
  }
  if (closer !== null) report("verbs.unbalanced", line, `missing "${closer}" at the end of the pattern`);
  return out;
}

/**
 * Split an undefined synset name at its longest defined prefix: `&GENINT_CONVENTIONS` is the synset
 * &GENINT followed by the adjacent word "conventions" (the underscore was a word connector).
 */
function repairSynsetNames(elements: PatternElement[], known: ReadonlySet<string>): PatternElement[] {
  const out: PatternElement[] = [];
  for (const e of elements) {
    if (e.kind === "phrase" || e.kind === "prep") {
      out.push({ ...e, elements: repairSynsetNames(e.elements, known) });
      continue;
    }
    if (e.kind !== "synset" || known.has(e.name)) {
      out.push(e);
      continue;
    }
    const parts = e.name.split("_");
    let cut = parts.length - 1;
    while (cut > 0 && !known.has(parts.slice(0, cut).join("_"))) cut--;
    if (cut === 0) {
      out.push(e);
      continue;
    }
    out.push({ ...e, name: parts.slice(0, cut).join("_") });
    for (const word of parts.slice(cut)) {
      for (const key of phraseKeys(word)) out.push({ kind: "word", words: [key], adjacent: true });
    }
  }
  return out;
}

function alternatives(word: string): string[] {
  return [...new Set(word.split("/").map(tokenKey).filter((w) => w !== ""))];
}

function countVerbs(elements: readonly PatternElement[]): number {
  let n = 0;
  for (const e of elements) {
    if (e.kind === "verb") n++;
    else if (e.kind === "phrase" || e.kind === "prep") n += countVerbs(e.elements);
  }
  return n;
}

function synsetNames(elements: readonly PatternElement[]): string[] {
  const out: string[] = [];
  for (const e of elements) {
    if (e.kind === "synset") out.push(e.name);
    else if (e.kind === "phrase" || e.kind === "prep") out.push(...synsetNames(e.elements));
  }
  return out;
}

// --------------------------------------------------------------------------------- synsets

/** Plural of a noun phrase's last word, or null where none should be made (already plural, -is, -us). */
export function pluralPhrase(keys: readonly string[]): string[] | null {
  const last = keys[keys.length - 1];
  let plural: string;
  if (/ss$/.test(last) || /(x|z|ch|sh)$/.test(last)) plural = `${last}es`;
  else if (/s$/.test(last)) return null;
  else if (/[^aeiou]y$/.test(last)) plural = `${last.slice(0, -1)}ies`;
  else if (/[a-z]$/.test(last)) plural = `${last}s`;
  else return null;
  return [...keys.slice(0, -1), plural];
}

function flattenSynsets(
  raw: Map<string, { name: string; plural: boolean; line: number; members: { keys: string[]; plural: boolean; ref: string | null }[] }>,
  report: Report,
): Synset[] {
  const resolved = new Map<string, string[]>();
  const resolving = new Set<string>();
  const resolve = (name: string): string[] => {
    const done = resolved.get(name);
    if (done) return done;
    const set = raw.get(name);
    if (!set) return [];
    if (resolving.has(name)) {
      report("verbs.synset-cycle", set.line, `synset ${name} contains itself; inner reference ignored`);
      return [];
    }
    resolving.add(name);
    const members: string[] = [];
    for (const m of set.members) {
      if (m.ref !== null) {
        if (!raw.has(m.ref)) report("verbs.unknown-synset", set.line, `synset ${name} includes undefined synset ${m.ref}`);
        members.push(...resolve(m.ref));
        continue;
      }
      members.push(m.keys.join(" "));
      if (m.plural) {
        const plural = pluralPhrase(m.keys);
        if (plural) members.push(plural.join(" "));
      }
    }
    resolving.delete(name);
    const unique = [...new Set(members)];
    resolved.set(name, unique);
    return unique;
  };
  const out: Synset[] = [];
  for (const set of raw.values()) {
    const members = resolve(set.name);
    if (members.length === 0) report("verbs.empty-synset", set.line, `synset ${set.name} has no members`);
    out.push({ name: set.name, plural: set.plural, members, line: set.line });
  }
  return out;
}

// -------------------------------------------------------------------------- transformations

const TRANSFORMATION = /^~\s*(\S+)\s*\(\s*(\S+)\s+(\S+)\s+(\S+?)\s*\)\s*(\S+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)$/;

function parseTransformation(line: SourceLine, id: string): Transformation | null {
  const m = TRANSFORMATION.exec(line.text);
  if (!m) return null;
  return {
    id,
    line: line.line,
    text: line.text.replace(/\s+/g, " "),
    outer: { source: m[1], verb: m[5] },
    inner: { source: m[2], target: m[3], verb: m[4] },
    result: { source: m[6], target: m[7], code: m[8] },
  };
}
