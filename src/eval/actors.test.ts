import { describe, expect, it } from "vitest";
import type { Actor } from "../model/schema.js";
import { actorAt, comparableActor, locateActorText } from "./actors.js";

describe("locateActorText", () => {
  const sentence = "Security forces in Guinea have tortured scores of Sierra Leonean and Liberian refugees, the United Nations said.";
  const at = (text: string) => ({ start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length });
  it("finds exact and case-insensitive text", () => {
    expect(locateActorText(sentence, "Security forces in Guinea")).toEqual({ start: 0, end: 25 });
    expect(locateActorText(sentence, "liberian refugees")).toEqual(at("Liberian refugees"));
  });
  it("falls back to the first part of elided text and to the longest leading words", () => {
    expect(locateActorText(sentence, "Sierra Leonean ... refugees")).toEqual(at("Sierra Leonean"));
    expect(locateActorText(sentence, "United Nations military personnel")).toEqual(at("United Nations"));
  });
  it("matches whole words only and gives up on text that is not there", () => {
    expect(locateActorText(sentence, "Red Cross")).toBeNull();
    expect(locateActorText(sentence, "Guinea Bissau")).toEqual(at("Guinea"));
  });
});

const actor = (id: string, code: string | null, extra: Partial<Actor> = {}): Actor => ({
  id, name: id, code, country: null, sectors: [], aliases: [], roles: [], mentions: [], basis: null, members: [], ...extra,
});

describe("actorAt", () => {
  const actors = [actor("guinea", "GIN"), actor("police", "GINCOP"), actor("un", "IGOUNO", { roles: [{ start: 90, end: 104, text: "United Nations", title: "x", country: null, sectors: [] }] })];
  const entities = [
    { id: "e1", start: 19, end: 25, text: "Guinea", type: "GPE" as const, actorId: "guinea" },
    { id: "e2", start: 0, end: 25, text: "Security forces in Guinea", type: "ORG" as const, actorId: "police" },
    { id: "e3", start: 30, end: 35, text: "xxxxx", type: "ORG" as const, actorId: null },
  ];
  it("takes the actor with the largest overlap", () => {
    expect(actorAt({ entities, actors }, { start: 0, end: 25 })?.id).toBe("police");
  });
  it("uses role spans too, and returns null where nothing overlaps", () => {
    expect(actorAt({ entities, actors }, { start: 90, end: 104 })?.id).toBe("un");
    expect(actorAt({ entities, actors }, { start: 30, end: 35 })).toBeNull();
  });
  it("prefers the phrase a name modifies on equal overlap, and counts pronoun mentions", () => {
    // "The British government said it …": gold "British" marks the government, gold "it" the same actor.
    const ents = [{ id: "e1", start: 4, end: 11, text: "British", type: "NORP" as const, actorId: "gbr" }];
    const acts = [actor("gbr", "GBR"), actor("gov", "GBRGOV")];
    const mentions = [
      { id: "m1", start: 4, end: 22, text: "British government", kind: "group" as const, actorId: "gov", entityId: null },
      { id: "m2", start: 28, end: 30, text: "it", kind: "pronoun" as const, actorId: "gov", entityId: null },
    ];
    expect(actorAt({ entities: ents, actors: acts, mentions }, { start: 4, end: 11 })?.id).toBe("gov");
    expect(actorAt({ entities: ents, actors: acts, mentions }, { start: 28, end: 30 })?.id).toBe("gov");
    expect(actorAt({ entities: ents, actors: acts }, { start: 4, end: 11 })?.id).toBe("gbr");
  });
});

describe("comparableActor", () => {
  it("prefers the CAMEO code, else country and first CAMEO sector", () => {
    expect(comparableActor(actor("a", "IRNMIL"))).toEqual({ country: "IRN", sector: "MIL" });
    expect(comparableActor(actor("b", null, { country: "IRQ", sectors: ["gov"] }))).toEqual({ country: "IRQ", sector: "GOV" });
    expect(comparableActor(actor("c", null))).toBeNull();
  });
});
