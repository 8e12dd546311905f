// The generic scorers every evaluator reuses: P/R/F arithmetic, conlleval chunks, span sets, accuracy, geo.
export * from "./prf.js";
export * from "./conll.js";
export * from "./spans.js";
export * from "./accuracy.js";
export * from "./geo.js";
