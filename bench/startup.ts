// Prints the milliseconds from process start to a ready annotator (all resources loaded), as JSON.
const started = performance.now();
const { createAnnotator } = await import("../src/annotator.js");
const annotator = createAnnotator();
annotator.annotate({ text: "Iran and Iraq signed an agreement in Tehran on Sunday." });
console.log(JSON.stringify({ ms: performance.now() - started, sinceProcessStart: performance.now() }));
