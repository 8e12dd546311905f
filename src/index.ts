// sitrep as a library: the annotator, the document model, readers, the store and the exports.
export { createAnnotator, defaultStages, type Annotator, type AnnotatorOptions, type DictionaryOverrides } from "./annotator.js";
export * from "./model/index.js";
export { createPipeline, defineStage, diagnostic, type Pipeline, type Stage } from "./pipeline/index.js";
export { readInputs, readBuffer, type ReadOptions, type ReadResult } from "./ingest/index.js";
export * from "./store/index.js";
export { eventsToCsv, EVENT_COLUMNS } from "./export/events.js";
export { explainDocument } from "./cli/commands/explain.js";
export { SITREP_VERSION } from "./version.js";
