// The document model: schema, types, ids, normalisation and the offset invariant.
export * from "./schema.js";
export * from "./errors.js";
export * from "./ids.js";
export * from "./normalise.js";
export * from "./document.js";
export * from "./offsets.js";
