// A tiny hand-made gazetteer for the places tests: a few countries, divisions, cities and aliases
// chosen to exercise disambiguation, never the production data.
import type { Document, Entity } from "../../model/schema.js";
import { compileGazetteer, type GazetteerEntry } from "./compile.js";
import { parseGazetteer, type Gazetteer } from "./gazetteer.js";

const country = (name: string, iso3: string, lat: number, lon: number, more: Partial<GazetteerEntry> = {}): GazetteerEntry => ({
  name,
  featureType: "country",
  featureCode: "PCLI",
  country: iso3,
  lat,
  lon,
  source: "fixture",
  ...more,
});

const city = (name: string, iso3: string, admin1: string, population: number, lat: number, lon: number, more: Partial<GazetteerEntry> = {}): GazetteerEntry => ({
  name,
  featureType: "city",
  featureCode: "PPL",
  country: iso3,
  admin1,
  population,
  lat,
  lon,
  source: "fixture",
  ...more,
});

/** A US county as scripts/build-gazetteer.ts compiles it: admin2 with its state's code, named only with its descriptor. */
const county = (name: string, state: string, population: number, lat: number, lon: number): GazetteerEntry => ({
  name,
  featureType: "admin2",
  featureCode: "ADM2",
  country: "USA",
  admin1: state,
  population,
  lat,
  lon,
  source: "fixture",
});

export const FIXTURE_ENTRIES: readonly GazetteerEntry[] = [
  country("France", "FRA", 46, 2, { demonyms: ["French"] }),
  country("United States", "USA", 38, -97, { names: ["U.S.", "US", "America"], demonyms: ["American", "U.S."] }),
  country("Iran", "IRN", 32, 53, { demonyms: ["Iranian"] }),
  country("Iraq", "IRQ", 33, 44, { demonyms: ["Iraqi"] }),
  country("Georgia", "GEO", 42, 43.5, { demonyms: ["Georgian"] }),
  country("Afghanistan", "AFG", 33, 65),
  country("Hong Kong", "HKG", 22.3, 114.2),
  // "Thai" is both a name of the country and its adjective, as in world-countries' alternate spellings.
  country("Thailand", "THA", 15, 100, { names: ["Thai"], demonyms: ["Thai"] }),
  { name: "Texas", names: ["Tex.", "TX"], featureType: "admin1", country: "USA", admin1: "TX", lat: 31.25, lon: -99.25, source: "fixture" },
  { name: "Georgia", featureType: "admin1", country: "USA", admin1: "GA", lat: 32.75, lon: -83.5, source: "fixture" },
  { name: "Louisiana", names: ["La."], featureType: "admin1", country: "USA", admin1: "LA", lat: 31, lon: -92, source: "fixture" },
  { name: "Quebec", featureType: "admin1", country: "CAN", admin1: "10", lat: 52, lon: -72, source: "fixture" },
  { name: "Kandahar Province", featureType: "admin1", country: "AFG", lat: 31.0, lon: 65.6, source: "fixture" },
  city("Paris", "FRA", "11", 2_138_551, 48.85341, 2.3488, { featureCode: "PPLC" }),
  city("Paris", "USA", "TX", 24_782, 33.66094, -95.55551),
  city("Paris", "USA", "TN", 10_156, 36.302, -88.326),
  city("Dallas", "USA", "TX", 1_300_000, 32.78306, -96.80667),
  { name: "New York", featureType: "admin1", country: "USA", admin1: "NY", lat: 43, lon: -75.5, source: "fixture" },
  { name: "Washington State", names: ["Washington"], featureType: "admin1", country: "USA", admin1: "WA", lat: 47.5, lon: -120.5, source: "fixture" },
  { name: "Oregon", featureType: "admin1", country: "USA", admin1: "OR", lat: 44, lon: -120.5, source: "fixture" },
  city("Washington, D.C.", "USA", "DC", 601_723, 38.89511, -77.03637, { featureCode: "PPLC", names: ["Washington"] }),
  city("New York City", "USA", "NY", 19_000_000, 40.71427, -74.00597, { names: ["New York"] }),
  city("Buffalo", "USA", "NY", 261_310, 42.88645, -78.87837),
  city("Buffalo", "USA", "MN", 15_453, 45.17191, -93.87469),
  city("Atlanta", "USA", "GA", 498_000, 33.749, -84.38798),
  city("Montreal", "CAN", "10", 1_600_000, 45.50884, -73.58781, { featureCode: "PPLA2" }),
  city("Québec", "CAN", "10", 528_595, 46.81228, -71.21454, { featureCode: "PPLA", names: ["Quebec City"] }),
  { name: "Central America", featureType: "region", country: null, lat: 12.8, lon: -85, source: "fixture" },
  { name: "South America", featureType: "continent", country: null, lat: -14.6, lon: -57.7, source: "fixture" },
  city("Christmas", "USA", "FL", 1_146, 28.53, -81.01),
  city("Rio Grande", "BRA", "23", 186_544, -32.035, -52.099),
  { name: "Rio Grande do Sul", featureType: "admin1", country: "BRA", admin1: "23", lat: -30, lon: -53.5, source: "fixture" },
  // A town named with an ordinary word.
  city("Federal", "ARG", "08", 16_000, -30.95, -58.78),
  // A city's district that outnumbers the towns of its name, and one that does not.
  city("Hollywood", "USA", "FL", 149_728, 26.0112, -80.14949),
  city("Hollywood", "USA", "CA", 167_664, 34.09834, -118.32674, { featureType: "district", featureCode: "PPLX" }),
  city("Atlanta", "ZAF", "06", 9_000, -25.5, 28.0, { featureType: "district", featureCode: "PPLX" }),
  // A district seat named with a compass word, as GeoNames has Hong Kong's "Central".
  city("Central", "HKG", "HCW", 0, 22.28, 114.16, { featureCode: "PPLA" }),
  city("Tehran", "IRN", "26", 7_153_309, 35.69439, 51.42151, { featureCode: "PPLC", names: ["Teheran"] }),
  city("Baghdad", "IRQ", "07", 7_216_000, 33.34058, 44.40088, { featureCode: "PPLC" }),
  city("São Paulo", "BRA", "27", 10_021_295, -23.5475, -46.63611),
  city("Kandahār", "AFG", "23", 391_190, 31.61332, 65.71013, { featureCode: "PPLA" }),
  {
    name: "Baghdad International Airport",
    names: ["Baghdad airport"],
    featureType: "airport",
    country: "IRQ",
    lat: 33.2625,
    lon: 44.2346,
    source: "fixture",
    note: "airport position",
  },
  { name: "White House", featureType: "building", featureCode: "ADMF", country: "USA", lat: 38.8977, lon: -77.0365, source: "fixture" },
  { name: "Gaza Strip", names: ["Gaza"], featureType: "region", country: "PSE", lat: 31.42, lon: 34.37, source: "fixture" },
  // Counties of one name in three states (keyed only with "County"), England's Kent and a US Kent County.
  county("Washington County", "TX", 20_000, 30.21, -96.4),
  county("Washington County", "GA", 20_000, 32.97, -82.8),
  county("Washington County", "OR", 600_000, 45.56, -123.1),
  country("United Kingdom", "GBR", 54, -2, { names: ["UK", "Britain"], demonyms: ["British"] }),
  { name: "Kent", featureType: "admin2", featureCode: "ADM2", country: "GBR", admin1: "ENG", lat: 51.2, lon: 0.7, source: "fixture" },
  county("Kent County", "DE", 180_000, 39.1, -75.5),
  // A town filed under a neighbour of the country written after it ("Pristina, Serbia").
  country("Serbia", "SRB", 44, 20.8),
  city("Pristina", "XKX", "01", 200_000, 42.67, 21.17),
  // A capital with a smaller namesake 24 km from its state's point.
  country("Italy", "ITA", 42.8, 12.8),
  city("Rome", "ITA", "07", 2_318_895, 41.89, 12.51, { featureCode: "PPLC" }),
  city("Rome", "USA", "NY", 32_573, 43.21, -75.46),
  // Namesakes in neighbouring states: Massachusetts's point lies 200 km from Connecticut's Plymouth.
  { name: "Massachusetts", featureType: "admin1", country: "USA", admin1: "MA", lat: 42.37, lon: -71.1, source: "fixture" },
  city("Plymouth", "USA", "MA", 7_494, 41.96, -70.67),
  city("Plymouth", "USA", "CT", 12_284, 41.67, -73.05),
  // Towns whose best namesakes (Danbury, Connecticut; Litchfield, New Hampshire) lie 230 km apart.
  city("Danbury", "USA", "CT", 84_657, 41.39, -73.45),
  city("Danbury", "GBR", "ENG", 6_673, 51.72, 0.58),
  city("Litchfield", "USA", "CT", 1_215, 41.75, -73.19),
  city("Litchfield", "USA", "NH", 8_307, 42.84, -71.48),
  // A London district the gazetteer lacks, known only as a small Canadian town; and a neighbour's small town.
  country("Canada", "CAN", 60, -95),
  city("London", "GBR", "ENG", 7_556_900, 51.51, -0.13, { featureCode: "PPLC" }),
  city("Manchester", "GBR", "ENG", 395_515, 53.48, -2.24),
  city("Toronto", "CAN", "08", 2_600_000, 43.7, -79.42, { featureCode: "PPLA" }),
  city("Tottenham", "CAN", "08", 5_143, 44.02, -79.81),
  city("Venice", "ITA", "20", 270_816, 45.44, 12.33),
  city("Cannes", "FRA", "93", 73_603, 43.55, 7.01),
  // A town too small to be read as a place when the entity layer calls its name an organisation.
  city("Ingham", "AUS", "04", 4_557, -18.65, 146.16),
  // Washington State's town of a shared name, a capital with small American namesakes, a country's only
  // town of its name, a small town of many namesakes and a county seat among villages of its name.
  city("Parkland", "USA", "WA", 35_803, 47.16, -122.43),
  city("Parkland", "USA", "FL", 30_177, 26.31, -80.24),
  country("Ireland", "IRL", 53, -8),
  city("Dublin", "IRL", "L", 1_024_027, 53.33, -6.25, { featureCode: "PPLC" }),
  city("Dublin", "USA", "CA", 57_721, 37.7, -121.94),
  city("Dublin", "USA", "OH", 45_098, 40.1, -83.11),
  country("Bosnia and Herzegovina", "BIH", 44.08, 17.9, { names: ["Bosnia"] }),
  city("Srebrenica", "BIH", "02", 2_862, 44.1, 19.3, { featureCode: "PPLA2" }),
  city("Whitehall", "USA", "OH", 18_694, 39.97, -82.89),
  city("Whitehall", "USA", "PA", 13_834, 40.36, -79.99),
  city("Los Alamos", "USA", "NM", 12_019, 35.89, -106.31, { featureCode: "PPLA2" }),
  city("Los Alamos", "USA", "CA", 1_890, 34.74, -120.28),
  // A capital's name shared by a hamlet next to a town of one name only.
  city("San Juan", "PRI", "127", 418_140, 18.47, -66.11, { featureCode: "PPLC" }),
  city("San Juan", "PER", "06", 0, -7.3, -78.5, { featureCode: "PPLA3" }),
  city("Choropampa", "PER", "06", 0, -6.44, -78.35, { featureCode: "PPLA3" }),
  // A state with a village of its name near a town of one name only.
  { name: "Florida", featureType: "admin1", country: "USA", admin1: "FL", lat: 28.75, lon: -82.5, source: "fixture" },
  city("Florida", "USA", "NY", 2_833, 41.33, -74.36),
  city("Newburgh", "USA", "NY", 28_866, 41.5, -74.02),
  // A region across borders that is also one country's province.
  { name: "Kurdistan", featureType: "region", country: null, lat: 37, lon: 43.5, source: "fixture" },
  { name: "Kurdistan", featureType: "admin1", country: "IRN", admin1: "16", lat: 35.58, lon: 46.86, source: "fixture" },
  // A state capital known by one name only, and a town whose English namesake leads it by one order of magnitude.
  city("Hartford", "USA", "CT", 121_054, 41.76, -72.69, { featureCode: "PPLA" }),
  city("Manchester", "USA", "CT", 30_577, 41.78, -72.52),
  // A country whose point lies within 1,000 km of its towns, and a London district's name the gazetteer knows
  // only as towns elsewhere.
  country("South Africa", "ZAF", -29, 25),
  city("Kensington", "ZAF", "06", 9_000, -26.19, 28.1),
  city("Kensington", "USA", "MD", 2_213, 39.03, -77.08),
];

/** The fixture gazetteer, parsed from compiled JSON exactly as the production file is; `extra` entries join it. */
export function fixtureGazetteer(extra: readonly GazetteerEntry[] = []): Gazetteer {
  return parseGazetteer(JSON.stringify(compileGazetteer([...FIXTURE_ENTRIES, ...extra])), "fixture");
}

/** Canada's London and Ontario with its Californian namesake: kept out of the base fixture, whose London tests assume one London. */
export const ONTARIO_ENTRIES: readonly GazetteerEntry[] = [
  city("London", "CAN", "08", 346_765, 42.98, -81.23),
  { name: "Ontario", featureType: "admin1", country: "CAN", admin1: "08", lat: 49.25, lon: -84.5, source: "fixture" },
  city("Ontario", "USA", "CA", 171_214, 34.06, -117.65),
];

/** `doc` with entities at the given (text, type) spans, found left to right in its text. */
export function withEntities(doc: Document, spans: [string, Entity["type"]][]): Document {
  let from = 0;
  const entities: Entity[] = spans.map(([surface, type], i) => {
    const start = doc.text.indexOf(surface, from);
    if (start < 0) throw new Error(`fixture: "${surface}" not in text`);
    from = start + surface.length;
    return { id: `e${i}`, start, end: start + surface.length, text: surface, type, actorId: null };
  });
  return { ...doc, entities };
}
