import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./ner/gazetteer.js";
import { toConllType, toSitrepType } from "./types.js";

const gaz = buildGazetteer({ country: ["iraq"], place: ["us", "bosnian"], city: ["baghdad"], demonym: ["iranian", "americans"], feature: ["tigris"], org: ["daesh"], person: ["hamas"] });

describe("CoNLL → sitrep types", () => {
  it("maps PER and ORG directly", () => {
    expect(toSitrepType("PER", "Mohammad Baqeri", gaz)).toBe("PERSON");
    expect(toSitrepType("ORG", "Supreme National Security Council", gaz)).toBe("ORG");
    expect(toSitrepType("ORG", "Baghdad International Airport", gaz)).toBe("FAC");
  });
  it("makes a phrase opening with a personal title a person, whatever the tagger's type", () => {
    expect(toSitrepType("ORG", "Mr. Comey", gaz)).toBe("PERSON");
    expect(toSitrepType("MISC", "Dr Stein", gaz)).toBe("PERSON");
    expect(toSitrepType("ORG", "Mrs", gaz)).toBe("ORG");
  });

  it("splits LOC into GPE, FAC and LOC", () => {
    expect(toSitrepType("LOC", "Iraq", gaz)).toBe("GPE");
    expect(toSitrepType("LOC", "Baghdad", gaz)).toBe("GPE");
    expect(toSitrepType("LOC", "Baghdad International Airport", gaz)).toBe("FAC");
    expect(toSitrepType("LOC", "Tigris", gaz)).toBe("LOC");
    expect(toSitrepType("LOC", "the Middle East", gaz)).toBe("LOC");
    expect(toSitrepType("LOC", "Persian Gulf", gaz)).toBe("LOC");
  });
  it("splits MISC into NORP and MISC", () => {
    expect(toSitrepType("MISC", "Iranian", gaz)).toBe("NORP");
    expect(toSitrepType("MISC", "Americans", gaz)).toBe("NORP");
    expect(toSitrepType("MISC", "Shiite", gaz)).toBe("NORP");
    expect(toSitrepType("MISC", "World Cup", gaz)).toBe("MISC");
    expect(toSitrepType("MISC", "Ain al-Asad Air Base", gaz)).toBe("FAC");
    expect(toSitrepType("MISC", "US", gaz)).toBe("GPE");
    expect(toSitrepType("MISC", "Bosnian", gaz)).toBe("NORP");
    expect(toSitrepType("MISC", "Iraq", gaz)).toBe("GPE");
    expect(toSitrepType("PER", "Muslim", gaz)).toBe("NORP");
    expect(toSitrepType("PER", "Daesh", gaz)).toBe("ORG");
    expect(toSitrepType("MISC", "Daesh", gaz)).toBe("ORG");
    expect(toSitrepType("LOC", "Iranian", gaz)).toBe("NORP");
  });
  it("maps every sitrep type back to a CoNLL type", () => {
    expect(toConllType("PERSON")).toBe("PER");
    expect(toConllType("GPE")).toBe("LOC");
    expect(toConllType("FAC")).toBe("LOC");
    expect(toConllType("LOC")).toBe("LOC");
    expect(toConllType("NORP")).toBe("MISC");
    expect(toConllType("MISC")).toBe("MISC");
    expect(toConllType("ORG")).toBe("ORG");
  });
});
