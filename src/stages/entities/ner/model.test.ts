import { describe, expect, it } from "vitest";
import { docContext, tokenFeatures } from "./features.js";
import { featureKey } from "./feature-keys.js";
import { emissions, featureKeys, Sources, TagScratch, tagWords, type NerModel } from "./model.js";
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

  it("keeps word vectors in a pool that grows without moving them and starts over between documents", () => {
    const scratch = new TagScratch(Float32Array.from([1, 2, 3]), { initial: 4, limit: 6 });
    const a = scratch.allocate(3);
    expect(a).toBe(3);
    scratch.table.set([7, 8, 9], a);
    const b = scratch.allocate(4); // past the initial pool: the table grows
    expect(b).toBe(6);
    expect(Array.from(scratch.table.subarray(0, 10))).toEqual([1, 2, 3, 7, 8, 9, 0, 0, 0, 0]);
    const memo = new Map([["word", a]]);
    scratch.settle(memo); // 7 floats > limit 6: start over
    expect(scratch.generation).toBe(1);
    expect(memo.size).toBe(0);
    scratch.table.fill(5, 3);
    expect(scratch.allocate(2)).toBe(3);
    expect(Array.from(scratch.table.subarray(0, 5))).toEqual([1, 2, 3, 0, 0]);
    scratch.settle(memo); // 2 floats: kept
    expect(scratch.generation).toBe(1);
  });

  it("tags the same without WebAssembly SIMD", () => {
    const sentences = [["Ali", "Shamkhani", "visited", "Tehran"], ["Ali", "met", "officials", "in", "Tehran"]];
    const scalar: NerModel = Object.freeze({
      ...model,
      memo: new Map(),
      words: new Map(),
      scratch: new TagScratch(model.scratch.table.slice(0, model.keys.length * (model.stage2 ? 2 : 1) * model.labels.length), undefined, { simd: false }),
    });
    expect(scalar.scratch.kernel).toBeNull();
    expect(model.scratch.kernel).not.toBeNull();
    expect(tagWords(scalar, sentences)).toEqual(tagWords(model, sentences));
  });

  it("keeps a document's scores and the weights when the pool grows past its room", () => {
    const scratch = new TagScratch(Float32Array.from([1, 2, 3]), { initial: 4, limit: 1000 }, { spare: 0 }); // the memory grows too
    scratch.emissions(5).set([1.5, 2.5, 3.5, 4.5, 5.5]);
    scratch.allocate(3);
    const a = scratch.allocate(20000); // the table grows (the scores after it move up)
    scratch.table.set([7, 8], a);
    expect(Array.from(scratch.scores.subarray(0, 5))).toEqual([1.5, 2.5, 3.5, 4.5, 5.5]);
    expect(Array.from(scratch.table.subarray(0, 3))).toEqual([1, 2, 3]);
    expect(Array.from(scratch.emissions(200000).subarray(0, 5))).toEqual([0, 0, 0, 0, 0]); // zeroed for the next document
    expect(Array.from(scratch.table.subarray(a, a + 2))).toEqual([7, 8]);
  });

  it("gathers sources beyond their home's room in an array of their own until cleared", () => {
    const home = new Int32Array(2);
    const sources = new Sources(home);
    sources.push(1);
    sources.push(2);
    expect(sources.homed).toBe(true);
    sources.push(3);
    expect(sources.homed).toBe(false);
    expect(Array.from(sources.offsets.subarray(0, sources.size))).toEqual([1, 2, 3]);
    sources.clear();
    expect(sources.homed).toBe(true);
    expect(sources.offsets).toBe(home);
  });

  it("tags the same after its word-vector pool started over", () => {
    const sentences = [["Ali", "Shamkhani", "visited", "Tehran"], ["Ali", "met", "officials", "in", "Tehran"]];
    const expected = tagWords(model, sentences);
    // A copy of the model whose pool starts over after every document (and grows on the way).
    const small: NerModel = Object.freeze({
      ...model,
      memo: new Map(),
      words: new Map(),
      scratch: new TagScratch(model.scratch.table.slice(0, model.keys.length * model.labels.length), { initial: 1, limit: 1 }),
    });
    for (let round = 0; round < 3; round++) expect(tagWords(small, sentences)).toEqual(expected);
    expect(small.scratch.generation).toBe(2);
  });
});
