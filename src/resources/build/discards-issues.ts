// Converters for PETRARCH's discard list (Phoenix.discards.txt) and issue coding file
// (Phoenix.IssueCoding.txt): phrases that stop coding, and phrases that tag sentences with issues.
import { isMatchable, phraseKeys } from "../names.js";
import type { BuildDiagnostic, DiscardEntry, IssueDictionary, IssueExclusion, IssuePhrase, Parsed } from "../types.js";
import { pluralPhrase, regularForms } from "./verb-dictionary.js";
import { readLines } from "./text-lines.js";

/**
 * Parse a discard list: one phrase per line; `+PHRASE` discards the whole story, a plain phrase
 * the sentence. A trailing `_` asks for a word boundary after the phrase (otherwise a stem match).
 */
export function parseDiscards(text: string): Parsed<DiscardEntry[]> {
  const diagnostics: BuildDiagnostic[] = [];
  const entries: DiscardEntry[] = [];
  for (const { line, text: t } of readLines(text)) {
    const story = t.startsWith("+");
    const phrase = (story ? t.slice(1) : t).trim();
    const keys = phraseKeys(phrase);
    if (keys.length === 0) {
      diagnostics.push({ code: "discards.empty", line, message: `discard "${t}" has no words; skipped` });
      continue;
    }
    entries.push({ phrase: keys.join(" "), scope: story ? "story" : "sentence", wholeWord: phrase.endsWith("_"), line });
  }
  return { value: entries, diagnostics };
}

/**
 * Forms of one issue-phrase word: `n:crime` → crime, crimes; `v:purge` → purge, purges, purged,
 * purging; `al+zarqawi` → "al zarqawi" and "al-zarqawi" (the same keys, since hyphens are dropped).
 */
function wordForms(word: string): string[] {
  let forms: string[] = [""];
  for (const part of word.toLowerCase().split("+")) {
    let partForms: string[];
    if (part.startsWith("n:")) {
      const base = part.slice(2);
      const plural = pluralPhrase(phraseKeys(base));
      partForms = plural ? [base, plural.join(" ")] : [base];
    } else if (part.startsWith("v:")) {
      partForms = [part.slice(2), ...regularForms(part.slice(2))];
    } else {
      partForms = [part];
    }
    forms = forms.flatMap((f) => partForms.map((p) => (f === "" ? p : `${f} ${p}`)));
  }
  return forms;
}

/** Every expansion of an issue phrase (the cartesian product of its words' forms), as keys. */
export function expandIssuePhrase(phrase: string): string[] {
  let variants: string[] = [""];
  for (const word of phrase.trim().split(/\s+/)) {
    const forms = wordForms(word);
    variants = variants.flatMap((v) => forms.map((f) => (v === "" ? f : `${v} ${f}`)));
  }
  const out = new Set<string>();
  for (const v of variants) {
    const keys = phraseKeys(v);
    if (isMatchable(keys)) out.add(keys.join(" "));
  }
  return [...out];
}

/**
 * Parse the issue coding file: `<ISSUE CATEGORY="…">` sections of `phrase [CODE]` lines, with
 * `~phrase` (sentence) and `~~phrase` (story) exclusions, and the n:/v:/+ expansions.
 */
export function parseIssues(text: string): Parsed<IssueDictionary> {
  const diagnostics: BuildDiagnostic[] = [];
  const phrases: IssuePhrase[] = [];
  const exclusions: IssueExclusion[] = [];
  let category = "";
  for (const { line, text: t } of readLines(text)) {
    const open = /^<ISSUE\b[^>]*CATEGORY="([^"]*)"/i.exec(t);
    if (open) {
      category = open[1];
      continue;
    }
    if (/^<\/ISSUE>/i.test(t)) {
      category = "";
      continue;
    }
    if (t.startsWith("~")) {
      const story = t.startsWith("~~");
      for (const phrase of expandIssuePhrase(t.replace(/^~~?/, ""))) {
        exclusions.push({ phrase, scope: story ? "story" : "sentence", category, line });
      }
      continue;
    }
    const code = /\[([^\]]+)\]/.exec(t);
    if (!code) {
      diagnostics.push({ code: "issues.no-code", line, message: `issue phrase "${t}" has no [code]; skipped` });
      continue;
    }
    const expanded = expandIssuePhrase(t.slice(0, code.index));
    if (expanded.length === 0) {
      diagnostics.push({ code: "issues.empty", line, message: `issue phrase "${t}" has no words; skipped` });
      continue;
    }
    for (const phrase of expanded) phrases.push({ phrase, code: code[1].trim(), category, line });
  }
  return { value: { phrases, exclusions }, diagnostics };
}
