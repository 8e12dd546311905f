import { describe, expect, it } from "vitest";
import { emptyDocument, makeArticle } from "../../model/document.js";
import { EventLocation, Place, type Document, type Entity } from "../../model/schema.js";
import { createPlacesStage, toponymSpan } from "./places.js";
import { fixtureGazetteer, withEntities } from "./testing.js";
import { createTokensStage } from "../tokens/wink.js";

/** A document whose entities are the given (text, type) spans, found left to right in the text. */
function docWithEntities(text: string, spans: [string, Entity["type"]][]): Document {
  return withEntities(emptyDocument(makeArticle({ text })), spans);
}

describe("places stage", () => {
  const stage = createPlacesStage({ gazetteer: fixtureGazetteer() });

  it("declares its layers and records the gazetteer hash", () => {
    expect(stage).toMatchObject({ id: "places", version: 2, requires: ["tokens", "entities"], assigns: ["places"] });
    expect(stage.resources?.["places-gazetteer"]).toMatch(/^[0-9a-f]{16}$/);
  });

  it("resolves GPE, LOC and FAC entities and skips NORP and others", () => {
    const doc = docWithEntities("Iranian officials in Tehran met Iraqi envoys at Baghdad International Airport near the Gaza Strip, said Reuters.", [
      ["Iranian", "NORP"],
      ["Tehran", "GPE"],
      ["Iraqi", "NORP"],
      ["Baghdad International Airport", "FAC"],
      ["the Gaza Strip", "LOC"],
      ["Reuters", "ORG"],
    ]);
    const places = stage.run(doc).places;
    expect(places.map((p) => [p.text, p.name, p.country, p.featureType])).toEqual([
      ["Tehran", "Tehran", "IRN", "city"],
      ["Baghdad International Airport", "Baghdad International Airport", "IRQ", "airport"],
      ["Gaza Strip", "Gaza Strip", "PSE", "region"],
    ]);
    expect(places[0].lat).toBeCloseTo(35.69, 2);
  });

  it("joins the elided particle the entity layer cut off a tagged name the gazetteer knows whole ('Côte' + ' d'Ivoire')", () => {
    const ivory = createPlacesStage({
      gazetteer: fixtureGazetteer([{ name: "Côte d'Ivoire", featureType: "country", featureCode: "PCLI", country: "CIV", lat: 7.5, lon: -5.5, source: "fixture" }]),
    });
    const places = ivory.run(docWithEntities("Talks in Côte d'Ivoire ended.", [["Côte", "GPE"]])).places;
    expect(places.map((p) => [p.text, p.country])).toEqual([["Côte d'Ivoire", "CIV"]]);
  });

  it("names a county it lacks as written and places it at its state, with a diagnostic", () => {
    const doc = docWithEntities("Storms hit Texas. Deputies in Atlanta County and Dallas said roads were closed.", [
      ["Texas", "GPE"],
      ["Atlanta County", "GPE"],
      ["Dallas", "GPE"],
    ]);
    const out = stage.run(doc);
    const county = out.places.find((p) => p.text === "Atlanta County")!;
    expect(county).toMatchObject({ name: "Atlanta County", country: "USA", featureType: "admin2" });
    expect(county.lat).toBeCloseTo(31.25, 2);
    expect(out.diagnostics.map((d) => d.code)).toContain("places.container-point");
  });

  it("names a town its container lacks as written and places it at the container, as a town", () => {
    const doc = docWithEntities("Hail fell on Buffalo, Texas, on Monday.", [
      ["Buffalo", "GPE"],
      ["Texas", "GPE"],
    ]);
    const out = stage.run(doc);
    expect(out.places[0]).toMatchObject({ text: "Buffalo", name: "Buffalo", country: "USA", featureType: "city" });
    expect(out.places[0].lat).toBeCloseTo(31.25, 2);
    expect(out.diagnostics.map((d) => d.code)).toContain("places.container-point");
  });

  it("places a building the gazetteer lacks at the town its name opens with, the article's namesake of it", () => {
    const out = stage.run(
      docWithEntities("Two were hurt near Dallas, Texas. One was taken to Paris New Generation Baptist Church.", [
        ["Dallas", "GPE"],
        ["Texas", "GPE"],
        ["Paris New Generation Baptist Church", "FAC"],
      ]),
    );
    const church = out.places.find((p) => p.text === "Paris New Generation Baptist Church")!;
    expect(church).toMatchObject({ name: "Paris New Generation Baptist Church", country: "USA", featureType: "building", point: "container" });
    expect(church.lat).toBeCloseTo(33.66, 2);
    expect(out.diagnostics.map((d) => d.code)).toContain("places.container-point");
  });

  it("reads a town's name hyphened to the rest of a site's name as the site's town ('Montreal-Pierre Elliott Trudeau International Airport')", () => {
    const out = stage.run(
      docWithEntities("Snow hit Quebec. Flights left Montreal-Pierre Elliott Trudeau International Airport late.", [
        ["Quebec", "GPE"],
        ["Montreal-Pierre Elliott Trudeau International Airport", "FAC"],
      ]),
    );
    expect(out.places[1]).toMatchObject({ country: "CAN", featureType: "airport", point: "container" });
  });

  it("leaves unplaced a site whose opening names an institution or a saint, or a town outside the article's main country", () => {
    const out = stage.run(
      docWithEntities("Patients in Paris, Texas, and Dallas were moved to Royal Paris Hospital, Saint Paris Church and London Cathedral.", [
        ["Paris", "GPE"],
        ["Texas", "GPE"],
        ["Dallas", "GPE"],
        ["Royal Paris Hospital", "FAC"],
        ["Saint Paris Church", "FAC"],
        ["London Cathedral", "FAC"],
      ]),
    );
    for (const name of ["Royal Paris Hospital", "Saint Paris Church", "London Cathedral"]) {
      expect(out.places.find((p) => p.text === name)).toMatchObject({ lat: null, lon: null, point: null });
    }
  });

  it("keeps a town filed under a neighbour near the country written after it ('Pristina, Serbia')", () => {
    const out = stage.run(docWithEntities("Clashes broke out in Pristina, Serbia, on Monday.", [
      ["Pristina", "GPE"],
      ["Serbia", "GPE"],
    ]));
    expect(out.places[0]).toMatchObject({ text: "Pristina", name: "Pristina", country: "XKX" });
    expect(out.places[0].lat).toBeCloseTo(42.67, 2);
    expect(out.diagnostics.map((d) => d.code)).not.toContain("places.container-point");
  });

  it("drops a disease named with a place-like word and a storm's name, everywhere in the article", () => {
    const doc = docWithEntities("Bird Flu reached Paris after Hurricane Georgia. The victims of Georgia met in Dallas.", [
      ["Bird Flu", "LOC"],
      ["Paris", "GPE"],
      ["Hurricane Georgia", "LOC"],
      ["Georgia", "GPE"],
      ["Dallas", "GPE"],
    ]);
    expect(stage.run(doc).places.map((p) => p.text)).toEqual(["Paris", "Dallas"]);
    // Not a storm without its word: "a storm" is no name's title.
    const plain = docWithEntities("A storm Georgia had not seen hit Dallas.", [
      ["Georgia", "GPE"],
      ["Dallas", "GPE"],
    ]);
    expect(stage.run(plain).places.map((p) => p.text)).toEqual(["Georgia", "Dallas"]);
    // The storm's namesake town written with its state is the town.
    const town = docWithEntities("Hurricane Dallas flooded Dallas, Texas.", [
      ["Hurricane Dallas", "LOC"],
      ["Dallas", "GPE"],
      ["Texas", "GPE"],
    ]);
    expect(stage.run(town).places.map((p) => p.text)).toEqual(["Dallas", "Texas"]);
  });

  it("keeps a location-tagged name the gazetteer lacks only where the text says it is a place, once tokens give the context", () => {
    const tokens = createTokensStage();
    const text = "Nine people fell ill in Kampungu. They posted on Facebook that Hurricane Georgia spared Dallas, and Georgia left.";
    const doc = withEntities(tokens.run(emptyDocument(makeArticle({ text }))), [
      ["Kampungu", "LOC"],
      ["Facebook", "LOC"],
      ["Hurricane Georgia", "LOC"],
      ["Dallas", "GPE"],
      ["Georgia", "GPE"],
    ]);
    // "on Facebook" puts nothing in a place; the storm's name is still the storm's.
    expect(stage.run(doc).places.map((p) => p.text)).toEqual(["Kampungu", "Dallas"]);
  });

  it("finds a county named in the possessive that the entity layer split at the apostrophe ('Queen Anne's County')", () => {
    const stage = createPlacesStage({
      gazetteer: fixtureGazetteer([{ name: "Queen Anne's County", featureType: "admin2", featureCode: "ADM2", country: "USA", admin1: "MD", lat: 39.04, lon: -76.08, source: "fixture" }]),
    });
    const text = "Ducks were found in Queen Anne's County on Monday. Anne's County fair opened.";
    const doc = withEntities(createTokensStage().run(emptyDocument(makeArticle({ text }))), [["Anne", "PERSON"], ["County", "PERSON"]]);
    const places = stage.run(doc).places;
    expect(places.map((p) => p.text)).toEqual(["Queen Anne's County"]);
    expect(places[0]).toMatchObject({ country: "USA", featureType: "admin2" });
  });

  it("joins compass words the entity layer split from the place they narrow ('South West' + 'Texas')", () => {
    const doc = docWithEntities("Floods hit South West Texas and North-East Dallas. West Texas was dry.", [
      ["South West", "LOC"],
      ["Texas", "GPE"],
      ["North-East", "LOC"],
      ["Dallas", "GPE"],
      ["West Texas", "LOC"],
    ]);
    const places = stage.run(doc).places;
    expect(places.map((p) => p.text)).toEqual(["South West Texas", "North-East Dallas", "West Texas"]);
    expect(places[0]).toMatchObject({ name: "Texas", country: "USA" });
  });

  it("reads an unknown name in an illness's place as the illness, a known place there as the place", () => {
    const doc = docWithEntities("Nine people died of Marburg in Dallas. Cases of Kasai rose; Mbuji bacteria spread. Cases of Paris rose too.", [
      ["Marburg", "LOC"],
      ["Dallas", "GPE"],
      ["Kasai", "LOC"],
      ["Mbuji", "LOC"],
      ["Paris", "GPE"],
    ]);
    expect(stage.run(doc).places.map((p) => p.text)).toEqual(["Dallas", "Paris"]);
    // Without such words an unknown name stays, with null coordinates.
    const plain = docWithEntities("Nine people died in Marburg.", [["Marburg", "LOC"]]);
    expect(stage.run(plain).places).toMatchObject([{ text: "Marburg", lat: null }]);
  });

  it("places a county the gazetteer has at the county's own point, with no container diagnostic", () => {
    // The entity layer tags "Washington"; the capitalised "County" after it joins the span.
    const doc = docWithEntities("Storms hit Texas. Deputies in Washington County said roads were closed.", [
      ["Texas", "GPE"],
      ["Washington", "GPE"],
    ]);
    const out = stage.run(doc);
    const county = out.places.find((p) => p.text === "Washington County")!;
    expect(county).toMatchObject({ name: "Washington County", country: "USA", featureType: "admin2" });
    expect(county.lat).toBeCloseTo(30.21, 2);
    expect(out.diagnostics.map((d) => d.code)).not.toContain("places.container-point");
  });

  it("reads 'Co.' after a name as its county when the gazetteer knows that county, not after a firm's name", () => {
    const out = stage.run(
      docWithEntities("Storms hit Texas. Deputies in Washington Co. closed roads. PARIS CO. said Paris Co. would pay.", [
        ["Texas", "GPE"],
        ["Washington", "GPE"],
        ["PARIS CO.", "ORG"],
        ["Paris", "GPE"],
      ]),
    );
    const county = out.places.find((p) => p.text === "Washington Co.")!;
    expect(county).toMatchObject({ name: "Washington County", featureType: "admin2", country: "USA" });
    expect(county.lat).toBeCloseTo(30.21, 2);
    // No Paris County: the firm's "Co." stays out of the place's span.
    expect(out.places.map((p) => p.text)).toEqual(["Texas", "Washington Co.", "Paris"]);
  });

  it("keeps the full stop of an abbreviation, not of a sentence", () => {
    const out = stage.run(docWithEntities("Flooding hit Dallas, Tex. on Monday. Talks were held in Paris.", [["Dallas", "GPE"], ["Tex", "GPE"], ["Paris", "GPE"]]));
    expect(out.places.map((p) => p.text)).toEqual(["Dallas", "Tex.", "Paris"]);
    expect(out.places[1].name).toBe("Texas");
  });

  it("drops a title from a place's span and joins a capitalised county descriptor", () => {
    const out = stage.run(
      docWithEntities("US President Smith visited Atlanta County and the U.S. District Court.", [
        ["US President", "GPE"],
        ["Atlanta", "GPE"],
        ["U.S.", "GPE"],
      ]),
    );
    expect(out.places.map((p) => p.text)).toEqual(["US", "Atlanta County", "U.S."]);
  });

  it("drops a lowercase place noun the entity layer took into a known name's span ('the Gaza Strip area')", () => {
    const out = stage.run(docWithEntities("Shelling hit the Gaza Strip area on Monday.", [["Gaza Strip area", "LOC"]]));
    expect(out.places.map((p) => [p.text, p.name, p.country])).toEqual([["Gaza Strip", "Gaza Strip", "PSE"]]);
  });

  it("reads a place name that is a given name of the article's people as that person", () => {
    const doc = docWithEntities("Georgia Stevens skates. Her father Cory Stevens said Georgia trains daily in Dallas.", [
      ["Georgia Stevens", "ORG"],
      ["Cory Stevens", "PERSON"],
      ["Georgia", "GPE"],
      ["Dallas", "GPE"],
    ]);
    expect(stage.run(doc).places.map((p) => p.text)).toEqual(["Dallas"]);
    // The same two words read as one person's name ("China Daily") name nobody else's given name.
    const paper = docWithEntities("Georgia Daily reported that Georgia closed its border.", [["Georgia Daily", "PERSON"], ["Georgia", "GPE"]]);
    expect(stage.run(paper).places.map((p) => p.text)).toEqual(["Georgia"]);
  });

  it("reads a seat of government as the government unless the text puts something at it", () => {
    const doc = docWithEntities("The White House said talks in Paris failed. Protesters gathered outside the White House.", [
      ["White House", "FAC"],
      ["Paris", "GPE"],
      ["White House", "FAC"],
    ]);
    const places = stage.run(doc).places;
    expect(places.map((p) => p.text)).toEqual(["Paris", "White House"]);
    expect(places[1].start).toBeGreaterThan(40);
  });

  it("reads a place name before 'virus', 'fever' or 'flu' as a disease's", () => {
    const doc = docWithEntities("Cases of Dallas fever and West Nile virus rose in Texas.", [
      ["Dallas", "GPE"],
      ["West Nile", "LOC"],
      ["Texas", "GPE"],
    ]);
    expect(stage.run(doc).places.map((p) => p.text)).toEqual(["Texas"]);
    // A word ending in "virus" names the virus after the place it was found in ("Reston ebolavirus").
    const virus = docWithEntities("The Dallas ebolavirus was found in Texas.", [["Dallas", "GPE"], ["Texas", "GPE"]]);
    expect(stage.run(virus).places.map((p) => p.text)).toEqual(["Texas"]);
  });

  it("continues a place's name over a lowercase particle when the whole name is known ('Rio Grande' + ' do Sul')", () => {
    const doc = docWithEntities("Cases rose in Rio Grande do Sul and in Rio Grande de Ouro.", [["Rio Grande", "GPE"], ["Rio Grande", "GPE"]]);
    expect(stage.run(doc).places.map((p) => [p.text, p.featureType])).toEqual([
      ["Rio Grande do Sul", "admin1"],
      ["Rio Grande", "city"],
    ]);
  });

  it("drops a compass word alone and a feast tagged as places, and resolves a compass word with the head it shares", () => {
    const doc = docWithEntities("Trade in the West slowed before Christmas, said LE Central.", [
      ["West", "LOC"],
      ["Christmas", "GPE"],
      ["Central", "GPE"],
    ]);
    expect(stage.run(doc).places).toEqual([]);
    const shared = docWithEntities("Species of Central and South America.", [["Central", "GPE"], ["South America", "LOC"]]);
    expect(stage.run(shared).places.map((p) => [p.text, p.name])).toEqual([
      ["Central", "Central America"],
      ["South America", "South America"],
    ]);
  });

  it("drops an adjective of nationality the entity layer tagged as a place", () => {
    const doc = docWithEntities("Iranian officials met in Tehran.", [["Iranian", "GPE"], ["Tehran", "GPE"]]);
    const out = stage.run(doc);
    expect(out.places.map((p) => p.text)).toEqual(["Tehran"]);
    expect(out.diagnostics.map((d) => d.code)).not.toContain("places.unknown-toponym");
  });

  it("keeps every span true to the text and trims a possessive", () => {
    const doc = docWithEntities("Iran’s envoy met Iraq's minister.", [
      ["Iran’s", "GPE"],
      ["Iraq's", "GPE"],
    ]);
    const out = stage.run(doc);
    expect(out.places.map((p) => p.text)).toEqual(["Iran", "Iraq"]);
    for (const p of out.places) expect(out.text.slice(p.start, p.end)).toBe(p.text);
  });

  it("says whose point each place has: its own, its container's, a place it lies near, or its country's", () => {
    const point = (text: string, names: string[]) =>
      stage.run(docWithEntities(text, names.map((n): [string, Entity["type"]] => [n, "GPE"]))).places.map((p) => [p.text, p.point]);
    expect(point("Hail fell on Buffalo, Texas, on Monday.", ["Buffalo", "Texas"])).toEqual([
      ["Buffalo", "container"],
      ["Texas", "own"],
    ]);
    expect(point("A resident of Mabvuku, a suburb of Atlanta, said water ran out.", ["Mabvuku", "Atlanta"])).toEqual([
      ["Mabvuku", "container"],
      ["Atlanta", "own"],
    ]);
    expect(point("The cow was found in Fraser Valley, a farming community located east of Atlanta.", ["Fraser Valley", "Atlanta"])).toEqual([
      ["Fraser Valley", "beside"],
      ["Atlanta", "own"],
    ]);
    expect(point("He was born in Kutama, Iraq, in 1924.", ["Kutama", "Iraq"])).toEqual([
      ["Kutama", "country"],
      ["Iraq", "own"],
    ]);
    // No coordinates, no point to qualify.
    expect(point("Clashes erupted in Jazaa.", ["Jazaa"])).toEqual([["Jazaa", null]]);
  });

  it("reads a place or event location stored before points were qualified as having its own point", () => {
    const before = { start: 0, end: 6, text: "Tehran", name: "Tehran", country: "IRN", lat: 35.69, lon: 51.42 };
    expect(Place.parse({ ...before, featureType: "city" }).point).toBe("own");
    expect(EventLocation.parse({ ...before, inherited: false }).point).toBe("own");
    expect(EventLocation.parse({ ...before, inherited: false }).featureType).toBeNull();
    expect(Place.safeParse({ ...before, featureType: "city", point: "nearby" }).success).toBe(false);
  });

  it("keeps an unknown toponym with null coordinates and an info diagnostic", () => {
    const out = stage.run(docWithEntities("Clashes erupted in Jazaa.", [["Jazaa", "GPE"]]));
    expect(out.places).toEqual([{ start: 19, end: 24, text: "Jazaa", name: "Jazaa", country: null, lat: null, lon: null, featureType: null, point: null }]);
    expect(out.diagnostics).toEqual([
      expect.objectContaining({ code: "places.unknown-toponym", stage: "places", severity: "info", start: 19, end: 24 }),
    ]);
  });

  it("keeps a refused far-away namesake as a place with null coordinates, saying why", () => {
    const out = stage.run(docWithEntities("Police in London and Manchester said a man from Tottenham was arrested.", [["London", "GPE"], ["Manchester", "GPE"], ["Tottenham", "GPE"]]));
    expect(out.places[2]).toMatchObject({ text: "Tottenham", name: "Tottenham", lat: null, lon: null, country: null });
    const note = out.diagnostics.find((d) => d.code === "places.unlisted-namesake");
    expect(note?.message).toMatch(/far-away namesakes/);
  });

  it("does not mutate its input", () => {
    const doc = docWithEntities("Talks in Paris.", [["Paris", "GPE"]]);
    const frozen = JSON.stringify(doc);
    stage.run(doc);
    expect(JSON.stringify(doc)).toBe(frozen);
  });
});

describe("toponymSpan", () => {
  it("drops 's but keeps the s of a plural possessive", () => {
    expect(toponymSpan({ start: 10, end: 16, text: "Iran's" })).toEqual({ start: 10, end: 14, text: "Iran" });
    expect(toponymSpan({ start: 0, end: 12, text: "Philippines'" })).toEqual({ start: 0, end: 11, text: "Philippines" });
    expect(toponymSpan({ start: 0, end: 5, text: "Paris" })).toEqual({ start: 0, end: 5, text: "Paris" });
    expect(toponymSpan({ start: 4, end: 22, text: "The United States'" })).toEqual({ start: 8, end: 21, text: "United States" });
  });

  it("drops a name the gazetteer lacks that modifies a common noun ('Molotov cocktails'), not one before a place's noun", () => {
    const stage = createPlacesStage({ gazetteer: fixtureGazetteer() });
    const tokens = createTokensStage();
    const tagged = (text: string, spans: [string, Entity["type"]][]) => withEntities(tokens.run(emptyDocument(makeArticle({ text }))), spans);
    const thrown = stage.run(tagged("Protesters threw Molotov cocktails at police in Paris.", [["Molotov", "GPE"], ["Paris", "GPE"]]));
    expect(thrown.places.map((p) => p.text)).toEqual(["Paris"]);
    const province = stage.run(tagged("Fighting spread to Nangarhar province and Nangarhar residents fled.", [["Nangarhar", "GPE"], ["Nangarhar", "GPE"]]));
    expect(province.places.map((p) => p.text)).toEqual(["Nangarhar", "Nangarhar"]);
    // A known place modifying a noun stays the place ("a Paris rally").
    expect(stage.run(tagged("A Paris rally drew crowds.", [["Paris", "GPE"]])).places.map((p) => p.text)).toEqual(["Paris"]);
  });

  it("keeps a name the gazetteer lacks before a noun of a site ('the Qalandia refugee camp', 'the Shatila camp')", () => {
    const stage = createPlacesStage({ gazetteer: fixtureGazetteer() });
    const text = "Marchers left the Qalandia refugee camp and the Shatila camp.";
    const doc = withEntities(createTokensStage().run(emptyDocument(makeArticle({ text }))), [["Qalandia", "GPE"], ["Shatila", "GPE"]]);
    expect(stage.run(doc).places.map((p) => p.text)).toEqual(["Qalandia", "Shatila"]);
    // A street's noun too: an untagged name before it is the street ("on Champs-Elysees boulevard").
    const street = "A gunman opened fire on Champs-Elysees boulevard on Thursday.";
    expect(stage.run(createTokensStage().run(emptyDocument(makeArticle({ text: street })))).places.map((p) => p.text)).toEqual(["Champs-Elysees"]);
  });

  it("gives a span that opens with a lowercase Arabic article the proper noun before it ('Bab el-Oued', not 'El Oued')", () => {
    const elOued = { name: "El Oued", featureType: "city" as const, featureCode: "PPLA", country: "DZA", admin1: "50", population: 186_534, lat: 33.37, lon: 6.87, source: "fixture" };
    const stage = createPlacesStage({ gazetteer: fixtureGazetteer([elOued]) });
    const tagged = (text: string, spans: [string, Entity["type"]][]) => withEntities(createTokensStage().run(emptyDocument(makeArticle({ text }))), spans);
    const out = stage.run(tagged("He was treated in Bab el-Oued hospital.", [["el-Oued", "GPE"]]));
    expect(out.places).toMatchObject([{ text: "Bab el-Oued", lat: null }]);
    // A capitalised preposition is no head: "In el-Oued" stays El Oued.
    expect(stage.run(tagged("In el-Oued, protests grew.", [["el-Oued", "GPE"]])).places).toMatchObject([{ text: "el-Oued", name: "El Oued" }]);
  });

  it("reads degrees written with full stops as no places ('M.D.' is no Maryland)", () => {
    const stage = createPlacesStage({ gazetteer: fixtureGazetteer() });
    const doc = docWithEntities("Maury Rosenstein, M.D., Ph.D., moved to Texas.", [
      ["M.D.", "LOC"],
      ["Ph", "LOC"],
      ["D.", "LOC"],
      ["Texas", "GPE"],
    ]);
    expect(stage.run(doc).places.map((p) => p.text)).toEqual(["Texas"]);
  });
});
