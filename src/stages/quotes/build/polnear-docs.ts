// Developer helper (not part of the product): each PolNeAR text once, annotated, with its gold
// attributions and a map from annotated-text offsets back to the raw text the gold spans index.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Annotator } from "../../../annotator.js";
import { parsePolnearAnn, type GoldAttribution } from "../../../eval/quotes.js";
import type { Document } from "../../../model/schema.js";

export interface PolnearDoc {
  name: string;
  raw: string;
  gold: GoldAttribution[];
  doc: Document;
  /** Raw-text offset of each annotated-text offset (normalisation only drops or folds characters). */
  back: Int32Array;
}

/** The PolNeAR gold folder beside the project (../shared). */
export const POLNEAR_DIR = resolve(join(import.meta.dirname, "../../../../../shared/gold/quotes/polnear"));

/** Annotate each PolNeAR text (its first annotation file only) with `annotator`. */
export function* polnearDocs(annotator: Annotator, dir = POLNEAR_DIR): Generator<PolnearDoc> {
  const seen = new Set<string>();
  for (const file of readdirSync(join(dir, "attributions")).sort()) {
    const name = file.replace(/_[0-9a-f]+\.ann$/, "");
    if (seen.has(name)) continue;
    seen.add(name);
    const raw = readFileSync(join(dir, "text", `${name}.txt`), "utf8");
    const gold = parsePolnearAnn(readFileSync(join(dir, "attributions", file), "utf8"));
    const doc = annotator.annotate({ text: raw, id: name });
    const back = new Int32Array(doc.text.length + 1);
    let r = 0;
    for (let j = 0; j < doc.text.length; j++) {
      const c = doc.text[j];
      while (r < raw.length && raw[r] !== c && !(/\s/.test(raw[r]) && /\s/.test(c))) r++;
      back[j] = r++;
    }
    back[doc.text.length] = r;
    yield { name, raw, gold, doc, back };
  }
}
