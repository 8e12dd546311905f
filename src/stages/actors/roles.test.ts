import { describe, expect, it } from "vitest";
import { actorEntry, agent, country, TINY_ACTORS, TINY_AGENTS, TINY_COUNTRIES } from "../../testing/tiny-dictionaries.js";
import { createActorKnowledge } from "./knowledge.js";
import { composeWithBase, namesNoRole, readRole, readRoleOf, roleCode } from "./roles.js";

describe("readRole", () => {
  const k = createActorKnowledge({
    hash: "roles",
    countries: [...TINY_COUNTRIES, country("MDV", "Maldives", [], ["male"])],
    agents: [...TINY_AGENTS, { ...agent("peacekeeping troop", "IGO"), position: "prefix" as const }, { ...agent("truce monitor", "IGO"), position: "prefix" as const }, agent("security official", "COP"), agent("deputy", "COP")],
    actors: TINY_ACTORS,
  });

  it("reads a range of word spans as readRole reads their texts, and gives each caller its own arrays", () => {
    const spans = ["the", "Gondor", "peacekeeping", "troops", "left"].map((text) => ({ text }));
    expect(readRoleOf(spans, 1, 3, k)).toEqual(readRole(["Gondor", "peacekeeping", "troops"], k));
    expect(namesNoRole(spans, 1, 3, k)).toBe(false);
    expect(namesNoRole(spans, 4, 4, k)).toBe(true);
    // A shorter range is another phrase, not a prefix of the memoised one.
    expect(readRoleOf(spans, 1, 2, k).sectors).toEqual(readRole(["Gondor", "peacekeeping"], k).sectors);
    const mine = readRoleOf(spans, 1, 3, k);
    mine.sectors.push("XXX");
    expect(readRoleOf(spans, 1, 3, k).sectors).toEqual(["MIL"]);
  });

  it("reads an advocate of a cause as an activist, and an advocate after a country or legal word as a lawyer", () => {
    const advocates = createActorKnowledge({ hash: "advocates", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("advocate", "JUD"), agent("activist", "OPP")], actors: [] });
    expect(readRole(["Gun-control", "advocates"], advocates).sectors).toEqual(["OPP"]);
    expect(readRole(["privacy", "advocate"], advocates).sectors).toEqual(["OPP"]);
    expect(readRole(["Iraqi", "advocates"], advocates)).toMatchObject({ country: "IRQ", sectors: ["JUD"] });
    expect(readRole(["senior", "advocate"], advocates).sectors).toEqual(["JUD"]);
    expect(readRole(["advocates"], advocates).sectors).toEqual(["JUD"]);
  });

  it("reads a country's or the definite opposition as its opposition parties, and opposition to something as no one", () => {
    expect(readRole(["the", "Iraqi", "opposition"], k)).toMatchObject({ country: "IRQ", sectors: ["OPP"], headRole: true });
    expect(readRole(["the", "opposition"], k).sectors).toEqual(["OPP"]);
    expect(readRole(["strong", "opposition"], k).sectors).toEqual([]);
  });

  it("reads a post or base named by who holds it as the holder's, and one named by no holder as no one", () => {
    const posts = createActorKnowledge({ hash: "posts", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("army", "MIL"), agent("guerrilla", "REB")], actors: [] });
    expect(readRole(["an", "Iraqi", "army", "checkpoint"], posts)).toMatchObject({ country: "IRQ", sectors: ["MIL"], headRole: true });
    expect(readRole(["guerrilla", "positions"], posts)).toMatchObject({ sectors: ["REB"], headRole: true });
    expect(readRole(["a", "training", "camp"], posts).headRole).toBe(false);
  });

  it("reads an outlet no agent names as the voice of whoever runs it", () => {
    const outlets = createActorKnowledge({ hash: "outlets", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("official", "GOV"), agent("guerrilla", "REB")], actors: [] });
    expect(readRole(["the", "official", "news", "agency"], outlets)).toMatchObject({ sectors: ["GOV"], headRole: true });
    expect(readRole(["guerrilla", "radio"], outlets)).toMatchObject({ sectors: ["REB"], headRole: true });
    expect(readRole(["a", "sports", "channel"], outlets).headRole).toBe(false);
  });

  it("reads people the text cannot name as unidentified armed men", () => {
    expect(readRole(["unknown", "individuals"], k).sectors).toEqual(["UAF"]);
    expect(readRole(["two", "masked", "men"], k).sectors).toEqual(["UAF"]);
  });

  it("reads anarchists as radicals", () => {
    expect(readRole(["Greek", "anarchists"], k).sectors).toEqual(["RAD"]);
  });

  it("reads private people by age or trade as civilians", () => {
    expect(readRole(["two", "teenagers"], k).sectors).toEqual(["CVL"]);
    expect(readRole(["Iraqi", "vendors"], k)).toMatchObject({ country: "IRQ", sectors: ["CVL"] });
    expect(readRole(["two", "Iraqi", "families"], k)).toMatchObject({ country: "IRQ", sectors: ["CVL"] });
  });

  it("reads a court one plays in as no court of law", () => {
    const courts = createActorKnowledge({ hash: "courts", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("court", "JUD")], actors: [] });
    expect(readRole(["tennis", "court"], courts).sectors).toEqual([]);
    expect(readRole(["Iraqi", "court"], courts).sectors).toEqual(["JUD"]);
  });

  it("reads a longer dictionary name that opens with a demonym as that name, not the demonym's country", () => {
    const names = createActorKnowledge({
      hash: "demonym-names",
      countries: TINY_COUNTRIES,
      agents: TINY_AGENTS,
      actors: [actorEntry("c:tc", "Turkish Columbia", [{ code: "IRQ", from: null, to: null }]), actorEntry("c:io", "Iranian Ocean", [{ code: null, from: null, to: null }])],
    });
    expect(readRole(["Turkish", "Columbia", "minister"], names)).toMatchObject({ country: "IRQ", sectors: ["GOV"] });
    expect(readRole(["Iranian", "Ocean", "minister"], names).country).toBeNull();
    // The demonym alone, or before a lower-case word, is still the country's.
    expect(readRole(["Turkish", "minister"], names).country).toBe("TUR");
  });

  it("does not repeat a base that is itself the sector ('MED' for a news agency of no country)", () => {
    expect(composeWithBase("MED", [], ["MED"])).toBe("MED");
    expect(composeWithBase("IRQ", [], ["GOV", "MIL"])).toBe("IRQGOVMIL");
    expect(composeWithBase("USAGOV", [], ["GOV"])).toBe("USAGOV");
    // Armed men of a named group are that group, not unidentified; a country's are unidentified.
    expect(composeWithBase("PSEREBHMS", [], ["UAF"])).toBe("PSEREBHMS");
    expect(composeWithBase("IRQ", [], ["UAF"])).toBe("IRQUAF");
  });

  it("keeps troops military when a prefix agent places them in an international body", () => {
    const troops = readRole(["Gondor", "peacekeeping", "troops"], k);
    expect(troops.prefixes).toEqual(["IGO"]);
    expect(troops.sectors).toEqual(["MIL"]);
    expect(roleCode(troops)).toBe("IGOGONMIL");
    // A monitor is no soldier.
    expect(readRole(["Gondor", "truce", "monitors"], k).sectors).toEqual([]);
  });

  it("reads a carrier of passengers or goods as a company, a carrier alone as a warship", () => {
    const ships = createActorKnowledge({ hash: "roles+carrier", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("carrier", "MIL")], actors: TINY_ACTORS });
    expect(roleCode(readRole(["Iran", "'s", "flag", "carrier"], ships))).toBe("IRNBUS");
    expect(readRole(["a", "low", "-", "cost", "carrier"], ships).sectors).toEqual(["BUS"]);
    expect(roleCode(readRole(["Iranian", "carrier"], ships))).toBe("IRNMIL");
  });

  it("reads a common noun's possessive as the office it names ('the party's leader'), not a name's", () => {
    const withLeader = createActorKnowledge({ hash: "roles+leader", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("party leader", "PTY")], actors: TINY_ACTORS });
    expect(readRole(["the", "party", "'s", "leader"], withLeader).sectors).toEqual(["PTY"]);
    expect(readRole(["the", "party", "’s", "leader"], withLeader).sectors).toEqual(["PTY"]);
    expect(readRole(["Iran", "'s", "minister"], withLeader)).toMatchObject({ country: "IRN", sectors: ["GOV"] });
  });

  it("takes an actor named in the words as the base only when capitalised, after an optional 'the'", () => {
    expect(readRole(["the", "Hermit", "Kingdom", "police"], k).base).toBe("PRK");
    expect(readRole(["Gondor", "police"], k).base).toBe("GON");
    expect(readRole(["gondor", "police"], k).base).toBeNull();
    expect(readRole(["the", "hermit", "kingdom", "police"], k).base).toBeNull();
  });

  it("reads a capitalised Assembly heading a name as a legislature, not a lower-case assembly or a general", () => {
    expect(roleCode(readRole(["Iran", "Assembly"], k))).toBe("IRNLEG");
    expect(readRole(["freedom", "of", "assembly"], k).sectors).toEqual([]);
    expect(readRole(["General", "Assembly"], k).sectors).toEqual(["LEG"]);
  });

  it("reads a movement no word arms as opposition activists, and leaves an armed one to its modifier", () => {
    expect(roleCode(readRole(["Iranian", "peace", "movement"], k))).toBe("IRNOPP");
    expect(readRole(["Iranian", "rebel", "fighter", "movement"], k).sectors).toEqual(["REB"]);
    // Not a movement of troops.
    expect(readRole(["troop", "movements"], k).sectors).not.toContain("OPP");
    expect(readRole(["Iranian", "troop", "movement"], k).sectors).toEqual(["MIL"]);
    // A rank used as an adjective arms nothing.
    expect(readRole(["a", "major", "peace", "movement"], k).sectors).toEqual(["OPP"]);
  });

  it("reads 'X chief' as the agent dictionary's 'X official'", () => {
    expect(roleCode(readRole(["Iran", "'s", "security", "chief"], k))).toBe("IRNCOP");
    expect(readRole(["security", "chiefs"], k).headRole).toBe(true);
    // Only a chief turns its modifier into an office.
    expect(readRole(["security", "situation"], k).sectors).toEqual([]);
  });

  it("reads 'deputy' before another word as a rank in that office, not a sheriff's deputy", () => {
    expect(readRole(["the", "deputy", "director"], k).sectors).toEqual([]);
    expect(readRole(["deputy", "minister"], k).sectors).toEqual(["GOV"]);
    // Alone it is the dictionary's deputy.
    expect(readRole(["deputy"], k).sectors).toEqual(["COP"]);
  });

  it("reads a country, demonym or capital only when capitalised, as a name", () => {
    expect(readRole(["male", "police", "officers"], k).country).toBeNull();
    expect(readRole(["Male", "police", "officers"], k).country).toBe("MDV");
  });

  it("reads a capitalised Party heading a name as a political party, not a lower-case party", () => {
    expect(roleCode(readRole(["Iranian", "Green", "Party"], k))).toBe("IRNPTY");
    expect(readRole(["Iranian", "Green", "Party"], k).headRole).toBe(true);
    expect(readRole(["a", "birthday", "party"], k).sectors).toEqual([]);
  });

  it("reads a body's name before 'party' as the party's name, its workers as the party, and a party in opposition as the opposition", () => {
    const bodies = createActorKnowledge({ hash: "party-names", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("congress", "LEG"), agent("worker", "LAB")], actors: [] });
    expect(readRole(["the", "Congress", "party"], bodies)).toMatchObject({ sectors: ["PTY"], headRole: true });
    expect(readRole(["14", "opposition", "Congress", "party", "workers"], bodies)).toMatchObject({ sectors: ["OPP"], headRole: true });
    expect(readRole(["the", "Congress"], bodies).sectors).toEqual(["LEG"]);
    expect(readRole(["factory", "workers"], bodies).sectors).toEqual(["LAB"]);
  });

  it("reads staff as no soldiers, unless a military word or rank names them", () => {
    expect(readRole(["White", "House", "staff"], k).sectors).not.toContain("MIL");
    expect(readRole(["army", "staff"], k).sectors).toContain("MIL");
    expect(readRole(["General", "Staff"], k).sectors).toContain("MIL");
  });

  it("reads a demonym after a capitalised compass word as a region, unless together they name a country", () => {
    expect(readRole(["the", "South", "American", "group"], k).country).toBeNull();
    expect(readRole(["Latin", "America", "'s", "leaders"], k).country).toBeNull();
    expect(readRole(["American", "officials"], k).country).toBe("USA");
    // A lower-case direction is a part of the country ("northern Iraq"), and a capital stays a capital.
    expect(readRole(["north", "Iraqi", "officials"], k).country).toBe("IRQ");
    expect(readRole(["East", "Baghdad", "officials"], k).country).toBe("IRQ");
    // Nor when the actor dictionary spells the demonym as a country's name ("AMERICAN [USA]").
    const named = createActorKnowledge({ hash: "region-actor", countries: [country("USA", "United States", [], [])], agents: TINY_AGENTS, actors: [actorEntry("a:us", "American", [{ code: "USA", from: null, to: null }])] });
    expect(readRole(["American", "group"], named).base).toBe("USA");
    expect(readRole(["South", "American", "group"], named).base).toBeNull();
  });

  it("reads a country after 'to' or 'for' in a title as the post's brief, not the holder's country", () => {
    expect(readRole(["envoy", "to", "Iraq"], k).country).toBeNull();
    expect(readRole(["Special", "Representative", "for", "the", "Iraq"], k).country).toBeNull();
    expect(roleCode(readRole(["American", "envoy", "to", "Iraq"], k))).toBe("USA");
  });
});
