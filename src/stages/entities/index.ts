// Public surface of the entities stage: the NER model API, the pipeline stage and the type mapping.
export { createEntitiesStage, findEntities, splitGlued, sentenceUnits } from "./ner-stage.js";
export { loadNerModel, parseModel, DEFAULT_NER_MODEL } from "./ner/model-file.js";
export { tagWords, type NerModel } from "./ner/model.js";
export { tagConll, readConll, scoreSpans } from "./ner/conll.js";
export { toSitrepType, toConllType } from "./types.js";
