// Pipeline core: stage declaration, composition and diagnostics.
export * from "./stage.js";
export * from "./pipeline.js";
