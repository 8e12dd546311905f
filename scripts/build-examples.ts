// Builds examples/ from ../shared: the founding article (raw, as scraped, with a metadata sidecar)
// and the Wikinews corpus (CC BY 2.5) as one JSONL file. Run: npx tsx scripts/build-examples.ts
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../src/paths.js";

const shared = process.env.SITREP_SHARED ?? join(PACKAGE_ROOT, "..", "shared");
const examples = join(PACKAGE_ROOT, "examples");

const seed = "000_c55b60ebb2b2dd3a.txt";
copyFileSync(join(shared, "seeds", seed), join(examples, seed));
writeFileSync(
  join(examples, seed.replace(/\.txt$/, ".meta.json")),
  JSON.stringify({ published: "2020-11-15", source: "Press TV" }, null, 2) + "\n",
);

const lines = readFileSync(join(shared, "corpus", "wikinews-2019-2020.jsonl"), "utf8").split("\n").filter((l) => l.trim());
const out = lines.map((l) => {
  const a = JSON.parse(l) as Record<string, unknown>;
  return JSON.stringify({ ...a, source: "Wikinews", licence: "CC BY 2.5" });
});
writeFileSync(join(examples, "wikinews-2019-2020.jsonl"), out.join("\n") + "\n");
console.log(`examples: ${seed} + ${out.length} Wikinews articles`);
