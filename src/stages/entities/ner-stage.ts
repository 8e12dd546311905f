// Stage entities.ner@1: tags each sentence's tokens with the statistical NER model and writes
// doc.entities as non-overlapping offset spans with sitrep types.
import type { Document, Entity, EntityType, Token } from "../../model/schema.js";
import { defineStage } from "../../pipeline/stage.js";
import { loadNerModel } from "./ner/model-file.js";
import { tagLabels, type NerModel } from "./ner/model.js";
import { spansFromLabels } from "./ner/tags.js";
import type { Gazetteer } from "./ner/gazetteer.js";
import { toSitrepType } from "./types.js";

/** A piece of a token that the tagger sees as one word, with offsets into the document text. */
export interface TagUnit {
  start: number;
  end: number;
  text: string;
}

/**
 * Split a token where a scrape glued capitalised words together ("IranIraq" → "Iran", "Iraq"): at
 * a lower→upper case change when both sides are at least three letters, so "McDonald" and "DeVito"
 * stay whole. Entity spans are character ranges, so a wrong split costs nothing when the pieces
 * end up in one entity.
 */
export function splitGlued(text: string, start: number): TagUnit[] {
  if (!mayBeGlued(text)) return [{ start, end: start + text.length, text }];
  const units: TagUnit[] = [];
  let from = 0;
  for (let i = 1; i < text.length; i++) {
    const boundary = /\p{Ll}/u.test(text[i - 1]) && /\p{Lu}/u.test(text[i]);
    if (!boundary) continue;
    const left = text.slice(from, i);
    const right = text.slice(i).match(/^\p{Lu}\p{Ll}+/u)?.[0] ?? "";
    if (left.length >= 3 && /^\p{Lu}?\p{Ll}+$/u.test(left) && right.length >= 3) {
      units.push({ start: start + from, end: start + i, text: left });
      from = i;
    }
  }
  units.push({ start: start + from, end: start + text.length, text: text.slice(from) });
  return units;
}

/**
 * Whether a token has a lower→upper case change. Most tokens have no capital after their first
 * character, which a scan of char codes shows faster than the Unicode regex it falls back to.
 */
function mayBeGlued(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code > 127) return /\p{Ll}\p{Lu}/u.test(text);
  }
  return false;
}

/**
 * Re-join hyphenated compounds that wink-nlp splits ("al - Asad" → "al-Asad"): CoNLL, and so the
 * model, sees "al-Kadhimi" and "Anglo-Irish" as one word. Only pieces written without spaces join.
 */
export function joinHyphenated(text: string, spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  forEachJoined(text, spans, 0, spans.length, (start, end) => out.push({ start, end }));
  return out;
}

/**
 * `joinHyphenated` over spans[from .. to), handing each resulting span to `emit` in order (the
 * tagger's words are made from them directly, with no array of spans in between).
 */
function forEachJoined(
  text: string,
  spans: readonly { start: number; end: number }[],
  from: number,
  to: number,
  emit: (start: number, end: number) => void,
): void {
  // The span last made, held back until it is known that no hyphen joins it to the next.
  let open = false;
  let start = 0;
  let end = 0;
  for (let k = from; k < to; k++) {
    const hyphen = spans[k];
    const next = k + 1 < to ? spans[k + 1] : undefined;
    if (
      open &&
      next &&
      hyphen.end - hyphen.start === 1 &&
      text.charCodeAt(hyphen.start) === 0x2d &&
      end === hyphen.start &&
      hyphen.end === next.start &&
      /[\p{L}\p{N}]$/u.test(text.slice(start, end)) &&
      /^[\p{L}\p{N}]/u.test(text.slice(next.start, next.end))
    ) {
      end = next.end;
      k++;
      continue;
    }
    if (open) emit(start, end);
    open = true;
    start = hyphen.start;
    end = hyphen.end;
  }
  if (open) emit(start, end);
}

/** A document's tagger words by sentence; word k of sentence s spans starts[first[s] + k] .. ends[first[s] + k]. */
interface TagInput {
  words: string[][];
  first: number[];
  starts: number[];
  ends: number[];
}

/**
 * Group a document's tokens into its sentences (tokens outside every sentence form their own
 * group) as tagger words, with hyphenated compounds joined and glued words split.
 */
function tagInput(doc: Pick<Document, "text" | "sentences" | "tokens">): TagInput {
  const tokens: readonly Token[] = doc.tokens ?? [];
  const input: TagInput = { words: [], first: [], starts: [], ends: [] };
  let s = 0;
  let from = 0;
  let closed = 0;
  let currentSentence = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    while (s < doc.sentences.length && doc.sentences[s].end <= t.start) s++;
    const inside = s < doc.sentences.length && doc.sentences[s].start <= t.start ? s : -1 - closed;
    if (inside !== currentSentence && k > from) {
      addGroup(doc.text, tokens, from, k, input);
      closed++;
      from = k;
    }
    currentSentence = inside;
  }
  if (tokens.length > from) addGroup(doc.text, tokens, from, tokens.length, input);
  return input;
}

/** Add tokens[from .. to) as one group of tagger words: hyphenated compounds joined, glued words split. */
function addGroup(text: string, tokens: readonly Token[], from: number, to: number, input: TagInput): void {
  const words: string[] = [];
  input.first.push(input.starts.length);
  input.words.push(words);
  forEachJoined(text, tokens, from, to, (start, end) => {
    const word = text.slice(start, end);
    if (mayBeGlued(word)) {
      for (const piece of splitGlued(word, start)) {
        words.push(piece.text);
        input.starts.push(piece.start);
        input.ends.push(piece.end);
      }
    } else {
      words.push(word);
      input.starts.push(start);
      input.ends.push(end);
    }
  });
}

/** Group a document's tokens into its sentences (tokens outside every sentence form their own group) as tagger words. */
export function sentenceUnits(doc: Pick<Document, "text" | "sentences" | "tokens">): TagUnit[][] {
  const { words, first, starts, ends } = tagInput(doc);
  return words.map((sentence, i) => sentence.map((text, k) => ({ start: starts[first[i] + k], end: ends[first[i] + k], text })));
}

/** Memo of `toSitrepType` per gazetteer (a pure function of type, text and the frozen gazetteer; names recur). */
const typeMemo = new WeakMap<Gazetteer, Map<string, EntityType>>();
const TYPE_MEMO_LIMIT = 50_000;

function typeMemoOf(gaz: Gazetteer): Map<string, EntityType> {
  let memo = typeMemo.get(gaz);
  if (!memo) typeMemo.set(gaz, (memo = new Map()));
  return memo;
}

function sitrepType(conllType: string, text: string, gaz: Gazetteer, memo: Map<string, EntityType>): EntityType {
  const key = `${conllType} ${text}`;
  let type = memo.get(key);
  if (type === undefined) {
    type = toSitrepType(conllType, text, gaz);
    if (memo.size >= TYPE_MEMO_LIMIT) memo.clear();
    memo.set(key, type);
  }
  return type;
}

/** Entities of a document from its sentence units (pure; exported for tests with a small model). */
export function findEntities(model: NerModel, doc: Pick<Document, "text" | "sentences" | "tokens">): Entity[] {
  const { words, first, starts, ends } = tagInput(doc);
  const labels = tagLabels(model, words);
  const entities: Entity[] = [];
  const memo = typeMemoOf(model.gazetteer);
  labels.forEach((sentence, i) => {
    for (const whole of spansFromLabels(sentence, model.labels)) {
      for (const span of splitAtNor(whole, words[i])) {
        const start = starts[first[i] + span.start];
        const end = ends[first[i] + span.end - 1];
        const text = doc.text.slice(start, end);
        entities.push({ id: `ent-${start}-${end}`, start, end, text, type: sitrepType(span.type, text, model.gazetteer, memo), actorId: null });
      }
    }
  });
  return entities.sort((a, b) => a.start - b.start);
}

/**
 * "Neither Galadriel nor Gollum" (or a headline's "Nor"): no name has "nor" inside it, so a span the
 * tagger ran across one is two names ("and" is left alone: "Trinidad and Tobago", "Procter and Gamble").
 */
export function splitAtNor<T extends { start: number; end: number }>(span: T, words: readonly string[]): T[] {
  const pieces: T[] = [];
  let from = span.start;
  for (let k = span.start; k < span.end; k++) {
    if (words[k].toLowerCase() !== "nor") continue;
    if (k > from) pieces.push({ ...span, start: from, end: k });
    from = k + 1;
  }
  if (from < span.end) pieces.push({ ...span, start: from, end: span.end });
  return pieces;
}

/** The entities.ner stage; pass `model` (tests, a custom model) or `modelPath`, else the committed model is loaded once. */
export const createEntitiesStage = defineStage<{ model?: NerModel; modelPath?: string } | void>(
  { id: "entities.ner", version: 1, requires: ["sentences", "tokens"], assigns: ["entities"] },
  (options) => {
    const model = (options && options.model) || loadNerModel(options ? options.modelPath : undefined);
    return {
      resources: { "ner-model": model.sha256 },
      run(doc) {
        return { ...doc, entities: findEntities(model, doc) };
      },
    };
  },
);
