import { describe, expect, it } from "vitest";
import { compoundToponyms } from "./compounds.js";
import { lookupPlace } from "./gazetteer.js";
import { fixtureGazetteer } from "./testing.js";

const gazetteer = fixtureGazetteer();
const recordsOf = (name: string) => lookupPlace(gazetteer, name);
const found = (text: string): string[] => compoundToponyms(text, recordsOf).map((m) => text.slice(m.start, m.end));

describe("compoundToponyms", () => {
  it("takes a jurisdiction before a place suffix, the longest name first", () => {
    expect(found("A Dallas-based firm and a New York-area school.")).toEqual(["Dallas", "New York"]);
    expect(found("The ban is Iran-wide.")).toEqual(["Iran"]);
  });

  it("takes the place after 'mid-' and both halves of a pair of countries or states", () => {
    expect(found("Storms hit mid-Texas.")).toEqual(["Texas"]);
    expect(found("The Iran-Iraq border reopened.")).toEqual(["Iran", "Iraq"]);
  });

  it("leaves other hyphens, towns in pairs, and a pair that is itself a name", () => {
    expect(found("A well-known Dallas-Atlanta flight and a Paris-made bag.")).toEqual([]);
    const withPair = (name: string) => (name === "Iran-Iraq" ? recordsOf("Iraq") : recordsOf(name));
    expect(compoundToponyms("The Iran-Iraq pact.", withPair)).toEqual([]);
  });
});
