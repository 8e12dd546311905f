// Layering verb dictionaries: sitrep's own pattern supplement or a user's pattern file over CAMEO.
// Patterns of a block with the same name come first (so they win ties); new blocks are added.
import type { VerbDictionary } from "./types.js";

/** `extra` layered over `base`: its patterns first in blocks of the same name, its new blocks and synsets added. */
export function mergeVerbDictionaries(base: VerbDictionary, extra: VerbDictionary): VerbDictionary {
  const extraByName = new Map(extra.blocks.map((b) => [b.name, b]));
  const blocks = base.blocks.map((b) => {
    const more = extraByName.get(b.name);
    if (!more) return b;
    extraByName.delete(b.name);
    const known = new Set(b.verbs.map((v) => v.lemma));
    return {
      ...b,
      verbs: [...b.verbs, ...more.verbs.filter((v) => !known.has(v.lemma))],
      patterns: [...more.patterns, ...b.patterns],
      code: more.code.code || more.code.reciprocal ? more.code : b.code,
    };
  });
  const synsetNames = new Set(base.synsets.map((s) => s.name));
  return {
    source: base.source,
    synsets: [...base.synsets, ...extra.synsets.filter((s) => !synsetNames.has(s.name))],
    blocks: [...blocks, ...extraByName.values()],
    transformations: [...extra.transformations, ...base.transformations],
  };
}
