// What a cue reports: the quotation or clause after it (past addressees and adjuncts), where that
// content ends, and which adverbs and time adjuncts join the cue span.
import { CUE_ADJUNCT_PREPOSITIONS, CUE_ADJUNCT_WORDS, type CueVerb } from "./cues.js";
import { looksLikeQuotation } from "./marks.js";
import {
  hasVerb,
  isPossessivePronoun,
  isTimePhrase,
  npRight,
  type Tok,
} from "./phrases.js";
import {
  CLOSING,
  type Candidate,
  type Context,
  type Forward,
  GROUP_ADVERBS,
  OBJECT_PRONOUNS,
  type Unit,
  WH_WORDS,
  afterTitle,
  quoteOpeningAfter,
  sameLine,
  titleEnd,
} from "./attribution-context.js";
import { isCueWord } from "./cue-words.js";

/**
 * The content of a message act: what follows a colon after the message ("fired off tweets with 30
 * exclamation points: “…”"), else the message phrase up to a coordinated clause (", but …").
 */
export function messageContent(ctx: Context, unit: Unit, forward: Extract<Forward, { kind: "clause" }>): Forward {
  const { toks } = ctx;
  for (let k = unit.first; k <= unit.last; k++) {
    const t = toks[k];
    if (t.start < forward.start || ctx.quoteOf[k] >= 0) continue;
    if (t.text === ":" && k + 1 <= unit.last) {
      const q = ctx.quoteOf[k + 1];
      return q >= 0 && ctx.quoted[q].close <= unit.end ? { kind: "quote", quote: q } : { ...forward, start: toks[k + 1].start, np: false };
    }
    if (t.text === "," && toks[k + 1]?.pos === "CCONJ") return { ...forward, end: t.start };
  }
  return forward;
}

/** Skip an addressee and adjuncts after a cue ("told reporters on Sunday in a statement"). */
export function skipAfterCue(ctx: Context, unit: Unit, k: number, verb: CueVerb | null): number {
  const { toks } = ctx;
  if (verb?.complements.has("object") && k <= unit.last && ctx.quoteOf[k] < 0 && toks[k].lower !== "that") {
    if (OBJECT_PRONOUNS.has(toks[k].lower)) k++;
    else {
      // ("told the public via Twitter": an adjective after a determiner stands for a noun.)
      const object = npRight(toks, k, unit.last, false) ?? (toks[k].pos === "DET" && toks[k + 1]?.pos === "ADJ" && k + 1 <= unit.last && (toks[k + 2]?.pos === "ADP" || toks[k + 2]?.pos === "PUNCT") ? { first: k, last: k + 1 } : null);
      if (object) k = afterTitle(ctx, object.last + 1);
      // "told members of Congress that …": an "of" phrase belongs to the addressee.
      if (object && toks[k]?.lower === "of" && k + 1 <= unit.last && ctx.quoteOf[k + 1] < 0) {
        const owner = npRight(toks, k + 1, unit.last, false);
        if (owner) k = owner.last + 1;
      }
      // "told local media Adamowicz's heart was restarted": the addressee ends where a name opens
      // the reported clause.
      if (object && verb.complements.has("bare") && !clauseStarts(ctx, unit, k)) {
        for (let m = object.first + 1; m <= object.last; m++) {
          const subject = toks[m].pos === "PROPN" && toks[m - 1].pos === "NOUN" ? npRight(toks, m, unit.last, false) : null;
          const verbAfter = subject ? toks[subject.last + 1] : undefined;
          if (subject && (verbAfter?.pos === "AUX" || verbAfter?.pos === "VERB")) {
            k = m;
            break;
          }
        }
      }
      // "called on Italy and Egypt to join": a coordinated addressee.
      while (object && /^(and|or)$/.test(toks[k]?.lower ?? "") && k + 1 <= unit.last && ctx.quoteOf[k + 1] < 0) {
        const more = npRight(toks, k + 1, unit.last, false);
        if (!more) break;
        k = more.last + 1;
      }
    }
  }
  return adjunctsEnd(ctx, unit, k);
}

/** Token index after the adjuncts starting at `k` ("Sunday", "again", "in a statement", "on CNN"). */
function adjunctsEnd(ctx: Context, unit: Unit, k: number): number {
  const { toks } = ctx;
  for (let steps = 0; steps < 5 && k <= unit.last && ctx.quoteOf[k] < 0; steps++) {
    const t = toks[k];
    if (WH_WORDS.has(t.lower)) break;
    if (isAdjunctWord(toks, k) || (t.pos === "ADV" && t.lower !== "not")) {
      k++;
      continue;
    }
    if (t.pos === "ADP" && CUE_ADJUNCT_PREPOSITIONS.has(t.lower) && toks[k + 1]?.pos !== "VERB") {
      // "on “Meet the Press”", "on NBC's “Meet the Press”": a quoted title is part of the adjunct.
      // Not "pledged to “cancel” the accord": a quoted verb after "to" is an infinitive.
      const quotedVerb = toks[k + 2]?.pos === "VERB" || toks[k + 2]?.pos === "AUX";
      const title = quotedVerb ? null : titleEnd(ctx, k + 1);
      const np = title === null ? npRight(toks, k + 1, unit.last, true) : { first: k + 1, last: title - 1 };
      if (np) {
        k = afterTitle(ctx, np.last + 1);
        continue;
      }
    }
    break;
  }
  return k;
}

/** A time or manner word after a cue; "this", "last" and "next" only before a time noun ("this week"). */
function isAdjunctWord(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!CUE_ADJUNCT_WORDS.has(t.lower)) return false;
  if (/^(this|last|next)$/.test(t.lower)) return toks[k + 1] !== undefined && isTimePhrase(toks, { first: k + 1, last: k + 1 });
  return true;
}

/** Adverbs that join a cue: frequency, time and manner of speaking ("also", "later", "publicly"). */
function isCueAdverb(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (t.pos !== "ADV" || /^(not|n['’]t)$/.test(t.lower) || WH_WORDS.has(t.lower)) return false;
  const next = toks[k + 1];
  // "roughly one million", "only this organisation": the adverb belongs to what follows.
  if (next && (next.pos === "NUM" || next.pos === "ADJ" || next.pos === "DET")) return false;
  return /ly$/.test(t.lower) || CUE_ADJUNCT_WORDS.has(t.lower) || GROUP_ADVERBS.has(t.lower) || /^(once|again|instead|too|then|first|twice)$/.test(t.lower);
}

const RELATIVE_OPENERS = new Set(["which", "who", "whose", "whom", "where", "when"]);

/** Is there a clause (a verb after a subject-like start) from token k on? */
export function clauseStarts(ctx: Context, unit: Unit, k: number): boolean {
  const { toks } = ctx;
  const t = toks[k];
  if (!t || k > unit.last) return false;
  const gerundSubject = t.pos === "VERB" && /ing$/.test(t.lower);
  const subjectLike =
    gerundSubject || t.pos === "DET" || t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "NUM" || t.pos === "ADJ" ||
    (t.pos === "PRON" && !/^(what|who|whom|which)$/.test(t.lower)) || isPossessivePronoun(t);
  const conjunction = t.pos === "SCONJ" && /^(if|because|although|when|while|unless|since)$/.test(t.lower);
  if (!subjectLike && !conjunction) return false;
  // "wrote in a statement that was published …": "that" between a noun and its verb is a relative pronoun.
  // ("fear that protecting those zones could …": a gerund after it opens a subject.)
  const after = toks[k + 1];
  if (t.lower === "that" && (toks[k - 1]?.pos === "NOUN" || toks[k - 1]?.pos === "PROPN") && (after?.pos === "AUX" || (after?.pos === "VERB" && !/ing$/.test(after.lower)))) return false;
  // "wrote while acknowledging …": a conjunction before a bare participle opens no clause of its own.
  if (conjunction && toks[k + 1]?.pos === "VERB" && /(ing|ed)$/.test(toks[k + 1].lower)) return false;
  let inRelative = false;
  for (let i = gerundSubject ? k + 1 : k; i <= Math.min(unit.last, k + 40); i++) {
    const x = toks[i];
    if (x.text === ",") {
      // "the 2013 race, which brought new revelations, had been …": a relative clause inside the subject.
      if (inRelative) inRelative = false;
      else if (RELATIVE_OPENERS.has(toks[i + 1]?.lower ?? "")) inRelative = true;
      else if (!conjunction) return false;
      continue;
    }
    if (inRelative) continue;
    // "said the use of foreign currencies “costs Africa billions”": a quotation right after the
    // subject is its predicate (the tagger often reads quoted verbs as nouns).
    if (i > k && ctx.quoteOf[i] >= 0 && toks[i].start === ctx.quoted[ctx.quoteOf[i]].open && (toks[i - 1].pos === "NOUN" || toks[i - 1].pos === "PROPN")) return true;
    if (x.text === ";" || x.text === ":" || (x.pos === "PUNCT" && /^[.?!]$/.test(x.text))) return false;
    if (x.pos === "VERB" || x.pos === "AUX") {
      if (gerundSubject && x.pos === "VERB" && /ing$/.test(x.lower)) continue;
      return i > k || conjunction;
    }
  }
  return false;
}

/** What follows a cue as its content, if anything: a quotation or the start of a clause. */
export function forwardContent(ctx: Context, unit: Unit, k: number, verb: CueVerb | null): Forward | null {
  const { toks, text } = ctx;
  const prevEnd = toks[k - 1].end;
  let quote = quoteOpeningAfter(ctx, prevEnd);
  // "wrote “The Art of the Deal”": right after the verb without a colon or comma, a title is an object.
  if (quote !== null && !/[:,]/.test(text.slice(prevEnd, ctx.quoted[quote].open)) && !looksLikeQuotation(text, ctx.quoted[quote])) quote = null;
  if (quote !== null && (verb === null || verb.complements.has("quote") || verb.complements.has("that"))) {
    return { kind: "quote", quote };
  }
  const beforeObject = adjunctsEnd(ctx, unit, k);
  k = skipAfterCue(ctx, unit, k, verb);
  // "promising more robust funding": with nothing after it, the supposed addressee is the content.
  if (verb?.complements.has("object") && verb.complements.has("np") && k > beforeObject && beforeObject <= unit.last && ctx.quoteOf[beforeObject] < 0) {
    const n = toks[k];
    const contentFollows = n !== undefined && k <= unit.last && (n.lower === "that" || n.lower === "to" || n.text === ":" || WH_WORDS.has(n.lower) || ctx.quoteOf[k] >= 0);
    if (!contentFollows && npRight(toks, beforeObject, unit.last)) return { kind: "clause", start: toks[beforeObject].start, rule: "clause-after-cue", np: true };
  }
  if (k > unit.last) return null;
  // "said about Bush, “…”", "said of her rival: “…”": the topic named before a quotation.
  if (verb?.complements.has("quote") && /^(about|of)$/.test(toks[k].lower) && ctx.quoteOf[k] < 0) {
    const topic = npRight(toks, k + 1, unit.last, true);
    const q = topic ? quoteOpeningAfter(ctx, toks[topic.last].end) : null;
    if (topic && q !== null && /[:,]/.test(text.slice(toks[topic.last].end, ctx.quoted[q].open)) && looksLikeQuotation(text, ctx.quoted[q])) return { kind: "quote", quote: q };
  }
  const afterAdjuncts = quoteOpeningAfter(ctx, toks[k - 1].end);
  const titled = afterAdjuncts !== null && !/[:,]/.test(text.slice(toks[k - 1].end, ctx.quoted[afterAdjuncts].open)) && !looksLikeQuotation(text, ctx.quoted[afterAdjuncts]);
  if (afterAdjuncts !== null && !titled && verb?.complements.has("quote")) {
    return { kind: "quote", quote: afterAdjuncts };
  }
  const t = toks[k];
  if (ctx.quoteOf[k] >= 0) {
    // A clause that opens with quoted words ("said “rigged” polls were wrong") is mixed; a title is not.
    const opened = ctx.quoted[ctx.quoteOf[k]];
    if (!looksLikeQuotation(text, opened) && !clauseStarts(ctx, unit, k + 1)) return null;
    return verb?.complements.has("bare") || verb?.complements.has("np") ? { kind: "clause", start: t.start, rule: "clause-after-cue" } : null;
  }
  // "that" right before a verb is a relative pronoun ("in a statement that was published").
  const relativeThat = toks[k + 1]?.pos === "AUX" || toks[k + 1]?.pos === "VERB";
  // (A quotation in the clause counts as its verb: the tagger often reads quoted verbs as nouns.)
  const clauseAhead = hasVerb(toks, k + 1, Math.min(unit.last, k + 30)) || (ctx.quoteOf[k + 2] >= 0 || ctx.quoteOf[k + 3] >= 0 || ctx.quoteOf[k + 4] >= 0);
  if (t.lower === "that" && !relativeThat && verb?.complements.has("that") && clauseAhead) {
    const next = toks[k + 1];
    if (next && (next.pos !== "PUNCT" || ctx.quoteOf[k + 1] >= 0)) return { kind: "clause", start: next.start, rule: "that-clause" };
  }
  if (t.text === ":" && k + 1 <= unit.last && sameLine(text, t.end, toks[k + 1].start)) {
    return { kind: "clause", start: toks[k + 1].start, rule: "clause-after-cue" };
  }
  if (t.lower === "not" && toks[k + 1]?.lower === "to" && verb?.complements.has("to")) {
    return { kind: "clause", start: t.start, rule: "clause-after-cue" };
  }
  // "pledged to “cancel” the accord": a quotation mark may stand between "to" and its verb.
  const infinitive = ctx.quoteOf[k + 1] >= 0 && /^\p{P}+$/u.test(toks[k + 1]?.text ?? "") ? toks[k + 2] : toks[k + 1];
  if (t.lower === "to" && verb?.complements.has("to") && (infinitive?.pos === "VERB" || infinitive?.pos === "AUX")) {
    return { kind: "clause", start: t.start, rule: "clause-after-cue" };
  }
  if ((verb?.complements.has("wh") && WH_WORDS.has(t.lower)) || (verb?.complements.has("how") && t.lower === "how")) {
    return { kind: "clause", start: t.start, rule: "clause-after-cue" };
  }
  if (verb?.complements.has("bare") && clauseStarts(ctx, unit, k)) {
    return { kind: "clause", start: t.start, rule: "clause-after-cue" };
  }
  // ("talked of a “stolen election”": quotation marks inside the noun phrase.)
  const quotedNoun = (t.pos === "DET" || t.pos === "ADJ" || isPossessivePronoun(t)) && toks.slice(k + 1, Math.min(unit.last, k + 4) + 1).some((x) => x.pos === "NOUN" || x.pos === "PROPN");
  // ("has proposed nothing that would close a loophole": an indefinite pronoun is an object too.)
  const indefinite = /^(nothing|something|anything|everything|none)$/.test(t.lower);
  if (verb?.complements.has("np") && (npRight(toks, k, unit.last) || OBJECT_PRONOUNS.has(t.lower) || demonstrative(toks, k) || quotedNoun || indefinite)) {
    return { kind: "clause", start: t.start, rule: "clause-after-cue", np: true };
  }
  return null;
}

/** "that notion", "this claim": a demonstrative the tagger read as a conjunction, before a noun. */
function demonstrative(toks: readonly Tok[], k: number): boolean {
  return /^(that|this|these|those)$/.test(toks[k]?.lower ?? "") && (toks[k + 1]?.pos === "NOUN" || toks[k + 1]?.pos === "ADJ") && !hasVerb(toks, k + 1, k + 1);
}

/** After the cue (and adjuncts), does the unit end or break off (comma, colon, full stop)? */
export function endsAfterCue(ctx: Context, unit: Unit, k: number, verb: CueVerb | null): { ends: boolean; comma: boolean } {
  k = skipAfterCue(ctx, unit, k, verb);
  if (k > unit.last) return { ends: true, comma: false };
  const t = ctx.toks[k];
  if (ctx.quoteOf[k] >= 0) return { ends: true, comma: false };
  if (t.pos === "PUNCT" && /^[.?!;:]$/.test(t.text)) return { ends: true, comma: false };
  if (t.text === ",") return { ends: true, comma: true };
  return { ends: false, comma: false };
}

/**
 * The reported cue around a verb group [first, last]: adverbs between the speaker and the verb
 * ("also", "later", "publicly") and adjuncts right after the verb ("on Tuesday", "in a statement").
 * An addressee or object ends the cue ("told reporters"), and so does an inverted speaker.
 */
export function cueSpan(ctx: Context, unit: Unit, first: number, last: number, speakerLast: number, inverted: boolean): { first: number; last: number } {
  const { toks } = ctx;
  let f = first;
  while (f - 1 > speakerLast && f - 1 >= unit.first && ctx.quoteOf[f - 1] < 0 && toks[f - 1].pos === "ADV" && isCueAdverb(toks, f - 1)) f--;
  let l = last;
  // Only short time adjuncts join the cue ("said Sunday", "said on Tuesday", "said again"); places
  // and occasions ("in a statement released by …") stay out, as annotators mostly leave them.
  for (let steps = 0; !inverted && steps < 3 && l + 1 <= unit.last && ctx.quoteOf[l + 1] < 0; steps++) {
    const t = toks[l + 1];
    if (isAdjunctWord(toks, l + 1) || isCueAdverb(toks, l + 1)) {
      l++;
      continue;
    }
    // "said on “Fox News Sunday.”": a programme named by its title is the medium of the cue.
    const q = ctx.quoteOf[l + 2] ?? -1;
    if (t.lower === "on" && q >= 0 && toks[l + 2].start <= ctx.quoted[q].open && !looksLikeQuotation(ctx.text, ctx.quoted[q])) {
      let e = l + 2;
      while (e + 1 <= unit.last && ctx.quoteOf[e + 1] === q) e++;
      l = e;
      break;
    }
    if (t.pos === "ADP" && /^(on|during|over|last|this)$/.test(t.lower)) {
      const np = npRight(toks, l + 2, unit.last, false);
      // ("during a press call last Thursday" names an occasion: only a phrase of time words joins.)
      let timeOnly = np !== null;
      for (let k = np?.first ?? 0; np && k < np.last; k++) {
        if ((toks[k].pos === "NOUN" || toks[k].pos === "PROPN") && !isTimePhrase(toks, { first: k, last: k })) timeOnly = false;
      }
      if (np && timeOnly && isTimePhrase(toks, np)) {
        l = np.last;
        continue;
      }
    }
    break;
  }
  return { first: f, last: l };
}

/**
 * Does the "that" at k open a complement clause ("fears that Mr. Weiner's behavior might undermine the
 * party") rather than a relative clause ("the claim that he made was false")? The tagger's
 * complementiser says so; where it reads a pronoun, the clause must go on after its verb (a relative
 * clause on an object leaves a gap right after the verb).
 */
export function complementThat(toks: readonly Tok[], unit: Unit, k: number): boolean {
  if (toks[k].pos === "SCONJ") return true;
  const subject = npRight(toks, k + 1, unit.last, true);
  if (!subject) return false;
  let v = subject.last + 1;
  while (v <= unit.last && (toks[v].pos === "AUX" || toks[v].pos === "ADV" || toks[v].pos === "PART" && toks[v].lower !== "to")) v++;
  if (v > unit.last || toks[v].pos !== "VERB") return false;
  // ("on the assumption that they are aging, …": a progressive verb seldom closes an object relative.)
  if (/ing$/.test(toks[v].lower) && toks[v - 1]?.pos === "AUX") return true;
  const next = toks[v + 1];
  return next !== undefined && v + 1 <= unit.last && !(next.pos === "VERB" || next.pos === "AUX" || next.pos === "PUNCT" || next.lower === "to");
}

/**
 * "The worry among consumer groups, of course, is that …", "The question is whether …": a subject cue
 * noun whose copula introduces the content. A prepositional phrase and a short aside set off by commas
 * may stand between the noun and "is".
 */
export function copularContent(ctx: Context, unit: Unit, i: number): Forward | null {
  const { toks } = ctx;
  let k = i + 1;
  if (toks[k]?.pos === "ADP") {
    const pp = npRight(toks, k + 1, unit.last);
    if (pp) k = pp.last + 1;
  }
  if (toks[k]?.text === ",") {
    let close = k + 1;
    while (close <= Math.min(unit.last, k + 5) && toks[close].text !== ",") close++;
    if (toks[close]?.text === ",") k = close + 1;
  }
  const be = toks[k];
  const c = toks[k + 1];
  if (!be || !c || k + 2 > unit.last || be.lemma !== "be" || ctx.quoteOf[k] >= 0 || ctx.quoteOf[k + 1] >= 0) return null;
  // (After "is", "that" opens a clause even where the tagger reads a pronoun: "is that for AT&T to …".)
  const d = toks[k + 2];
  if (c.lower === "that" && d && !(d.pos === "VERB" || d.pos === "AUX" || d.pos === "PUNCT")) return { kind: "clause", start: d.start, rule: "cue-noun" };
  if (c.lower === "whether") return { kind: "clause", start: c.start, rule: "cue-noun" };
  return null;
}

/**
 * Where the clause after a bare cue noun ends: before ", and/but <clause>" or ", <clause>" (a new
 * statement, or the main clause after a fronted phrase), and, when the noun phrase is the sentence's
 * subject ("The announcement that the F.B.I. is reviewing emails has slowed …"), at the verb group
 * that follows a complete phrase after the clause's own verb. Returns a character offset (the unit's
 * end if nothing stops it).
 */
export function bareClauseEnd(ctx: Context, unit: Unit, k: number, subject: boolean): number {
  const { toks } = ctx;
  let ownVerb = false;
  for (let v = k; v <= unit.last; v++) {
    const t = toks[v];
    // (A comma may sit inside a closing quotation: "an “assassination attempt,” and a supporter …".)
    if (t.pos === "CCONJ" && v > k) {
      let p = v - 1;
      while (p > k && CLOSING.test(toks[p].text) && toks[p].text.length === 1) p--;
      if (toks[p].text === "," && clauseStarts(ctx, unit, v + 1)) return t.start;
    }
    if (ctx.quoteOf[v] >= 0) continue;
    if (t.text === ";" || t.text === ":") return t.start;
    // "Amid fears that X might undermine the party, Democrats said …": a new clause after a comma.
    if (t.text === "," && ownVerb && clauseStarts(ctx, unit, v + 1)) return t.start;
    const verb = t.pos === "AUX" || (t.pos === "VERB" && !/ing$/.test(t.lower));
    // ("… aide has slowed", "… was reopened has slowed": a verb group after a complete phrase or verb group.)
    const prev = toks[v - 1]?.pos;
    if (subject && ownVerb && verb && (prev === "NOUN" || prev === "PROPN" || prev === "ADJ" || prev === "NUM" || prev === "PRON" || (prev === "VERB" && t.pos === "AUX"))) return t.start;
    if (verb) ownVerb = true;
  }
  return unit.end;
}

/** The first finite verb from `k` on that is not inside an infinitive or relative clause, or null. */
export function predicateStart(toks: readonly Tok[], k: number, last: number): number | null {
  let relative = false;
  for (let v = k; v <= last; v++) {
    const t = toks[v];
    if (/^(which|who|whom|whose|that)$/.test(t.lower) && t.pos !== "SCONJ") relative = true;
    if (t.text === "," || /^[.;:]$/.test(t.text)) return null;
    if (relative) continue;
    const prev = toks[v - 1];
    // Participles modify nouns: "a failed coup", "a report released by …", "the data released Thursday".
    const next = toks[v + 1];
    const participle = /(ed|en)$/.test(t.lower) && (prev?.pos === "DET" || prev?.pos === "ADJ" || next?.lower === "by" || (next !== undefined && CUE_ADJUNCT_WORDS.has(next.lower)));
    if (t.pos === "AUX" || (t.pos === "VERB" && !/ing$/.test(t.lower) && prev?.lower !== "to" && !participle)) return v;
  }
  return null;
}

/**
 * Where a forward content ends inside its unit: at a semicolon or colon (a new clause or utterance
 * follows) or before ", <participle>" that hangs on the main clause ("…, playing down a goal").
 */
export function forwardEnd(ctx: Context, unit: Unit, start: number, np = false): number {
  const { toks } = ctx;
  for (let i = unit.first; i <= unit.last; i++) {
    const t = toks[i];
    if (t.start < start || ctx.quoteOf[i] >= 0) continue;
    if (t.text === ";" || t.text === ":") return t.start;
    const next = toks[i + 1];
    // The reporter's own subordinate clause ends any content: "…, even as the party concedes …".
    if (t.text === "," && next && /^(even|although|though|whereas|despite)$/.test(next.lower)) return t.start;
    // A noun-phrase content ends before a relative clause about it ("endorsed Clinton, who has …") or
    // before the main clause it was fronted to ("With Democrats nervous about turnout, Clinton came …").
    if (np && t.text === "," && next && (/^(who|which|whose)$/.test(next.lower) || clauseStarts(ctx, unit, i + 1) || next.pos === "AUX")) return t.start;
    if (t.text === "," && next && next.pos === "VERB" && /ing$/.test(next.lower) && ctx.quoteOf[i + 1] < 0) return t.start;
    // "…, talked of a stolen election", "…, promising more funding": the next cue of the same subject.
    if (t.text === "," && next && ctx.quoteOf[i + 1] < 0 && (next.pos === "VERB" || next.pos === "ADJ") && /(ed|ing)$/.test(next.lower) && isCueWord(next)) return t.start;
  }
  return unit.end;
}

/** Conjunctions that open a fronted subordinate clause ("While Clinton has vowed to …, Trump …"). */
// ("With polls showing her ahead, Clinton enlisted …": an absolute "with" phrase is fronted the same way.)
const SUBORDINATORS = new Set(["while", "although", "though", "as", "if", "because", "when", "whereas", "since", "unless", "after", "before", "with"]);

/**
 * The end of a forward content whose cue sits in a fronted subordinate clause: the comma where the
 * main clause begins ("While Clinton has vowed to honor the accord, Trump has pledged to cancel it").
 */
export function subordinateEnd(ctx: Context, unit: Unit, c: Candidate): number {
  const { toks } = ctx;
  const opener = toks[unit.first];
  if (!opener || !SUBORDINATORS.has(opener.lower) || c.forward?.kind !== "clause") return unit.end;
  for (let k = unit.first + 1; k < c.segmentFirst; k++) if (toks[k].text === ",") return unit.end;
  for (let k = c.segmentLast + 1; k <= unit.last; k++) {
    if (ctx.quoteOf[k] >= 0 || toks[k].start < c.forward.start || toks[k].text !== ",") continue;
    if (clauseStarts(ctx, unit, k + 1)) return toks[k].start;
  }
  return unit.end;
}
