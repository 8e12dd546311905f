// A tiny hand-made NER model for logic tests: a few weighted features, no training data.
import { hashString } from "./feature-keys.js";
import type { GazetteerData } from "./gazetteer.js";
import { assembleModel, mergeLayers, type LayerWeights, type NerModel } from "./model.js";
import { bilouLabels, CONLL_TYPES } from "./tags.js";

/** A feature and its weights per label; a string is a word-type feature ("w=Ali", "-1l=ali"). */
export type TinyWeights = [key: number | string, byLabel: Record<string, number>][];

/** Build a model whose stage-1 layer has exactly the given feature → label weights. */
export function tinyModel(weights: TinyWeights, gazetteerData: GazetteerData = {}, stage2?: TinyWeights): NerModel {
  const labels = bilouLabels(CONLL_TYPES);
  const L = labels.length;
  const layer = (spec: TinyWeights): LayerWeights => {
    const features = new Map<number, number>();
    const w = new Float32Array(spec.length * L);
    spec.forEach(([key, byLabel], i) => {
      features.set(typeof key === "string" ? hashString(key) : key, i);
      for (const [label, value] of Object.entries(byLabel)) w[i * L + labels.indexOf(label)] = value;
    });
    return { features, weights: w, transitions: new Float32Array(L * L) };
  };
  const merged = mergeLayers(layer(weights), stage2 ? layer(stage2) : null, L);
  return assembleModel({ labels, gazetteerData, ...merged, sha256: "test" });
}
