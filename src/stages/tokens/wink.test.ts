import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { describe, expect, it } from "vitest";
import { loadWink, tokenise } from "./wink.js";

describe("tokenise", () => {
  const nlp = loadWink();

  it("maps every token and sentence to a span of the text", () => {
    const text = "Gen. Baqeri won’t stop. “The purpose,” he said.\n\nBack to top button";
    const { sentences, tokens } = tokenise(nlp, text);
    for (const t of tokens) expect(text.slice(t.start, t.end).length).toBeGreaterThan(0);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toContain("Baqeri");
    expect(sentences.at(-1)).toEqual({ start: text.indexOf("Back"), end: text.length });
  });

  it("ends a sentence at a line break even without punctuation", () => {
    const text = "IranIraqQasem Suleimani\nDefense ties with Iran to boost security";
    const { sentences } = tokenise(nlp, text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "IranIraqQasem Suleimani",
      "Defense ties with Iran to boost security",
    ]);
  });

  it("gives POS tags and lemmas", () => {
    const text = "The officials met in Tehran.";
    const { tokens } = tokenise(nlp, text);
    const met = tokens.find((t) => text.slice(t.start, t.end) === "met");
    expect(met).toMatchObject({ pos: "VERB", lemma: "meet" });
  });

  it("keeps words with letters beyond Latin-1 whole, and still splits contractions", () => {
    const text = "Brudziński met Erdoğan in Łódź, but they can't agree.";
    const { tokens } = tokenise(nlp, text);
    const words = tokens.map((t) => text.slice(t.start, t.end));
    expect(words).toEqual(expect.arrayContaining(["Brudziński", "Erdoğan", "Łódź", "ca", "n't"]));
    expect(tokens.find((t) => text.slice(t.start, t.end) === "Erdoğan")?.lemma).toBe("erdoğan");
  });

  it("gives wink-nlp's own lemmas when words recur under other tags, in contractions and out of the vocabulary", () => {
    // A fresh instance, so the memo starts empty and every word below is seen more than once.
    const nlp = winkNLP(model, ["sbd", "pos"]);
    const texts = [
      "I saw the saw. They saw saws. We can't saw; it's sawn.",
      "She leads. The leads were leads. Lead them! He won't, and I'm sure they don't.",
      "Zorblaxes zorblaxed the zorblaxing Zorblax. Ca n't stop the cans; ca. 1900 they can.",
      "The leaves leave; she leaves, he left the left leaves.",
    ];
    for (const text of [...texts, ...texts]) {
      const doc = nlp.readDoc(text);
      const values = doc.tokens().out(nlp.its.value);
      const lemmas = doc.tokens().out(nlp.its.lemma as unknown as typeof nlp.its.value);
      const expected = values.map((value, i) => [value, lemmas[i]]).filter(([value]) => value.trim() !== "");
      const ours = tokenise(nlp, text).tokens.map((t) => [text.slice(t.start, t.end), t.lemma]);
      expect(ours).toEqual(expected);
    }
  });

  it("splits a possessive the same way whatever the instance read before", () => {
    // wink-nlp's cache learns "Trump's" as one word from "Trump's," and then stops splitting it.
    const nlp = winkNLP(model, ["sbd", "pos"]);
    tokenise(nlp, "He said it was Trump's, not ours.");
    const text = "He backed Trump's plan.";
    const words = tokenise(nlp, text).tokens.map((t) => text.slice(t.start, t.end));
    expect(words).toEqual(["He", "backed", "Trump", "'s", "plan", "."]);
  });
});
