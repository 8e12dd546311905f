import { describe, expect, it } from "vitest";
import { docContext, tokenFeatures } from "./features.js";
import { featureKey } from "./feature-keys.js";
import { emissions, featureKeys, tagWords } from "./model.js";
import { parseModel, serialiseModel } from "./model-file.js";
import { tinyModel, type TinyWeights } from "./test-model.js";

const weights: TinyWeights = [
  ["w=Ali", { "B-PER": 3 }],
  ["l=shamkhani", { "L-PER": 3 }],
  ["-1l=ali", { "L-PER": 1 }],
  ["+1ss=Xx", { "B-PER": 0.5 }],
  [featureKey("bias"), { O: 1 }],
  [featureKey("g", "city", "U"), { "U-LOC": 4 }],
];

describe("NER model", () => {
  const model = tinyModel(weights, { city: ["tehran"] });

  it("tags with word, context and gazetteer features and returns BIO", () => {
    expect(tagWords(model, [["Ali", "Shamkhani", "visited", "Tehran"]])).toEqual([["B-PER", "I-PER", "O", "B-LOC"]]);
  });

  it("scores with cached word-type vectors exactly as with the full feature list", () => {
    const words = ["Ali", "Shamkhani", "visited", "Tehran"];
    const tf = tokenFeatures(words, model.gazetteer, docContext([words]));
    const ids = tf.map((f) => Int32Array.from(f.map((x) => model.features.get(x)).filter((x) => x >= 0)));
    const fast = emissions(model, words, ids)[0];
    const L = model.labels.length;
    words.forEach((_, i) => {
      const slow = new Float64Array(L);
      for (const f of featureKeys(words, i, tf[i])) {
        const id = model.features.get(f);
        if (id >= 0) for (let y = 0; y < L; y++) slow[y] += model.stage1.weights[id * L + y];
      }
      for (let y = 0; y < L; y++) expect(fast[i * L + y]).toBeCloseTo(slow[y], 5);
    });
  });

  it("survives serialisation with quantised weights", () => {
    const again = parseModel(serialiseModel(model), "memory");
    expect(tagWords(again, [["Ali", "Shamkhani", "visited", "Tehran"]])).toEqual([["B-PER", "I-PER", "O", "B-LOC"]]);
    expect(again.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a file of another format", () => {
    expect(() => parseModel(Buffer.from("not gzip"), "bad.gz")).toThrow(/bad.gz/);
  });
});
