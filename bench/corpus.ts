// The benchmark corpus: the bundled Wikinews articles repeated until the text reaches a target size.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../src/paths.js";

export interface BenchArticle {
  id: string;
  title: string;
  published: string | null;
  text: string;
}

/** Wikinews articles from examples/, repeated (with distinct ids and a copy marker) to ≥ minBytes of text. */
export function benchCorpus(minBytes: number): BenchArticle[] {
  const base = readFileSync(join(PACKAGE_ROOT, "examples", "wikinews-2019-2020.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as BenchArticle);
  const out: BenchArticle[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < minBytes; copy++) {
    for (const a of base) {
      // The copy marker keeps texts distinct, so content hashes (and store de-duplication) see new articles.
      const text = copy === 0 ? a.text : `${a.text}\n\n(copy ${copy})`;
      out.push({ ...a, id: `${a.id}-${copy}`, text });
      bytes += Buffer.byteLength(text);
    }
  }
  return out;
}
