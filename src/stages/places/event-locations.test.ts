import { describe, expect, it } from "vitest";
import { emptyDocument, makeArticle } from "../../model/document.js";
import type { Document, Entity, Event, EventParticipant } from "../../model/schema.js";
import { createTokensStage } from "../tokens/wink.js";
import { attachLocation, createEventLocationsStage, locateEvent, mainPlace } from "./event-locations.js";
import { findPlaces } from "./places.js";
import { fixtureGazetteer } from "./testing.js";

const gazetteer = fixtureGazetteer();
const tokens = createTokensStage();

/** Tokenised document with the named toponyms as GPE entities (every occurrence) and their places. */
function placed(text: string, toponyms: string[]): Document {
  const doc = tokens.run(emptyDocument(makeArticle({ text })));
  const entities: Entity[] = [];
  for (const name of toponyms) {
    for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + name.length)) {
      entities.push({ id: `e${entities.length}`, start: at, end: at + name.length, text: name, type: "GPE", actorId: null });
    }
  }
  entities.sort((a, b) => a.start - b.start);
  const withEntities = { ...doc, entities };
  return { ...withEntities, ...findPlaces(withEntities, gazetteer) };
}

function span(doc: Document, surface: string, from = 0): { start: number; end: number; text: string } {
  const start = doc.text.indexOf(surface, from);
  if (start < 0) throw new Error(`fixture: "${surface}" not in text`);
  return { start, end: start + surface.length, text: surface };
}

function participant(doc: Document, surface: string): EventParticipant {
  return { ...span(doc, surface), actorId: null, code: null };
}

function event(doc: Document, trigger: string, parts: { source?: string; target?: string } = {}): Event {
  const t = span(doc, trigger);
  return {
    id: `ev-${t.start}`,
    sentence: doc.sentences.findIndex((s) => s.start <= t.start && t.start < s.end),
    trigger: t,
    source: parts.source ? participant(doc, parts.source) : null,
    target: parts.target ? participant(doc, parts.target) : null,
    cameo: { code: "040", label: "Consult", goldstein: 1, quadClass: 1 },
    plover: null,
    modality: "asserted",
    negated: false,
    date: null,
    location: null,
    rule: "fixture",
    confidence: 1,
  };
}

describe("attachLocation", () => {
  it("lets a conjunct share the preposition of the noun before it ('against the company and Iran')", () => {
    const doc = placed("Thousands of people demonstrated against the French company and Iran.", ["Iran"]);
    expect(attachLocation(doc, span(doc, "demonstrated"))).toBeNull();
  });

  it("gives a verb with a prize, seat or bill as its object no scene ('captured the silver')", () => {
    const doc = placed("Hosts France captured the silver and Iraq took the bronze.", ["France", "Iraq"]);
    expect(attachLocation(doc, span(doc, "captured"))).toBeNull();
    const literal = placed("Hosts France captured the town and Iraq took the bronze.", ["France", "Iraq"]);
    expect(attachLocation(literal, span(literal, "captured"))).not.toBeNull();
    // A prize word modifying a noun is no prize: "the gold mine" is a real object.
    const mine = placed("Rebels captured the gold mine in Iraq.", ["Iraq"]);
    expect(attachLocation(mine, span(mine, "captured"))).not.toBeNull();
  });

  it("reads a participle after a possessive as part of the place phrase ('in Baghdad's walled Gaza')", () => {
    const doc = placed("Troops captured the compound in Baghdad's walled Gaza in 1967.", ["Baghdad", "Gaza"]);
    expect(attachLocation(doc, span(doc, "captured"))).toMatchObject({ place: { name: "Gaza Strip" } });
  });

  it("reads a city-state modifying a noun as specific as a town ('a Hong Kong hotel'), unlike a country", () => {
    const doc = placed("Protesters marched on a Hong Kong hotel on Monday.", ["Hong Kong"]);
    expect(attachLocation(doc, span(doc, "marched"))).toMatchObject({ place: { name: "Hong Kong" } });
    const national = placed("Protesters marched on a US hotel on Monday.", ["US"]);
    expect(attachLocation(national, span(national, "marched"))).toBeNull();
  });

  it("reads a place before a plural place noun as the argument's place ('captured six Gaza towns')", () => {
    const doc = placed("Israeli forces have captured six major Gaza towns since Monday.", ["Gaza"]);
    expect(attachLocation(doc, span(doc, "captured"))).toMatchObject({ basis: "attached", place: { name: "Gaza Strip" } });
  });

  it("reads a lone 's' after a place as a possessive whose apostrophe was lost ('in Iraq s war')", () => {
    const doc = placed("More than 900 people have been killed in Iraq s war.", ["Iraq"]);
    expect(attachLocation(doc, span(doc, "killed"))).toMatchObject({ basis: "attached", preposition: "in", place: { name: "Iraq" } });
  });

  it("takes a town setting a venue ('a posh Tehran restaurant') when nothing attaches, but no country", () => {
    const doc = placed("Last month, the owner of a posh Tehran restaurant was shot dead.", ["Tehran"]);
    expect(attachLocation(doc, span(doc, "shot"))).toMatchObject({ basis: "sentence", place: { name: "Tehran" } });
    const national = placed("Last month, the owner of a big Iran hotel was shot dead.", ["Iran"]);
    expect(attachLocation(national, span(national, "shot"))).toBeNull();
  });

  it("takes the place a locative preposition attaches ('in Tehran')", () => {
    const doc = placed("He met Iraq's defence minister in Tehran on Sunday.", ["Iraq", "Tehran"]);
    const found = attachLocation(doc, span(doc, "met"));
    expect(found).toMatchObject({ basis: "attached", preposition: "in", place: { name: "Tehran" } });
  });

  it("skips a place used as a modifier ('a US drone strike') for the attached airport", () => {
    const doc = placed("Soleimani was killed in a US drone strike at Baghdad International Airport on January 3.", ["US", "Baghdad International Airport"]);
    const found = attachLocation(doc, span(doc, "killed"));
    expect(found).toMatchObject({ basis: "attached", preposition: "at", place: { name: "Baghdad International Airport" } });
  });

  it("prefers the attached place nearest the trigger", () => {
    const doc = placed("Troops fought in Kandahar and later rested in Tehran.", ["Kandahar", "Tehran"]);
    expect(attachLocation(doc, span(doc, "fought"))?.place.name).toBe("Kandahār");
    expect(attachLocation(doc, span(doc, "rested"))?.place.name).toBe("Tehran");
  });

  it("follows 'of' and place lists back to the preposition", () => {
    const doc = placed("Rebels attacked positions in the province of Kandahar on Friday.", ["Kandahar"]);
    expect(attachLocation(doc, span(doc, "attacked"))).toMatchObject({ basis: "attached", place: { name: "Kandahār" } });
  });

  it("takes a town the verb acts on, object or passive subject, before a locative elsewhere", () => {
    const active = placed("In Afghanistan, rebels captured the city of Kandahar on Friday.", ["Afghanistan", "Kandahar"]);
    expect(attachLocation(active, span(active, "captured"))).toMatchObject({ basis: "attached", preposition: null, place: { name: "Kandahār" } });
    const passive = placed("Tehran was attacked overnight.", ["Tehran"]);
    expect(attachLocation(passive, span(passive, "attacked"))?.place.name).toBe("Tehran");
  });

  it("does not read a country as the object's location: it is the target actor", () => {
    const doc = placed("Iran attacked Iraq with missiles.", ["Iran", "Iraq"]);
    expect(attachLocation(doc, span(doc, "attacked"), [span(doc, "Iran"), span(doc, "Iraq")])).toBeNull();
  });

  it("keeps a locative place followed by a time word ('across Iraq Thursday')", () => {
    const doc = placed("Activists demonstrated across Iraq Thursday as leaders gathered in Tehran.", ["Iraq", "Tehran"]);
    expect(attachLocation(doc, span(doc, "demonstrated"))).toMatchObject({ preposition: "across", place: { name: "Iraq" } });
  });

  it("reads a place hanging on the subject noun as the subject's, not the event's", () => {
    const doc = placed("Thousands of students in Iraq protested on Thursday in Baghdad.", ["Iraq", "Baghdad"]);
    expect(attachLocation(doc, span(doc, "protested"))?.place.name).toBe("Baghdad");
  });

  it("walks over possessive determiners and counts a city naming a noun's setting", () => {
    const doc = placed("He was shot dead outside his Tehran home in the first such killing in Iraq.", ["Tehran", "Iraq"]);
    expect(attachLocation(doc, span(doc, "shot"))).toMatchObject({ preposition: "outside", place: { name: "Tehran" } });
  });

  it("falls back to a non-actor place of the sentence, never the source actor", () => {
    const doc = placed("Iran fired missiles on Sunday, and Baghdad condemned it.", ["Iran", "Baghdad"]);
    const trigger = span(doc, "fired");
    expect(attachLocation(doc, trigger, [span(doc, "Iran")])).toMatchObject({ basis: "sentence", place: { name: "Baghdad" } });
    // Without participants, a bare place right before the verb is taken for its subject.
    expect(attachLocation(doc, trigger)?.place.name).toBe("Baghdad");
  });

  it("ignores a place in an attribution ('according to officials in Tehran', 'speaking from Baghdad')", () => {
    const doc = placed("Five people were killed on Monday, according to officials in Tehran.", ["Tehran"]);
    expect(attachLocation(doc, span(doc, "killed"))).toBeNull();
    const spoken = placed("They were all killed, an activist said, speaking to reporters from Baghdad.", ["Baghdad"]);
    expect(attachLocation(spoken, span(spoken, "killed"))).toBeNull();
  });

  it("does not cross into a relative clause or a quotation", () => {
    const doc = placed("Police patrolled the streets after a strike by workers who speak a language which is common in Iran.", ["Iran"]);
    expect(attachLocation(doc, span(doc, "patrolled"))).toBeNull();
    const quoted = placed('Thousands marched to shouts of "Death to Texas" on Sunday.', ["Texas"]);
    expect(attachLocation(quoted, span(quoted, "marched"))).toBeNull();
    // A relative clause after a fronted place does not cut it off.
    const fronted = placed("In Kandahar, where troops have ringed the mosque, a monk was shot.", ["Kandahar"]);
    expect(attachLocation(fronted, span(fronted, "shot"))?.place.text).toBe("Kandahar");
    // Nor out of one: a trigger in a relative clause does not reach past the comma that closes it.
    const relative = placed("Iraq, whose bases have been bombed by US jets since 1991, backed Tehran in its war on Texas.", ["Iraq", "Tehran", "Texas"]);
    expect(attachLocation(relative, span(relative, "bombed"))?.place.text).toBe("Iraq");
  });

  it("takes the first place of a locative chain, which the later ones locate", () => {
    const doc = placed("A policeman was killed in Dallas, south of Atlanta, on Friday.", ["Dallas", "Atlanta"]);
    expect(attachLocation(doc, span(doc, "killed"))?.place.text).toBe("Dallas");
    const nested = placed("In a village near Kandahar in the south of Afghanistan, troops captured two men.", ["Kandahar", "Afghanistan"]);
    expect(attachLocation(nested, span(nested, "captured"))?.place.text).toBe("Kandahar");
    // A narrower place later in the chain is the one named: "in Baghdad at Baghdad airport".
    const narrower = placed("The delegations met in Tehran at Baghdad airport on Monday.", ["Tehran", "Baghdad airport"]);
    expect(attachLocation(narrower, span(narrower, "met"))?.place.text).toBe("Baghdad airport");
    // …unless it is a landmark: "north of Dallas" lies outside Dallas.
    const landmark = placed("Four soldiers were killed in rural Texas, north of Dallas.", ["Texas", "Dallas"]);
    expect(attachLocation(landmark, span(landmark, "killed"))?.place.text).toBe("Texas");
  });

  it("takes the possessed place over its possessor ('in Baghdad's Gaza quarter')", () => {
    const doc = placed("A bomb exploded in Baghdad's old Gaza quarter.", ["Baghdad", "Gaza"]);
    expect(attachLocation(doc, span(doc, "exploded"))?.place.text).toBe("Gaza");
  });

  it("does not cross into a second predicate with its own auxiliary", () => {
    const doc = placed("The rebels captured the eastern quarter and have vowed to march into Tehran by June.", ["Tehran"]);
    expect(attachLocation(doc, span(doc, "captured"))).toBeNull();
  });

  it("does not fall back to a place of origin, agent or company, even at the end of a long list", () => {
    const from = placed("Serbs from Iraq bombed the area on Wednesday.", ["Iraq"]);
    expect(attachLocation(from, span(from, "bombed"))).toBeNull();
    const list = placed("Iran increased cooperation with the navies of Georgia, Iraq, Afghanistan, and France.", ["Iran", "Georgia", "Iraq", "Afghanistan", "France"]);
    expect(attachLocation(list, span(list, "increased"), [span(list, "Iran")])).toBeNull();
  });

  it("reads a country paired with a nationality as a modifier ('U.S. and British aircraft')", () => {
    const doc = placed("U.S. and British aircraft patrol the zone.", ["U.S."]);
    expect(attachLocation(doc, span(doc, "patrol"))).toBeNull();
  });

  it("returns null when the sentence has no usable place", () => {
    const doc = placed("Iran's minister said talks went well.", ["Iran"]);
    expect(attachLocation(doc, span(doc, "said"))).toBeNull();
  });
});

describe("mainPlace and inheritance", () => {
  it("takes a dateline place first", () => {
    const doc = placed("BAGHDAD (Reuters) - Officials in Tehran said Iran and Iran and Iran agreed.", ["BAGHDAD", "Tehran", "Iran"]);
    expect(mainPlace(doc)?.name).toBe("Baghdad");
  });

  it("prefers the most reported place below country level, a locative mention counting double", () => {
    const doc = placed("Iran and Iraq met in Tehran. Iran, Iraq and Iran again. Baghdad's envoy spoke.", ["Iran", "Iraq", "Tehran", "Baghdad"]);
    expect(mainPlace(doc)?.name).toBe("Tehran");
  });

  it("falls back to the most reported country", () => {
    const doc = placed("Iran and Iraq spoke. Iran agreed.", ["Iran", "Iraq"]);
    expect(mainPlace(doc)?.name).toBe("Iran");
  });

  it("marks an inherited location", () => {
    const doc = placed("Officials met in Tehran. Later the chief held talks with Iran's envoy.", ["Tehran", "Iran"]);
    const location = locateEvent(doc, span(doc, "held"), [span(doc, "Iran's envoy")]);
    expect(location).toMatchObject({ name: "Tehran", inherited: true, text: "Tehran" });
  });
});

describe("events.locations stage", () => {
  const stage = createEventLocationsStage();

  it("declares its layers", () => {
    expect(stage).toMatchObject({ id: "events.locations", version: 3, requires: ["places", "events"], assigns: ["events"] });
  });

  it("sets each event's location, attached or inherited, without touching other fields", () => {
    const doc = placed(
      "The minister met his counterpart in Tehran on Sunday. Iran's envoy also held talks with officials.",
      ["Tehran", "Iran"],
    );
    const events = [event(doc, "met", { source: "The minister" }), event(doc, "held", { source: "Iran's envoy" })];
    const out = stage.run({ ...doc, events });
    expect(out.events[0].location).toMatchObject({ name: "Tehran", inherited: false, start: span(doc, "Tehran").start });
    expect(out.events[1].location).toMatchObject({ name: "Tehran", inherited: true });
    expect(out.events[1].cameo).toEqual(events[1].cameo);
    for (const e of out.events) {
      const l = e.location!;
      expect(out.text.slice(l.start!, l.end!)).toBe(l.text);
    }
  });

  it("carries whose point the place has into the event's location", () => {
    const doc = placed("Soldiers clashed in Mabvuku, a suburb of Atlanta, on Sunday.", ["Mabvuku", "Atlanta"]);
    const out = stage.run({ ...doc, events: [event(doc, "clashed", { source: "Soldiers" })] });
    expect(out.events[0].location).toMatchObject({ name: "Mabvuku", inherited: false, point: "container" });
    const own = placed("Soldiers clashed in Tehran on Sunday.", ["Tehran"]);
    expect(stage.run({ ...own, events: [event(own, "clashed", { source: "Soldiers" })] }).events[0].location).toMatchObject({ name: "Tehran", point: "own" });
  });

  it("carries the place's feature type into the event's location, attached or inherited", () => {
    const doc = placed("Troops clashed in Texas on Sunday. Officials also met in private.", ["Texas"]);
    const out = stage.run({ ...doc, events: [event(doc, "clashed", { source: "Troops" }), event(doc, "met", { source: "Officials" })] });
    expect(out.events.map((e) => [e.location?.name, e.location?.inherited, e.location?.featureType])).toEqual([
      ["Texas", false, "admin1"],
      ["Texas", true, "admin1"],
    ]);
    const city = placed("Soldiers clashed in Tehran on Sunday.", ["Tehran"]);
    expect(stage.run({ ...city, events: [event(city, "clashed", { source: "Soldiers" })] }).events[0].location?.featureType).toBe("city");
    const unknown = placed("Clashes erupted in Jazaa.", ["Jazaa"]);
    expect(stage.run({ ...unknown, events: [event(unknown, "erupted")] }).events[0].location).toMatchObject({ name: "Jazaa", featureType: null });
  });

  it("leaves location null when the article has no place", () => {
    const doc = placed("The minister met his counterpart.", []);
    expect(stage.run({ ...doc, events: [event(doc, "met")] }).events[0].location).toBeNull();
  });
});
