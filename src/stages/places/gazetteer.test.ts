import { describe, expect, it } from "vitest";
import { InputError } from "../../model/errors.js";
import { compileGazetteer } from "./compile.js";
import { loadGazetteer, lookupDemonym, lookupPlace, lookupVariant, parseGazetteer } from "./gazetteer.js";
import { PLACE_KEY_VERSION } from "./normalise.js";
import { FIXTURE_ENTRIES, fixtureGazetteer } from "./testing.js";

describe("parseGazetteer and lookupPlace", () => {
  const gazetteer = fixtureGazetteer();

  it("finds records by normalised name: case, diacritics, 'the', possessives", () => {
    expect(lookupPlace(gazetteer, "sao paulo").map((r) => r.name)).toEqual(["São Paulo"]);
    expect(lookupPlace(gazetteer, "the Gaza Strip").map((r) => r.featureType)).toEqual(["region"]);
    expect(lookupPlace(gazetteer, "Iran’s").map((r) => r.country)).toEqual(["IRN"]);
    expect(lookupPlace(gazetteer, "KANDAHAR").map((r) => r.name)).toEqual(["Kandahār"]);
  });

  it("finds alternate names and returns every sense of an ambiguous name", () => {
    expect(lookupPlace(gazetteer, "Teheran")[0].name).toBe("Tehran");
    const paris = lookupPlace(gazetteer, "Paris");
    expect(paris.map((r) => r.country).sort()).toEqual(["FRA", "USA", "USA"]);
    expect(lookupPlace(gazetteer, "Georgia").map((r) => r.featureType).sort()).toEqual(["admin1", "country"]);
  });

  it("finds other transliterations of a name, alternate names included", () => {
    expect(lookupVariant(gazetteer, "Kandaher").map((r) => r.name)).toEqual(["Kandahār"]);
    expect(lookupVariant(gazetteer, "Tehrann").map((r) => r.name)).toEqual(["Tehran"]);
    expect(lookupVariant(gazetteer, "Kandahur")).toEqual([]);
  });

  it("keeps record fields and notes, and returns frozen shared records", () => {
    const [airport] = lookupPlace(gazetteer, "Baghdad airport");
    expect(airport).toMatchObject({ name: "Baghdad International Airport", featureType: "airport", country: "IRQ", lat: 33.2625, note: "airport position" });
    expect(Object.isFrozen(airport)).toBe(true);
    expect(lookupPlace(gazetteer, "Baghdad International Airport")[0]).toBe(airport);
  });

  it("looks demonyms up separately from names", () => {
    expect(lookupDemonym(gazetteer, "Iranian").map((r) => r.name)).toEqual(["Iran"]);
    expect(lookupPlace(gazetteer, "Iranian")).toEqual([]);
  });

  it("finds a country's first-level division by its admin1 code", () => {
    expect(gazetteer.division("USA", "TX")?.name).toBe("Texas");
    expect(gazetteer.division("USA", "ZZ")).toBeNull();
    expect(gazetteer.division("USA", "")).toBeNull();
  });

  it("does not find Object.prototype members", () => {
    expect(lookupPlace(gazetteer, "constructor")).toEqual([]);
    expect(lookupDemonym(gazetteer, "toString")).toEqual([]);
  });

  it("refuses a file built with another key version, naming the file", () => {
    const stale = { ...compileGazetteer(FIXTURE_ENTRIES), keyVersion: PLACE_KEY_VERSION + 1 };
    expect(() => parseGazetteer(JSON.stringify(stale), "old.json")).toThrow(InputError);
    expect(() => parseGazetteer(JSON.stringify(stale), "old.json")).toThrow(/old\.json.*scripts\/build-gazetteer/);
  });

  it("refuses columns of different lengths and non-JSON", () => {
    const broken = { ...compileGazetteer(FIXTURE_ENTRIES), lat: [1] };
    expect(() => parseGazetteer(JSON.stringify(broken))).toThrow(/column lat/);
    expect(() => parseGazetteer("#not json")).toThrow(InputError);
  });
});

describe("the committed gazetteer", () => {
  it("loads and resolves Tehran to about 35.69 N 51.42 E", () => {
    const gazetteer = loadGazetteer();
    const [tehran] = lookupPlace(gazetteer, "Tehran");
    expect(tehran.country).toBe("IRN");
    expect(tehran.lat).toBeCloseTo(35.69, 1);
    expect(tehran.lon).toBeCloseTo(51.42, 1);
    expect(gazetteer.size).toBeGreaterThan(100_000);
  });
});
