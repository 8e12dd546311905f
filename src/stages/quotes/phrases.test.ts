import { describe, expect, it } from "vitest";
import { emptyDocument, makeArticle } from "../../model/document.js";
import type { Document, Token } from "../../model/schema.js";
import { tokensOf } from "./phrases.js";

/** A document with one token per space-separated word, tagged by hand, and one PERSON entity. */
function tagged(words: [string, string][], entity: [number, number]): Document {
  const text = words.map(([w]) => w).join(" ");
  const doc = emptyDocument(makeArticle({ text, published: null }));
  let at = 0;
  const tokens: Token[] = words.map(([w, pos]) => {
    const t = { start: at, end: at + w.length, pos, lemma: w.toLowerCase() };
    at += w.length + 1;
    return t;
  });
  const [first, last] = entity;
  const start = tokens[first].start;
  const end = tokens[last].end;
  return { ...doc, tokens, entities: [{ id: "e1", start, end, text: text.slice(start, end), type: "PERSON", actorId: null }] };
}

describe("tokensOf", () => {
  it("re-tags name tokens with a letter or digit as proper nouns, ASCII or not", () => {
    const doc = tagged([["Dr", "NOUN"], ["Ōtsuka", "NOUN"], ["-", "PUNCT"], ["2", "NUM"], ["¿", "PUNCT"], ["said", "VERB"]], [0, 4]);
    expect(tokensOf(doc).map((t) => t.pos)).toEqual(["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB"]);
  });

  it("re-tags a capitalised word after a name (upper then lower case), not a reporting verb or an acronym", () => {
    const doc = tagged([["Kathryn", "PROPN"], ["Stack", "VERB"], ["and", "CCONJ"], ["Lee", "PROPN"], ["Élan", "ADJ"], ["NATO", "NOUN"]], [0, 0]);
    expect(tokensOf(doc).map((t) => t.pos)).toEqual(["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "NOUN"]);
    const says = tagged([["Trump", "PROPN"], ["Says", "VERB"]], [0, 0]);
    expect(tokensOf(says, new Set(["says"])).map((t) => t.pos)).toEqual(["PROPN", "VERB"]);
  });
});
