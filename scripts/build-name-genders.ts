// Build script: compiles resources/names/first-name-gender.json (first names that clearly belong to
// one sex) from the US Census 1990 first-name lists in ../shared/data/names and sitrep's own list of
// given names in international news, with its manifest.
// Run: npx tsx scripts/build-name-genders.ts   (SITREP_SHARED overrides ../shared)
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_GENDER_RULE, genderedFirstNames, parseCensusFirstNames, WORLD_NAMES, withWorldNames } from "../src/stages/actors/build/name-genders.js";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const shared = resolve(process.env.SITREP_SHARED ?? join(root, "../shared"));
const outDir = join(root, "resources/names");

function sha256(bytes: Buffer | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

const inputs = ["dist.male.first", "dist.female.first"].map((file) => {
  const path = `data/names/${file}`;
  const bytes = readFileSync(join(shared, path));
  return { path, bytes, sha256: sha256(bytes) };
});
const [male, female] = inputs.map((i) => parseCensusFirstNames(i.bytes.toString("latin1")));
const names = withWorldNames(genderedFirstNames(male, female, DEFAULT_GENDER_RULE));
const data = `{"male":${JSON.stringify(names.male)},\n"female":${JSON.stringify(names.female)}}\n`;
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "first-name-gender.json"), data);
const manifest = {
  name: "first-name-gender",
  description: "First names that clearly belong to one sex, for the actors stage's pronoun agreement.",
  file: "first-name-gender.json",
  sha256: sha256(data),
  bytes: Buffer.byteLength(data),
  records: { male: names.male.length, female: names.female.length },
  builtBy: "scripts/build-name-genders.ts",
  rule: { ratio: DEFAULT_GENDER_RULE.ratio, floorPercent: DEFAULT_GENDER_RULE.floor, exclude: [...DEFAULT_GENDER_RULE.exclude].sort() },
  worldNames: { male: WORLD_NAMES.male.length, female: WORLD_NAMES.female.length, source: "src/stages/actors/build/name-genders.ts (sitrep's own list, MIT)" },
  sources: inputs.map((i) => ({
    name: "US Census 1990 Frequently Occurring Names",
    file: i.path,
    sha256: i.sha256,
    version: "1990",
    upstream: "https://www2.census.gov/topics/genealogy/1990surnames/",
    licence: "public domain (work of the US Government, 17 U.S.C. § 105)",
  })),
};
writeFileSync(join(outDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(
  join(outDir, "NOTICE.part"),
  [
    "First-name gender table (resources/names/first-name-gender.json)",
    "------------------------------------------------------------------",
    "Compiled by scripts/build-name-genders.ts from the US Census Bureau 1990 \"Frequently Occurring",
    "Names\" male and female first-name lists (https://www2.census.gov/topics/genealogy/1990surnames/),",
    "public domain as a work of the US Government (17 U.S.C. § 105). sitrep keeps only the names that",
    "are at least ten times as frequent for one sex as for the other (0.01% or more of that sex), and",
    "adds its own list (MIT) of given names of international news that the 1990 lists barely record.",
    "",
  ].join("\n"),
);
process.stdout.write(`first-name-gender: ${names.male.length} male, ${names.female.length} female\n`);
