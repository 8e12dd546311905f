import { describe, expect, it } from "vitest";
import { emptyDocument, makeArticle } from "../../model/document.js";
import { checkDocumentOffsets } from "../../model/offsets.js";
import { createTokensStage } from "../tokens/wink.js";
import { featureKey } from "./ner/feature-keys.js";
import { loadNerModel } from "./ner/model-file.js";
import { tinyModel } from "./ner/test-model.js";
import { createEntitiesStage, findEntities, joinHyphenated, sentenceUnits, splitAtNor, splitGlued } from "./ner-stage.js";

function tokenised(text: string) {
  const doc = emptyDocument(makeArticle({ text }));
  return createTokensStage().run(doc);
}

describe("entities.ner stage", () => {
  const model = tinyModel(
    [
      ["l=iraq", { "U-LOC": 5 }],
      ["l=baqeri", { "U-PER": 5 }],
      [featureKey("bias"), { O: 1 }],
    ],
    { country: ["iraq"] },
  );

  it("writes non-overlapping entities whose text is the slice of the document", () => {
    const doc = createEntitiesStage({ model }).run(tokenised("Baqeri met Iraq\u2019s minister. Iraq\u2019s army and Baqeri agreed."));
    expect(doc.entities.map((e) => [e.text, e.type])).toEqual([
      ["Baqeri", "PERSON"],
      ["Iraq", "GPE"],
      ["Iraq", "GPE"],
      ["Baqeri", "PERSON"],
    ]);
    for (const e of doc.entities) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
    expect(() => checkDocumentOffsets(doc)).not.toThrow();
    expect(doc.entities.every((e) => e.actorId === null)).toBe(true);
  });

  it("splits glued capitalised words but not name prefixes", () => {
    expect(splitGlued("IranIraqQasem", 10).map((u) => [u.text, u.start])).toEqual([
      ["Iran", 10],
      ["Iraq", 14],
      ["Qasem", 18],
    ]);
    expect(splitGlued("McDonald", 0).map((u) => u.text)).toEqual(["McDonald"]);
    expect(splitGlued("iPhone", 0).map((u) => u.text)).toEqual(["iPhone"]);
  });

  it("splits a tagged span at 'nor' and nowhere else", () => {
    const words = ["Neither", "Galadriel", "nor", "Gollum", "nor", "Trinidad", "and", "Tobago", "came"];
    expect(splitAtNor({ start: 1, end: 8, type: "PER" }, words)).toEqual([
      { start: 1, end: 2, type: "PER" },
      { start: 3, end: 4, type: "PER" },
      { start: 5, end: 8, type: "PER" },
    ]);
    expect(splitAtNor({ start: 5, end: 8 }, words)).toEqual([{ start: 5, end: 8 }]);
  });

  it("re-joins hyphenated names that the tokeniser split", () => {
    const doc = tokenised("Mustafa al-Kadhimi met Anglo-Irish envoys - twice.");
    const words = sentenceUnits(doc)[0].map((u) => u.text);
    expect(words).toContain("al-Kadhimi");
    expect(words).toContain("Anglo-Irish");
    expect(words).toContain("-");
    expect(joinHyphenated("a - b", [{ start: 0, end: 1 }, { start: 2, end: 3 }, { start: 4, end: 5 }])).toHaveLength(3);
    const spans = [{ start: 0, end: 2 }, { start: 2, end: 3 }, { start: 3, end: 5 }, { start: 6, end: 8 }];
    expect(joinHyphenated("al-Asad in", spans)).toEqual([{ start: 0, end: 5 }, { start: 6, end: 8 }]);
    // The tokens themselves are left as they were (they are the document's).
    expect(spans[0]).toEqual({ start: 0, end: 2 });
  });

  it("groups tokens by sentence; each token outside every sentence is a group of its own", () => {
    const text = "Aa bb. cc dd Ee ff. gg";
    const token = (start: number, end: number) => ({ start, end, pos: "X", lemma: text.slice(start, end) });
    const doc = {
      text,
      sentences: [
        { start: 0, end: 6 },
        { start: 13, end: 19 },
      ],
      tokens: [token(0, 2), token(3, 5), token(5, 6), token(7, 9), token(10, 12), token(13, 15), token(16, 18), token(18, 19), token(20, 22)],
    };
    expect(sentenceUnits(doc).map((s) => s.map((u) => u.text))).toEqual([["Aa", "bb", "."], ["cc"], ["dd"], ["Ee", "ff", "."], ["gg"]]);
    expect(sentenceUnits(doc)[4]).toEqual([{ start: 20, end: 22, text: "gg" }]);
  });

  it("finds entities inside a glued tag line", () => {
    const entities = findEntities(model, tokenised("IranIraq Baqeri"));
    expect(entities.map((e) => e.text)).toEqual(["Iraq", "Baqeri"]);
  });

  it("declares its layers", () => {
    const stage = createEntitiesStage({ model });
    expect(stage.id).toBe("entities.ner");
    expect(stage.requires).toEqual(["sentences", "tokens"]);
    expect(stage.assigns).toEqual(["entities"]);
  });
});

describe("committed NER model (smoke test)", () => {
  it("loads and tags a news sentence sensibly", () => {
    const started = Date.now();
    const real = loadNerModel();
    expect(Date.now() - started).toBeLessThan(5000);
    const doc = createEntitiesStage({ model: real }).run(tokenised("Mohammad Baqeri met Iraq\u2019s defence minister in Tehran ."));
    const found = doc.entities.map((e) => `${e.text}/${e.type}`);
    expect(found).toEqual(expect.arrayContaining(["Mohammad Baqeri/PERSON", "Iraq/GPE", "Tehran/GPE"]));
  });
});
