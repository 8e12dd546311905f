// Public API of the compiled dictionary resources: loader, matchers, code resolution and types.
export {
  createCameoLookup,
  defaultDictionaryDir,
  loadDictionaries,
  type Dictionaries,
  type DictionaryManifest,
} from "./dictionaries.js";
export {
  codeAt,
  codesAt,
  createActorMatcher,
  createAgentMatcher,
  createPhraseMatcher,
  formerCodeAt,
  type PhraseMatch,
  type PhraseMatcher,
} from "./matchers.js";
export { displayName, foldToken, nameKey, phraseKeys, tokenKey } from "./names.js";
export { createVerbIndex, type VerbIndex, type VerbRef } from "./verb-index.js";
export type * from "./types.js";
