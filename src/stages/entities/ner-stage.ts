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
 * Spans that stay whole are returned as given (never modified); joined ones are new.
 */
export function joinHyphenated(text: string, spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let k = 0; k < spans.length; k++) {
    const prev = out[out.length - 1];
    const hyphen = spans[k];
    const next = spans[k + 1];
    if (
      prev &&
      next &&
      hyphen.end - hyphen.start === 1 &&
      text.charCodeAt(hyphen.start) === 0x2d &&
      prev.end === hyphen.start &&
      hyphen.end === next.start &&
      /[\p{L}\p{N}]$/u.test(text.slice(prev.start, prev.end)) &&
      /^[\p{L}\p{N}]/u.test(text.slice(next.start, next.end))
    ) {
      out[out.length - 1] = { start: prev.start, end: next.end };
      k++;
      continue;
    }
    out.push(hyphen);
  }
  return out;
}

/** Group a document's tokens into its sentences (tokens outside every sentence form their own group) as tagger words. */
export function sentenceUnits(doc: Pick<Document, "text" | "sentences" | "tokens">): TagUnit[][] {
  const tokens: readonly Token[] = doc.tokens ?? [];
  const groups: { start: number; end: number }[][] = [];
  let s = 0;
  let current: { start: number; end: number }[] = [];
  let currentSentence = -1;
  for (const t of tokens) {
    while (s < doc.sentences.length && doc.sentences[s].end <= t.start) s++;
    const inside = s < doc.sentences.length && doc.sentences[s].start <= t.start ? s : -1 - groups.length;
    if (inside !== currentSentence && current.length) {
      groups.push(current);
      current = [];
    }
    currentSentence = inside;
    current.push(t);
  }
  if (current.length) groups.push(current);
  return groups.map((spans) => {
    const units: TagUnit[] = [];
    for (const u of joinHyphenated(doc.text, spans)) {
      const text = doc.text.slice(u.start, u.end);
      if (mayBeGlued(text)) units.push(...splitGlued(text, u.start));
      else units.push({ start: u.start, end: u.end, text });
    }
    return units;
  });
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
  const units = sentenceUnits(doc);
  const labels = tagLabels(
    model,
    units.map((s) => s.map((u) => u.text)),
  );
  const entities: Entity[] = [];
  const memo = typeMemoOf(model.gazetteer);
  units.forEach((sentence, i) => {
    for (const span of spansFromLabels(labels[i], model.labels)) {
      const start = sentence[span.start].start;
      const end = sentence[span.end - 1].end;
      const text = doc.text.slice(start, end);
      entities.push({ id: `ent-${start}-${end}`, start, end, text, type: sitrepType(span.type, text, model.gazetteer, memo), actorId: null });
    }
  });
  return entities.sort((a, b) => a.start - b.start);
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
