import { describe, expect, it } from "vitest";
import { emptyDocument, makeArticle } from "../../model/document.js";
import { checkDocumentOffsets } from "../../model/offsets.js";
import type { Document, EntityType } from "../../model/schema.js";
import { actorEntry, agent, country, TINY_ACTORS, TINY_AGENTS, TINY_COUNTRIES, tinyActorKnowledge } from "../../testing/tiny-dictionaries.js";
import { loadWink, tokenise } from "../tokens/wink.js";
import { compileGazetteer, type GazetteerEntry } from "../places/compile.js";
import { parseGazetteer } from "../places/gazetteer.js";
import { gazetteerCityCountry, keepsWords, resolveActors, type ActorRegistryLookup } from "./actors-stage.js";
import { createActorKnowledge, type ActorKnowledge } from "./knowledge.js";
import { createNameGenders, type NameGenders } from "./gender.js";

const knowledge = tinyActorKnowledge();

const nlp = loadWink();

function read(text: string, entities: [string, EntityType][], options: { published?: string; tags?: string[]; registry?: ActorRegistryLookup; knowledge?: ActorKnowledge; names?: NameGenders } = {}): Document {
  const doc = emptyDocument(makeArticle({ text, published: options.published ?? "2020-11-15", tags: options.tags }));
  Object.assign(doc, tokenise(nlp, doc.text));
  let from = 0;
  doc.entities = entities.map(([needle, type], i) => {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`no ${needle}`);
    from = start + needle.length;
    return { id: `e${i + 1}`, start, end: start + needle.length, text: needle, type, actorId: null };
  });
  const out = resolveActors(doc, { knowledge: options.knowledge ?? knowledge, registry: options.registry ?? null, names: options.names });
  checkDocumentOffsets(out);
  return out;
}

const actorOf = (doc: Document, text: string) => {
  const m = doc.mentions.find((x) => x.text === text);
  return m ? doc.actors.find((a) => a.id === m.actorId) : undefined;
};

describe("actors from roles in the text", () => {
  it("lets a phrase borrow a country from its place only when it names people or an organised body", () => {
    const event = read("Turkey condemned a terrorist attack in Iraq.", [["Turkey", "GPE"], ["Iraq", "GPE"]]);
    expect(event.actors.map((a) => a.code)).not.toContain("IRQREB");
    const body = read("Turkey condemned a terrorist group in Iraq.", [["Turkey", "GPE"], ["Iraq", "GPE"]]);
    expect(body.actors.map((a) => a.code)).toContain("IRQREB");
  });

  it("codes rebels after the verb of a sentence naming a country as rebels of no known country, but not police", () => {
    const rebels = read("Turkey ruled out talks with the terrorists.", [["Turkey", "GPE"]]);
    expect(actorOf(rebels, "terrorists")?.code).toBe("---REB");
    // Police a country sends are its own.
    const police = read("Turkey sent the police to Iraq.", [["Turkey", "GPE"], ["Iraq", "GPE"]]);
    expect(actorOf(police, "police")?.code).toBe("TURCOP");
  });

  it("resolves 'it' after a subject about a thing to no actor, not to a country named before the thing", () => {
    const thing = read("The first Iraqi case of the virus occurred last year; it involved a man.", [["Iraqi", "NORP"]]);
    expect(thing.mentions.some((m) => m.text === "it")).toBe(false);
    const body = read("The Iraqi government said it would leave.", [["Iraqi", "NORP"]]);
    expect(actorOf(body, "it")?.code).toBe("IRQGOV");
  });

  it("reads a noun of relation the agent dictionary lists as a role, and supporters of a side as that side", () => {
    const k = createActorKnowledge({ hash: "supporters", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("opposition supporter", "OPP")], actors: TINY_ACTORS });
    const listed = read("Iraqi opposition supporters marched in Baghdad.", [["Iraqi", "NORP"], ["Baghdad", "GPE"]], { knowledge: k });
    expect(actorOf(listed, "Iraqi opposition supporters")?.code).toBe("IRQOPP");
    const side = read("Thousands of supporters of the Iraqi opposition marched.", [["Iraqi", "NORP"]], { knowledge: k });
    expect(actorOf(side, "Iraqi opposition")?.code).toBe("IRQOPP");
  });

  it("codes an unknown person from the role before the name, and strips titles into the role", () => {
    const doc = read("Iraq’s Defense Minister Lieutenant General Juma Khattab arrived in Tehran.", [["Iraq", "GPE"], ["Lieutenant General Juma Khattab", "PERSON"], ["Tehran", "GPE"]]);
    const khattab = actorOf(doc, "Lieutenant General Juma Khattab")!;
    expect(khattab).toMatchObject({ name: "Juma Khattab", code: "IRQGOVMIL", country: "IRQ" });
    expect(khattab.roles[0].text).toBe("Iraq’s Defense Minister Lieutenant General");
    // A capital as a place stands for its country (a possible target by location), not its government.
    expect(actorOf(doc, "Tehran")?.code).toBe("IRN");
  });

  it("reads a name the tagger typed ORG right after a personal office as a person with that office", () => {
    const doc = read("Iraq’s Defense Minister Juma Khattab arrived in Tehran.", [["Iraq", "GPE"], ["Juma Khattab", "ORG"], ["Tehran", "GPE"]]);
    expect(doc.entities.find((e) => e.text === "Juma Khattab")?.type).toBe("PERSON");
    expect(actorOf(doc, "Juma Khattab")?.code).toBe("IRQGOVMIL");
    // Not after a lower-case word or a unit's rank.
    expect(read("Iraqi troops met Juma Khattab.", [["Iraqi", "NORP"], ["Juma Khattab", "ORG"]]).entities.find((e) => e.text === "Juma Khattab")?.type).toBe("ORG");
  });

  it("takes dated codes from the dictionary and links short names, variants and pronouns", () => {
    const doc = read("Iranian President Hassan Rouhani met reporters. He said Rohani would travel. Rouhani later left.", [["Iranian", "NORP"], ["Hassan Rouhani", "PERSON"], ["Rohani", "PERSON"], ["Rouhani", "PERSON"]]);
    const rouhani = actorOf(doc, "Hassan Rouhani")!;
    expect(rouhani.code).toBe("IRNGOV");
    expect(actorOf(doc, "He")?.id).toBe(rouhani.id);
    expect(actorOf(doc, "Rohani")?.id).toBe(rouhani.id);
    expect(actorOf(doc, "Rouhani")?.id).toBe(rouhani.id);
  });

  it("does not merge different people with similar names", () => {
    const doc = read("Ali Baqeri met Omar Bakri.", [["Ali Baqeri", "PERSON"], ["Omar Bakri", "PERSON"]]);
    expect(actorOf(doc, "Ali Baqeri")!.id).not.toBe(actorOf(doc, "Omar Bakri")!.id);
  });

  it("reads groups from demonym + role noun, and a capital acting for its government", () => {
    const doc = read("Iranian advisers came to the aid of Iraqi forces on Baghdad’s request.", [["Iranian", "NORP"], ["Iraqi", "NORP"], ["Baghdad", "GPE"]]);
    expect(actorOf(doc, "Iranian advisers")?.code).toBe("IRNMIL");
    expect(actorOf(doc, "Baghdad")?.code).toBe("IRQGOV");
  });

  it("resolves a definite description to the person whose role fits", () => {
    const doc = read(
      "Iraq’s Defense Minister Juma Khattab met Hassan Rouhani. Later the Iraqi defense minister left.",
      [["Iraq", "GPE"], ["Juma Khattab", "PERSON"], ["Hassan Rouhani", "PERSON"], ["Iraqi", "NORP"]],
    );
    expect(actorOf(doc, "the Iraqi defense minister")?.name).toBe("Juma Khattab");
  });

  it("makes 'the two countries' the pair the text names together", () => {
    const doc = read("Iran and Iraq signed a deal. The Americans objected. The two countries will meet again.", [["Iran", "GPE"], ["Iraq", "GPE"], ["Americans", "NORP"]]);
    const pair = actorOf(doc, "The two countries")!;
    expect(pair.members.map((id) => doc.actors.find((a) => a.id === id)!.code)).toEqual(["IRN", "IRQ"]);
  });

  it("fixes entity types the dictionary knows and adds tag aliases", () => {
    const doc = read("Daesh attacked the town. Qassem Soleimani responded.", [["Daesh", "PERSON"], ["Qassem Soleimani", "PERSON"]], { tags: ["Qasem Suleimani"] });
    expect(doc.entities[0].type).toBe("ORG");
    expect(actorOf(doc, "Daesh")?.code).toBe("IMGMUSISI");
    expect(actorOf(doc, "Qassem Soleimani")?.aliases).toContain("Qasem Suleimani");
  });

  it("asks the registry about people the dictionaries do not know", () => {
    const registry: ActorRegistryLookup = {
      findPerson: (words) => (words.at(-1) === "Khattab" ? { name: "Juma Khattab", code: "IRQGOVMIL", country: "IRQ", sectors: ["GOV", "MIL"], title: "Defense Minister" } : null),
    };
    const doc = read("Khattab visited Tehran.", [["Khattab", "PERSON"], ["Tehran", "GPE"]], { registry });
    expect(actorOf(doc, "Khattab")).toMatchObject({ code: "IRQGOVMIL", basis: "registry" });
    // Even when the tagger missed the name.
    const untagged = read("Khattab visited Tehran.", [["Tehran", "GPE"]], { registry });
    expect(actorOf(untagged, "Khattab")).toMatchObject({ code: "IRQGOVMIL", basis: "registry" });
  });

  it("does not let the registry override a person the dictionaries know", () => {
    const registry: ActorRegistryLookup = { findPerson: () => ({ name: "Hassan Rouhani", code: "XYZGOV", country: "XYZ", sectors: ["GOV"], title: null }) };
    const doc = read("Hassan Rouhani visited Baghdad.", [["Hassan Rouhani", "PERSON"], ["Baghdad", "GPE"]], { registry });
    expect(actorOf(doc, "Hassan Rouhani")).toMatchObject({ code: "IRNGOV" });
  });
});

describe("role phrases composed with actors (PETRARCH agents)", () => {
  const codeOf = (doc: Document, text: string) => {
    const a = actorOf(doc, text);
    return a?.members.length ? a.members.map((id) => doc.actors.find((x) => x.id === id)!.code) : a?.code;
  };

  it("adds a role noun's sector to a modifier, possessor or dictionary actor", () => {
    const doc = read("Turkish police met Gondor's lawmakers.", [["Turkish", "NORP"], ["Gondor", "PERSON"]]);
    expect(codeOf(doc, "Turkish police")).toBe("TURCOP");
    expect(codeOf(doc, "Gondor's lawmakers")).toBe("GONLEG");
    expect(doc.actors.find((a) => a.code === "TURCOP")!.roles[0].text).toBe("Turkish police");
  });

  it("takes the actor from an of-list or an attached in-phrase, one group per actor", () => {
    const doc = read("The ministers of Iran, Iraq and Turkey met lawmakers in Gondor.", [["Iran", "GPE"], ["Iraq", "GPE"], ["Turkey", "GPE"], ["Gondor", "LOC"]]);
    expect(codeOf(doc, "ministers")).toEqual(["IRNGOV", "IRQGOV", "TURGOV"]);
    expect(codeOf(doc, "lawmakers")).toBe("GONLEG");
    expect(doc.actors.find((a) => a.code === "GONLEG")!.roles[0].text).toBe("lawmakers in Gondor");
  });

  it("shares the actor of a coordinated role phrase, puts prefix agents first and makes former officials elites", () => {
    const doc = read("Iraqi police and lawmakers met MSF Gondor and former Gondor ministers.", [["Iraqi", "NORP"], ["MSF Gondor", "ORG"], ["Gondor", "PERSON"]]);
    expect(codeOf(doc, "Iraqi police")).toBe("IRQCOP");
    expect(codeOf(doc, "lawmakers")).toBe("IRQLEG");
    expect(codeOf(doc, "MSF Gondor")).toBe("NGOGON");
    expect(codeOf(doc, "former Gondor ministers")).toBe("GONELI");
  });

  it("codes an unknown name in apposition to a role as that role, of no known country when the sentence names none", () => {
    const doc = read("The rebel leader Abu Xyz met the Iraqi police.", [["Abu Xyz", "ORG"], ["Iraqi", "NORP"]]);
    expect(codeOf(doc, "Abu Xyz")).toBe("IRQREB");
    const alone = read("The court ICX met lawmakers.", [["ICX", "ORG"]]);
    expect(codeOf(alone, "ICX")).toBe("---JUD");
    // A name with no role before it stays uncoded.
    const bare = read("ICX met lawmakers.", [["ICX", "ORG"]]);
    expect(codeOf(bare, "ICX")).toBeNull();
  });

  it("reads an organisation's acronym that spells a capital as no capital ('SANA', not Sanaa)", () => {
    const k = createActorKnowledge({ hash: "t", countries: [...TINY_COUNTRIES, country("YEM", "Yemen", ["yemeni"], ["sanaa", "sana"])], agents: TINY_AGENTS, actors: TINY_ACTORS });
    const doc = read("SANA met Sana officials.", [["SANA", "ORG"], ["Sana", "GPE"]], { knowledge: k });
    expect(codeOf(doc, "SANA")).not.toBe("YEMGOV");
    expect(codeOf(doc, "Sana officials")).toBe("YEMGOV");
  });

  it("codes 'Western' before a role noun as the West (WST), not before a country's name", () => {
    const doc = read("Western lawmakers met Turkish police in Western Iraq.", [["Western", "NORP"], ["Turkish", "NORP"], ["Western Iraq", "LOC"]]);
    expect(codeOf(doc, "Western lawmakers")).toBe("WSTLEG");
    expect(doc.actors.some((a) => a.code?.startsWith("WST") && a.name.includes("Iraq"))).toBe(false);
  });

  it("does not make a patron the group's actor", () => {
    const doc = read("US-backed terrorists attacked the town.", [["US", "GPE"]]);
    expect(doc.actors.some((a) => a.code === "USAREB")).toBe(false);
  });

  it("extends a tagged name over an Arabic article written apart when the dictionary spells the name with it ('al Qaeda')", () => {
    const k = createActorKnowledge({ hash: "aq", countries: TINY_COUNTRIES, agents: TINY_AGENTS, actors: [...TINY_ACTORS, actorEntry("s:aq", "Al Qaeda", [{ code: "IMGMUSALQ", from: null, to: null }], "group")] });
    const doc = read("A senior al Qaeda leader met the Iraqi police.", [["Qaeda", "LOC"], ["Iraqi", "NORP"]], { knowledge: k });
    expect(doc.entities.map((e) => e.text)).toContain("al Qaeda");
    expect(doc.actors.map((a) => a.code)).toContain("IMGMUSALQ");
  });

  it("extends a tagged name to the dictionary's longer name and splits codes that name several actors", () => {
    const doc = read("The Hermit Kingdom warned the Shire.", [["Hermit Kingdom", "PERSON"], ["Shire", "LOC"]]);
    expect(doc.entities.map((e) => e.text)).toEqual(["The Hermit Kingdom", "Shire"]);
    expect(codeOf(doc, "The Hermit Kingdom")).toBe("PRK");
    expect(codeOf(doc, "Shire")).toEqual(["FRO", "BIL"]);
  });

  it("reads a possessive in the reason given for an act on a party as that party's ('sanctions on Gondor over its invasion')", () => {
    const doc = read("Iraq imposed sanctions on Gondor over its invasion of Iran.", [["Iraq", "GPE"], ["Gondor", "GPE"], ["Iran", "GPE"]]);
    expect(actorOf(doc, "its")?.code).toBe("GON");
    // Elsewhere it is the subject's.
    const own = read("Iraq said its troops left Gondor.", [["Iraq", "GPE"], ["Gondor", "GPE"]]);
    expect(actorOf(own, "its")?.code).toBe("IRQ");
  });

  it("does not give troops or citizens owned by a pronoun the country of a place attached after them ('withdrew its troops from Gondor')", () => {
    const owned = read("Iraq withdrew its troops from Gondor.", [["Iraq", "GPE"], ["Gondor", "GPE"]]);
    expect(owned.actors.map((a) => a.code)).not.toContain("GONMIL");
    // Without the pronoun the place says whose they are.
    const placed = read("Iraq attacked troops from Gondor.", [["Iraq", "GPE"], ["Gondor", "GPE"]]);
    expect(placed.actors.map((a) => a.code)).toContain("GONMIL");
  });

  it("drops a sentence's capitalised first word that opens no name from a name the dictionary knows ('Defiant Daesh threatened …')", () => {
    const doc = read("Defiant Daesh threatened Gondor.", [["Defiant Daesh", "ORG"], ["Gondor", "GPE"]]);
    expect(doc.entities.map((e) => e.text)).toEqual(["Daesh", "Gondor"]);
    expect(codeOf(doc, "Daesh")).toBe("IMGMUSISI");
    // Not a title, nor a word inside the sentence.
    const titled = read("President Rouhani threatened Gondor.", [["President Rouhani", "PERSON"], ["Gondor", "GPE"]]);
    expect(titled.entities.map((e) => e.text)).toContain("President Rouhani");
    const inside = read("Gondor said Defiant Daesh left.", [["Gondor", "GPE"], ["Defiant Daesh", "ORG"]]);
    expect(inside.entities.map((e) => e.text)).toContain("Defiant Daesh");
  });

  it("links it/they to the country or group in subject position, never an expletive it", () => {
    const doc = read("Iraq told Turkey it would sign. It is clear that Iranian officials said they would come.", [["Iraq", "GPE"], ["Turkey", "GPE"], ["Iranian", "NORP"]]);
    const pronouns = doc.mentions.filter((m) => m.kind === "pronoun").map((m) => `${m.text}:${doc.actors.find((a) => a.id === m.actorId)!.code}`);
    expect(pronouns).toEqual(["it:IRQ", "they:IRNGOV"]);
    // A matter resolved is no actor.
    const matter = read("Iraq raised the issue and said it would be resolved soon.", [["Iraq", "GPE"]]);
    expect(matter.mentions.filter((m) => m.kind === "pronoun").map((m) => m.text)).toEqual([]);
    // Readiness and will are someone's: "it was ready" is no expletive.
    const ready = read("Iraq said it was ready to sign.", [["Iraq", "GPE"]]);
    expect(ready.mentions.filter((m) => m.kind === "pronoun").map((m) => m.text)).toEqual(["it"]);
  });

  it("never reads an object pronoun as its clause's subject or that subject's side, past a time phrase or a gerund's 'after'", () => {
    const gerund = read("Iraq on Monday sentenced two men after finding them guilty.", [["Iraq", "GPE"]]);
    expect(actorOf(gerund, "them")).toBeUndefined();
    const side = read("Iraq said Iraqi police arrested the men before setting them free.", [["Iraq", "GPE"], ["Iraqi", "NORP"]]);
    expect(actorOf(side, "them")).toBeUndefined();
  });

  it("reads 'he' in the next sentence as the previous sentence's subject, not a person named before it", () => {
    const doc = read("After meeting Hassan Rouhani, Juma Khalil flew to Iraq. He was due to leave on Friday.", [["Hassan Rouhani", "PERSON"], ["Juma Khalil", "PERSON"], ["Iraq", "GPE"]]);
    expect(actorOf(doc, "He")?.name).toBe("Juma Khalil");
  });

  it("does not carry it/they over from a sentence about a person", () => {
    const doc = read("Hassan Rouhani met Iraqi officials. They left.", [["Hassan Rouhani", "PERSON"], ["Iraqi", "NORP"]]);
    expect(doc.mentions.some((m) => m.text === "They")).toBe(false);
  });

  it("gives a collective head the sector its modifier has across the agent dictionary", () => {
    const doc = read("Iraqi rebel groups attacked the town.", [["Iraqi", "NORP"]]);
    expect(codeOf(doc, "Iraqi rebel groups")).toBe("IRQREB");
  });

  it("codes a lone surname by the dictionary person with that surname", () => {
    const doc = read("President Rouhani spoke.", [["Rouhani", "PERSON"]]);
    expect(actorOf(doc, "Rouhani")?.code).toBe("IRNGOV");
  });

  it("links a lone surname with only an honorific to the dictionary person only when the article or sentence supports it", () => {
    // "Mr Rouhani" in a story about another Rouhani: no office, no full name, no country of his.
    expect(actorOf(read("Mr Rouhani spoke to Iraqi officials.", [["Rouhani", "PERSON"], ["Iraqi", "NORP"]]), "Rouhani")?.code ?? null).toBeNull();
    expect(actorOf(read("Rouhani was stabbed in Baghdad.", [["Rouhani", "PERSON"], ["Baghdad", "GPE"]]), "Rouhani")?.code ?? null).toBeNull();
    // The sentence names his country, or the article names him in full (even after the surname).
    expect(actorOf(read("Mr Rouhani said Iran would wait.", [["Rouhani", "PERSON"], ["Iran", "GPE"]]), "Rouhani")?.code).toBe("IRNGOV");
    const later = read("Mr Rouhani spoke. Hassan Rouhani has led the country since 2013.", [["Rouhani", "PERSON"], ["Hassan Rouhani", "PERSON"]]);
    expect(actorOf(later, "Rouhani")?.code).toBe("IRNGOV");
    expect(actorOf(later, "Hassan Rouhani")?.id).toBe(actorOf(later, "Rouhani")?.id);
  });

  it("reads a name after an honorific as a person's, not the capital the dictionary files under it", () => {
    const doc = read("Mr Baghdad told reporters the deal was dead.", [["Baghdad", "GPE"]]);
    expect(doc.entities[0].type).toBe("PERSON");
    expect(actorOf(doc, "Baghdad")?.code ?? null).toBeNull();
    expect(read("Dr. Ali Ankara met Iraqi officials.", [["Ali Ankara", "ORG"], ["Iraqi", "NORP"]]).entities[0].type).toBe("PERSON");
    // A name the country dictionary lists for a country (as CountryInfo lists capitals).
    const k = createActorKnowledge({ hash: "capital-name", countries: TINY_COUNTRIES, agents: TINY_AGENTS, actors: [{ ...actorEntry("c:jor", "Amman", [{ code: "JOR", from: null, to: null }]), source: "countries" }] });
    expect(actorOf(read("Mr Amman told reporters.", [["Amman", "GPE"]], { knowledge: k }), "Amman")?.code ?? null).toBeNull();
  });

  it("gives a name the article gives a person elsewhere to that person, but not after a preposition of place", () => {
    const doc = read("Party leader Karl Ankara criticised the plan. He arrived in Ankara. Ankara said the talks failed. Iraq apologised to Ankara.", [["Karl Ankara", "PERSON"], ["Ankara", "GPE"], ["Ankara", "GPE"], ["Iraq", "GPE"], ["Ankara", "GPE"]]);
    expect(doc.entities.map((e) => e.type)).toEqual(["PERSON", "GPE", "PERSON", "GPE", "PERSON"]);
    expect(doc.entities[2].actorId).toBe(doc.entities[0].actorId);
    // A full name the tagger typed ORG, whose surname the article writes alone for a person.
    const full = read("Police found Campbell Rossi in Baghdad. Mr Rossi had been missing.", [["Campbell Rossi", "ORG"], ["Baghdad", "GPE"], ["Mr Rossi", "PERSON"]]);
    expect(full.entities[0].type).toBe("PERSON");
    expect(full.entities[2].actorId).toBe(full.entities[0].actorId);
    // Not a country's own name ("Steve Israel" beside "Israel").
    expect(read("Karl Iran spoke. Iran said it would respond.", [["Karl Iran", "PERSON"], ["Iran", "GPE"]]).entities[1].type).toBe("GPE");
  });

  it("lets a title in the text win over a dictionary code for someone out of office on the article's date", () => {
    const doc = read("President Rouhani spoke.", [["Rouhani", "PERSON"]], { published: "2023-01-01" });
    expect(actorOf(doc, "Rouhani")?.code).toBe("IRNGOV");
    const former = read("Former president Rouhani spoke.", [["Rouhani", "PERSON"]], { published: "2023-01-01" });
    expect(actorOf(former, "Rouhani")?.code).not.toBe("IRNGOV");
  });

  it("reads a role phrase in an of-complement when the head names no one, and military heads", () => {
    const doc = read("The arrival of Iranian aircraft surprised Turkey.", [["Iranian", "NORP"], ["Turkey", "GPE"]]);
    expect(codeOf(doc, "Iranian aircraft")).toBe("IRNMIL");
  });

  it("lets a demonym before 'and' share the role noun after it", () => {
    const doc = read("Iranian and Iraqi officials met.", [["Iranian", "NORP"], ["Iraqi", "NORP"]]);
    expect(codeOf(doc, "Iranian")).toBe("IRNGOV");
    expect(codeOf(doc, "Iraqi officials")).toBe("IRQGOV");
    // Also when the phrase counts them ("scores of Sierra Leonean and Liberian refugees").
    const counted = read("Police freed scores of Iranian and Iraqi officials.", [["Iranian", "NORP"], ["Iraqi", "NORP"]]);
    expect(codeOf(counted, "Iranian")).toBe("IRNGOV");
  });

  it("does not read 'general' in an office title as a military rank", () => {
    const doc = read("Iraq's Secretary-General Ali Hassan spoke.", [["Iraq", "GPE"], ["Ali Hassan", "PERSON"]]);
    expect(actorOf(doc, "Ali Hassan")?.code).toBe("IRQGOV");
  });

  it("gives role phrases that name no actor the sentence's only country, and none when it names two", () => {
    const one = read("Turkish soldiers arrested police near the border.", [["Turkish", "NORP"]]);
    expect(codeOf(one, "police")).toBe("TURCOP");
    // (Those arrested are still a party, of no known country.)
    const two = read("Turkish soldiers and Iraqi officials arrested police.", [["Turkish", "NORP"], ["Iraqi", "NORP"]]);
    expect(codeOf(two, "police")).toBe("---COP");
  });

  it("splits a tagged span that lists names the dictionary knows", () => {
    const doc = read("Gondor, Daesh and the Shire met.", [["Gondor, Daesh and the Shire", "ORG"]]);
    expect(doc.entities.map((e) => e.text)).toEqual(["Gondor", "Daesh", "the Shire"]);
    expect(new Set(doc.entities.map((e) => e.id)).size).toBe(3);
  });
});

describe("people the dictionary names in full", () => {
  const people = createActorKnowledge({
    hash: "people",
    countries: TINY_COUNTRIES,
    agents: TINY_AGENTS,
    actors: [
      actorEntry("s:cm", "Carlos Saul Menem", [{ code: "IRQGOV", from: null, to: null }], "person"),
      actorEntry("s:k1", "Ali Reza Khan", [{ code: "IRNGOV", from: null, to: null }], "person"),
      actorEntry("s:k2", "Ali Hassan Khan", [{ code: "IRQGOV", from: null, to: null }], "person"),
      actorEntry("s:pm", "Hassan Rouhani", [{ code: "IRNGOV", from: "2013-08-03", to: "2021-08-03" }], "person"),
      actorEntry("s:rb", "Omar Karimi", [{ code: "IRQREB", from: null, to: null }], "person"),
      actorEntry("s:fm", "Francois Mitterrand", [{ code: "FRAGOV", from: null, to: null }], "person"),
      actorEntry("s:mn", "Mahmoud Nasser", [{ code: "EGYGOV", from: null, to: null }], "person"),
      actorEntry("s:gondor", "Gondor", [{ code: "GON", from: null, to: null }]),
    ],
  });
  const readWith = (text: string, entities: [string, EntityType][]) => read(text, entities, { knowledge: people });

  it("finds a person whose middle names the text leaves out, unless two people fit with different codes", () => {
    expect(actorOf(readWith("Carlos Menem spoke in Baghdad.", [["Carlos Menem", "PERSON"], ["Baghdad", "GPE"]]), "Carlos Menem")?.code).toBe("IRQGOV");
    expect(actorOf(readWith("President Carlos Menem spoke.", [["Carlos Menem", "PERSON"]]), "Carlos Menem")?.code).toBe("IRQGOV");
    // Neither an office nor the person's country in the article: a namesake ("Rob Jones" is not "Rob Moore Jones").
    expect(actorOf(readWith("Detective Carlos Menem spoke in Tehran.", [["Carlos Menem", "PERSON"], ["Tehran", "GPE"]]), "Carlos Menem")?.code ?? null).toBeNull();
    expect(actorOf(readWith("Ali Khan spoke.", [["Ali Khan", "PERSON"]]), "Ali Khan")?.code).toBeNull();
    expect(keepsWords(["omar", "hassan", "ahmad", "al", "bashir"], ["omar", "hassan", "al", "bashir"])).toBe(true);
    expect(keepsWords(["omar", "hassan", "ahmad", "al", "bashir"], ["hassan", "al", "bashir"])).toBe(false);
  });

  it("finds a titled person the text spells differently, only with a title and a long surname", () => {
    expect(actorOf(readWith("President Francois Mitterand spoke.", [["Francois Mitterand", "PERSON"]]), "Francois Mitterand")?.code).toBe("FRAGOV");
    expect(actorOf(readWith("Francois Mitterand spoke.", [["Francois Mitterand", "PERSON"]]), "Francois Mitterand")?.code).toBeNull();
    // "Nasir" sounds like "Nasser" but is too short to be read as a misspelling of it.
    expect(actorOf(readWith("President Mahmoud Nasir spoke.", [["Mahmoud Nasir", "PERSON"]]), "Mahmoud Nasir")?.code).toBeNull();
  });

  it("finds no namesake by surname in a group named after a person", () => {
    const k = createActorKnowledge({
      hash: "group-namesake",
      countries: TINY_COUNTRIES,
      agents: TINY_AGENTS,
      actors: [{ ...actorEntry("m:g", "Group of Carlo Rossi", [{ code: "IRQREB", from: null, to: null }]), source: "milnonstate" }],
    });
    expect(actorOf(read("Rossi spoke.", [["Rossi", "PERSON"]], { knowledge: k }), "Rossi")?.code ?? null).toBeNull();
    expect(actorOf(read("Carlo Rossi spoke.", [["Carlo Rossi", "PERSON"]], { knowledge: k }), "Carlo Rossi")?.code ?? null).toBeNull();
  });

  it("lets a title's country after the name ('King X of Y') win over a namesake found by surname", () => {
    const doc = readWith("Minister Menem of Turkey spoke.", [["Minister Menem", "PERSON"], ["Turkey", "GPE"]]);
    expect(actorOf(doc, "Minister Menem")?.code).toBe("TURGOV");
  });

  it("reads a person before a phrase's head as an actor who gives the phrase a country", () => {
    const doc = readWith("Protesters attacked President Menem's government.", [["Menem", "PERSON"]]);
    expect(actorOf(doc, "Menem")?.code).toBe("IRQGOV");
    expect(actorOf(doc, "President Menem's government")?.code).toBe("IRQGOV");
  });

  it("links a lone given name to the one person named in full with it", () => {
    const doc = readWith("Ali Baqeri arrived. Ali's visit was short.", [["Ali Baqeri", "PERSON"], ["Ali", "PERSON"]]);
    expect(actorOf(doc, "Ali")?.id).toBe(actorOf(doc, "Ali Baqeri")?.id);
  });

  it("codes a government office the text gives over the dictionary's party or movement affiliation", () => {
    expect(actorOf(readWith("Iraqi Minister Omar Karimi spoke.", [["Iraqi", "NORP"], ["Omar Karimi", "PERSON"]]), "Omar Karimi")?.code).toBe("IRQGOV");
    // Not a role that is no office.
    expect(actorOf(readWith("Police arrested Omar Karimi.", [["Omar Karimi", "PERSON"]]), "Omar Karimi")?.code).toBe("IRQREB");
  });

  it("codes a person by a role naming another country or actor than the dictionary's code", () => {
    expect(actorOf(readWith("Iranian Minister Omar Karimi spoke.", [["Iranian", "NORP"], ["Omar Karimi", "PERSON"]]), "Omar Karimi")?.code).toBe("IRNGOV");
    expect(actorOf(readWith("Gondor's minister Omar Karimi spoke.", [["Gondor", "GPE"], ["Omar Karimi", "PERSON"]]), "Omar Karimi")?.code).toBe("GONGOV");
    // The dictionary's own country keeps its code; a role without a sector changes nothing.
    expect(actorOf(readWith("Iraq's Omar Karimi spoke.", [["Iraq", "GPE"], ["Omar Karimi", "PERSON"]]), "Omar Karimi")?.code).toBe("IRQREB");
    expect(actorOf(readWith("Iran's Omar Karimi spoke.", [["Iran", "GPE"], ["Omar Karimi", "PERSON"]]), "Omar Karimi")?.code).toBe("IRQREB");
  });

  it("adds the sectors of a role that names the very body the dictionary codes the person under", () => {
    const k = createActorKnowledge({
      hash: "body-role",
      countries: TINY_COUNTRIES,
      agents: TINY_AGENTS,
      actors: [actorEntry("i:au", "Arnor Union", [{ code: "IGOARN", from: null, to: null }], "organisation"), actorEntry("i:ar", "Ali Reza", [{ code: "IGOARN", from: null, to: null }], "person")],
    });
    expect(actorOf(read("Arnor Union minister Ali Reza spoke.", [["Arnor Union", "ORG"], ["Ali Reza", "PERSON"]], { knowledge: k }), "Ali Reza")?.code).toBe("IGOARNGOV");
    // A role of another body changes nothing here.
    expect(actorOf(read("Iranian minister Ali Reza spoke.", [["Iranian", "NORP"], ["Ali Reza", "PERSON"]], { knowledge: k }), "Ali Reza")?.code).not.toBe("IGOARNGOV");
  });

  it("reads no place in the first name of a person named in a role phrase ('Mayor Virginia Raggi's aide')", () => {
    const names = createNameGenders({ male: [], female: ["gondor"] });
    const doc = read("Mayor Gondor Rossi's adviser spoke.", [["Mayor Gondor Rossi", "PERSON"]], { knowledge: people, names });
    expect(actorOf(doc, "Mayor Gondor Rossi's adviser")?.code ?? "").not.toMatch(/^GON/);
    // A name the tagger took for a person that opens with no first name is read as before.
    const group = read("Gondor Rossi's adviser spoke.", [["Gondor Rossi", "PERSON"]], { knowledge: people, names: createNameGenders({ male: [], female: [] }) });
    expect(actorOf(group, "Gondor Rossi's adviser")?.code).toMatch(/^GON/);
  });

  it("reads a name the dictionary lists after an office title as that person's, titled ('Russian President Vladimir Putin')", () => {
    const k = createActorKnowledge({
      hash: "titled-listing",
      countries: TINY_COUNTRIES,
      agents: TINY_AGENTS,
      actors: [{ ...actorEntry("c:rouhani", "Hassan Rouhani", [{ code: "IRNGOV", from: "2013-08-03", to: null }]), source: "countries", names: ["hassan rouhani", "iranian president hassan rouhani"] }],
    });
    // The tagger split the demonym off; joined as the dictionary spells the name, it is a person's.
    const doc = read("Iranian President Hassan Rouhani met Iraqi officials. Rouhani left.", [["Iranian", "NORP"], ["President Hassan Rouhani", "PERSON"], ["Iraqi", "NORP"], ["Rouhani", "PERSON"]], { knowledge: k });
    expect(doc.entities[0]).toMatchObject({ text: "Iranian President Hassan Rouhani", type: "PERSON" });
    expect(actorOf(doc, "Iranian President Hassan Rouhani")).toMatchObject({ name: "Hassan Rouhani", code: "IRNGOV" });
    expect(actorOf(doc, "Rouhani")?.id).toBe(actorOf(doc, "Iranian President Hassan Rouhani")?.id);
  });

  it("takes the sectors of an office the dictionary lists as a country's actor ('German Chancellor' DEUGOV)", () => {
    const k = createActorKnowledge({
      hash: "office-actor",
      countries: TINY_COUNTRIES,
      agents: TINY_AGENTS,
      actors: [
        actorEntry("c:premier", "Iranian Premier", [{ code: "IRNGOV", from: null, to: null }]),
        // Out of office on the article's date by the dictionary: the title the text gives wins.
        actorEntry("c:reza", "Ali Reza", [{ code: "IRNGOV", from: "2000-01-01", to: "2005-01-01" }, { code: "IRNELI", from: null, to: null }], "person"),
      ],
    });
    expect(actorOf(read("Iranian Premier Ali Reza spoke.", [["Ali Reza", "PERSON"]], { knowledge: k }), "Ali Reza")?.code).toBe("IRNGOV");
  });

  it("codes an ousted office holder as an elite even while the dictionary has them in office", () => {
    const doc = readWith("Ousted President Hassan Rouhani left Iran.", [["Hassan Rouhani", "PERSON"], ["Iran", "GPE"]]);
    expect(actorOf(doc, "Hassan Rouhani")?.code).toBe("IRNELI");
  });
});

describe("people and civilians", () => {
  const codeOf = (doc: Document, text: string) => actorOf(doc, text)?.code;
  it("codes counted, described, placed or bare plural people of a demonym as the country's civilians, but not 'the Americans'", () => {
    expect(codeOf(read("Thousands of Iraqis protested on Friday.", [["Iraqis", "NORP"]]), "Iraqis")).toBe("IRQCVL");
    expect(codeOf(read("Police arrested 100 Iranians on Friday.", [["Iranians", "NORP"]]), "Iranians")).toBe("IRNCVL");
    expect(codeOf(read("The curfew on Iraqis living in Tehran ended.", [["Iraqis", "NORP"], ["Tehran", "GPE"]]), "Iraqis")).toBe("IRQCVL");
    expect(codeOf(read("The Americans said they would leave.", [["Americans", "NORP"]]), "Americans")).toBe("USA");
    // A bare plural names people.
    expect(codeOf(read("Turkey refused admittance to Iraqis.", [["Turkey", "GPE"], ["Iraqis", "NORP"]]), "Iraqis")).toBe("IRQCVL");
  });

  it("lets a country's name before 'and' share a demonym's role noun ('U.S. and Russian negotiators')", () => {
    const doc = read("Iran and Iraqi negotiators met.", [["Iran", "GPE"], ["Iraqi", "NORP"]]);
    expect(codeOf(doc, "Iran")).toBe("IRNGOV");
  });

  it("reads a demonym before a people's name as that country's people ('Iraqi Kurds')", () => {
    expect(codeOf(read("Thousands of Iraqi Kurds protested.", [["Iraqi Kurds", "MISC"]]), "Iraqi Kurds")).toBe("IRQCVL");
  });

  it("places a role phrase in the sentence's country past a name of no actor ('Moslem demonstrators')", () => {
    const k = createActorKnowledge({ hash: "religion", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("moslem", "MUS"), agent("demonstrator", "OPP")], actors: [] });
    const text = "Turkish police dispersed Moslem demonstrators.";
    const doc = emptyDocument(makeArticle({ text, published: "2020-11-15" }));
    Object.assign(doc, tokenise(nlp, doc.text));
    doc.entities = [
      { id: "e1", start: 0, end: 7, text: "Turkish", type: "NORP", actorId: null },
      { id: "e2", start: 25, end: 31, text: "Moslem", type: "MISC", actorId: null },
    ];
    expect(codeOf(resolveActors(doc, { knowledge: k, registry: null }), "Moslem demonstrators")).toBe("TURMUSOPP");
  });

  it("places a government of a first-level region in the region's country", () => {
    const text = "The government of Anbar province ordered police patrols.";
    const doc = emptyDocument(makeArticle({ text, published: "2020-11-15" }));
    Object.assign(doc, tokenise(nlp, doc.text));
    doc.entities = [{ id: "e1", start: 18, end: 23, text: "Anbar", type: "LOC", actorId: null }];
    const regionCountry = (name: string) => (name === "Anbar" ? "IRQ" : null);
    expect(codeOf(resolveActors(doc, { knowledge, registry: null, regionCountry }), "government")).toBe("IRQGOV");
    expect(codeOf(resolveActors(doc, { knowledge, registry: null, regionCountry: () => null }), "government")).not.toBe("IRQGOV");
  });

  it("codes a subject role phrase of no known country as CAMEO does ('---LEG'), but not an object", () => {
    expect(codeOf(read("Two lawmakers and Gondor said Iran was wrong.", [["Gondor", "ORG"], ["Iran", "GPE"]]), "Two lawmakers")).toBe("---LEG");
    expect(codeOf(read("Iran and Iraq said that police were wrong.", [["Iran", "GPE"], ["Iraq", "GPE"]]), "police")).toBe("---COP");
    // Not in an object or before a participle: a country further on is the better participant.
    expect(codeOf(read("Iran and Iraq sent police to Turkey.", [["Iran", "GPE"], ["Iraq", "GPE"], ["Turkey", "GPE"]]), "police")).toBeUndefined();
    expect(codeOf(read("Iran and Iraq saw police arriving in Turkey.", [["Iran", "GPE"], ["Iraq", "GPE"], ["Turkey", "GPE"]]), "police")).toBeUndefined();
  });

  it("places an ethnic group in the country it lives in", () => {
    expect(codeOf(read("Ethnic Iranians in Turkey demanded autonomy.", [["Iranians", "NORP"], ["Turkey", "GPE"]]), "Iranians")).toBe("TURCVL");
    expect(codeOf(read("Police killed three ethnic Iranians in a raid in Iraq.", [["Iranians", "NORP"], ["Iraq", "GPE"]]), "Iranians")).toBe("IRQCVL");
  });

  it("reads a demonym before 'population' or 'minority' as an ethnicity, living where the sentence puts it, else at home", () => {
    const fought = read("Turkish troops fought in Iraq against the Iranian minority of the province.", [["Turkish", "NORP"], ["Iraq", "GPE"], ["Iranian", "NORP"]]);
    expect(codeOf(fought, "Iranian minority")).toBe("IRQCVL");
    // No place: not the other country named (the troops'), but the demonym's own.
    const fired = read("Iraqi troops fired on the Iranian minority.", [["Iraqi", "NORP"], ["Iranian", "NORP"]]);
    expect(codeOf(fired, "Iranian minority")).toBe("IRNCVL");
  });

  it("reads prisoners and nationals as civilians, and a country's leader and negotiators as government", () => {
    expect(codeOf(read("An Iraqi prisoner died.", [["Iraqi", "NORP"]]), "Iraqi prisoner")).toBe("IRQCVL");
    expect(codeOf(read("Iranian negotiators arrived.", [["Iranian", "NORP"]]), "Iranian negotiators")).toBe("IRNGOV");
    expect(codeOf(read("The Turkish leader spoke.", [["Turkish", "NORP"]]), "Turkish leader")).toBe("TURGOV");
    // A town is its people, as Phoenix codes a village (VILLAGE [~CVL]); the demonym inside stays the country.
    const towns = read("Iran shelled Iraqi towns.", [["Iran", "GPE"], ["Iraqi", "NORP"]]);
    expect(codeOf(towns, "Iraqi towns")).toBe("IRQCVL");
    expect(codeOf(towns, "Iraqi")).toBe("IRQ");
    // So are homes: their households.
    expect(codeOf(read("Iraqi bulldozers demolished Iranian homes.", [["Iraqi", "NORP"], ["Iranian", "NORP"]]), "Iranian homes")).toBe("IRNCVL");
  });
});

describe("office holders in the international dictionary", () => {
  it("types a dated office holder with an elite fallback as a person, so 'he' finds him", () => {
    const annan = { ...actorEntry("i:annan", "Ali Annan", [{ code: "IGOUNO", from: "1997-01-01", to: "2006-12-31" }, { code: "ELI", from: null, to: null }]), source: "international" as const, kind: undefined };
    const k = createActorKnowledge({ hash: "igo-rulers", countries: TINY_COUNTRIES, agents: TINY_AGENTS, actors: [annan] });
    const text = "Ali Annan said he would visit Iran.";
    const doc = emptyDocument(makeArticle({ text, published: "2000-01-01" }));
    Object.assign(doc, tokenise(nlp, doc.text));
    doc.entities = [
      { id: "e1", start: 0, end: 9, text: "Ali Annan", type: "ORG", actorId: null },
      { id: "e2", start: 29, end: 33, text: "Iran", type: "GPE", actorId: null },
    ];
    const out = resolveActors(doc, { knowledge: k, registry: null });
    expect(out.entities[0].type).toBe("PERSON");
    expect(actorOf(out, "he")?.code).toBe("IGOUNO");
  });
});

describe("agents of no named country", () => {
  it("codes a role phrase after the verb as an agent of no known country only in a sentence that names no country, and not a place", () => {
    const doc = read("The terrorists clashed with the police.", []);
    expect(actorOf(doc, "police")?.code).toBe("---COP");
    const named = read("The terrorists clashed with the police in Iraq.", [["Iraq", "GPE"]]);
    expect(actorOf(named, "police")?.code).not.toBe("---COP");
  });

  it("reads weapons with no owner named as no one, not the sentence's country", () => {
    const doc = read("Seventeen rockets struck near the base, according to the Iraqi police.", [["Iraqi", "NORP"]]);
    expect(doc.mentions.some((m) => m.text.includes("rockets"))).toBe(false);
    const owned = read("Iraqi rockets struck near the base.", [["Iraqi", "NORP"]]);
    expect(actorOf(owned, "Iraqi rockets")?.code).toBe("IRQMIL");
    // What they are fired at is not their owner.
    const aimed = read("Iran fired rockets at Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(aimed.actors.map((a) => a.code)).not.toContain("IRQMIL");
  });

  it("reads a company's machines as its products and 'Air <Name>' as an airline, not armed forces", () => {
    const k = createActorKnowledge({ hash: "products", countries: TINY_COUNTRIES, agents: TINY_AGENTS, actors: [...TINY_ACTORS, actorEntry("m:boeing", "Boeing", [{ code: "MNCUSA", from: null, to: null }], "organisation")] });
    const doc = read("Iran agreed to buy 60 Boeing aircraft.", [["Iran", "GPE"], ["Boeing", "ORG"]], { knowledge: k });
    expect(doc.actors.map((a) => a.code)).not.toContain("MNCUSAMIL");
    const airline = read("Iran Air bought planes.", [["Iran Air", "ORG"]], { knowledge: k });
    expect(actorOf(airline, "Iran Air")?.code).not.toBe("IRNMIL");
    const airForce = read("The Iranian Air Force bought planes.", [["Iranian", "NORP"]], { knowledge: k });
    expect(airForce.actors.map((a) => a.code)).toContain("IRNMIL");
  });

  it("reads a think tank as no armour ('the think tank American Enterprise Institute')", () => {
    const doc = read("The think tank Iranian Enterprise Institute criticized Iraq.", [["Iranian Enterprise Institute", "ORG"], ["Iraq", "GPE"]]);
    expect(actorOf(doc, "Iranian Enterprise Institute")?.sectors ?? []).not.toContain("MIL");
    const tanks = read("Iranian tanks entered Iraq.", [["Iranian", "NORP"], ["Iraq", "GPE"]]);
    expect(tanks.actors.map((a) => a.code)).toContain("IRNMIL");
  });

  it("does not give a role phrase the country of a capital that is the verb's other side", () => {
    const doc = read("The administration blamed Baghdad for the attack.", [["Baghdad", "GPE"]]);
    expect(actorOf(doc, "administration")?.code ?? null).not.toBe("IRQGOV");
  });

  it("codes a role phrase before a relative clause's verb as that verb's subject ('the lawmakers who …')", () => {
    const doc = read("The two lawmakers who visited Iran criticized Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(actorOf(doc, "two lawmakers")?.code).toBe("---LEG");
    // Not the object of a relative clause ("the lawmakers who police arrested").
    const object = read("Iraq freed the lawmakers who police arrested in Iran.", [["Iraq", "GPE"], ["Iran", "GPE"]]);
    expect(actorOf(object, "lawmakers")?.code).toBeUndefined();
  });

  it("codes a passive's 'by' agent as the clause's doer, of no known country when the sentence names two", () => {
    const doc = read("Iranian soldiers and Iraqi police were attacked in the city by tourists.", [["Iranian", "NORP"], ["Iraqi", "NORP"]]);
    expect(actorOf(doc, "tourists")?.code).toBe("---CVL");
    // Not a "by" phrase of an active verb ("stood by tourists"): that is no doer.
    // (Rebels are coded wherever they stand: see "codes rebels after the verb …".)
    const active = read("Iranian soldiers and Iraqi police stood in the city by tourists.", [["Iranian", "NORP"], ["Iraqi", "NORP"]]);
    expect(actorOf(active, "tourists")).toBeUndefined();
  });

  it("reads a role phrase with an adverb between it and its verb as the verb's subject ('The army earlier captured …')", () => {
    const doc = read("The terrorists earlier this week attacked Iran and Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(actorOf(doc, "terrorists")?.code).toBe("---REB");
  });

  it("reads the people a count's 'of' complement names as placed where the whole phrase stands ('Dozens of terrorists attacked …')", () => {
    const doc = read("Dozens of terrorists attacked Iran and Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(actorOf(doc, "terrorists")?.code).toBe("---REB");
    const number = read("A number of terrorists attacked Iran and Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(actorOf(number, "terrorists")?.code).toBe("---REB");
  });

  it("reads a tagged name of no actor that is itself a role word as that role ('The Maoists bombed …')", () => {
    const doc = read("The Terrorists attacked Iran and Iraq.", [["Terrorists", "MISC"], ["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(actorOf(doc, "Terrorists")?.code).toBe("---REB");
  });

  it("codes the object of a verb of harm as a party of no known country when the sentence names another ('gunmen killed 21 tourists … in Tunis')", () => {
    const doc = read("Iranian terrorists and Iraqi police killed two lawmakers.", [["Iranian", "NORP"], ["Iraqi", "NORP"]]);
    expect(actorOf(doc, "two lawmakers")?.code).toBe("---LEG");
    // Not the object of another verb ("told two lawmakers").
    const told = read("Iranian terrorists and Iraqi police told two lawmakers.", [["Iranian", "NORP"], ["Iraqi", "NORP"]]);
    expect(actorOf(told, "two lawmakers")).toBeUndefined();
  });

  it("reads an agent of several words ending in a machine's name as people ('a suicide bomber'), the machine alone as no party", () => {
    const k = createActorKnowledge({ hash: "bombers", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("suicide bomber", "REB"), agent("bomber", "MIL")], actors: TINY_ACTORS });
    const doc = read("A suicide bomber attacked Iran and Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]], { knowledge: k });
    expect(actorOf(doc, "suicide bomber")?.code).toBe("---REB");
    const machine = read("A bomber attacked Iran and Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]], { knowledge: k });
    expect(actorOf(machine, "bomber")).toBeUndefined();
  });

  it("refers 'him' to the one person a singular role phrase describes when no person is named ('A policeman … stabbed him')", () => {
    const doc = read("An Iraqi lawmaker was killed when terrorists attacked his house and shot him.", [["Iraqi", "NORP"]]);
    expect(actorOf(doc, "him")?.code).toBe("IRQLEG");
    // Not a body ("the Iraqi police … shot him") nor one of two persons.
    const body = read("The Iraqi police said terrorists shot him.", [["Iraqi", "NORP"]]);
    expect(actorOf(body, "him")).toBeUndefined();
    const two = read("An Iraqi lawmaker and an Iraqi minister said terrorists shot him.", [["Iraqi", "NORP"], ["Iraqi", "NORP"]]);
    expect(actorOf(two, "him")).toBeUndefined();
    // So with a role phrase of no country, read at the sentence's end, and beside a plural in -men.
    const gunmen = createActorKnowledge({ hash: "gunmen", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, { ...agent("gunman", "UAF"), names: ["gunman", "gunmen"] }], actors: TINY_ACTORS });
    const placeless = read("A lawmaker was killed when gunmen shot him.", [], { knowledge: gunmen });
    expect(actorOf(placeless, "gunmen")?.code).toBe("---UAF");
    expect(actorOf(placeless, "him")?.code).toBe("---LEG");
  });

  it("takes such a group as the sentence's subject for a later 'they'", () => {
    const doc = read("Iran was quiet. The terrorists clashed with the police. As they tried to storm parliament, the police fired.", [["Iran", "GPE"]]);
    expect(actorOf(doc, "they")?.code).toBe("---REB");
  });
});

describe("unique offices", () => {
  const k = createActorKnowledge({
    hash: "offices",
    countries: TINY_COUNTRIES,
    agents: TINY_AGENTS,
    // (Another Farid makes the lone name ambiguous, as 'Francis' is.)
    actors: [actorEntry("s:farid", "Pope Farid", [{ code: "GONGOV", from: "2010-01-01", to: null }], "person"), actorEntry("s:omar", "Omar Farid", [{ code: "IRQGOV", from: "2010-01-01", to: null }], "person")],
  });

  it("finds a person the dictionary lists with the title before the name ('Pope Francis')", () => {
    const doc = read("Pope Farid met Hassan Rouhani.", [["Pope Farid", "PERSON"], ["Hassan Rouhani", "PERSON"]], { knowledge: k });
    expect(actorOf(doc, "Pope Farid")?.code).toBe("GONGOV");
  });

  it("links 'the Pope' tagged as a name to the one person titled so before", () => {
    const doc = read("Pope Farid met Hassan Rouhani. The Pope said he was pleased.", [["Pope Farid", "PERSON"], ["Hassan Rouhani", "PERSON"], ["The Pope", "PERSON"]], { knowledge: k });
    expect(actorOf(doc, "The Pope")?.id).toBe(actorOf(doc, "Pope Farid")?.id);
  });
});

describe("counterparts", () => {
  it("gives a counterpart its possessor's sectors in the country the phrase names", () => {
    const pronoun = read("Hassan Rouhani met his Turkish counterpart.", [["Hassan Rouhani", "PERSON"], ["Turkish", "NORP"]]);
    expect(actorOf(pronoun, "Turkish counterpart")?.code).toBe("TURGOV");
    // A pronoun that found no person is the clause's subject, an office described by its role.
    const office = read("The Iraqi defense minister met his Iranian counterpart.", [["Iraqi", "NORP"], ["Iranian", "NORP"]]);
    expect(actorOf(office, "Iranian counterpart")?.code).toBe("IRNGOVMIL");
    const attached = read("The Iraqi defense minister met his counterparts from Iran and Turkey.", [["Iraqi", "NORP"], ["Iran", "GPE"], ["Turkey", "GPE"]]);
    expect(attached.actors.map((a) => a.code)).toEqual(expect.arrayContaining(["IRNGOVMIL", "TURGOVMIL"]));
    // A person named as the counterpart takes the office too.
    const named = read("The Iraqi defense minister met his Iranian counterpart Omar Bakri.", [["Iraqi", "NORP"], ["Iranian", "NORP"], ["Omar Bakri", "PERSON"]]);
    expect(actorOf(named, "Omar Bakri")?.code).toBe("IRNGOVMIL");
    // A possessor of no office gives none.
    const citizen = read("Juma Khalil met his Turkish counterpart.", [["Juma Khalil", "PERSON"], ["Turkish", "NORP"]]);
    expect(citizen.actors.map((a) => a.code)).not.toContain("TURGOV");
  });
});

describe("nouns of relation", () => {
  it("reads the actor named before an ally or supporter as the other party, not the phrase's own", () => {
    const doc = read("Iran's terrorist ally in Iraq attacked the town.", [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(actorOf(doc, "Iran")?.code).toBe("IRN");
    expect(doc.actors.map((a) => a.code)).not.toContain("IRNREB");
    expect(actorOf(doc, "terrorist ally")?.code).toBe("IRQREB");
    const bare = read("Gondor's allies and a Gondor supporter protested.", [["Gondor", "GPE"], ["Gondor", "GPE"]]);
    expect(bare.mentions.filter((m) => m.kind === "group")).toEqual([]);
  });

  it("reads 'victims' after a possessive as another party, after a demonym as that country's people", () => {
    const k = createActorKnowledge({ hash: "victims", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("victim", "CVL")], actors: TINY_ACTORS });
    expect(read("Iran's victims protested.", [["Iran", "GPE"]], { knowledge: k }).actors.map((a) => a.code)).not.toContain("IRNCVL");
    expect(read("Iranian victims protested.", [["Iranian", "NORP"]], { knowledge: k }).actors.map((a) => a.code)).toContain("IRNCVL");
  });
});

describe("the sentence's country", () => {
  it("is not where a person in it comes from ('a native of Mexico')", () => {
    const k = createActorKnowledge({ hash: "origin", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("native", "CVL")], actors: TINY_ACTORS });
    const doc = read("Gomez, a native of Iraq, was arrested by police.", [["Gomez", "PERSON"], ["Iraq", "GPE"]], { knowledge: k });
    expect(actorOf(doc, "police")?.code).not.toBe("IRQCOP");
    const local = read("Iraqi soldiers were arrested by police.", [["Iraqi", "NORP"]]);
    expect(actorOf(local, "police")?.code).toBe("IRQCOP");
    // Nor where a visitor comes from ("a tourist from Canada" killed in Jordan).
    const visit = createActorKnowledge({ hash: "visitor", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("tourist", "CVL")], actors: TINY_ACTORS });
    const tourist = read("A tourist from Iraq was shot by police.", [["Iraq", "GPE"]], { knowledge: visit });
    expect(actorOf(tourist, "police")?.code).not.toBe("IRQCOP");
  });
});

describe("the place of a sentence", () => {
  it("places a state agent of no country in the one country whose town the sentence happens in or at", () => {
    const airport = read("Police arrested Omar Bakri at a Tehran airport.", [["Omar Bakri", "PERSON"], ["Tehran", "GPE"]]);
    expect(actorOf(airport, "Police")?.code).toBe("IRNCOP");
    // A place gone to is not where the sentence happens.
    const flight = read("Police arrested Omar Bakri before his flight to Tehran.", [["Omar Bakri", "PERSON"], ["Tehran", "GPE"]]);
    expect(actorOf(flight, "Police")?.code).toBe("---COP");
  });
});

describe("a state body no sentence placed", () => {
  it("belongs to the country that clearly dominates the article, and so does an office holder, but not a diplomat", () => {
    const text = "Iraq held talks. Iraq signed a deal. Iraq left. The police arrested a man. Minister Omar Bakri left. Ambassador Ali Haddad stayed. Health minister Juma Saleh spoke. Party leader Ali Reza objected. Protesters marched.";
    const agents = [...TINY_AGENTS, agent("ambassador", "GOV"), agent("health minister", "GOVHLH"), agent("party leader", "PTY"), agent("protester", "OPP")];
    const k = createActorKnowledge({ hash: "diplomats", countries: TINY_COUNTRIES, agents, actors: TINY_ACTORS });
    const doc = read(text, [["Iraq", "GPE"], ["Iraq", "GPE"], ["Iraq", "GPE"], ["Omar Bakri", "PERSON"], ["Ali Haddad", "PERSON"], ["Juma Saleh", "PERSON"], ["Ali Reza", "PERSON"]], { knowledge: k });
    // A party's leader is the country's; protesters may come from anywhere.
    expect(actorOf(doc, "Ali Reza")?.code).toBe("IRQPTY");
    expect(actorOf(doc, "Protesters")?.code).toBe("---OPP");
    expect(actorOf(doc, "police")?.code).toBe("IRQCOP");
    expect(actorOf(doc, "Omar Bakri")?.code).toBe("IRQGOV");
    // A state office whatever its field ("health minister", GOVHLH).
    expect(actorOf(doc, "Juma Saleh")?.code).toBe("IRQGOVHLH");
    // A diplomat serves abroad: the article's country is where he is, not whose.
    expect(actorOf(doc, "Ali Haddad")?.code).toBe("---GOV");
    // "European officials" are of no one country, and so not the article's.
    const european = read("Iraq held talks. Iraq signed a deal. Iraq left. European officials criticized the deal.", [["Iraq", "GPE"], ["Iraq", "GPE"], ["Iraq", "GPE"], ["European", "MISC"]]);
    expect(actorOf(european, "European officials")?.code ?? null).toBeNull();
    const two = read("Iraq held talks. Iran held talks. Iraq left. Iran left. The police arrested a man.", [["Iraq", "GPE"], ["Iran", "GPE"], ["Iraq", "GPE"], ["Iran", "GPE"]]);
    expect(actorOf(two, "police")?.code).toBe("---COP");
  });
});

describe("groups of one code and name", () => {
  it("are one actor, however late their sentence or article placed them", () => {
    const text = "Police arrested Omar Bakri. Police freed him at a Tehran airport. Iran said Iran and the Iranian government were pleased.";
    const doc = read(text, [["Omar Bakri", "PERSON"], ["Tehran", "GPE"], ["Iran", "GPE"], ["Iran", "GPE"], ["Iranian", "NORP"]]);
    const police = doc.actors.filter((a) => a.name === "Police");
    expect(police.map((a) => a.code)).toEqual(["IRNCOP"]);
    expect(police[0].mentions).toHaveLength(2);
  });
});

describe("officers of bodies of no state", () => {
  it("are not of the country that dominates the article", () => {
    const text = "Senior Zorg officials, including minister Omar Bakri, resigned. Iraqi officials said Iraq and the Iraqi government were pleased.";
    const doc = read(text, [["Zorg", "ORG"], ["Omar Bakri", "PERSON"], ["Iraqi", "NORP"], ["Iraq", "GPE"], ["Iraqi", "NORP"]]);
    expect(actorOf(doc, "Omar Bakri")?.code).toBe("---GOV");
    const titled = read("Zorg minister Omar Bakri resigned. Iraqi officials said Iraq and the Iraqi government were pleased.", [["Zorg", "ORG"], ["Omar Bakri", "PERSON"], ["Iraqi", "NORP"], ["Iraq", "GPE"], ["Iraqi", "NORP"]]);
    expect(actorOf(titled, "Omar Bakri")?.code).toBe("---GOV");
    // An office holder of no named body is the article's country's.
    const plain = read("Minister Omar Bakri resigned. Iraqi officials said Iraq and the Iraqi government were pleased.", [["Omar Bakri", "PERSON"], ["Iraqi", "NORP"], ["Iraq", "GPE"], ["Iraqi", "NORP"]]);
    expect(actorOf(plain, "Omar Bakri")?.code).toBe("IRQGOV");
    // A legislator, judge, soldier or police officer holds a state's office whatever the body is called.
    const speaker = read("Zorg lawmaker Omar Bakri resigned. Iraqi officials said Iraq and the Iraqi government were pleased.", [["Zorg", "ORG"], ["Omar Bakri", "PERSON"], ["Iraqi", "NORP"], ["Iraq", "GPE"], ["Iraqi", "NORP"]]);
    expect(actorOf(speaker, "Omar Bakri")?.code).toBe("IRQLEG");
  });
});

describe("a person whose role names a sector but no country", () => {
  it("takes the country of the one office the article described earlier with that title", () => {
    const k = createActorKnowledge({ hash: "described", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("ambassador", "GOV")], actors: TINY_ACTORS });
    const text = "A gunman shot Iran's ambassador on Monday. The gunman walked around Ambassador Ali Haddad as he lay on the floor.";
    const doc = read(text, [["Iran", "GPE"], ["Ali Haddad", "PERSON"]], { knowledge: k });
    expect(actorOf(doc, "Ali Haddad")?.code).toBe("IRNGOV");
    // Two countries' ambassadors: nothing says which.
    const two = read("Iran's ambassador met Iraq's ambassador. Later Ambassador Ali Haddad left.", [["Iran", "GPE"], ["Iraq", "GPE"], ["Ali Haddad", "PERSON"]], { knowledge: k });
    expect(actorOf(two, "Ali Haddad")?.code).toBe("---GOV");
  });

  it("shares the country of an office holder it is listed with", () => {
    const doc = read("Iranian minister Ali Baqeri and defense minister Omar Bakri met Turkish officials.", [["Iranian", "NORP"], ["Ali Baqeri", "PERSON"], ["Omar Bakri", "PERSON"], ["Turkish", "NORP"]]);
    expect(actorOf(doc, "Omar Bakri")?.code).toBe("IRNGOVMIL");
    // Not across a verb, nor from a private person ("Juma Haddad" has no office).
    const apart = read("Iranian minister Ali Baqeri met defense minister Omar Bakri and Iraqi officials.", [["Iranian", "NORP"], ["Ali Baqeri", "PERSON"], ["Omar Bakri", "PERSON"], ["Iraqi", "NORP"]]);
    expect(actorOf(apart, "Omar Bakri")?.code).not.toBe("IRNGOVMIL");
  });

  it("takes the one country of the sentence's state agents, else no known country ('---'), until a role names one", () => {
    const alone = read("Minister Omar Bakri criticized Juma Haddad.", [["Omar Bakri", "PERSON"], ["Juma Haddad", "PERSON"]]);
    expect(actorOf(alone, "Omar Bakri")?.code).toBe("---GOV");
    const placed = read("Minister Omar Bakri met Iraqi soldiers.", [["Omar Bakri", "PERSON"], ["Iraqi", "NORP"]]);
    expect(actorOf(placed, "Omar Bakri")?.code).toBe("IRQGOV");
    const named = read("Minister Omar Bakri spoke. Iranian minister Omar Bakri left.", [["Omar Bakri", "PERSON"], ["Iranian", "NORP"], ["Omar Bakri", "PERSON"]]);
    expect(actorOf(named, "Omar Bakri")?.code).toBe("IRNGOV");
    // A doctor of unknown country is no political actor: left uncoded.
    const k = createActorKnowledge({ hash: "doctor", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("doctor", "HLH")], actors: TINY_ACTORS });
    expect(actorOf(read("Doctor Omar Bakri criticized Juma Haddad.", [["Omar Bakri", "PERSON"], ["Juma Haddad", "PERSON"]], { knowledge: k }), "Omar Bakri")?.code).toBeNull();
  });
});

describe("pronouns agree in sex with the person they refer to", () => {
  const names = createNameGenders({ male: ["juma", "omar"], female: ["mary", "laila"] });
  const pronounsOf = (doc: Document) => doc.mentions.filter((m) => m.kind === "pronoun").map((m) => `${m.text}:${doc.actors.find((a) => a.id === m.actorId)!.name}`);

  it("passes over a person of the other sex named by first name, title or person noun", () => {
    const byName = read("Mary Khattab met Omar Bakri. She said he was tired.", [["Mary Khattab", "PERSON"], ["Omar Bakri", "PERSON"]], { names });
    expect(pronounsOf(byName)).toEqual(["She:Mary Khattab", "he:Omar Bakri"]);
    const byTitle = read("Mrs Khattab met Mr Bakri. He said she was tired.", [["Khattab", "PERSON"], ["Bakri", "PERSON"]], { names });
    expect(pronounsOf(byTitle)).toEqual(["He:Bakri", "she:Khattab"]);
    const byNoun = read("The actress Dalia Rahim thanked Samir Haddad. She left.", [["Dalia Rahim", "PERSON"], ["Samir Haddad", "PERSON"]], { names });
    expect(pronounsOf(byNoun)).toEqual(["She:Dalia Rahim"]);
  });

  it("does not take a name of one sex for a person of the other ('Mr. Khattab' after 'Mary Khattab')", () => {
    const doc = read("Mary Khattab arrived. Mr. Khattab said he was tired.", [["Mary Khattab", "PERSON"], ["Khattab", "PERSON"]], { names });
    expect(actorOf(doc, "Khattab")?.id).not.toBe(actorOf(doc, "Mary Khattab")?.id);
    expect(pronounsOf(doc)).toEqual(["he:Khattab"]);
    const same = read("Mary Khattab arrived. Mrs. Khattab said she was tired.", [["Mary Khattab", "PERSON"], ["Khattab", "PERSON"]], { names });
    expect(actorOf(same, "Khattab")?.id).toBe(actorOf(same, "Mary Khattab")?.id);
  });

  it("leaves a pronoun paired with one of the other sex to no one ('his/her', 'he or she')", () => {
    const doc = read("Omar Bakri asked for his/her release. Omar Bakri said he or she would decide.", [["Omar Bakri", "PERSON"], ["Omar Bakri", "PERSON"]], { names });
    expect(pronounsOf(doc)).toEqual([]);
    expect(pronounsOf(read("Omar Bakri asked for his release.", [["Omar Bakri", "PERSON"]], { names }))).toEqual(["his:Omar Bakri"]);
  });

  it("goes on with the person a subject pronoun refers to, and counts a person named as a possessor", () => {
    // The chain: "He" is Bakri, so the next sentence's "he" is Bakri too, not the last-named Haddad.
    const chain = read("Omar Bakri arrived. He met Juma Haddad. Later he left.", [["Omar Bakri", "PERSON"], ["Juma Haddad", "PERSON"]], { names });
    expect(pronounsOf(chain)).toEqual(["He:Omar Bakri", "he:Omar Bakri"]);
    const possessor = read("Juma Haddad arrived. Omar Bakri's allies say he left.", [["Juma Haddad", "PERSON"], ["Omar Bakri", "PERSON"]], { names });
    expect(pronounsOf(possessor)).toEqual(["he:Omar Bakri"]);
  });

  it("never refers an object pronoun to the subject of its own clause ('Bakri called on him')", () => {
    const doc = read("Juma Haddad spoke. Omar Bakri called on him to resign.", [["Juma Haddad", "PERSON"], ["Omar Bakri", "PERSON"]], { names });
    expect(pronounsOf(doc)).toEqual(["him:Juma Haddad"]);
    // In another clause the subject may be meant: "Bakri said Haddad had called him".
    const embedded = read("Omar Bakri said Juma Haddad had called him.", [["Omar Bakri", "PERSON"], ["Juma Haddad", "PERSON"]], { names });
    expect(pronounsOf(embedded)).toEqual(["him:Omar Bakri"]);
    const relative = read("Omar Bakri spoke. The rebels who attacked Iraq thanked them.", [["Omar Bakri", "PERSON"], ["Iraq", "GPE"]], { names });
    expect(pronounsOf(relative)).not.toContain("them:rebels");
  });

  it("reads the 'it' of 'when it comes to' as no one", () => {
    const doc = read("Iran tested missiles. When it comes to talks, Iraq is ready.", [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(doc.mentions.filter((m) => m.kind === "pronoun")).toEqual([]);
  });

  it("lets a pronoun refer to a person of unknown sex, and without a name table to anyone", () => {
    const doc = read("Dalia Rahim arrived. She spoke.", [["Dalia Rahim", "PERSON"]], { names });
    expect(pronounsOf(doc)).toEqual(["She:Dalia Rahim"]);
    expect(pronounsOf(read("Omar Bakri arrived. She spoke.", [["Omar Bakri", "PERSON"]]))).toEqual(["She:Omar Bakri"]);
    expect(pronounsOf(read("Omar Bakri arrived. She spoke.", [["Omar Bakri", "PERSON"]], { names }))).toEqual([]);
  });

  it("keeps the sex a pronoun gave a person, and looks back a few sentences for one of the pronoun's sex", () => {
    const doc = read("Dalia Rahim met Omar Bakri. She said it was late. Omar Bakri left. Then she smiled.", [["Dalia Rahim", "PERSON"], ["Omar Bakri", "PERSON"], ["Omar Bakri", "PERSON"]], { names });
    expect(pronounsOf(doc)).toEqual(["She:Dalia Rahim", "she:Dalia Rahim"]);
    // None of its sex: the person of unknown sex named last.
    const unknown = read("Samir Haddad met Mary Khattab. Mary Khattab spoke. Then he left.", [["Samir Haddad", "PERSON"], ["Mary Khattab", "PERSON"], ["Mary Khattab", "PERSON"]], { names });
    expect(pronounsOf(unknown)).toEqual(["he:Samir Haddad"]);
  });
});

describe("royal titles", () => {
  it("reads an office opening an ORG entity before a listed person as the title, and looks the name up without it", () => {
    const k = createActorKnowledge({
      hash: "royals",
      countries: TINY_COUNTRIES,
      agents: TINY_AGENTS,
      actors: [
        ...TINY_ACTORS,
        actorEntry("c:queen-b", "Queen Berenice II", [{ code: "TURGOV", from: "1952-02-06", to: null }]),
        actorEntry("c:b", "Berenice II", [{ code: "IRNGOV", from: "1952-02-06", to: null }]),
      ],
    });
    const doc = read("Queen Berenice II visited Iraq.", [["Queen Berenice II", "ORG"], ["Iraq", "GPE"]], { knowledge: k });
    expect(doc.entities[0].type).toBe("PERSON");
    expect(actorOf(doc, "Queen Berenice II")?.code).toBe("IRNGOV");
  });

  it("reads a queen or princess of a country as its government, as Phoenix reads a king or prince", () => {
    expect(actorOf(read("Iran's Queen Berenice visited Iraq.", [["Iran", "GPE"], ["Berenice", "PERSON"], ["Iraq", "GPE"]]), "Berenice")?.code).toBe("IRNGOV");
  });
});

describe("a title alone after 'the'", () => {
  it("refers back to the one person named with that title", () => {
    const doc = read("President Juma Khattab of Iraq arrived. Later the president left.", [["Juma Khattab", "PERSON"], ["Iraq", "GPE"]]);
    expect(actorOf(doc, "the president")?.name).toBe("Juma Khattab");
    // Two presidents: no telling which.
    const two = read("President Juma Khattab met President Omar Bakri. Later the president left.", [["Juma Khattab", "PERSON"], ["Omar Bakri", "PERSON"]]);
    expect(two.mentions.find((m) => m.text === "the president")).toBeUndefined();
  });
});

describe("persons the dictionary lists without a kind", () => {
  it("stay persons when read inside a role phrase, and no group of their code joins them", () => {
    const k = createActorKnowledge({ hash: "kindless", countries: TINY_COUNTRIES, agents: TINY_AGENTS, actors: [...TINY_ACTORS, actorEntry("c:jk", "Juma Khattab", [{ code: "IRQGOV", from: null, to: null }])] });
    const doc = read("Member of Parliament Juma Khattab of the ruling party spoke. Iraqi officials met reporters.", [["Juma Khattab", "PERSON"], ["Iraqi", "NORP"]], { knowledge: k });
    const khattab = actorOf(doc, "Juma Khattab");
    expect(khattab?.code).toBe("IRQGOV");
    expect(actorOf(doc, "Iraqi officials")?.id).not.toBe(khattab?.id);
  });
});

describe("names modifying a noun", () => {
  it("reads a capital before a common noun of its phrase as a place, not its government", () => {
    const rally = read("Organizers of a Baghdad rally said thousands came.", [["Baghdad", "GPE"]]);
    expect(rally.actors.map((a) => a.code)).not.toContain("IRQGOV");
    expect(read("Baghdad said thousands came.", [["Baghdad", "GPE"]]).actors.map((a) => a.code)).toContain("IRQGOV");
  });
});

describe("pronouns after 'where'", () => {
  it("does not read 'it' after 'where' as the place 'where' stands for", () => {
    const doc = read("Iran attacked the pipeline near Basra, Iraq, where it crosses the border.", [["Iran", "GPE"], ["Basra", "GPE"], ["Iraq", "GPE"]]);
    expect(actorOf(doc, "it")?.code).not.toBe("IRQ");
    const plain = read("Iran attacked Basra, Iraq, as it crossed the border.", [["Iran", "GPE"], ["Basra", "GPE"], ["Iraq", "GPE"]]);
    expect(actorOf(plain, "it")).toBeDefined();
    // Only the place "where" stands for: "Turkey sent troops to Iraq, where it backs the government".
    const subject = read("Turkey sent troops to Iraq, where it backs the government.", [["Turkey", "GPE"], ["Iraq", "GPE"]]);
    expect(actorOf(subject, "it")?.code).toBe("TUR");
  });
});

describe("a dictionary elite with an office in the text", () => {
  it("codes a person the dictionary files as an elite (ELI) by a possessive role the text gives ('the party's leader X')", () => {
    const k = createActorKnowledge({
      hash: "elite",
      countries: TINY_COUNTRIES,
      agents: [...TINY_AGENTS, agent("party leader", "PTY")],
      actors: [...TINY_ACTORS, actorEntry("c:ali", "Ali Hassan", [{ code: "IRQELI", from: null, to: null }], "person")],
    });
    const doc = read("Crowds rallied against the party's leader Ali Hassan.", [["Ali Hassan", "PERSON"]], { knowledge: k });
    expect(actorOf(doc, "Ali Hassan")?.code).toBe("IRQPTY");
    const plain = read("Crowds rallied against Ali Hassan.", [["Ali Hassan", "PERSON"]], { knowledge: k });
    expect(actorOf(plain, "Ali Hassan")?.code).toBe("IRQELI");
  });
});

describe("roles in a named group", () => {
  const k = createActorKnowledge({
    hash: "group-roles",
    countries: TINY_COUNTRIES,
    agents: [...TINY_AGENTS, agent("commander", "MIL")],
    actors: [...TINY_ACTORS, actorEntry("m:qaida", "al Qa'ida", [{ code: "IMGMUSALQ", from: null, to: null }], "group"), actorEntry("m:hez", "Hezbollah", [{ code: "IRQREB", from: null, to: null }], "group")],
  });
  const readWith = (text: string, entities: [string, EntityType][]) => read(text, entities, { knowledge: k });

  it("codes a person by a group role under the group, not the group's country", () => {
    const doc = readWith("Hamza, a Hezbollah commander, was killed.", [["Hamza", "PERSON"], ["Hezbollah", "ORG"]]);
    expect(actorOf(doc, "Hamza")?.code).toBe("IRQREBMIL");
  });

  it("reads a spokesperson's 'it' as the body they speak for", () => {
    const doc = readWith("Turkey was attacked. Hezbollah spokesman Ali Hassan said it had carried out the attack.", [["Turkey", "GPE"], ["Hezbollah", "ORG"], ["Ali Hassan", "PERSON"]]);
    expect(actorOf(doc, "it")?.code).toBe("IRQREB");
    // Not for a speaker who speaks for no one.
    const plain = readWith("Turkey was attacked. Ali Hassan said it had carried out the attack.", [["Turkey", "GPE"], ["Ali Hassan", "PERSON"]]);
    expect(actorOf(plain, "it")?.code).not.toBe("IRQREB");
    // Not when someone else was just acting.
    const others = readWith("Turkey attacked the camp. Hezbollah spokesman Ali Hassan said it had killed five children.", [["Turkey", "GPE"], ["Hezbollah", "ORG"], ["Ali Hassan", "PERSON"]]);
    expect(actorOf(others, "it")?.code).toBe("TUR");
  });

  it("reads the first of two descriptions joined by 'and' in apposition, a group's member, and a lower-case Arabic article", () => {
    const doc = readWith("Hamza Ali, the al-Qa'ida member and son of Omar Ali, was killed.", [["Hamza Ali", "PERSON"], ["al-Qa'ida", "ORG"], ["Omar Ali", "PERSON"]]);
    expect(actorOf(doc, "Hamza Ali")?.code).toBe("IMGMUSALQ");
  });
});

describe("groups loyal to an actor", () => {
  const k = createActorKnowledge({ hash: "loyal", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("militant", "UAF")], actors: TINY_ACTORS });
  const readWith = (text: string, entities: [string, EntityType][]) => read(text, entities, { knowledge: k });

  it("codes 'militants loyal to X' as X's armed group: military for a state, rebels otherwise, with 'they' linked", () => {
    const state = readWith("Militants loyal to Iran attacked Turkey.", [["Iran", "GPE"], ["Turkey", "GPE"]]);
    expect(actorOf(state, "Militants loyal to Iran")?.code).toBe("IRNMIL");
    const group = readWith("Militants loyal to Daesh said they attacked Turkey.", [["Daesh", "ORG"], ["Turkey", "GPE"]]);
    expect(actorOf(group, "Militants loyal to Daesh")?.code).toBe("IMGMUSISIREB");
    expect(actorOf(group, "they")?.code).toBe("IMGMUSISIREB");
    // A pronoun names the patron too.
    const him = readWith("Hassan Rouhani said militants loyal to him attacked Turkey.", [["Hassan Rouhani", "PERSON"], ["Turkey", "GPE"]]);
    expect(actorOf(him, "militants loyal to him")?.code).toBe("IRNMIL");
    // Without allegiance, militants stay unidentified armed men.
    const near = readWith("Militants near Iran attacked Turkey.", [["Iran", "GPE"], ["Turkey", "GPE"]]);
    expect(near.actors.map((a) => a.code)).not.toContain("IRNMIL");
    expect(near.mentions.some((m) => m.text.startsWith("Militants near"))).toBe(false);
  });

  it("still codes the followers by their own words when the patron names no known actor", () => {
    const doc = readWith("Militants loyal to a local warlord attacked Iraqi police.", [["Iraqi", "NORP"]]);
    // The sentence's one country, as for any role phrase that names none.
    expect(actorOf(doc, "Militants")?.code).toBe("IRQUAF");
  });
});

describe("the sentence's country for groups and organisations that name none", () => {
  const k = createActorKnowledge({
    hash: "sentence-country",
    countries: TINY_COUNTRIES,
    agents: [...TINY_AGENTS, agent("university", "EDU"), agent("student", "EDU"), agent("opposition coalition", "OPP")],
    actors: TINY_ACTORS,
  });
  const readWith = (text: string, entities: [string, EntityType][]) => read(text, entities, { knowledge: k });

  it("places an organisation headed by a role word in the one country whose state agents the sentence names", () => {
    const one = readWith("Turkish police arrested students at Cumhuriyet University.", [["Turkish", "NORP"], ["Cumhuriyet University", "ORG"]]);
    expect(actorOf(one, "Cumhuriyet University")?.code).toBe("TUREDU");
    const two = readWith("Turkish police and Iranian officials met at Cumhuriyet University.", [["Turkish", "NORP"], ["Iranian", "NORP"], ["Cumhuriyet University", "ORG"]]);
    expect(actorOf(two, "Cumhuriyet University")?.code ?? null).toBeNull();
    // Only a state's agents place it: students may be foreign.
    const students = readWith("Cumhuriyet University welcomed Turkish students.", [["Cumhuriyet University", "ORG"], ["Turkish", "NORP"]]);
    expect(actorOf(students, "Cumhuriyet University")?.code ?? null).toBeNull();
  });

  it("places a person's opposition coalition in the sentence's country when the person has none", () => {
    const doc = readWith("Turkish lawmakers recognized victories by Ali Rezai's opposition coalition.", [["Turkish", "NORP"], ["Ali Rezai", "PERSON"]]);
    expect(actorOf(doc, "Ali Rezai's opposition coalition")?.code).toBe("TUROPP");
  });

  it("reads a plural role noun before the head noun as its possessor written without the apostrophe", () => {
    const doc = readWith("Turkish police rejected the students demands.", [["Turkish", "NORP"]]);
    expect(actorOf(doc, "students")?.code).toBe("TUREDU");
    // The group is the possessor, not its demands.
    expect(doc.mentions.some((m) => m.text.includes("demands"))).toBe(false);
  });

  it("codes a legislature the country dictionary files under government by its own branch first", () => {
    const k = createActorKnowledge({
      hash: "legislature",
      countries: TINY_COUNTRIES,
      agents: TINY_AGENTS,
      actors: [{ ...actorEntry("c:majlis", "Majlis", [{ code: "IRNGOVLEG", from: null, to: null }]), source: "countries" }],
    });
    expect(actorOf(read("The Majlis rejected the plan.", [["Majlis", "ORG"]], { knowledge: k }), "Majlis")?.code).toBe("IRNLEGGOV");
  });

  it("places a role phrase in an 'of' complement like any other ('the arrest of students')", () => {
    const doc = readWith("Turkish police ordered the arrest of students.", [["Turkish", "NORP"]]);
    expect(actorOf(doc, "students")?.code).toBe("TUREDU");
    // Not without one country in the sentence.
    const none = readWith("The police ordered the arrest of students.", []);
    expect(actorOf(none, "students")).toBeUndefined();
  });
});

describe("towns, cities and regions as actors", () => {
  const codeOf = (doc: Document, text: string) => actorOf(doc, text)?.code;
  const tokenised = (text: string, entities: [string, EntityType][]) => {
    const doc = emptyDocument(makeArticle({ text, published: "2020-11-15" }));
    Object.assign(doc, tokenise(nlp, doc.text));
    doc.entities = entities.map(([needle, type], i) => ({ id: `e${i + 1}`, start: text.indexOf(needle), end: text.indexOf(needle) + needle.length, text: needle, type, actorId: null }));
    return doc;
  };

  it("codes a dictionary city other than a capital as its country's civilians, a capital in a locative as the country", () => {
    const iraq = { ...TINY_COUNTRIES[1], cities: ["mosul"] };
    const k = createActorKnowledge({ hash: "cities", countries: [TINY_COUNTRIES[0], iraq], agents: TINY_AGENTS, actors: [actorEntry("c:mosul", "Mosul", [{ code: "IRQ", from: null, to: null }])] });
    const doc = tokenised("Iranian jets bombed Mosul and then flew to Baghdad.", [["Iranian", "NORP"], ["Mosul", "GPE"], ["Baghdad", "GPE"]]);
    const out = resolveActors(doc, { knowledge: k, registry: null });
    expect(codeOf(out, "Mosul")).toBe("IRQCVL");
    expect(codeOf(out, "Baghdad")).toBe("IRQ");
  });

  it("codes a town the gazetteer places in one country as that country's civilians", () => {
    const doc = tokenised("Iraqi rebels shelled Fallujah on Sunday.", [["Iraqi", "NORP"], ["Fallujah", "LOC"]]);
    const cityCountry = (name: string, named: ReadonlySet<string>) => (name === "Fallujah" && named.has("IRQ") ? "IRQ" : null);
    expect(codeOf(resolveActors(doc, { knowledge, registry: null, cityCountry }), "Fallujah")).toBe("IRQCVL");
    expect(codeOf(resolveActors(doc, { knowledge, registry: null }), "Fallujah")).toBeUndefined();
  });

  it("places 'the city of X' in X's country, never in a country an attached phrase names", () => {
    const cityCountry = (name: string) => (name === "Fallujah" ? "IRQ" : null);
    const doc = tokenised("Iraqi rebels recaptured the city of Fallujah from Iranian troops.", [["Iraqi", "NORP"], ["Fallujah", "GPE"], ["Iranian", "NORP"]]);
    expect(codeOf(resolveActors(doc, { knowledge, registry: null, cityCountry }), "city")).toBe("IRQCVL");
    // A town of no known country stays uncoded rather than Iran's.
    const unknown = tokenised("Iraqi rebels recaptured the town of Zarqa from Iranian troops.", [["Iraqi", "NORP"], ["Zarqa", "GPE"], ["Iranian", "NORP"]]);
    expect(codeOf(resolveActors(unknown, { knowledge, registry: null, cityCountry }), "town")).toBeUndefined();
  });

  it("gives a town's group a place basis, so the town does not place the sentence's role phrases", () => {
    const cityCountry = (name: string) => (name === "Fallujah" ? "IRQ" : null);
    const doc = tokenised("Police shelled Fallujah on Sunday.", [["Fallujah", "LOC"]]);
    const out = resolveActors(doc, { knowledge, registry: null, cityCountry });
    expect(actorOf(out, "Fallujah")?.basis).toBe("town:Fallujah");
    // "Police" stays a role of no known country, not Iraq's police.
    expect(codeOf(out, "Police")).toBe("---COP");
  });

  it("codes a capital of a state not yet independent on the article's date as a town of the state it lay in", () => {
    const sudan = [country("SDN", "Sudan", ["sudanese"], ["khartoum"]), country("SSD", "South Sudan", [], ["juba"])];
    const k = createActorKnowledge({ hash: "successions", countries: sudan, agents: [...TINY_AGENTS, agent("rebel", "REB")], actors: [] });
    const text = "Sudanese rebels shelled Juba on Sunday.";
    const dated = (published: string) => {
      const doc = emptyDocument(makeArticle({ text, published }));
      Object.assign(doc, tokenise(nlp, doc.text));
      doc.entities = [{ id: "e1", start: 0, end: 8, text: "Sudanese", type: "NORP", actorId: null }, { id: "e2", start: 24, end: 28, text: "Juba", type: "GPE", actorId: null }];
      return resolveActors(doc, { knowledge: k, registry: null });
    };
    // Before independence a town's people (CVL), as any town in an actor's slot; after it, the new state's capital.
    expect(codeOf(dated("1992-03-01"), "Juba")).toBe("SDNCVL");
    expect(codeOf(dated("2015-03-01"), "Juba")?.slice(0, 3)).toBe("SSD");
  });

  it("codes a region of one country named outside a locative as the country, and leaves 'in Anbar' a place", () => {
    const regionCountry = (name: string) => (name === "Anbar" ? "IRQ" : null);
    const invaded = tokenised("Iran invaded Anbar on Sunday.", [["Iran", "GPE"], ["Anbar", "LOC"]]);
    expect(codeOf(resolveActors(invaded, { knowledge, registry: null, regionCountry }), "Anbar")).toBe("IRQ");
    const fighting = tokenised("Iran fought rebels in Anbar on Sunday.", [["Iran", "GPE"], ["Anbar", "LOC"]]);
    expect(codeOf(resolveActors(fighting, { knowledge, registry: null, regionCountry }), "Anbar")).toBeUndefined();
  });
});

describe("gazetteerCityCountry", () => {
  const city = (name: string, country: string, population: number): GazetteerEntry => ({ name, featureType: "city", featureCode: "PPL", country, population, lat: 0, lon: 0, source: "fixture" });
  const gazetteer = parseGazetteer(
    JSON.stringify(
      compileGazetteer([
        city("Jericho", "PSE", 19_783),
        city("Jericho", "USA", 13_567),
        city("Kerman", "IRN", 577_514),
        city("Kerman", "USA", 14_475),
        city("Smallton", "GBR", 15_000),
        city("Georgia", "USA", 1_000),
        { name: "Georgia", featureType: "admin1", country: "USA", admin1: "GA", lat: 0, lon: 0, source: "fixture" },
      ]),
    ),
    "fixture",
  );
  const cityCountry = gazetteerCityCountry(gazetteer);

  it("takes the country the sentence names, else a large city that dwarfs its namesakes, else nothing", () => {
    expect(cityCountry("Jericho", new Set(["PSE", "ISR"]))).toBe("PSE");
    expect(cityCountry("Jericho", new Set())).toBeNull();
    expect(cityCountry("Kerman", new Set())).toBe("IRN");
    // A small town named alone is as often a word the tagger took for a place.
    expect(cityCountry("Smallton", new Set())).toBeNull();
    expect(cityCountry("Smallton", new Set(["GBR"]))).toBe("GBR");
    // A name that is also a division is left to the region rule.
    expect(cityCountry("Georgia", new Set(["USA"]))).toBeNull();
  });
});

describe("word forms remembered across documents", () => {
  it("keeps what one dictionary knows about a word from another's reading", () => {
    const movement = actorEntry("s:mv", "Enough Movement", [{ code: "IRNOPP", from: null, to: null }], "group");
    const without = createActorKnowledge({ hash: "none", countries: TINY_COUNTRIES, agents: TINY_AGENTS, actors: [] });
    const withMovement = createActorKnowledge({ hash: "mv", countries: TINY_COUNTRIES, agents: TINY_AGENTS, actors: [movement] });
    const text = "Enough Movement protested in Tehran.";
    const entities: [string, EntityType][] = [["Enough Movement", "PERSON"]];
    // Read first where no name starts with "Enough", then where one does: the second still finds it.
    expect(read(text, entities, { knowledge: without }).entities[0].type).toBe("PERSON");
    expect(read(text, entities, { knowledge: withMovement }).entities[0].type).toBe("ORG");
    expect(read(text, entities, { knowledge: without }).entities[0].type).toBe("PERSON");
  });
});

describe("dictionary readings remembered across documents", () => {
  it("reads a name again for an article of another date", () => {
    // Two namesakes: the first holds office from 2010, the second until 2004.
    const later = actorEntry("s:a", "Ali Example", [{ code: "IRQGOV", from: "2010-01-01", to: "2014-01-01" }], "person");
    const earlier = actorEntry("s:b", "Ali Example", [{ code: "IRNGOV", from: "2000-01-01", to: "2004-01-01" }], "person");
    const k = createActorKnowledge({ hash: "namesakes", countries: TINY_COUNTRIES, agents: TINY_AGENTS, actors: [later, earlier] });
    const codeOn = (published: string) => actorOf(read("Ali Example spoke.", [["Ali Example", "PERSON"]], { knowledge: k, published }), "Ali Example")?.code;
    expect(codeOn("2002-06-01")).toBe("IRNGOV");
    expect(codeOn("2012-06-01")).toBe("IRQGOV");
    expect(codeOn("2002-06-01")).toBe("IRNGOV");
  });
});
