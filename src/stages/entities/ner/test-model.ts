// A tiny hand-made NER model for logic tests: a few weighted features, no training data.
import { bilouLabels, CONLL_TYPES } from "./tags.js";
import { assembleModel, mergeLayers, type LayerWeights, type NerModel } from "./model.js";
import type { GazetteerData } from "./gazetteer.js";

/** Build a model whose stage-1 layer has exactly the given feature → label weights. */
export function tinyModel(weights: Record<string, Record<string, number>>, gazetteerData: GazetteerData = {}, stage2?: Record<string, Record<string, number>>): NerModel {
  const labels = bilouLabels(CONLL_TYPES);
  const L = labels.length;
  const layer = (spec: Record<string, Record<string, number>>): LayerWeights => {
    const features = new Map<string, number>();
    const w = new Float32Array(Object.keys(spec).length * L);
    Object.entries(spec).forEach(([name, byLabel], i) => {
      features.set(name, i);
      for (const [label, value] of Object.entries(byLabel)) w[i * L + labels.indexOf(label)] = value;
    });
    return { features, weights: w, transitions: new Float32Array(L * L) };
  };
  const merged = mergeLayers(layer(weights), stage2 ? layer(stage2) : null, L);
  return assembleModel({ labels, gazetteerData, ...merged, sha256: "test" });
}
