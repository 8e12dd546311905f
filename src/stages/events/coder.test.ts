import { describe, expect, it } from "vitest";
import { emptyDocument, makeArticle } from "../../model/document.js";
import { checkDocumentOffsets } from "../../model/offsets.js";
import type { Document, EntityType, Event } from "../../model/schema.js";
import { parseVerbDictionary } from "../../resources/build/verb-dictionary.js";
import { createVerbIndex } from "../../resources/index.js";
import { TINY_ACTORS, TINY_AGENTS, TINY_COUNTRIES, actorEntry, TINY_DISCARDS, agent, tinyActorKnowledge, tinyCameoInfo, tinyVerbs } from "../../testing/tiny-dictionaries.js";
import { createActorKnowledge } from "../actors/knowledge.js";
import { resolveActors } from "../actors/actors-stage.js";
import { loadWink, tokenise } from "../tokens/wink.js";
import { EventCoder, type CoderResources } from "./coder.js";
import { mergeEvents } from "./merge.js";

const nlp = loadWink();
const knowledge = tinyActorKnowledge();

/** A coder over the tiny fixtures, with these verb-dictionary lines as its verbs (the tiny verbs when null). */
function coderFor(blocks: string[] | null, options: Pick<CoderResources, "requireDyad" | "placesAsCivilians" | "newActorLength" | "cameoRules"> = {}): EventCoder {
  const verbs = blocks ? parseVerbDictionary(blocks.join("\n"), { source: "fixture" }).value : tinyVerbs();
  return new EventCoder({ verbs: createVerbIndex(verbs), cameoInfo: tinyCameoInfo, discards: TINY_DISCARDS, ...options });
}
const coder = coderFor(null);

/** The summaries of the events `local` codes in a text with these entities. */
function runner(local: EventCoder, entities: [string, EntityType][]): (text: string) => string[] {
  return (text) => summary(local.code(code(text, entities).doc).events);
}

function code(text: string, entities: [string, EntityType][], actorKnowledge = knowledge): { doc: Document; events: Event[]; trace: string[] } {
  const base = emptyDocument(makeArticle({ text, published: "2020-11-15" }));
  Object.assign(base, tokenise(nlp, base.text));
  let from = 0;
  base.entities = entities.map(([needle, type], i) => {
    const start = text.indexOf(needle, from);
    from = start + needle.length;
    return { id: `e${i + 1}`, start, end: start + needle.length, text: needle, type, actorId: null };
  });
  const doc = resolveActors(base, { knowledge: actorKnowledge, registry: null });
  const result = coder.code(doc);
  checkDocumentOffsets({ ...doc, events: result.events });
  return { doc, events: result.events, trace: result.trace.map((t) => t.message) };
}

/** A places-layer town record for the first occurrence of `name` in a document (the coder reads towns from it). */
function townIn(doc: Document, name: string, country: string) {
  const start = doc.text.indexOf(name);
  return { start, end: start + name.length, text: name, name, country, lat: null, lon: null, featureType: "city", point: null };
}

const summary = (events: Event[]) => events.map((e) => `${e.source?.code} ${e.cameo.code} ${e.target?.code} ${e.modality}`);

describe("event coding", () => {
  it("keeps a country and its rebels as two parties who meet, and a hypothetical refusal hypothetical", () => {
    const met = code("Iraqi terrorists and Iraq met on Monday.", [["Iraqi", "NORP"], ["Iraq", "GPE"]]);
    expect(summary(met.events)).toEqual(expect.arrayContaining(["IRQREB 040 IRQ asserted", "IRQ 040 IRQREB asserted"]));
    const might = code("Iran might not meet Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(summary(might.events)).toEqual(["IRN 120 IRQ hypothetical"]);
  });

  it("takes the source of a pattern that targets the verb's own subject from who reports it, never from that subject", () => {
    const local = coderFor(["--- REGRET [115] ---", "REGRET", "- NOTED + *  [115]", "--- RECEIVE [---] ---", "RECEIVE", "- + * THREATS  [138]"]);
    expect(runner(local, [["Turkey", "GPE"], ["Iraq", "GPE"], ["Iran", "GPE"]])("Turkey noted that Iraq regretted the decision of Iran.")).toEqual(["TUR 115 IRQ reported"]);
    expect(runner(local, [["Iraq", "GPE"], ["Iran", "GPE"]])("Iraq received threats from Iran.")).toEqual([]);
  });

  it("matches no pattern word before a main verb inside the relative clause that interrupts its subject ('Iraqis who attacked soldiers were arrested')", () => {
    const local = coderFor(["--- ARREST [173] ---", "ARREST", "- SOLDIERS *  [192]"]);
    expect(runner(local, [["Iraqi", "NORP"], ["Iranian", "NORP"]])("Iraqi terrorists who attacked soldiers in Basra were arrested by Iranian police.")).toEqual(["IRNCOP 173 IRQREB asserted"]);
    // Before the verb of the main clause itself, the words still count.
    expect(runner(local, [["Iranian", "NORP"], ["Iraqi", "NORP"]])("Soldiers said Iranian police arrested Iraqi terrorists.")).toEqual(["IRNCOP 192 IRQREB reported"]);
  });

  it("reads a form of two verbs by the lemma the tagger gave it ('found' flags is FIND, not FOUND)", () => {
    // (A pattern names the sense of FOUND: its bare default is not coded, see "founding something".)
    const local = coderFor(["--- ENACT [060] ---", "FOUND", "- * FLAGS [060]", "--- DISCOVER [---] ---", "FIND {FINDS FOUND FINDING}"]);
    const run = runner(local, [["Iraqi", "NORP"], ["Iran", "GPE"]]);
    expect(run("Iraqi police found Iran flags in their homes.")).toEqual([]);
    expect(run("Iraqi police founded Iran flags in their homes.")).toEqual(["IRQCOP 060 IRN asserted"]);
  });

  it("reads heading, leading or running something as holding office, unless a pattern names what is led", () => {
    const local = coderFor(["--- OVERSEE_MANAGE [060] ---", "HEAD", "LEAD", "- * ATTACK  [190]"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran heads a university for Iraq.")).toEqual([]);
    // So in the passive: "a government headed by …".
    expect(runner(local, [["Iraq", "GPE"]])("The terrorists are headed by Iraq.")).toEqual([]);
    expect(run("Iran led an attack on Iraq.")).toEqual(["IRN 190 IRQ asserted"]);
  });

  it("reads beating a political rival as a vote won, not force, but keeps armed parties' defeats", () => {
    const local = coderFor(["--- DESTROY [190] ---", "DEFEAT", "DESTROY"]);
    const run = runner(local, [["Iraqi", "NORP"], ["Iranian", "NORP"]]);
    expect(run("The Iraqi minister defeated the Iranian minister.")).toEqual([]);
    expect(run("Iraqi soldiers defeated Iranian soldiers.")).toEqual(["IRQMIL 190 IRNMIL asserted"]);
    expect(run("The Iraqi minister destroyed the Iranian minister.")).toEqual(["IRQGOV 190 IRNGOV asserted"]);
  });

  it("does not match a speech verb's pattern inside the clause it reports", () => {
    const local = coderFor(["--- SAY [010] ---", "SAY", "- * ARREST  [173]"]);
    const run = runner(local, [["Iranian", "NORP"], ["Iraqi", "NORP"]]);
    expect(run("Iranian police said in an earlier statement that the arrests were a blow to Iraqi smugglers.")).toEqual([]);
    expect(coderFor(["--- SAY [010] ---", "SAY", "ANNOUNCE", "- * ARREST  [173]"]).code(code("Iranian police announced the arrest of Iraqi smugglers.", [["Iranian", "NORP"], ["Iraqi", "NORP"]]).doc).events.map((e) => e.cameo.code)).toEqual(["173"]);
  });

  it("reads warning of something, with no one warned, as a pessimistic comment, and warning someone as a threat", () => {
    const local = coderFor(["--- WARN [130] ---", "WARN"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraqi", "NORP"]]);
    expect(run("Iran warned of Iraqi soldiers.")).toEqual(["IRN 012 IRQMIL asserted"]);
    expect(run("Iran warned Iraqi soldiers.")).toEqual(["IRN 130 IRQMIL asserted"]);
  });

  it("reads warning against something, or that what names no party will happen, as a pessimistic comment; warning that a party will act as a threat", () => {
    const local = coderFor(["--- WARN [130] ---", "WARN"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraqi", "NORP"]]);
    expect(run("Iran warned against Iraqi soldiers.")).toEqual(["IRN 012 IRQMIL asserted"]);
    const disease = local.code(code('Iran warned that "the disease cannot be contained".', [["Iran", "GPE"]]).doc);
    expect(disease.trace.map((t) => t.message).join("\n")).toContain("a clause naming no party: a pessimistic comment, not a threat (130 → 012)");
    expect(summary(disease.events)).toEqual([]);
    expect(run("Iran warned that Iraqi soldiers would pay.")).toEqual(["IRN 130 IRQMIL asserted"]);
    // Warned people of no office are advised, not threatened.
    expect(runner(local, [["Iran", "GPE"], ["Iraqi", "NORP"]])("Iran warned Iraqi tourists to stay indoors.")).toEqual(["IRN 020 IRQCVL asserted"]);
    expect(runner(local, [["Iran", "GPE"], ["Iraqi", "NORP"]])("Iran warned Iraqi police to leave.")).toEqual(["IRN 130 IRQCOP asserted"]);
    // What something is, said with a warning, threatens nothing ("cautioned that sanctions are no end in themselves").
    const caution = coderFor(["--- WARN [130] ---", "WARN", "CAUTION"]);
    const is = caution.code(code("Iran cautioned that sanctions are not an end in themselves.", [["Iran", "GPE"]]).doc);
    expect(is.trace.map((t) => t.message).join("\n")).toContain("a pessimistic comment, not a threat (130 → 012)");
    const follow = caution.code(code("Iran cautioned that sanctions would follow.", [["Iran", "GPE"]]).doc);
    expect(follow.trace.map((t) => t.message).join("\n")).not.toContain("a pessimistic comment");
  });

  it("reads violence named after a verb of stating as reported, not done, whether or not the verb is a speech verb", () => {
    const local = coderFor(["--- EXPLAIN_VERBAL [010] ---", "CITE", "- * ATTACK  [190]"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran cited the attack on Iraq.")).toEqual([]);
    expect(coderFor(["--- FIGHT [190] ---", "CITE", "- * ATTACK  [190]"]).code(code("Iran cited the attack on Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]).doc).events.map((e) => e.cameo.code)).toEqual(["190"]);
  });

  it("takes no target from the infinitive of someone else's effort that the verb acts on", () => {
    const local = coderFor(["--- EXCLUDE [170] ---", "BLOCK", "--- ALERT [---] ---", "ALERT", "--- HIT [190] ---", "FIRE"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran blocked efforts to alert Iraq.")).toEqual(["IRN 170 undefined asserted"]);
    expect(run("Iran fired to alert Iraq.")).toEqual(["IRN 190 IRQ asserted"]);
  });

  it("codes a one-sided event of an infinitive alone only as what its doer intends, tries or threatens", () => {
    const local = coderFor(["--- FIGHT [190] ---", "ATTACK"]);
    const run = runner(local, [["Iraq", "GPE"]]);
    expect(run("Iraq was able to attack.")).toEqual([]);
    expect(run("Iraq tried to attack.")).toEqual(["IRQ 190 undefined asserted"]);
  });

  it("reads a sanction not yet done that hangs on another's act as a threat of it", () => {
    const local = coderFor(["--- CANCEL [---] ---", "STOP", "- * AID  [162]", "--- MOVE [---] ---", "ACT"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran may stop aid to Iraq unless Iraq acts.")).toEqual(["IRN 1311 IRQ asserted"]);
    expect(run("Iran stopped aid to Iraq, and if Iraq acts, it will talk.")).toEqual(["IRN 162 IRQ asserted"]);
  });

  it("reads neither a negated thought nor what a negated verb would have led to as an event", () => {
    const local = coderFor(["--- AGREE [050] ---", "AGREE", "--- MEET [040] ---", "MEET", "--- CONSIDER [040] ---", "THINK"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran did not agree to meet Iraq.")).toEqual(["IRN 120 IRQ asserted"]);
    expect(run("Iran did not think about Iraq.")).toEqual([]);
  });

  it("codes no denied, avoided or prevented gerund as done, and an alleged one as reported", () => {
    const local = coderFor(["--- DENY [---] ---", "DENY", "REFRAIN", "PREVENT", "--- ATTACK [190] ---", "ATTACK", "--- ACCUSE [112] ---", "ACCUSE"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    // (Denying one's own deed is denying responsibility for it, 016, not the deed.)
    expect(run("Iran denied attacking Iraq.")).toEqual(["IRN 016 IRQ asserted"]);
    expect(run("Iran refrained from attacking Iraq.")).toEqual([]);
    expect(run("Iran was prevented from attacking Iraq.")).toEqual([]);
    expect(run("Iran was accused of attacking Iraq.")).toEqual(["IRN 190 IRQ reported"]);
    // Nor what one can or cannot do, what one rules out, or what one denies in a that-clause.
    expect(run("Iran was unable to attack Iraq.")).toEqual([]);
    expect(run("Iran is capable of attacking Iraq.")).toEqual([]);
    expect(run("Iran ruled out attacking Iraq.")).toEqual([]);
    expect(run("Iran denied that it attacked Iraq.").filter((e) => e.includes(" 190 "))).toEqual([]);
    expect(run("Iran began attacking Iraq.")).toEqual(["IRN 190 IRQ asserted"]);
  });

  it("takes an event noun's doer only from its own phrase, after the last 'of' ('The victims of an Iranian attack', 'the Iraqi police of an Iranian attack')", () => {
    const { events } = code("The Iraqi police of an Iranian attack on Turkey were buried.", [["Iraqi", "NORP"], ["Iranian", "NORP"], ["Turkey", "GPE"]]);
    expect(summary(events)).toEqual(["IRN 190 TUR asserted"]);
  });

  it("codes a possible or feared event noun as hypothetical, and what someone is believed or said to have done as reported", () => {
    const local = coderFor(["--- BELIEVE [---] ---", "BELIEVE", "--- GROW [---] ---", "GROW", "--- ATTACK [190] ---", "ATTACK"]);
    const run = runner(local, [["Iranian", "NORP"], ["Iraq", "GPE"]]);
    expect(run("Fears of an Iranian attack on Iraq grew.")).toEqual(["IRN 190 IRQ hypothetical"]);
    expect(run("A possible Iranian attack on Iraq was discussed.")).toEqual(["IRN 190 IRQ hypothetical"]);
    expect(run("An Iranian attack on Iraq was discussed.")).toEqual(["IRN 190 IRQ asserted"]);
    expect(runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]])("Iran is believed to have attacked Iraq.")).toEqual(["IRN 190 IRQ reported"]);
  });

  it("codes no refused act as done: 'refused to attack Iraq' is no attack, 'refused to meet Iraq' a rejection (125)", () => {
    const local = coderFor(["--- REFUSE [---] ---", "REFUSE", "--- ATTACK [190] ---", "ATTACK", "--- MEET [040] ---", "MEET"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran refused to attack Iraq.")).toEqual([]);
    expect(run("Iran refused to meet Iraq.").map((e) => e.split(" ").slice(0, 3).join(" "))).toEqual(["IRN 125 IRQ"]);
  });

  it("codes a negated cooperative verb aimed at no one as no rejection, unless what is not backed is a deal or proposal", () => {
    const local = coderFor(["--- RELEASE [084] ---", "RELEASE", "--- SUPPORT [051] ---", "SUPPORT"]);
    const run = runner(local, [["Iran", "GPE"]]);
    expect(run("Iran has not released its tax returns.")).toEqual([]);
    expect(run("Iran would not support the deal.")).toHaveLength(1);
    expect(run("Iran would not support the deal.")[0]).toMatch(/^IRN 12\d undefined/);
  });

  it("reads a counted object by what is counted: 'a string of villages' is villages", () => {
    const counted = runner(coderFor(["&TOWN", "+VILLAGE", "", "--- CAPTURE [171] ---", "CAPTURE", "- IRAN * [181]", "- * &TOWN [192]"]), [["Iran", "GPE"], ["Iraqi", "NORP"]]);
    expect(counted("Iran captured a string of villages from Iraqi troops.")).toEqual(["IRN 192 IRQMIL asserted"]);
  });

  it("matches no pattern word in a phrase set off by commas after the object, but reads on through a list", () => {
    const local = coderFor(["--- ATTACK [190] ---", "ATTACK", "- * PART [030]", "- * SUPPORT [112]"]);
    expect(runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]])("Iran attacked Iraq, part of an old empire.")).toEqual(["IRN 190 IRQ asserted"]);
    expect(runner(local, [["Iran", "GPE"], ["Iraq", "GPE"], ["Syria", "GPE"]])("Iran attacked Iraq, Syria and support.")).toContain("IRN 112 IRQ asserted");
  });

  it("takes the agent of a passive verb of doing or claiming an event noun as its doer, and no bare verb's default for a passive phrasal verb", () => {
    const local = coderFor(["--- CARRY [062] ---", "CARRY", "--- CLAIM [015] ---", "CLAIM", "- * BOMBING [---]"]);
    const run = runner(local, [["Iraq", "GPE"], ["Iran", "GPE"]]);
    expect(run("The bombing of Iraq was carried out by Iran.")).toEqual(["IRN 183 IRQ asserted"]);
    // Not the agent of another verb ("was condemned by Iran").
    expect(runner(coderFor(["--- CONDEMN [---] ---", "CONDEMN"]), [["Iraq", "GPE"], ["Iran", "GPE"]])("The bombing of Iraq was condemned by Iran.")).toEqual([]);
  });

  it("codes members of a compound subject acting on each other only through a joint instrument or by consulting, not on a thing they act on together", () => {
    const run = runner(coderFor(["--- BUY [061] ---", "BUY", "--- SIGN [057] ---", "SIGN", "--- DISCUSS [040] ---", "DISCUSS", "--- PROMOTE [050] ---", "PROMOTE"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran and Iraq bought anti-viral drugs.")).toEqual([]);
    expect(run("Iran and Iraq signed an agreement.")).toEqual(["IRN 057 IRQ asserted", "IRQ 057 IRN asserted"]);
    expect(run("Iran and Iraq discussed trade.")).toEqual(["IRN 040 IRQ asserted", "IRQ 040 IRN asserted"]);
    const promoted = runner(coderFor(["--- PROMOTE [050] ---", "PROMOTE"]), [["United States", "GPE"], ["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(promoted("It was a peace process in the United States which Iran and Iraq promoted.")).toEqual([]);
  });

  it("takes no target from the place an investigation of a thing is in, and gives the investigator no part in the violence investigated", () => {
    const run = runner(coderFor(["--- INVESTIGATE [090] ---", "INVESTIGATE"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran investigated an outbreak in Iraq.")).toEqual([]);
    expect(run("Iran investigated the attack on Iraq.")).toEqual(["IRN 090 IRQ asserted"]);
  });

  it("codes workers striking with no one struck as stopping work (143), and others striking as force", () => {
    const local = coderFor(["--- PHYSICAL_CONFLICT [190] ---", "STRIKE {STRIKES STRUCK STRIKING}"]);
    const k = createActorKnowledge({ hash: "strikes", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("worker", "LAB"), agent("rebel", "REB")], actors: TINY_ACTORS });
    const run = (text: string, entities: [string, EntityType][]) => summary(local.code(code(text, entities, k).doc).events);
    expect(run("Iraqi workers are preparing to strike just a few days before Christmas.", [["Iraqi", "NORP"]])).toEqual(["IRQLAB 143 undefined intended"]);
    expect(run("Iraqi rebels struck Iran.", [["Iraqi", "NORP"], ["Iran", "GPE"]])).toEqual(["IRQREB 190 IRN asserted"]);
  });

  it("codes what people of no office do with no one named only when they threaten, protest or use force", () => {
    const local = coderFor(["--- ALLOW [080] ---", "PASS", "--- DEMONSTRATE [141] ---", "DEMONSTRATE"]);
    const k = createActorKnowledge({ hash: "private", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("student", "EDU")], actors: TINY_ACTORS });
    const run = (text: string) => summary(local.code(code(text, [["Iraqi", "NORP"]], k).doc).events);
    expect(run("Iraqi students passed the medical check.")).toEqual([]);
    expect(run("Iraqi students demonstrated.")).toEqual(["IRQEDU 141 undefined asserted"]);
    expect(run("The Iraqi minister passed the medical check.")).toEqual(["IRQGOV 080 undefined asserted"]);
    // Between people of no office on both sides too.
    const both = coderFor(["--- HELP [070] ---", "HELP", "--- ATTACK [190] ---", "ATTACK"]);
    const pair = (text: string) => summary(both.code(code(text, [["Iraqi", "NORP"]], k).doc).events);
    expect(pair("The students helped Iraqi tourists.")).toEqual([]);
    expect(pair("The students attacked Iraqi tourists.")).toEqual(["---EDU 190 IRQCVL asserted"]);
  });

  it("codes no event for a verb in the simple present in a relative clause set off by a comma: it describes", () => {
    const run = runner(coderFor(["--- ATTACK [190] ---", "ATTACK", "--- SUPPORT [050] ---", "SUPPORT"]), [["Iran", "GPE"], ["Iraq", "GPE"], ["United States", "GPE"]]);
    expect(run("Iran, which supports Iraq, attacked the United States.")).toEqual(["IRN 190 USA asserted"]);
    expect(run("Iran, which supported Iraq, attacked the United States.")).toContain("IRN 050 IRQ asserted");
  });

  it("codes no occupation by someone moved by others", () => {
    const run = runner(coderFor(["--- MOVE [---] ---", "MOVE", "- * INTO [192]"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran was moved into Iraq.")).toEqual([]);
    expect(run("Iran moved into Iraq.")).toEqual(["IRN 192 IRQ asserted"]);
  });

  it("codes 'address' as a statement only to a party, not a matter dealt with", () => {
    const run = runner(coderFor(["--- OVERSEE_MANAGE [010] ---", "ADDRESS"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran addressed the outbreak in Iraq.")).toEqual([]);
    expect(run("Iran addressed Iraq.")).toEqual(["IRN 010 IRQ asserted"]);
  });

  it("takes the holder of a post or base as the target of force used at it", () => {
    const run = runner(coderFor(["--- BOMB [183] ---", "BOMB"]), [["Iran", "GPE"], ["Iraqi", "NORP"]]);
    expect(run("Iran bombed a car outside the Iraqi headquarters.")).toEqual(["IRN 183 IRQ asserted"]);
  });

  it("codes a killing in an attack whose doer the attack names once, not the attack again", () => {
    const run = runner(coderFor(["--- KILL [190] ---", "KILL"]), [["Iraqi", "NORP"], ["Iranian", "NORP"], ["Baghdad", "GPE"]]);
    const events = run("Ten Iraqi soldiers were killed in an Iranian attack in Baghdad.");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatch(/^IRN 190 /);
  });

  it("codes no act but force by a plane or vehicle of no one named, and codes one its owner sends as the owner's", () => {
    const local = coderFor(["--- FLY [036] ---", "FLY {FLIES FLEW FLOWN FLYING}", "--- EVACUATE [070] ---", "EVACUATE"]);
    const k = createActorKnowledge({ hash: "machines", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("airliner", "CVL")], actors: TINY_ACTORS });
    const run = (text: string, entities: [string, EntityType][]) => summary(local.code(code(text, entities, k).doc).events);
    expect(run("The airliner will fly to Iraq.", [["Iraq", "GPE"]])).toEqual([]);
    expect(run("Iranian helicopters evacuated Iraqi tourists.", [["Iranian", "NORP"], ["Iraqi", "NORP"]]).join()).toContain("IRN");
  });

  it("codes events between two groups the dictionary lists apart even when they share a code, not between a group's two names", () => {
    const front = { ...actorEntry("t:front", "Kurdish Front", [{ code: "IRQREB", from: null, to: null }], "group"), names: ["kurdish front", "front for kurds"] };
    const union = actorEntry("t:union", "Kurdish Union", [{ code: "IRQREB", from: null, to: null }], "group");
    const k = createActorKnowledge({ hash: "rivals", countries: TINY_COUNTRIES, agents: TINY_AGENTS, actors: [...TINY_ACTORS, front, union] });
    const entities: [string, EntityType][] = [["Kurdish Front", "ORG"], ["Kurdish Union", "ORG"]];
    expect(summary(code("The Kurdish Front attacked the Kurdish Union.", entities, k).events)).toEqual(["IRQREB 190 IRQREB asserted"]);
    expect(summary(code("The Kurdish Front attacked the Front for Kurds.", [["Kurdish Front", "ORG"], ["Front for Kurds", "ORG"]], k).events)).not.toContain("IRQREB 190 IRQREB asserted");
  });

  it("reads 'I' and 'we' in a direct quotation as its speaker, whose own act it is, not a report", () => {
    const local = coderFor(["--- CONDEMN [111] ---", "CONDEMN"]);
    const quoted = (text: string, kind: "direct" | "indirect") => {
      const { doc } = code(text, [["Iraq", "GPE"], ["Iran", "GPE"]]);
      const iran = doc.actors.find((a) => a.code === "IRN")!;
      const end = text.indexOf(",");
      const quote = { id: "q1", start: 1, end, text: text.slice(1, end), kind, speaker: { actorId: iran.id, name: "Iran", start: text.indexOf("Iran"), end: text.indexOf("Iran") + 4 }, cue: null };
      return summary(local.code({ ...doc, quotes: [quote] }).events);
    };
    expect(quoted('"We condemn Iraq," Iran said.', "direct")).toEqual(["IRN 111 IRQ asserted"]);
    expect(quoted('"Iraq condemned us," Iran said.', "direct")).toEqual(["IRQ 111 IRN reported"]);
    // Only a quotation's own words speak in the first person.
    expect(quoted("We condemn Iraq, Iran said.", "indirect")).toEqual([]);
  });

  it("codes no act between whoever quotes someone and the one quoted", () => {
    const run = runner(coderFor(["--- QUOTE [010] ---", "QUOTE"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran quoted Iraq as saying it would leave.")).toEqual([]);
  });

  it("codes no force for a person fired from a post, nor a seizure for seizing on something, nor a statement for referring to it", () => {
    const run = runner(coderFor(["--- ATTACK [190] ---", "FIRE", "--- SEIZE [171] ---", "SEIZE", "--- REFER [010] ---", "REFER"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    const reversed = runner(coderFor(["--- ATTACK [190] ---", "FIRE"]), [["Iraq", "GPE"], ["Iran", "GPE"]]);
    expect(run("Iran fired the minister of Iraq.").concat(reversed("The minister of Iraq was fired from the government of Iran."))).toEqual([]);
    expect(run("Iran seized on the letter from Iraq.").concat(run("Iran referred to Iraq."))).toEqual([]);
    expect(run("Iran fired at Iraq.")).toEqual(["IRN 190 IRQ asserted"]);
    // A person fired is dismissed; one fired on is shot at.
    const fire = coderFor(["--- ATTACK [190] ---", "FIRE"]);
    expect(runner(fire, [["Hassan Rouhani", "PERSON"]])("Hassan Rouhani was fired last month.")).toEqual([]);
    expect(runner(fire, [["Hassan Rouhani", "PERSON"], ["Iraqi", "NORP"]])("Hassan Rouhani was fired on by Iraqi troops.")).toEqual(["IRQMIL 190 IRNGOV asserted"]);
    expect(run("Iran seized Iraq.")).toHaveLength(1);
    // Whatever pattern matches: the sense is the phrasal verb's.
    const patterned = runner(coderFor(["--- SEIZE [---] ---", "SEIZE", "- * LETTER [173]"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(patterned("Iran seized on the letter from Iraq.")).toEqual([]);
  });

  it("codes no act for a passive participle of purpose describing a noun ('talks aimed at finalising a ceasefire')", () => {
    const run = runner(coderFor(["--- TARGET [030] ---", "AIM", "--- MEET [040] ---", "MEET {MEETS MET MEETING}"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran and Iraq met on Tuesday for delayed talks aimed at finalising a ceasefire.")).toEqual(["IRN 040 IRQ asserted", "IRQ 040 IRN asserted"]);
    expect(run("Iran aimed to help Iraq.")).toContain("IRN 030 IRQ asserted");
  });

  it("codes no seizure for taking up a post ('took office', 'took over as commander')", () => {
    const run = runner(coderFor(["--- SEIZE [171] ---", "TAKE {TOOK TAKEN TAKING TAKES}", "ASSUME"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran took office in Iraq.").concat(run("Iran took over as the ruler of Iraq."), run("Iran assumed the presidency of Iraq."))).toEqual([]);
    expect(run("Iran took Iraq.")).toEqual(["IRN 171 IRQ asserted"]);
  });

  it("codes no event for declining to comment with no one addressed ('declined any comment', 'refused to say'), not a rejection", () => {
    const local = coderFor(["--- REFUSE [120] ---", "DECLINE", "REFUSE", "--- JOIN [057] ---", "JOIN"]);
    const run = runner(local, [["Iran", "GPE"]]);
    expect(run("Iran declined any comment.").concat(run("Iran refused to say when it would leave."))).toEqual([]);
    expect(run("Iran declined any help.")).toEqual(["IRN 120 undefined asserted"]);
    // Nor is the comment declined made ("declined comment on Iraq", "comment" read as a verb).
    const commented = runner(coderFor(["--- REFUSE [120] ---", "DECLINE", "--- COMMENT [010] ---", "COMMENT"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(commented("Iran declined comment on Iraq.")).toEqual([]);
  });

  it("codes an authority telling people to leave as an expulsion ('asked an Iraqi diplomat to leave')", () => {
    const run = runner(coderFor(["--- ASK [020] ---", "ASK", "--- HALT [0256] ---", "STOP"]), [["Iran", "GPE"], ["Iraqi", "NORP"]]);
    expect(run("Iran asked an Iraqi minister to leave the country.")).toEqual(["IRN 174 IRQGOV asserted"]);
    expect(run("Iran asked an Iraqi minister to stay in the country.")).toEqual(["IRN 020 IRQGOV asserted"]);
  });

  it("codes a killing by bomb or grenade, by no state's forces, as non-military bombing (183)", () => {
    const local = coderFor(["--- KILL [190] ---", "KILL"]);
    const run = runner(local, [["Iranian", "NORP"], ["Iraqi", "NORP"]]);
    expect(run("Iranian terrorists killed Iraqi officials with a car bomb.")).toEqual(["IRNREB 183 IRQGOV asserted"]);
    expect(run("Iranian troops killed Iraqi officials with a car bomb.")).toEqual(["IRNMIL 190 IRQGOV asserted"]);
    expect(run("Iranian terrorists killed Iraqi officials.")).toEqual(["IRNREB 190 IRQGOV asserted"]);
  });

  it("reads a town after a preposition of place as where, not what is seized ('arrested in the town of X' is no '* &TOWN')", () => {
    const local = coderFor(["&TOWN", "+TOWN", "+CITY", "", "--- APPREHEND [173] ---", "ARREST", "CAPTURE", "- * &TOWN [192]"]);
    const run = runner(local, [["Iranian", "NORP"], ["Iraqi", "NORP"]]);
    expect(run("Iranian police arrested Iraqi officials in the city of Basra.")).toEqual(["IRNCOP 173 IRQGOV asserted"]);
    expect(runner(local, [["Iranian", "NORP"]])("Iranian troops captured the town.")).toEqual(["IRNMIL 192 IRNCVL asserted"]);
  });

  it("codes people detained by an armed group, and a hijacking, as abduction (181), not arrest or seizure", () => {
    const local = coderFor(["--- CONFINE [173] ---", "DETAIN", "--- TAKE_CONTROL [171] ---", "HIJACK"]);
    const run = runner(local, [["Iranian", "NORP"], ["Iraqi", "NORP"]]);
    expect(run("Iranian terrorists detained an Iraqi minister.")).toEqual(["IRNREB 181 IRQGOV asserted"]);
    expect(run("Iranian police detained an Iraqi minister.")).toEqual(["IRNCOP 173 IRQGOV asserted"]);
    expect(runner(local, [["Iranian", "NORP"]])("Iranian police hijacked a plane.")).toEqual(["IRNCOP 181 undefined asserted"]);
  });

  it("takes no target from a phrase inside a phrase of time ('banned exports after reports from Iraq')", () => {
    const run = runner(coderFor(["--- BAN [1721] ---", "BAN"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran banned the exports after reports from Iraq.")).toEqual(["IRN 1721 undefined asserted"]);
    expect(run("Iran banned the exports from Iraq.")).toEqual(["IRN 1721 IRQ asserted"]);
  });

  it("codes 'mean' as intent only with what it is meant to do", () => {
    const run = runner(coderFor(["--- INTEND [030] ---", "MEAN {MEANS MEANING MEANT}"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran's silence means Iraq won.").concat(run("Iran means Iraq."))).toEqual([]);
    expect(run("Iran meant to help Iraq.")).toContain("IRN 030 IRQ asserted");
  });

  it("codes no visit by people of no office going to a place or to others like them", () => {
    const local = coderFor(["--- VISIT [042] ---", "VISIT"]);
    const k = createActorKnowledge({ hash: "visits", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("student", "EDU")], actors: TINY_ACTORS });
    const run = (text: string) => summary(local.code(code(text, [["Iraqi", "NORP"], ["Iran", "GPE"]], k).doc).events);
    expect(run("Iraqi students visited Iran.")).toEqual([]);
    expect(run("The Iraqi minister visited Iran.")).toContain("IRQGOV 042 IRN asserted");
  });

  it("codes no visit for going to a place of one's own country ('Arafat decided against flying to the West Bank')", () => {
    const local = coderFor(["--- VISIT [042] ---", "VISIT"]);
    const visit = (text: string, place: string) => summary(local.code(code(text, [["Iraqi", "NORP"], [place, "GPE"]]).doc).events);
    expect(visit("The Iraqi minister visited Baghdad.", "Baghdad")).toEqual([]);
    expect(visit("The Iraqi minister visited Tehran.", "Tehran")).toContain("IRQGOV 042 IRNGOV asserted");
  });

  it("takes supporters of a non-state side as that side, and supporters of a government as no one", () => {
    const run = runner(coderFor(["--- DEMONSTRATE [141] ---", "DEMONSTRATE"]), [["Iraqi", "NORP"], ["Iran", "GPE"]]);
    expect(run("Supporters of the Iraqi opposition demonstrated against Iran.")).toEqual(["IRQOPP 141 IRN asserted"]);
    expect(run("Supporters of the Iraqi government demonstrated against Iran.").join()).not.toContain("IRQGOV");
  });

  it("takes no doer for an event noun placed before or after the clause's deed from the clause's subject ('demonstrated after the attack on parliament'), but one during it", () => {
    const local = coderFor(["--- DEMONSTRATE [141] ---", "DEMONSTRATE"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran demonstrated after the attack on Iraq.")).not.toContain("IRN 190 IRQ asserted");
    expect(run("Iran demonstrated during the attack on Iraq.")).toContain("IRN 190 IRQ asserted");
  });

  it("reads an event noun's doer from a 'by' phrase after it, past phrases naming parties only ('an attack on Iraq by Turkey')", () => {
    const local = coderFor(["--- CONDEMN [---] ---", "CONDEMN"]);
    expect(runner(local, [["Iran", "GPE"], ["Iraq", "GPE"], ["Turkey", "GPE"]])("Iran condemned the attack on Iraq by Turkey.")).toContain("TUR 190 IRQ asserted");
    // Not past a phrase naming none: in "demonstrations against abuses by Turkey" the abuses are Turkey's.
    const throwing = coderFor(["--- THROW [---] ---", "THROW"]);
    expect(runner(throwing, [["Iraqi", "NORP"], ["Turkey", "GPE"]])("Iraqi youths threw stones during demonstrations against abuses by Turkey.")).toEqual(["IRQCVL 141 TUR asserted"]);
  });

  it("takes no target from the infinitive of a decision a protest is against ('against a decision to place a woman in detention')", () => {
    const local = coderFor(["--- DEMONSTRATE [141] ---", "DEMONSTRATE", "--- PLACE [---] ---", "PLACE"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraqi", "NORP"]]);
    expect(run("Iran demonstrated against a decision to place Iraqi soldiers in detention.")).not.toContain("IRN 141 IRQMIL asserted");
    // A demand's recipient still is the protest's ("demonstrated to urge Iraqi soldiers …").
    expect(runner(coderFor(["--- DEMONSTRATE [141] ---", "DEMONSTRATE", "--- URGE [---] ---", "URGE"]), [["Iran", "GPE"], ["Iraqi", "NORP"]])("Iran demonstrated to urge Iraqi soldiers to leave.")).toContain("IRN 141 IRQMIL asserted");
  });

  it("codes no rejection aimed at no one when what is rejected is a clause ('denied an agreement had been reached')", () => {
    const local = coderFor(["--- DENY [120] ---", "DENY"]);
    expect(summary(local.code(code("Iran denied an agreement had been reached.", [["Iran", "GPE"]]).doc).events)).toEqual([]);
    expect(summary(local.code(code("Iran denied the request.", [["Iran", "GPE"]]).doc).events)).toEqual(["IRN 120 undefined asserted"]);
  });

  it("codes no statement made to the press ('Conway told CNN'), but one made by it", () => {
    const local = coderFor(["--- TELL [010] ---", "TELL {TELLS TOLD TELLING}"]);
    const k = createActorKnowledge({ hash: "press", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("reporter", "MED")], actors: TINY_ACTORS });
    const run = (text: string, entities: [string, EntityType][]) => summary(local.code(code(text, entities, k).doc).events);
    expect(run("Iran told Iraqi reporters.", [["Iran", "GPE"], ["Iraqi", "NORP"]])).toEqual([]);
    expect(run("Iran told Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]])).toEqual(["IRN 010 IRQ asserted"]);
    // A spokesman coded with the media sector still speaks to the press.
    const spokesman = createActorKnowledge({ hash: "spokesman", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("reporter", "MED"), agent("spokesman", "GOVMED")], actors: TINY_ACTORS });
    const told = (text: string) => summary(local.code(code(text, [["Iranian", "NORP"], ["Ali Rezaei", "PERSON"], ["Iraqi", "NORP"]], spokesman).doc).events);
    expect(told("Iranian spokesman Ali Rezaei told Iraqi reporters.")).toEqual([]);
  });

  it("codes an agentless killing by whoever a clause of time says attacked ('were killed when rebels struck')", () => {
    const run = runner(coderFor(["--- KILL [190] ---", "KILL", "--- ATTACK [190] ---", "ATTACK"]), [["Iraqi", "NORP"], ["Iran", "GPE"]]);
    expect(run("Twelve Iraqi tourists were killed when Iran attacked the town.")).toContain("IRN 190 IRQCVL asserted");
    expect(run("Twelve Iraqi tourists were killed before Iran attacked the town.")).not.toContain("IRN 190 IRQCVL asserted");
  });

  it("codes no event for a toll counted over time by no one named ('150,000 people have been killed since 1993')", () => {
    const run = runner(coderFor(["--- KILL [190] ---", "KILL"]), [["Iraq", "GPE"]]);
    expect(run("150,000 tourists have been killed in violence in Iraq since 1993.")).toEqual([]);
    expect(run("Twelve tourists were killed in violence in Iraq on Monday.").map((e) => e.split(" ")[1])).toEqual(["190"]);
  });

  it("takes no target from the side one spies, fights or works for ('spying for Iraq')", () => {
    const run = runner(coderFor(["--- SPY [090] ---", "SPY"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran spied for Iraq.")).not.toContain("IRN 090 IRQ asserted");
    expect(run("Iran spied on Iraq.")).toEqual(["IRN 090 IRQ asserted"]);
  });

  it("codes no leading for heading somewhere, whatever pattern matches ('was due to head to Banja Luka')", () => {
    const run = runner(coderFor(["--- OVERSEE_MANAGE [060] ---", "HEAD", "- * (TO) [030]"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran headed to Iraq on Monday.")).toEqual([]);
    expect(run("Iran headed a delegation to Iraq.")).toEqual(["IRN 030 IRQ asserted"]);
  });

  it("codes no seizure for taking over from a person, or for taking a call, part or advantage", () => {
    const run = runner(coderFor(["--- APPREHEND [171] ---", "TAKE"]), [["Hassan Rouhani", "PERSON"], ["Juma Khalil", "PERSON"]]);
    expect(run("Hassan Rouhani will take over from Juma Khalil next week.")).toEqual([]);
    expect(run("Hassan Rouhani took a telephone call from Juma Khalil.")).toEqual([]);
    expect(run("Hassan Rouhani took Juma Khalil.")).toEqual(["IRNGOV 171 IRQ asserted"]);
  });

  it("codes no act for founding something, nor a meeting for joining someone in doing something", () => {
    const run = runner(coderFor(["--- ENACT [060] ---", "FOUND", "--- ASSEMBLE [040] ---", "JOIN"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Settlers from Iran founded Iraq in 1847.")).toEqual([]);
    expect(run("Iran joined Iraq on Monday in condemning the raid.")).toEqual([]);
    expect(run("Iran joined Iraq on Monday.")).toEqual(["IRN 040 IRQ asserted"]);
  });

  it("codes a response made by doing something as that deed alone ('retaliated by expelling')", () => {
    const run = runner(coderFor(["--- PHYSICAL_CONFLICT [190] ---", "RETALIATE", "--- DEPORT [174] ---", "DEPORT"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran retaliated by deporting the minister of Iraq.")).toEqual(["IRN 174 IRQGOV asserted"]);
    expect(run("Iran retaliated against Iraq.")).toEqual(["IRN 190 IRQ asserted"]);
  });

  it("takes no recipient from the reason a party is judged for ('blamed the party for the low absorption of EU funds')", () => {
    const run = runner(coderFor(["--- BLAME [112] ---", "BLAME"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran blamed the opposition party for the fall of Iraq.")).toEqual([]);
    expect(run("Iran blamed Iraq for the fall.")).toEqual(["IRN 112 IRQ asserted"]);
  });

  it("reads a pattern's intent to meet told in the past as a meeting held, but a meeting called for as the caller's intent alone", () => {
    const local = coderFor(["--- MEET [---] ---", "MEET {MEETS MET MEETING}", "- * (AT) [036:036]", "--- CALL [---] ---", "CALL", "- * MEETING [036:036]"], { cameoRules: true });
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran met Iraq at the border.")).toEqual(["IRN 040 IRQ asserted", "IRQ 040 IRN asserted"]);
    expect(run("Iran called for a meeting with Iraq.")).toEqual(["IRN 036 IRQ asserted"]);
  });

  it("reads a gerund after a verb of planning as intended, and one after a verb of ceasing as cooperation cut (16x) or force not used", () => {
    const run = runner(coderFor(["--- SEND [070] ---", "SEND", "--- ATTACK [190] ---", "ATTACK", "--- STOP [---] ---", "STOP", "--- CONSIDER [---] ---", "CONSIDER"], { cameoRules: true }), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran is considering sending food to Iraq.")).toEqual(["IRN 033 IRQ intended"]);
    expect(run("Iran stopped sending food to Iraq.")).toEqual(["IRN 162 IRQ asserted"]);
    expect(run("Iran stopped attacking Iraq.")).toEqual([]);
    expect(run("Iran kept sending food to Iraq.")).toEqual(["IRN 070 IRQ asserted"]);
  });

  it("codes no signing for an agreement a verb other than one of making it acts on ('violated agreements between Iran and Iraq')", () => {
    const run = runner(coderFor(["--- VIOLATE [---] ---", "VIOLATE"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Turkey violated agreements between Iran and Iraq.")).toEqual([]);
    // Nor for one kept to.
    expect(run("Iran remained committed to the accords with Iraq.")).toEqual([]);
    expect(run("The agreement between Iran and Iraq came after long talks.")).toEqual(["IRN 057 IRQ asserted", "IRQ 057 IRN asserted"]);
  });

  it("codes a war fought by several sides with no enemy named as fought between them ('India and Pakistan have fought two wars'), not by allies", () => {
    const run = runner(coderFor(["--- FIGHT [190] ---", "FIGHT {FIGHTS FOUGHT FIGHTING}"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran and Iraq have fought two wars.")).toEqual(["IRN 190 IRQ asserted", "IRQ 190 IRN asserted"]);
    expect(run("Iran and Iraq fought the war together.")).toEqual(["IRN 190 undefined asserted", "IRQ 190 undefined asserted"]);
  });

  it("keeps force between armed parties as force when a pattern reads the verb as words ('fought the government forces')", () => {
    const local = coderFor(["--- PHYSICAL_CONFLICT [190] ---", "FIGHT {FIGHTS FOUGHT FIGHTING}", "- * GOVERNMENT [111]"]);
    expect(runner(local, [["Iranian", "NORP"], ["Iraqi", "NORP"]])("Iranian terrorists fought the Iraqi government forces.")).toEqual(["IRNREB 190 IRQGOVMIL asserted"]);
    expect(runner(local, [["Iran", "GPE"], ["Iraqi", "NORP"]])("Iran fought the Iraqi government.")).toEqual(["IRN 111 IRQGOV asserted"]);
  });

  it("codes force between protesters and police as a riot (145) and violent repression (175), not war", () => {
    const k = createActorKnowledge({ hash: "riot", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("protester", "CVL")], actors: TINY_ACTORS });
    const local = coderFor(["--- PHYSICAL_CONFLICT [190] ---", "CLASH", "BATTLE"]);
    const run = (text: string) => summary(local.code(code(text, [["Iranian", "NORP"], ["Iranian", "NORP"]], k).doc).events);
    expect(run("Iranian police battled Iranian protesters.")).toEqual(["IRNCOP 175 IRNCVL asserted"]);
    expect(run("Iranian protesters battled Iranian police.")).toEqual(["IRNCVL 145 IRNCOP asserted"]);
    expect(run("Iranian terrorists battled Iranian police.")).toEqual(["IRNREB 190 IRNCOP asserted"]);
  });

  it("codes an act the doers do to 'each other' or 'one another' both ways", () => {
    const run = runner(coderFor(["--- ATTACK [190] ---", "ATTACK"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran and Iraq attacked each other.")).toEqual(["IRN 190 IRQ asserted", "IRQ 190 IRN asserted"]);
    expect(run("Iran and Iraq attacked one another.")).toEqual(["IRN 190 IRQ asserted", "IRQ 190 IRN asserted"]);
  });

  it("codes capturing by what is seized: a place occupied, people arrested by a state's agents or abducted by others, things seized; a pattern only when it names what is seized", () => {
    const capture = coderFor(["&MILITARY", "+TROOP", "", "&WEAPON", "+GUN", "", "--- CAPTURE [171] ---", "CAPTURE", "- &MILITARY * [192]", "- * TERRITORY [192]", "- * RIFLES [1711]", "- * &WEAPON [1712]"]);
    const run = (text: string, entities: [string, EntityType][]) => runner(capture, entities)(text);
    expect(run("Iran captured an Iraqi town.", [["Iran", "GPE"], ["Iraqi", "NORP"]])).toEqual(["IRN 192 IRQCVL asserted"]);
    // "&MILITARY *" names the captor, not what is seized; "* TERRITORY" is a word of another phrase.
    expect(run("Iranian troops captured Iraqi soldiers.", [["Iranian", "NORP"], ["Iraqi", "NORP"]])).toEqual(["IRNMIL 173 IRQMIL asserted"]);
    expect(run("Iran captured Iraqi soldiers in disputed territory.", [["Iran", "GPE"], ["Iraqi", "NORP"]])).toEqual(["IRN 173 IRQMIL asserted"]);
    expect(run("Terrorists captured Iraqi soldiers.", [["Iraqi", "NORP"]])).toEqual(["IRQREB 181 IRQMIL asserted"]);
    expect(run("Iranian troops captured Iraqi fishing boats.", [["Iranian", "NORP"], ["Iraqi", "NORP"]])).toEqual(["IRNMIL 171 IRQ asserted"]);
    // A part the tagger left out of the phrase ("had captured much of Liberia").
    expect(run("Iran captured much of Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]])).toEqual(["IRN 192 IRQ asserted"]);
    // Ground a force holds is territory ("captured nine rebel bunkers").
    expect(run("Iranian troops captured Iraqi bunkers.", [["Iranian", "NORP"], ["Iraqi", "NORP"]])).toEqual(["IRNMIL 192 IRQ asserted"]);
    // What is counted is what is seized ("captured dozens of Iraqi soldiers").
    expect(run("Terrorists captured dozens of Iraqi soldiers.", [["Iraqi", "NORP"]])).toEqual(["IRQREB 181 IRQMIL asserted"]);
    // A pattern naming what is seized decides.
    expect(run("Iranian troops captured Iraqi rifles.", [["Iranian", "NORP"], ["Iraqi", "NORP"]])).toEqual(["IRNMIL 1711 IRQ asserted"]);
    expect(run("Iranian troops captured Iraqi guns.", [["Iranian", "NORP"], ["Iraqi", "NORP"]])).toEqual(["IRNMIL 1712 IRQ asserted"]);
  });

  it("does not make the author of a message that comes or arrives a visitor", () => {
    const local = coderFor(["--- ARRIVE [040] ---", "COME", "ARRIVE"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran's statement came in response to Iraq.")).toEqual([]);
    expect(run("Iran's minister came to Iraq.")).toEqual(["IRNGOV 040 IRQ asserted"]);
  });

  it("takes the doer of a possessed event noun from its possessor only, coded or not", () => {
    const local = coderFor(["--- BE [---] ---", "BE"]);
    const run = runner(local, [["Iran", "GPE"], ["Juma Haddad", "PERSON"], ["Iraq", "GPE"]]);
    expect(run("Iran was angry because of Juma Haddad's meeting with Iraq.")).toEqual([]);
    expect(runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]])("Iran was angry because of its meeting with Iraq.")).not.toEqual([]);
  });

  it("keeps review fixes: 'throughout' is a place, an utterance's author stands before it, only 010 blocks state", () => {
    const bomb = runner(coderFor(["--- BOMB [183] ---", "BOMB"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(bomb("Iran bombed positions throughout Iraq.")).toEqual(["IRN 183 IRQ asserted"]);
    const deny = runner(coderFor(["--- DENY [016] ---", "DENY"]), [["Iran", "GPE"], ["Iraqi", "NORP"]]);
    expect(deny("Iran denied claims of an Iraqi attack.")).toEqual([]);
    const intrude = runner(coderFor(["--- INTRUDE [013] ---", "INTRUDE", "- * TERRITORY  [192]"]), [["Iran", "GPE"], ["Iraqi", "NORP"]]);
    expect(intrude("Iran intruded into Iraqi territory.")).toEqual(["IRN 192 IRQ asserted"]);
  });

  it("codes a warning that the warner will act by that act's threat alone, not also a generic one", () => {
    const local = coderFor(["--- WARN [130] ---", "WARN", "--- RETALIATE [190] ---", "RETALIATE"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    const codes = run("Iran warned that it would retaliate against Iraq.").map((e) => e.split(" ")[1]);
    expect(codes).toHaveLength(1);
    expect(codes[0]).toMatch(/^13\d\d?$/);
    expect(codes[0]).not.toBe("130");
  });

  it("keeps a warning of the warner's own coercive act a threat, and steps one threatens one's own", () => {
    const warn = runner(coderFor(["--- WARN [130] ---", "WARN"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(warn("Iran warned of retaliation against Iraq.")).toEqual(["IRN 130 IRQ asserted"]);
    const threaten = runner(coderFor(["--- THREATEN [130] ---", "THREATEN", "--- PUNISH [---] ---", "PUNISH"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(threaten("Iran threatened steps to punish Iraq.")).toEqual(["IRN 130 IRQ asserted"]);
  });

  it("takes no target from who underwent an event a verb of stating describes", () => {
    const local = coderFor(["--- EXPLAIN_VERBAL [010] ---", "DESCRIBE"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraqi", "NORP"]]);
    expect(run("Iran described the killing of Iraqi soldiers as a provocation.")).toEqual([]);
    // (What they are described as is praise.)
    expect(run("Iran described Iraqi soldiers as brave.")).toEqual(["IRN 051 IRQMIL asserted"]);
  });

  it("does not read what someone presses for another to do as that other's act", () => {
    const local = coderFor(["--- RETREAT [0874] ---", "WITHDRAW", "--- DEMAND [100] ---", "PRESS"]);
    const run = runner(local, [["Iraqi", "NORP"], ["Iran", "GPE"], ["Gondor", "GPE"]]);
    expect(run("Iraqi soldiers pressed for Iran to withdraw from Gondor.").filter((e) => e.startsWith("IRN "))).toEqual([]);
  });

  it("takes no target from a phrase of time or circumstance", () => {
    const local = coderFor(["--- ARRIVE [040] ---", "COME"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran came to the fore during the Iraq election.")).toEqual([]);
    expect(run("Iran came to Iraq during the election.")).toEqual(["IRN 040 IRQ asserted"]);
  });

  it("aims a denial of a claim at the claim's author, not at nobody", () => {
    const local = coderFor(["--- DENY [016] ---", "DENY"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran denied Iraq's claims.")).toEqual(["IRN 016 IRQ asserted"]);
    expect(run("Iran denied Iraq's role.")).toEqual([]);
  });

  it("does not code what a call is for someone to do as their own intent", () => {
    const local = coderFor(["--- RESIGN [083] ---", "RESIGN", "--- CALL [020] ---", "CALL"]);
    const run = runner(local, [["Iraqi", "NORP"], ["Iran", "GPE"]]);
    expect(run("Iraqi students called for Iran to resign.")).toEqual(["IRQ 020 IRN asserted"]);
    expect(runner(local, [["Iran", "GPE"]])("Students have set up petitions calling for Iran to resign.")).toEqual([]);
  });

  it("codes those who clash as acting on each other, not those who fight side by side", () => {
    const local = coderFor(["--- PHYSICAL_CONFLICT [190] ---", "CLASH", "FIGHT {FIGHTS FOUGHT FIGHTING}"]);
    const run = runner(local, [["Iraqi", "NORP"], ["Iranian", "NORP"]]);
    expect(run("Iraqi and Iranian troops clashed near the border.")).toEqual(["IRQMIL 190 IRNMIL asserted", "IRNMIL 190 IRQMIL asserted"]);
    expect(run("Iraqi and Iranian troops fought near the border.")).not.toContain("IRQMIL 190 IRNMIL asserted");
    const exchange = runner(coderFor(["--- TRADE [---] ---", "EXCHANGE", "- * FIRE  [193]"]), [["Iraqi", "NORP"], ["Iranian", "NORP"]]);
    expect(exchange("Iraqi and Iranian troops exchanged fire near the border.")).toEqual(["IRQMIL 193 IRNMIL asserted", "IRNMIL 193 IRQMIL asserted"]);
  });

  it("reads no pattern preposition in a time adverbial ('called Iran on Tuesday' is no '* (ON)' appeal)", () => {
    const local = coderFor(["--- CALL [041] ---", "CALL", "- * (ON)  [020]"]);
    const run = runner(local, [["Iraq", "GPE"], ["Iran", "GPE"]]);
    expect(run("Iraq called Iran on Tuesday.")).toEqual(["IRQ 041 IRN asserted"]);
    expect(run("Iraq called on Iran to withdraw.")).toEqual(["IRQ 020 IRN asserted"]);
  });

  it("reads force a politician uses on no one named, or on someone's record, as words", () => {
    const local = coderFor(["--- PHYSICAL_CONFLICT [190] ---", "ATTACK"]);
    const run = runner(local, [["Hassan Rouhani", "PERSON"], ["Iraqi", "NORP"]]);
    expect(run("Hassan Rouhani attacked the building.")).toEqual([]);
    expect(run("Hassan Rouhani attacked Iraqi troops.")).toEqual(["IRNGOV 190 IRQMIL asserted"]);
    expect(runner(local, [["Iraqi", "NORP"]])("Iraqi troops attacked the building.")).toEqual(["IRQMIL 190 undefined asserted"]);
    expect(runner(local, [["Iraq", "GPE"], ["Hassan Rouhani", "PERSON"]])("Iraq attacked Hassan Rouhani's record.")).toEqual(["IRQ 111 IRNGOV asserted"]);
  });

  it("reads one politician attacking another, with no weapon, as criticism in words; soldiers still attack", () => {
    const local = coderFor(["--- PHYSICAL_CONFLICT [190] ---", "ATTACK"]);
    const run = runner(local, [["Hassan Rouhani", "PERSON"], ["Juma Khalil", "PERSON"]]);
    expect(run("Hassan Rouhani attacked Juma Khalil.")).toEqual(["IRNGOV 111 IRQ asserted"]);
    expect(runner(local, [["Iraqi", "NORP"], ["Hassan Rouhani", "PERSON"]])("Iraqi troops attacked Hassan Rouhani.")).toEqual(["IRQMIL 190 IRNGOV asserted"]);
    // A verb mostly of words ("blast") by a politician is criticism of a country too; "attack" stays force.
    const blast = coderFor(["--- PHYSICAL_CONFLICT [190] ---", "ATTACK", "BLAST"]);
    const onCountry = runner(blast, [["Hassan Rouhani", "PERSON"], ["Iraq", "GPE"]]);
    expect(onCountry("Hassan Rouhani blasted Iraq.").concat(onCountry("Hassan Rouhani attacked Iraq."))).toEqual(["IRNGOV 111 IRQ asserted", "IRNGOV 190 IRQ asserted"]);
    // Defending likewise: in words an endorsement (051), by troops protection (074).
    const defend = coderFor(["--- DEFEND [074] ---", "DEFEND"]);
    expect(runner(defend, [["Hassan Rouhani", "PERSON"], ["Juma Khalil", "PERSON"]])("Hassan Rouhani defended Juma Khalil.")).toEqual(["IRNGOV 051 IRQ asserted"]);
    expect(runner(defend, [["Iraqi", "NORP"], ["Hassan Rouhani", "PERSON"]])("Iraqi troops defended Hassan Rouhani.")).toEqual(["IRQMIL 074 IRNGOV asserted"]);
  });

  it("does not code what someone wants another to do as that other's intent ('wanted Rouhani to resign')", () => {
    const local = coderFor(["--- RESIGN [0341] ---", "RESIGN", "--- DEMAND [---] ---", "WANT"]);
    const run = runner(local, [["Iraqi", "NORP"], ["Hassan Rouhani", "PERSON"]]);
    expect(run("Iraqi students wanted Hassan Rouhani to resign.")).toEqual([]);
    expect(runner(local, [["Hassan Rouhani", "PERSON"]])("Hassan Rouhani wanted to resign.")).toEqual(["IRNGOV 0341 undefined intended"]);
  });

  it("reads a quotation right after a naming verb's object as what it was called ('called Rouhani \"not fit to lead\"')", () => {
    const local = coderFor(["--- CALL [041:041] ---", "CALL"]);
    const run = runner(local, [["Iraq", "GPE"], ["Hassan Rouhani", "PERSON"]]);
    expect(run('Iraq called Hassan Rouhani "not fit to lead".')).toEqual([]);
    expect(run("Iraq called Hassan Rouhani a “very weak leader”.")).toEqual([]);
    expect(run("Iraq called Hassan Rouhani.")).toContain("IRQ 041 IRNGOV asserted");
  });

  it("prefers a pattern naming the object's head to one naming a later preposition and actor ('withdrew its ambassador from Iran')", () => {
    const local = coderFor(["--- RETREAT [087] ---", "WITHDRAW {WITHDRAWS WITHDREW WITHDRAWN WITHDRAWING}", "- * FROM +  [0874]", "- * AMBASSADOR  [161]"]);
    const run = runner(local, [["Iraq", "GPE"], ["Iran", "GPE"]]);
    expect(run("Iraq withdrew its ambassador from Iran.")).toEqual(["IRQ 161 IRN asserted"]);
    expect(run("Iraq withdrew from Iran.")).toEqual(["IRQ 0874 IRN asserted"]);
  });

  it("keeps a mutual reciprocal code only for the verbs its pattern was written for, or symmetric ones", () => {
    const local = coderFor(["--- PHYSICAL_CONFLICT [190] ---", "BATTLE", "STRIKE {STRIKES STRUCK STRIKING}", "- * WITH +  [190:190]  # BATTLE"]);
    const run = runner(local, [["Iraqi", "NORP"], ["Iran", "GPE"]]);
    expect(run("Iraqi troops struck with Iran.")).toEqual(["IRQMIL 190 IRN asserted"]);
    expect(run("Iraqi troops battled with Iran.")).toEqual(["IRQMIL 190 IRN asserted", "IRN 190 IRQMIL asserted"]);
  });

  it("does not make whoever praises or condemns an attack its doer", () => {
    const local = coderFor(["--- ACCLAIM [051] ---", "PRAISE", "--- SUPPORT [---] ---", "REPORT"]);
    const run = runner(local, [["Hassan Rouhani", "PERSON"], ["Iraq", "GPE"]]);
    expect(run("Hassan Rouhani praised the attack on Iraq.")).toEqual([]);
    // The subject of a verb of doing is the doer: "carried out the attack on Iraq".
    expect(runner(coderFor(["--- CARRY [---] ---", "CARRY"]), [["Hassan Rouhani", "PERSON"], ["Iraq", "GPE"]])("Hassan Rouhani carried out the attack on Iraq.")).toEqual(["IRNGOV 190 IRQ asserted"]);
  });

  it("codes an event noun between parties as each one's with the others, intended when it is arranged", () => {
    const local = coderFor(["--- COLLAPSE [---] ---", "COLLAPSE", "--- ARRANGE [---] ---", "ARRANGE"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Talks between Iran and Iraq collapsed.")).toEqual(["IRN 046 IRQ asserted", "IRQ 046 IRN asserted"]);
    const arranged = runner(local, [["Hassan Rouhani", "PERSON"], ["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(arranged("Hassan Rouhani arranged a meeting between Iran and Iraq.")).toEqual(["IRN 040 IRQ intended", "IRQ 040 IRN intended"]);
  });

  it("does not make those who pledge together to act on a third party pledge to each other", () => {
    const local = coderFor(["--- PLEDGE [030] ---", "PLEDGE", "--- SUPPORT [051] ---", "SUPPORT"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"], ["Turkey", "GPE"]]);
    expect(run("Iran and Iraq pledged to support Turkey.")).toEqual(["IRN 032 TUR intended", "IRQ 032 TUR intended"]);
    expect(runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]])("Iran and Iraq pledged to cooperate.")).toEqual(["IRN 030 IRQ asserted", "IRQ 030 IRN asserted"]);
  });

  it("codes a failure as a rejection only when what failed is cooperation", () => {
    const local = coderFor(["--- FAIL [120] ---", "FAIL", "--- DENOUNCE [111] ---", "CONDEMN", "--- MEET [040] ---", "MEET"]);
    const run = runner(local, [["Iraq", "GPE"], ["Iran", "GPE"]]);
    expect(run("Iraq failed to condemn Iran.")).toEqual([]);
    expect(run("Iraq failed to meet Iran.")).toContain("IRQ 120 IRN asserted");
  });

  it("codes no lead in a count ('leads Rouhani 46 percent to 41 percent')", () => {
    const local = coderFor(["--- OVERSEE_MANAGE [---] ---", "LEAD", "- * TO  [030]"]);
    const run = runner(local, [["Iraq", "GPE"], ["Hassan Rouhani", "PERSON"]]);
    expect(run("Iraq leads Hassan Rouhani 46 percent to 41 percent.")).toEqual([]);
    expect(run("Iraq leads Hassan Rouhani to the talks.")).toEqual(["IRQ 030 IRNGOV asserted"]);
  });

  it("codes no show of strength or seizure by a person in office on no one named ('garnered cheers in Iran', 'captured the presidency')", () => {
    const local = coderFor(["--- MOBILIZE [150] ---", "GARNER", "--- APPREHEND [171] ---", "CAPTURE"]);
    const run = runner(local, [["Hassan Rouhani", "PERSON"], ["Iran", "GPE"]]);
    expect(run("Hassan Rouhani garnered cheers in Iran.")).toEqual([]);
    expect(runner(local, [["Hassan Rouhani", "PERSON"]])("Hassan Rouhani captured the presidency.")).toEqual([]);
    expect(runner(local, [["Iraqi", "NORP"]])("Iraqi soldiers captured the hill.")).toEqual(["IRQMIL 171 undefined asserted"]);
  });

  it("reads a rally a person in office holds at home, against no one, as no protest", () => {
    const local = coderFor(["--- CONFINE [---] ---", "HOLD {HOLDS HELD HOLDING}", "- * RALLY  [141]"]);
    expect(runner(local, [["Hassan Rouhani", "PERSON"], ["Iran", "GPE"]])("Hassan Rouhani held a rally in Iran.")).toEqual([]);
    expect(runner(local, [["Iraqi", "NORP"], ["Iran", "GPE"]])("Iraqi protesters held a rally in Iran.")).toEqual(["IRQ 141 IRN asserted"]);
  });

  it("does not make a place in the doers' own country the recipient of what they pay there (06), but keeps another country", () => {
    const local = coderFor(["--- FINANCE [061] ---", "PAY {PAYS PAID PAYING}"]);
    expect(runner(local, [["Hassan Rouhani", "PERSON"], ["Iran", "GPE"]])("Hassan Rouhani paid taxes in Iran.")).toEqual([]);
    expect(runner(local, [["Hassan Rouhani", "PERSON"], ["Iraq", "GPE"]])("Hassan Rouhani paid taxes in Iraq.")).toEqual(["IRNGOV 061 IRQ asserted"]);
  });

  it("takes force done to a place, or to what stands in it, as done to that place's people, only by those who use force", () => {
    const local = coderFor(["--- BOMB [195] ---", "BOMB", "--- CIRCLE [190] ---", "CIRCLE", "--- CAPTURE [171] ---", "CAPTURE"]);
    const run = (text: string, entities: [string, EntityType][], town: [string, string]) => {
      const { doc } = code(text, entities);
      return summary(local.code({ ...doc, places: [townIn(doc, ...town)] }).events);
    };
    // A town no actor names, by the places layer's country.
    expect(run("Iraq bombed Birao.", [["Iraq", "GPE"]], ["Birao", "CAF"])).toEqual(["IRQ 195 CAFCVL asserted"]);
    // What stands in a named country ("malls in Iran").
    expect(run("Two malls in Iran were bombed by terrorists.", [["Iran", "GPE"]], ["Iran", "IRN"])).toEqual(["---REB 195 IRNCVL asserted"]);
    expect(summary(local.code(code("Two malls in Iran were bombed by terrorists.", [["Iran", "GPE"]]).doc).events)).toEqual(["---REB 195 IRN asserted"]);
    // So with a place in the verb's own phrase of place ("was detonated by militants at a town in Pulwama").
    expect(run("A market was bombed by terrorists in Birao.", [], ["Birao", "CAF"])).toEqual(["---REB 195 CAFCVL asserted"]);
    // Not an action that is no place ("in a Turkish operation"), nor for someone the text names ("Ali").
    expect(run("A market was bombed by terrorists in a Birao operation.", [], ["Birao", "CAF"])).not.toContain("---REB 195 CAFCVL asserted");
    expect(run("Ali was bombed by terrorists in Birao.", [], ["Birao", "CAF"])).not.toContain("---REB 195 CAFCVL asserted");
    // Force is done at home too; a seizure of a place at home is done to whoever held it, and nothing
    // is done by someone of no force.
    expect(run("Iraq bombed Basra.", [["Iraq", "GPE"]], ["Basra", "IRQ"])).toEqual(["IRQ 195 IRQCVL asserted"]);
    expect(run("Iraq captured Basra.", [["Iraq", "GPE"]], ["Basra", "IRQ"])).not.toContain("IRQ 192 IRQCVL asserted");
    expect(run("The tourists circled Birao.", [], ["Birao", "CAF"])).toEqual(["---CVL 190 undefined asserted"]);
  });

  it("keeps a capital read as its government as the government when threatened, its people when bombed", () => {
    const local = coderFor(["--- THREATEN [130] ---", "THREATEN", "--- BOMB [195] ---", "BOMB"]);
    const run = (text: string) => {
      const { doc } = code(text, [["Iraq", "GPE"], ["Tehran", "GPE"]]);
      return summary(local.code({ ...doc, places: [townIn(doc, "Tehran", "IRN")] }).events);
    };
    expect(run("Iraq threatened Tehran.")).toEqual(["IRQ 130 IRNGOV asserted"]);
    expect(run("Iraq bombed Tehran.")).toEqual(["IRQ 195 IRNCVL asserted"]);
  });

  it("reads an intent-to-meet pattern told in the past tense as a meeting ('met Iran at the summit')", () => {
    const local = coderFor(["--- MEET_PEOPLE [040] ---", "MEET {MEETS MET MEETING}", "- * (AT)  [036:036]"]);
    const run = runner(local, [["Iraq", "GPE"], ["Iran", "GPE"]]);
    expect(run("Iraq met Iran at the summit.")).toEqual(["IRQ 040 IRN asserted", "IRN 040 IRQ asserted"]);
    expect(run("Iraq will meet Iran at the summit.")).toEqual(["IRQ 036 IRN intended", "IRN 036 IRQ intended"]);
  });

  it("does not make whoever found the dead their killer", () => {
    const local = coderFor(["--- DISCOVER [---] ---", "FIND {FINDS FOUND FINDING}", "- * DEAD  [190]"]);
    const run = runner(local, [["Iraqi", "NORP"], ["Iranian", "NORP"]]);
    expect(run("An Iraqi soldier was found dead by Iranian police.")).toEqual(["undefined 190 IRQMIL asserted"]);
  });

  it("gives what a plan or law does in a relative clause to those who adopt it, and nothing to other nouns", () => {
    const plan = code("Iran adopted a plan that helps Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(summary(plan.events)).toEqual(["IRN 070 IRQ asserted"]);
    const convoy = code("Iran stopped a convoy that helps Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(summary(convoy.events).filter((e) => e.includes("070"))).toEqual([]);
  });

  it("codes subject → object with the verb block's default and keeps the evidence", () => {
    const { events } = code("Iran attacked Iraq on Monday.", [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(summary(events)).toEqual(["IRN 190 IRQ asserted"]);
    expect(events[0]).toMatchObject({ trigger: { text: "attacked" }, source: { text: "Iran" }, target: { text: "Iraq" }, rule: "tiny:ATTACK" });
  });

  it("codes a town or city attacked as its country's civilians, or as the country under PETRARCH's convention", () => {
    expect(summary(code("Iran attacked Iraqi towns.", [["Iran", "GPE"], ["Iraqi", "NORP"]]).events)).toEqual(["IRN 190 IRQCVL asserted"]);
    const petrarch = coderFor(null, { placesAsCivilians: false });
    const base = emptyDocument(makeArticle({ text: "Iran attacked Iraqi towns.", published: "2020-11-15" }));
    Object.assign(base, tokenise(nlp, base.text));
    base.entities = [
      { id: "e1", start: 0, end: 4, text: "Iran", type: "GPE", actorId: null },
      { id: "e2", start: 14, end: 19, text: "Iraqi", type: "NORP", actorId: null },
    ];
    expect(summary(petrarch.code(resolveActors(base, { knowledge, registry: null })).events)).toEqual(["IRN 190 IRQ asserted"]);
  });

  it("codes a town as its country, not its civilians, where it is not on the receiving end (a meeting)", () => {
    expect(summary(code("Iran met Iraqi towns.", [["Iran", "GPE"], ["Iraqi", "NORP"]]).events)).toEqual(["IRN 040 IRQ asserted"]);
  });

  it("codes an uncoded phrase of at most newActorLength words as its text (PETRARCH's new_actor_length), and never by default", () => {
    const text = "The Guild of Wizards attacked Iraq on Monday.";
    const build = () => {
      const base = emptyDocument(makeArticle({ text, published: "2020-11-15" }));
      Object.assign(base, tokenise(nlp, base.text));
      base.entities = [{ id: "e1", start: text.indexOf("Iraq"), end: text.indexOf("Iraq") + 4, text: "Iraq", type: "GPE", actorId: null }];
      return resolveActors(base, { knowledge, registry: null });
    };
    const withLength = (n: number) => coderFor(null, { newActorLength: n }).code(build()).events;
    const events = withLength(4);
    expect(summary(events)).toEqual(['"THE GUILD OF WIZARDS" 190 IRQ asserted']);
    expect(events[0].source?.actorId).toBeNull();
    expect(withLength(3)).toEqual([]);
    expect(coder.code(build()).events).toEqual([]);
  });

  it("prefers the most specific pattern and names it as the rule", () => {
    const { events } = code("Iran attacked Iraq with rockets.", [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(events[0]).toMatchObject({ cameo: { code: "195" }, rule: "tiny:ATTACK:1" });
  });

  it("reads the doer of an armed action from its 'by' phrase or from an opening 'In the Iraqi air strike …'", () => {
    const local = coderFor(["--- KILL [190] ---", "KILL"]);
    const run = runner(local, [["Iraqi", "NORP"], ["Iranian", "NORP"]]);
    expect(run("In the Iraqi air strike on a convoy, an Iranian general was killed.")).toEqual(["IRQMIL 190 IRN asserted"]);
    // So in a clause that does not open the sentence.
    expect(runner(local, [["Turkey", "GPE"], ["Iraqi", "NORP"], ["Iranian", "NORP"]])("Turkey said that in the Iraqi air strike on a convoy, an Iranian general was killed.").filter((e) => e.includes(" 190 "))).toEqual(["IRQMIL 190 IRN reported"]);
    expect(runner(local, [["Iraq", "GPE"], ["Iranian", "NORP"]])("An airstrike by Iraq killed five Iranian soldiers.")).toEqual(["IRQ 190 IRNMIL asserted"]);
    // A phrase of time opening the clause names no doer.
    expect(runner(local, [["Iranian", "NORP"]])("In the morning, an Iranian general was killed.")).toEqual(["undefined 190 IRN asserted"]);
    // The other side of fighting: "wounded in clashes with gunmen".
    expect(runner(local, [["Iranian", "NORP"], ["Iraqi", "NORP"]])("Two Iranian soldiers were killed in clashes with Iraqi troops.")).toEqual(["IRQMIL 190 IRNMIL asserted"]);
    // "due to" an action, and an action described by a passive participle with its "by" agent.
    expect(runner(local, [["Iranian", "NORP"], ["Iraq", "GPE"]])("An Iranian general was killed on Monday due to an air strike launched by Iraq.").filter((e) => e.includes(" 190 "))).toEqual(["IRQ 190 IRN asserted"]);
  });

  it("takes the source of a passive from its by-agent", () => {
    const { events } = code("Iraq was attacked by Iran.", [["Iraq", "GPE"], ["Iran", "GPE"]]);
    expect(summary(events)).toEqual(["IRN 190 IRQ asserted"]);
  });

  it("does not code a negated attack, and says why", () => {
    const { events, trace } = code("Iran did not attack Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(events).toEqual([]);
    expect(trace.join("\n")).toMatch(/negated/);
  });

  it("codes a future agreement as an intent to cooperate, in both directions for a paired code", () => {
    const { events } = code("Iran will sign an agreement with Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(summary(events).sort()).toEqual(["IRN 030 IRQ intended", "IRQ 030 IRN intended"]);
  });

  it("codes a compound subject between its members", () => {
    const { events } = code("Iran and Iraq signed an accord.", [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(summary(events).sort()).toEqual(["IRN 057 IRQ asserted", "IRQ 057 IRN asserted"]);
  });

  it("codes reported speech between the reported actors, as reported", () => {
    const { events } = code("Iraq said that Iran attacked Turkey.", [["Iraq", "GPE"], ["Iran", "GPE"], ["Turkey", "GPE"]]);
    expect(summary(events)).toContain("IRN 190 TUR reported");
    expect(summary(events).some((s) => s.startsWith("IRQ 010"))).toBe(false);
  });

  it("lets a state's officials accuse one of its citizens, though not the state itself", () => {
    const local = coderFor(["--- SAY [010] ---", "SAY", "--- KILL [190] ---", "KILL"]);
    const run = runner(local, [["Iraqi", "NORP"], ["Juma Khalil", "PERSON"]]);
    expect(run("Iraqi officials said Juma Khalil killed a man.")).toContain("IRQGOV 112 IRQ asserted");
  });

  it("turns a reported arming of terrorists into an accusation (PETRARCH's SAY transformation)", () => {
    const { events } = code("Iraq said that Iran trained terrorists.", [["Iraq", "GPE"], ["Iran", "GPE"]]);
    expect(summary(events)).toEqual(["IRQ 112 IRN asserted"]);
    expect(events[0].rule).toMatch(/^transform:support-armed-group/);
    // Catching or hunting the group is no support of it.
    expect(summary(code("Iraq said that Iran caught terrorists.", [["Iraq", "GPE"], ["Iran", "GPE"]]).events)).toEqual([]);
  });

  it("lets two people, or two armed groups one of them described, act on each other under one code", () => {
    const local = coderFor(["--- MEET [040] ---", "MEET", "--- KILL [190] ---", "KILL"]);
    const people = runner(local, [["Hassan Rouhani", "PERSON"], ["Iran", "GPE"], ["Ali Larijani", "PERSON"]]);
    const met = people("Hassan Rouhani met Iran's minister Ali Larijani.");
    expect(met).toContain("IRNGOV 040 IRNGOV asserted");
    // Two groups the actors stage kept apart (here by hand: it may join two descriptions with one code).
    const { doc } = code("Iraqi terrorists killed an Iraqi rebel commander.", [["Iraqi", "NORP"], ["Iraqi", "NORP"]]);
    const [terrorists] = doc.actors.filter((a) => a.code === "IRQREB");
    const rival = { ...terrorists, id: "a-rival", name: "Iraqi rebel commander", mentions: [] };
    const start = doc.text.indexOf("Iraqi rebel commander");
    const mentions = doc.mentions.map((m) => (m.start >= start && m.actorId === terrorists.id ? { ...m, actorId: rival.id } : m));
    expect(mentions.some((m) => m.actorId === rival.id)).toBe(true);
    const coded = local.code({ ...doc, actors: [...doc.actors, rival], mentions }).events;
    expect(summary(coded)).toEqual(["IRQREB 190 IRQREB asserted"]);
    expect(coded[0].source?.actorId).not.toBe(coded[0].target?.actorId);
  });

  it("reads 'fire' with people as its object and nothing fired at as a dismissal, not an attack", () => {
    const local = coderFor(["--- FIRE [190] ---", "FIRE"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraqi", "NORP"]]);
    expect(run("Iran fired Iraqi advisers.")).toEqual([]);
    expect(run("Iran fired rockets at Iraqi advisers.")).toEqual(["IRN 190 IRQMIL asserted"]);
    expect(run("Iran fired on Iraqi advisers.")).toEqual(["IRN 190 IRQMIL asserted"]);
    // "on Tuesday" says when, not at whom; artillery and numbered models are weapons.
    expect(run("Iran fired Iraqi advisers on Tuesday.")).toEqual([]);
    const alone = runner(local, [["Iran", "GPE"]]);
    expect(alone("Iran fired artillery.")).toEqual(["IRN 190 undefined asserted"]);
    expect(alone("Iran fired a Fateh-110.")).toEqual(["IRN 190 undefined asserted"]);
  });

  it("reads a prepositional target's list through to an infinitive ('called on Iraq and Turkey to join')", () => {
    const local = coderFor(["--- CALL [020] ---", "CALL", "- * ON [020]"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"], ["Turkey", "GPE"]]);
    expect(run("Iran called on Iraq and Turkey to join the talks.").sort()).toEqual(["IRN 020 IRQ asserted", "IRN 020 TUR asserted"]);
  });

  it("takes the doers of an event noun a relative clause is about from before the noun only", () => {
    const local = coderFor(["--- KILL [190] ---", "KILL"]);
    const run = runner(local, [["Baghdad", "GPE"], ["Iran", "GPE"]]);
    // The town says where the bombings were, not who bombed.
    expect(run("The bombings in Baghdad that killed Iran's envoy were condemned.")).toEqual([]);
    const named = runner(local, [["Iran", "GPE"], ["Iraqi", "NORP"]]);
    expect(named("The Iran bombings that killed Iraqi soldiers were condemned.")).toEqual(["IRN 190 IRQMIL asserted"]);
  });

  it("does not pair the members of a compound subject when the object names a person the dictionaries do not know", () => {
    const run = runner(coderFor(["--- PRAISE [051] ---", "PRAISE"]), [["Iran", "GPE"], ["Iraq", "GPE"], ["Michelle Obama", "PERSON"]]);
    expect(run("Iran and Iraq praised Michelle Obama.")).toEqual([]);
    const signed = runner(coderFor(["--- SIGN [057] ---", "SIGN"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(signed("Iran and Iraq signed an accord.")).toEqual(["IRN 057 IRQ asserted", "IRQ 057 IRN asserted"]);
  });

  it("does not make those who arrive together visit each other, nor the place of talks a party to them", () => {
    const local = coderFor(["--- ARRIVE [040] ---", "ARRIVE", "- * FOR TALKS [046]"]);
    expect(runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]])("Iran and Iraq arrived on Monday.")).toEqual([]);
    const inTurkey = runner(local, [["Iran", "GPE"], ["Turkey", "GPE"]]);
    expect(inTurkey("Iran arrived in Turkey for talks.")).toEqual([]);
    expect(inTurkey("Iran arrived in Turkey.")).toEqual(["IRN 040 TUR asserted"]);
  });

  it("takes no reflexive as a party, no standard met as a meeting, and no place one comes from as a host", () => {
    const protect = runner(coderFor(["--- PROTECT [074] ---", "PROTECT"]), [["Iraqi", "NORP"], ["Iran", "GPE"]]);
    expect(protect("Iraqi soldiers must protect themselves, Iran said.")).toEqual([]);
    // Coreference may link a reflexive to someone else (here, by hand): it is still no target.
    const { doc } = code("Iranians must protect themselves.", [["Iranians", "NORP"]]);
    const other = { ...doc.actors[0], id: "a-other", code: "IRQ", country: "IRQ", mentions: [] };
    const mentions = doc.mentions.map((m) => (m.text === "themselves" ? { ...m, actorId: other.id } : m));
    expect(mentions.some((m) => m.actorId === other.id)).toBe(true);
    const linked = { ...doc, actors: [...doc.actors, other], mentions };
    expect(summary(coderFor(["--- PROTECT [074] ---", "PROTECT"]).code(linked).events)).toEqual([]);
    const meet = runner(coderFor(["--- MEET [040] ---", "MEET"]), [["Iran", "GPE"]]);
    expect(meet("Iran did not meet the standards.")).toEqual([]);
    expect(meet("Iran met the deadline.")).toEqual([]);
    const travel = runner(coderFor(["--- TRAVEL [040] ---", "TRAVEL"]), [["Iraqi", "NORP"], ["Iran", "GPE"], ["Turkey", "GPE"]]);
    expect(travel("Iraqi pilgrims travelled from Iran to Turkey.")).toEqual(["IRQ 040 TUR asserted"]);
    const tour = runner(coderFor(["--- TOUR [040] ---", "TOUR"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(tour("Iran and Iraq toured the flooded areas.")).toEqual([]);
  });

  it("sends what is returned back to those it was taken from, and lays a domestic measure with no place on the source's own people", () => {
    const back = runner(coderFor(["--- RETURN [0842] ---", "RETURN", "--- SEIZE [---] ---", "SEIZE"]), [["Iran", "GPE"], ["Iraqi", "NORP"]]);
    expect(back("Iran returned weapons and equipment seized from Iraqi soldiers.")).toEqual(["IRN 0842 IRQMIL asserted"]);
    expect(runner(coderFor(["--- RETURN [0842] ---", "RETURN"]), [["Iran", "GPE"]])("Iran returned weapons seized on Monday.")).toEqual(["IRN 0842 undefined asserted"]);
    const impose = coderFor(["--- IMPOSE [---] ---", "IMPOSE", "- * MARTIAL LAW [1724]"]);
    const { doc } = code("Iran imposed martial law on Tuesday.", [["Iran", "GPE"]]);
    const [event] = impose.code(doc).events;
    expect(summary([event])).toEqual(["IRN 1724 IRNCVL asserted"]);
    // The people have no phrase of their own: no actor id, the measure as evidence.
    expect(event.target).toMatchObject({ actorId: null, text: "martial law" });
  });

  it("takes no doer from a disease or disaster, codes no force against one, and pairs no one who reveals a clause", () => {
    const kill = runner(coderFor(["--- KILL [190] ---", "KILL", "--- CONTAIN [170] ---", "CONTAIN"]), [["Iranian", "NORP"], ["Iraqi", "NORP"]]);
    expect(kill("The Iranian cholera outbreak killed Iraqi soldiers.")).toEqual([]);
    expect(kill("The Iranian army killed Iraqi soldiers.")).toEqual(["IRNMIL 190 IRQMIL asserted"]);
    expect(runner(coderFor(["--- CONTAIN [170] ---", "CONTAIN"]), [["Iranian", "NORP"]])("Iranian police worked to contain the outbreak.")).toEqual([]);
    const local = coderFor(["--- REVEAL [050] ---", "REVEAL", "--- AGREE [030] ---", "AGREE"]);
    const pair = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(pair("Iran and Iraq revealed that the disease had spread.")).toEqual([]);
    expect(pair("Iran and Iraq agree that the border should be reopened.")).toEqual(["IRN 030 IRQ asserted", "IRQ 030 IRN asserted"]);
  });

  it("aims a withdrawal at what is withdrawn from (or its counterpart), not at what is withdrawn", () => {
    const local = coderFor(["--- WITHDRAW [161] ---", "WITHDRAW"]);
    expect(runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]])("Iran withdrew its troops from Iraq.")).toEqual(["IRN 161 IRQ asserted"]);
    expect(runner(local, [["Iran", "GPE"], ["Iraq", "GPE"], ["Turkey", "GPE"]])("Iran withdrew Iraq from a treaty with Turkey.")).toEqual(["IRN 161 TUR asserted"]);
  });

  it("codes no release of information and no showing of a quality", () => {
    const release = runner(coderFor(["--- RELEASE [084] ---", "RELEASE"]), [["Iran", "GPE"], ["Iraqi", "NORP"]]);
    expect(release("Iran released footage of Iraqi soldiers.")).toEqual([]);
    expect(release("Iran released Iraqi soldiers.")).toEqual(["IRN 084 IRQMIL asserted"]);
    const demonstrate = runner(coderFor(["--- DEMONSTRATE [141] ---", "DEMONSTRATE"]), [["Iranian", "NORP"]]);
    expect(demonstrate("Iranian athletes demonstrated great skill.")).toEqual([]);
    const demonstrateAt = runner(coderFor(["--- DEMONSTRATE [141] ---", "DEMONSTRATE"]), [["Iranian", "NORP"], ["Iraq", "GPE"]]);
    expect(demonstrateAt("Iranian athletes demonstrated great skill in Iraq.")).toEqual([]);
    expect(demonstrateAt("Iranian students demonstrated their anger at Iraq.")).toEqual(["IRN 141 IRQ asserted"]);
  });

  it("codes no deed that someone is told to do, nor the toll of an accident", () => {
    // The one told is coded (Iraqi police), so without the rule its buying would be coded.
    const buy = runner(coderFor(["--- TELL [010] ---", "TELL", "--- BUY [062] ---", "BUY"]), [["Iranian", "NORP"], ["Iraqi", "NORP"], ["Turkey", "GPE"]]);
    expect(buy("Iranian officials told Iraqi police to buy jets from Turkey.").some((e) => e.includes("062"))).toBe(false);
    expect(buy("Iranian officials said Iraqi police had bought jets from Turkey.").some((e) => e.includes("062"))).toBe(true);
    const crash = runner(coderFor(["--- CRASH [---] ---", "CRASH", "--- KILL [190] ---", "KILL"]), [["Iranian", "NORP"], ["Iraqi", "NORP"]]);
    expect(crash("The Iranian airliner crashed into the sea, killing 20 Iraqi soldiers.")).toEqual([]);
    expect(crash("The Iranian army shelled the town, killing 20 Iraqi soldiers.")).toEqual(["IRNMIL 190 IRQMIL asserted"]);
    expect(crash("The Iranian army crashed a truck into the base, killing 20 Iraqi soldiers.")).toEqual(["IRNMIL 190 IRQMIL asserted"]);
  });

  it("reads evidence that suggests or shows something as no appeal, unlike someone who suggests", () => {
    const local = coderFor(["--- SUGGEST [020] ---", "SUGGEST"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran figures suggest Iraq needs aid.")).toEqual([]);
    expect(run("Iran suggested a ceasefire to Iraq.")).toEqual(["IRN 020 IRQ asserted"]);
  });

  it("does not make a town or building where praise or a signature (05) was made its target, but keeps a country", () => {
    const local = coderFor(["--- PRAISE [051] ---", "PRAISE"]);
    const { doc } = code("Iraq praised the plan in Tehran.", [["Iraq", "GPE"], ["Tehran", "GPE"]]);
    expect(summary(local.code({ ...doc, places: [townIn(doc, "Tehran", "IRN")] }).events)).toEqual([]);
    const inCountry = code("Iran praised the plan in Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(summary(local.code(inCountry.doc).events)).toEqual(["IRN 051 IRQ asserted"]);
  });

  it("reads a phrase headed by a noun of relation as someone other than the actor it relates to, except an organisation's members", () => {
    const local = coderFor(["--- CRITICIZE [111] ---", "CRITICIZE"]);
    const countries = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(countries("Iran's allies criticized Iraq.")).toEqual([]);
    expect(countries("Critics of Iran criticized Iraq.")).toEqual([]);
    expect(countries("Iran's army criticized Iraq.")).toEqual(["IRNMIL 111 IRQ asserted"]);
    const person = runner(local, [["Hassan Rouhani", "PERSON"], ["Iraq", "GPE"]]);
    expect(person("A Hassan Rouhani supporter criticized Iraq.")).toEqual([]);
    // Opponents or critics of a state's government or leader are that country's opposition.
    expect(person("Critics of Hassan Rouhani criticized Iraq.")).toEqual(["IRNOPP 111 IRQ asserted"]);
    const group = runner(local, [["Daesh", "ORG"], ["Iraq", "GPE"]]);
    expect(group("Daesh allies criticized Iraq.")).toEqual(["IMGMUSISI 111 IRQ asserted"]);
  });

  it("makes those who claimed responsibility for an event noun its doers, but not those who denied it", () => {
    const run = runner(coderFor(["--- KILL [190] ---", "KILL", "--- CLAIM [---] ---", "CLAIM", "--- DENY [---] ---", "DENY"]), [["Iran", "GPE"], ["Iraqi", "NORP"]]);
    expect(run("Iran claimed responsibility for the bombing that killed Iraqi soldiers.")).toEqual(["IRN 190 IRQMIL asserted"]);
    expect(run("Iran denied responsibility for the bombing that killed Iraqi soldiers.")).toEqual([]);
    expect(run("Iran did not claim responsibility for the bombing that killed Iraqi soldiers.")).toEqual([]);
    expect(run("Iran will bear responsibility for any bombing that kills Iraqi soldiers.")).toEqual([]);
  });

  it("does not read the 'to' of an infinitive as a preposition of a pattern ('a meeting about Iraq to be held')", () => {
    const local = coderFor(["--- COME [---] ---", "COME", "- * (TO) [040]"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran came before a meeting about Iraq to be held soon.")).toEqual([]);
    expect(run("Iran came to Iraq.")).toEqual(["IRN 040 IRQ asserted"]);
  });

  it("reads a place as the doer of an agentless passive only for what authorities do", () => {
    const local = coderFor(["--- ARREST [173] ---", "ARREST", "--- KILL [190] ---", "KILL"]);
    const run = runner(local, [["Iranian", "NORP"], ["Baghdad", "GPE"]]);
    expect(run("Iranian advisers were arrested in Baghdad.")).toEqual(["IRQ 173 IRNMIL asserted"]);
    expect(run("Iranian advisers were killed in Baghdad.").some((x) => x.startsWith("IRQ"))).toBe(false);
    const tortured = runner(coderFor(["--- TORTURE [1822] ---", "TORTURE"]), [["Iranian", "NORP"], ["Baghdad", "GPE"]]);
    expect(tortured("Iranian advisers were tortured in Baghdad.")).toEqual(["IRQ 1822 IRNMIL asserted"]);
  });

  it("reads no target in what follows a statement's content with 'of' ('say X, 26, of Edmonton, was arrested')", () => {
    const local = coderFor(["--- SAY [010] ---", "SAY"]);
    const run = runner(local, [["Iraqi", "NORP"], ["Tehran", "GPE"]]);
    expect(run("Iraqi police say the man, 26, of Tehran, was arrested.")).toEqual([]);
  });

  it("reads attacking a person over a matter as criticism in words", () => {
    const local = coderFor(["--- ATTACK [190] ---", "ATTACK"]);
    const run = runner(local, [["Iraq", "GPE"], ["Hassan Rouhani", "PERSON"]]);
    expect(run("Iraq attacked Hassan Rouhani over the emails.")).toEqual(["IRQ 111 IRNGOV asserted"]);
    expect(run("Iraq attacked Hassan Rouhani.")).toEqual(["IRQ 190 IRNGOV asserted"]);
    // An unnamed crowd or gunmen attacking someone over a matter still use force.
    const crowd = runner(local, [["Iraqi", "NORP"], ["Hassan Rouhani", "PERSON"]]);
    expect(crowd("Iraqi gunmen attacked Hassan Rouhani over the emails.").map((x) => x.split(" ")[1])).toEqual(["190"]);
    const country = runner(local, [["Iraq", "GPE"], ["Iran", "GPE"]]);
    expect(country("Iraq attacked Iran over the emails.")).toEqual(["IRQ 190 IRN asserted"]);
  });

  it("keeps a town one turns from or against as a counterpart ('demanded independence from Baghdad')", () => {
    const local = coderFor(["--- DEMAND [100] ---", "DEMAND"]);
    const { doc } = code("Iraqi terrorists demanded independence from Baghdad.", [["Iraqi", "NORP"], ["Baghdad", "GPE"]]);
    const town = townIn(doc, "Baghdad", "IRQ");
    expect(summary(local.code({ ...doc, places: [town] }).events)).toHaveLength(1);
  });

  it("reads a town before an event noun as where it happened, not its doer, in a relative clause on it", () => {
    const local = coderFor(["--- KILL [190] ---", "KILL"]);
    const { doc } = code("The Baghdad bombings that killed Iran's envoy were condemned.", [["Baghdad", "GPE"], ["Iran", "GPE"]]);
    const town = townIn(doc, "Baghdad", "IRQ");
    expect(summary(local.code({ ...doc, places: [town] }).events).filter((x) => x.includes(" 190 "))).toEqual([]);
  });

  it("does not make a town in the doers' own country the counterpart of a visit", () => {
    const local = coderFor(["--- TRAVEL [---] ---", "TRAVEL", "- * TO [042]"]);
    const { doc } = code("Iraqi terrorists travelled to Baghdad.", [["Iraqi", "NORP"], ["Baghdad", "GPE"]]);
    const town = townIn(doc, "Baghdad", "IRQ");
    expect(summary(local.code({ ...doc, places: [town] }).events)).toEqual([]);
    // Nor a capital standing for its country: going there is travel at home.
    expect(summary(local.code(doc).events)).toEqual([]);
    expect(runner(local, [["Iranian", "NORP"], ["Baghdad", "GPE"]])("Iranian terrorists travelled to Baghdad.")).toEqual(["IRNREB 042 IRQ asserted"]);
  });

  it("does not aim words of demand or complaint at a place in the speakers' own country", () => {
    const local = coderFor(["--- DEMAND [100] ---", "DEMAND"]);
    expect(runner(local, [["Iraqi", "NORP"], ["Baghdad", "GPE"]])("Iraqi terrorists demanded more money in Baghdad.")).toEqual([]);
    expect(runner(local, [["Iraq", "GPE"], ["Tehran", "GPE"]])("Iraq demanded more money in Tehran.")).toEqual(["IRQ 100 IRN asserted"]);
  });

  it("does not aim an official's appeal at their own country ('I request his repatriation to North Korea')", () => {
    const local = coderFor(["--- ASK [020] ---", "REQUEST"]);
    expect(runner(local, [["Hassan Rouhani", "PERSON"], ["Iran", "GPE"]])("Hassan Rouhani requested the return of the men to Iran.")).toEqual([]);
    expect(runner(local, [["Hassan Rouhani", "PERSON"], ["Iraq", "GPE"]])("Hassan Rouhani requested the return of the men to Iraq.")).toEqual(["IRNGOV 020 IRQ asserted"]);
  });

  it("does not code an official cutting ties with their own country ('withdrew the US from a treaty')", () => {
    const local = coderFor(["--- WITHDRAW [161] ---", "WITHDRAW"]);
    const run = runner(local, [["Hassan Rouhani", "PERSON"], ["Iran", "GPE"]]);
    // Only the withdrawal itself, with no one it is aimed at.
    expect(run("Hassan Rouhani withdrew Iran from the treaty.")).toEqual(["IRNGOV 161 undefined asserted"]);
    const other = runner(local, [["Hassan Rouhani", "PERSON"], ["Iraq", "GPE"]]);
    expect(other("Hassan Rouhani withdrew Iraq from the treaty.")).toEqual(["IRNGOV 161 IRQ asserted"]);
    // Nor a statement about it.
    const said = runner(coderFor(["--- COMMENT [010] ---", "COMMENT"]), [["Hassan Rouhani", "PERSON"], ["Iran", "GPE"]]);
    expect(said("Hassan Rouhani commented on Iran.")).toEqual([]);
  });

  it("does not turn a report of one's own side's deed into an accusation", () => {
    const accused = code("Iraq said that Iran trained terrorists.", [["Iraq", "GPE"], ["Iran", "GPE"]]);
    expect(summary(accused.events)).toEqual(["IRQ 112 IRN asserted"]);
    const claimed = code("Iranian officials said that Iran trained terrorists.", [["Iranian", "NORP"], ["Iran", "GPE"]]);
    expect(summary(claimed.events).some((x) => x.includes(" 112 "))).toBe(false);
    // A country's rebels are not its side.
    const rebels = code("Iranian terrorists said that Iran trained terrorists.", [["Iranian", "NORP"], ["Iran", "GPE"]]);
    expect(summary(rebels.events)).toContain("IRNREB 112 IRN asserted");
  });

  it("aims a passive whose subject is a thing at the phrase it falls on ('Sanctions were imposed on Iraq by Iran')", () => {
    const local = coderFor(["--- IMPOSE [163] ---", "IMPOSE", ""]);
    const run = runner(local, [["Iraq", "GPE"], ["Iran", "GPE"]]);
    expect(run("Sanctions were imposed on Iraq by Iran.")).toEqual(["IRN 163 IRQ asserted"]);
  });

  it("aims an evacuation of people at them, not at the place they leave ('evacuated its citizens from Gondor')", () => {
    const local = coderFor(["--- EVACUATE [070] ---", "EVACUATE", ""]);
    const run = runner(local, [["Iraq", "GPE"], ["Gondor", "GPE"]]);
    expect(run("Iraq evacuated its citizens from Gondor.")).toEqual([]);
    expect(run("Iraq evacuated thousands of its citizens from Gondor.")).toEqual([]);
  });

  it("lets parties that restore ties with each other keep each other as targets, not a broker of the deal ('restore relations in a deal brokered by Gondor')", () => {
    const local = coderFor(["--- RE_ESTABLISH [---] ---", "RESTORE", "- * RELATIONS [050]", "", "--- BARGAIN [045] ---", "BROKER", ""]);
    const run = runner(local, [["Iraq", "GPE"], ["Iran", "GPE"], ["Gondor", "GPE"]]);
    expect(run("Iraq and Iran restored relations in a deal brokered by Gondor.").filter((e) => e.includes(" 050 "))).toEqual(["IRQ 050 IRN asserted", "IRN 050 IRQ asserted"]);
  });

  it("takes no target of a release from whoever held those released ('freed hostages held by Daesh')", () => {
    const local = coderFor(["--- RELEASE [0841] ---", "FREE", ""]);
    const run = runner(local, [["Iraq", "GPE"], ["Daesh", "ORG"]]);
    expect(run("Iraq freed hostages held by Daesh.").filter((e) => e.includes("IMGMUSISI"))).toEqual([]);
  });

  it("makes those who carry out an event its doers, in a relative clause on it too, and codes the event carried out over a pattern matched on a modifier", () => {
    const local = coderFor(["--- UTILIZE [---] ---", "+CARRY_OUT {+CARRIES_OUT +CARRIED_OUT +CARRYING_OUT }", "- * ROCKETS [090]", "", "--- KILL [190] ---", "KILL", ""]);
    const run = runner(local, [["Iraq", "GPE"], ["Iran", "GPE"]]);
    // "rockets" matches the pattern only as a modifier of "attack": the attack is what was carried out.
    expect(run("Iraq carried out a rockets attack on Iran.")).toEqual(["IRQ 190 IRN asserted"]);
    const relative = runner(local, [["Iraq", "GPE"], ["Iranian", "NORP"]]);
    expect(relative("Iraq carried out an attack that killed Iranian soldiers.")).toContain("IRQ 190 IRNMIL asserted");
  });

  it("makes one who claims an attack, or responsibility for it, its doer ('Daesh claimed responsibility for the attack on Iraq')", () => {
    const local = coderFor(["--- ALLEGE [110] ---", "CLAIM", "SAY", "- * RESPONSIBILITY [015]", ""]);
    const run = runner(local, [["Daesh", "ORG"], ["Iraq", "GPE"]]);
    expect(run("Daesh claimed responsibility for the attack on Iraq.")).toContain("IMGMUSISI 190 IRQ asserted");
    expect(run("Daesh claimed the attack on Iraq.")).toContain("IMGMUSISI 190 IRQ asserted");
    // One who only speaks of it did not do it.
    expect(run("Daesh said the attack on Iraq was over.").filter((e) => e.includes(" 190 "))).toEqual([]);
  });

  it("reads a truce signed by two parties as made between them, and the place after it as where it was signed", () => {
    const local = coderFor(["--- SIGN [---] ---", "SIGN", "- * TRUCE [0871]", ""]);
    const run = runner(local, [["Iraq", "GPE"], ["Iran", "GPE"], ["Gondor", "GPE"]]);
    expect(run("Iraq and Iran signed a truce in Gondor.")).toEqual(["IRQ 0871 IRN asserted", "IRN 0871 IRQ asserted"]);
    // So are joint exercises held.
    const exercises = runner(coderFor(["--- HOLD [---] ---", "HOLD", "- * EXERCISES [062]", ""]), [["Iraq", "GPE"], ["Iran", "GPE"]]);
    expect(exercises("Iraq and Iran held military exercises.")).toEqual(["IRQ 062 IRN asserted", "IRN 062 IRQ asserted"]);
    const alone = runner(local, [["Iraq", "GPE"], ["Gondor", "GPE"]]);
    expect(alone("Iraq signed a truce in Gondor.").some((e) => e.includes(" GON "))).toBe(false);
  });

  it("codes what a speaker judges a party to be as criticism (111) or praise (051), and a judgement given to what is described ('described Iran as reckless')", () => {
    const entities: [string, EntityType][] = [["Iraq", "GPE"], ["Iran", "GPE"]];
    const events = (text: string, local = coder) => summary(local.code(code(text, entities).doc).events);
    expect(events("Iraq said Iran was reckless and dangerous.")).toEqual(["IRQ 111 IRN asserted"]);
    expect(events("Iraq said Iran was an excellent partner.")).toEqual(["IRQ 051 IRN asserted"]);
    // Not a negated judgement, nor what one would become, nor the writer's own words.
    expect(events("Iraq said Iran was not reckless.")).toEqual([]);
    expect(events("Iraq said Iran wanted to be an excellent partner.")).toEqual([]);
    expect(summary(code("Iran was reckless.", [["Iran", "GPE"]]).events)).toEqual([]);
    // A verb that describes or names: its statement (010) becomes the judgement.
    const describing = coderFor(["--- DESCRIBE [010] ---", "DESCRIBE", ""]);
    expect(events("Iraq described Iran as reckless.", describing)).toEqual(["IRQ 111 IRN asserted"]);
    expect(events("Iraq described Iran as a neighbour.", describing)).toEqual(["IRQ 010 IRN asserted"]);
    // Insults count, capitalised or quoted too.
    expect(events('Iraq described Iran as the "Devil".', describing)).toEqual(["IRQ 111 IRN asserted"]);
  });

  it("codes neither what a rejected accusation says nor a supposed attack as an accusation ('rejected accusations that …', 'said Iran could attack')", () => {
    const entities: [string, EntityType][] = [["Iraq", "GPE"], ["Iran", "GPE"]];
    expect(summary(code("Iraq rejected accusations that Iran attacked the camp.", entities).events)).toEqual([]);
    expect(summary(code("Iraq said that Iran could attack the camp.", entities).events)).toEqual(["IRN 190 undefined hypothetical"]);
    expect(summary(code("Iraq said that Iran attacked the camp.", entities).events)).toEqual(["IRQ 112 IRN asserted"]);
  });

  it("does not make a news medium that reports an attack its accuser ('…, the national news agency reported')", () => {
    const k = createActorKnowledge({ hash: "media", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("news agency", "MED")], actors: TINY_ACTORS });
    const entities: [string, EntityType][] = [["Iraqi", "NORP"], ["Iran", "GPE"]];
    const accusers = (text: string) => summary(code(text, entities, k).events).filter((x) => x.includes(" 112 "));
    expect(accusers("Iraqi officials said that Iran attacked the camp.")).toEqual(["IRQGOV 112 IRN asserted"]);
    expect(accusers("The Iraqi news agency said that Iran attacked the camp.")).toEqual([]);
  });

  it("does not make the reporter of a crime by criminals or gunmen their accuser ('kidnappers demanded a ransom, authorities said')", () => {
    const k = createActorKnowledge({ hash: "crime", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("kidnapper", "CRM")], actors: TINY_ACTORS });
    const entities: [string, EntityType][] = [["Iraqi", "NORP"], ["Iranian", "NORP"]];
    const accusers = (text: string) => summary(code(text, entities, k).events).filter((x) => x.includes(" 112 "));
    expect(accusers("Iraqi officials said that Iranian kidnappers attacked the camp.")).toEqual([]);
    expect(accusers("Iraqi officials said that Iranian terrorists attacked the camp.")).toEqual(["IRQGOV 112 IRNREB asserted"]);
  });

  it("does not code an event noun named as what is withheld or called off ('the suspension of talks')", () => {
    expect(summary(code("The remarks came after an Iranian meeting with Iraq.", [["Iranian", "NORP"], ["Iraq", "GPE"]]).events)).toEqual(["IRN 040 IRQ asserted"]);
    expect(code("The remarks came after the Iranian suspension of meetings with Iraq.", [["Iranian", "NORP"], ["Iraq", "GPE"]]).events).toEqual([]);
    expect(code("The remarks came after the Iranian withholding of military aid to Iraq.", [["Iranian", "NORP"], ["Iraq", "GPE"]]).events).toEqual([]);
    // So with the object of a verb of stopping, and the subject of its passive.
    const local = coderFor(["--- HALT [---] ---", "HALT", "SUSPEND", "LIFT"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran halted its aid to Iraq.")).toEqual([]);
    // (Lifting what was imposed ends it: "lifted its sanctions on Iraq" imposes none.)
    expect(run("Iran lifted its aid to Iraq.")).toEqual([]);
    expect(run("Iran's aid to Iraq was suspended.")).toEqual([]);
    expect(run("Iran suspended part of its aid to Iraq.")).toEqual([]);
    expect(run("Iran called off its aid to Iraq.")).toEqual([]);
    expect(run("Iran continued its aid to Iraq.")).toEqual(["IRN 070 IRQ asserted"]);
  });

  it("codes a nominal event with its modifier as source and its with-phrase as target", () => {
    const { events } = code("The remarks came after an Iranian meeting with Iraq.", [["Iranian", "NORP"], ["Iraq", "GPE"]]);
    expect(summary(events)).toEqual(["IRN 040 IRQ asserted"]);
    expect(events[0].rule).toBe("nominal:meeting");
    // Event nouns carry CAMEO codes: not coded with a dictionary in another scheme.
    const other = coderFor(null, { cameoRules: false });
    expect(other.code(code("The remarks came after an Iranian meeting with Iraq.", [["Iranian", "NORP"], ["Iraq", "GPE"]]).doc).events).toEqual([]);
  });

  it("aims a nominal event against someone's deeds at their doer ('demonstrations against the violations by Iraq')", () => {
    const { events } = code("The remarks came after Iranian demonstrations against the violations by Iraq.", [["Iranian", "NORP"], ["Iraq", "GPE"]]);
    expect(summary(events)).toEqual(["IRN 141 IRQ asserted"]);
  });

  it("keeps a nominal event of another kind beside a verb's event between the same actors, but not one the subject keeps away from", () => {
    expect(summary(code("Iran attacked Iraq during demonstrations against Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"], ["Iraq", "GPE"]]).events)).toEqual(["IRN 190 IRQ asserted", "IRN 141 IRQ asserted"]);
    expect(code("Iran distanced itself from the attack on Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]).events).toEqual([]);
  });

  it("finds a nominal event's target past the noun's own of-phrase ('the withdrawal of forces from Iraq')", () => {
    const { events } = code("The remarks came after an Iranian withdrawal of some forces from Iraq.", [["Iranian", "NORP"], ["Iraq", "GPE"]]);
    expect(summary(events)).toEqual(["IRN 0874 IRQ asserted"]);
    // An of-phrase naming no target preposition's phrase stops the search.
    expect(code("The remarks came after an Iranian withdrawal of some forces in Iraq.", [["Iranian", "NORP"], ["Iraq", "GPE"]]).events).toEqual([]);
  });

  it("discards a story with a discard phrase", () => {
    const { events, trace } = code("Iran attacked Iraq in the football final.", [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(events).toEqual([]);
    expect(trace[0]).toMatch(/story discarded/);
  });

  it("discards a sports report that no discard phrase names ('New Zealand beat South Africa 33-26')", () => {
    const entities: [string, EntityType][] = [["New Zealand", "GPE"], ["South Africa", "GPE"]];
    const report = code("New Zealand beat South Africa 33-26 (halftime 21-11) on Saturday.", entities);
    expect(report.events).toEqual([]);
    expect(report.trace[0]).toMatch(/story discarded: reads as a sports report \("halftime", 2 scores\)/);
    // A score alone is no sports report: a vote can be "5-4".
    expect(code("Iran attacked Iraq after a 5-4 vote.", [["Iran", "GPE"], ["Iraq", "GPE"]]).events).toHaveLength(1);
  });

  it("codes an intended visit as the visitor's intent only, with no reverse copy for the host ('Ruehe will visit Israel'), unlike a joint act", () => {
    const run = runner(coderFor(["--- VISIT [042:043] ---", "VISIT"]), [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran will visit Iraq.")).toEqual(["IRN 036 IRQ intended"]);
    expect(run("Iran visited Iraq.")).toEqual(["IRN 042 IRQ asserted", "IRQ 043 IRN asserted"]);
  });

  it("keeps one intent between the same parties: the specific code, not the unspecified 030 beside it ('pledged to intensify cooperation')", () => {
    const local = coderFor(["--- PLEDGE [030] ---", "PLEDGE", "--- BOOST [---] ---", "INTENSIFY", "- * COOPERATION [032]"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran and Iraq pledged to intensify cooperation.")).toEqual(["IRN 032 IRQ intended", "IRQ 032 IRN intended"]);
    expect(run("Iran and Iraq pledged to meet.")).toEqual(["IRN 030 IRQ asserted", "IRQ 030 IRN asserted"]);
  });

  it("merges one event told twice", () => {
    const { events } = code("Iran attacked Iraq. Later Iran attacked Iraq again.", [["Iran", "GPE"], ["Iraq", "GPE"], ["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(events).toHaveLength(2);
    expect(mergeEvents(events)).toHaveLength(1);
    // One trigger coded through two names of one actor with the same codes is one event; two actors
    // named side by side with one code ("Obama and Biden met …") are two, as are different codes.
    const text = "Doctors Without Borders (MSF), or MSF, and Oxfam warned Iraq.";
    const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name });
    const warned = { ...events[0], source: { ...events[0].source!, actorId: "a1", ...at("Doctors Without Borders") } };
    const second = text.indexOf("or MSF") + "or ".length;
    const alias = { ...warned, id: "alias", source: { ...warned.source, actorId: "a2", start: second, end: second + 3, text: "MSF" } };
    expect(mergeEvents([warned, alias], text)).toHaveLength(1);
    const other = { ...warned, id: "other", source: { ...warned.source, actorId: "a3", ...at("Oxfam") } };
    expect(mergeEvents([warned, other], text)).toHaveLength(2);
    expect(mergeEvents([warned, { ...alias, source: { ...alias.source, code: "IRQ" } }], text)).toHaveLength(2);
  });

  it("codes every member of a comma list closed by a conjunction, on either side of the verb", () => {
    const { events } = code("Iran, Iraq and Turkey attacked the United States.", [["Iran", "GPE"], ["Iraq", "GPE"], ["Turkey", "GPE"], ["United States", "GPE"]]);
    expect(summary(events).sort()).toEqual(["IRN 190 USA asserted", "IRQ 190 USA asserted", "TUR 190 USA asserted"]);
    const after = code("Iran met Iraq, Turkey, and the United States.", [["Iran", "GPE"], ["Iraq", "GPE"], ["Turkey", "GPE"], ["United States", "GPE"]]);
    expect(summary(after.events).sort()).toEqual(["IRN 040 IRQ asserted", "IRN 040 TUR asserted", "IRN 040 USA asserted"]);
  });

  it("does not read an apposition or a new clause's subject as a list member", () => {
    const { events } = code("Iran attacked Iraq, the neighbour of Turkey, on Monday.", [["Iran", "GPE"], ["Iraq", "GPE"], ["Turkey", "GPE"]]);
    expect(summary(events)).toEqual(["IRN 190 IRQ asserted"]);
  });

  it("does not read phrases joined by 'and' before a singular verb as a list of subjects", () => {
    const one = code("Iran, the neighbour and friend of Iraq, was attacked by Turkey.", [["Iran", "GPE"], ["Iraq", "GPE"], ["Turkey", "GPE"]]);
    expect(summary(one.events)).toEqual(["TUR 190 IRN asserted"]);
    const two = code("Iran and Iraq were attacked by Turkey.", [["Iran", "GPE"], ["Iraq", "GPE"], ["Turkey", "GPE"]]);
    expect(summary(two.events).sort()).toEqual(["TUR 190 IRN asserted", "TUR 190 IRQ asserted"]);
  });

  it("codes a compound subject against itself only for cooperation", () => {
    // Each attacked, with no one named as attacked: one-sided events, not an attack on each other.
    expect(summary(code("Iran and Iraq attacked.", [["Iran", "GPE"], ["Iraq", "GPE"]]).events)).toEqual(["IRN 190 undefined asserted", "IRQ 190 undefined asserted"]);
  });

  it("codes a pronoun subject through its antecedent, and not a possessive pronoun as a target", () => {
    const { events } = code("Iran said it attacked Iraq. Turkey met their officials.", [["Iran", "GPE"], ["Iraq", "GPE"], ["Turkey", "GPE"]]);
    expect(summary(events)).toEqual(["IRN 190 IRQ reported"]);
  });

  it("codes refused, threatened and promised events under CAMEO's reject, threaten and intent codes", () => {
    const iraqIran: [string, EntityType][] = [["Iraq", "GPE"], ["Iran", "GPE"]];
    expect(summary(code("Iraq refused to meet Iran.", iraqIran).events)).toEqual(["IRQ 125 IRN asserted"]);
    expect(summary(code("Iraq threatened to attack Iran.", iraqIran).events)).toEqual(["IRQ 1384 IRN asserted"]);
    expect(summary(code("Iraq is ready to help Iran.", iraqIran).events)).toEqual(["IRQ 033 IRN intended"]);
    // "would" said of oneself is a promise.
    expect(summary(code("Iraq said it would help Iran.", iraqIran).events)).toEqual(["IRQ 033 IRN intended"]);
  });

  it("codes what a speaker says another must do as a demand", () => {
    const { events, trace } = code("Iraq said Turkey must meet Iran.", [["Iraq", "GPE"], ["Turkey", "GPE"], ["Iran", "GPE"]]);
    expect(summary(events)).toEqual(["IRQ 106 TUR asserted"]);
    expect(events[0].rule).toMatch(/^transform:say-must/);
    expect(trace.join("\n")).toMatch(/demands \(106\)/);
  });

  it("does not read what an official says their own state must do as a demand on it", () => {
    const { events } = code("Rouhani said Iran must meet Iraq.", [["Rouhani", "PERSON"], ["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(summary(events).filter((e) => e.includes(" 10"))).toEqual([]);
  });

  it("aims a verb coded with its object noun's event where that event is aimed ('completed the withdrawal of Iraqi forces from Iran')", () => {
    const local = coderFor(["--- COMPLETE [---] ---", "COMPLETE", "- * WITHDRAWAL [0874]"]);
    const run = (text: string, entities: [string, EntityType][]) => summary(local.code(code(text, entities).doc).events);
    const events = run("Turkey completed the withdrawal of Iraqi forces from Iran.", [["Turkey", "GPE"], ["Iraqi", "NORP"], ["Iran", "GPE"]]);
    expect(events).toContain("TUR 0874 IRN asserted");
    expect(events.filter((e) => e.includes("IRQ"))).toEqual([]);
  });

  it("does not read approving an act of force as cooperating with its target ('approved the attack on Iraq')", () => {
    const local = coderFor(["--- APPROVE [080] ---", "APPROVE", "--- ATTACK [190] ---", "ATTACK"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran approved the attack on Iraq.").filter((e) => e.includes(" 080 "))).toEqual([]);
    expect(run("Iran approved the plan of Iraq.")).toContain("IRN 080 IRQ asserted");
  });

  it("does not give a phrasal verb its bare verb's default ('took up the issue with Iraq'), but codes one the dictionary lists with its particle, and 'up to' a number", () => {
    const local = coderFor(["--- TAKE [171] ---", "TAKE", "+TAKE_OVER {+TOOK_OVER} [0874]", "--- KILL [190] ---", "KILL"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran took up the issue with Iraq.")).toEqual([]);
    expect(run("Iran took Iraq.")).toEqual(["IRN 171 IRQ asserted"]);
    expect(run("Iran took over Iraq.")).toEqual(["IRN 0874 IRQ asserted"]);
    expect(summary(local.code(code("Iran took up to 300 Iraqi soldiers.", [["Iran", "GPE"], ["Iraqi", "NORP"]]).doc).events)).toEqual(["IRN 171 IRQMIL asserted"]);
    // A number after the particle is a quantity ("over 100"); "back" repeats the verb's own act.
    expect(summary(local.code(code("Iran killed over 300 Iraqi soldiers.", [["Iran", "GPE"], ["Iraqi", "NORP"]]).doc).events)).toEqual(["IRN 190 IRQMIL asserted"]);
    expect(run("Iran took back Iraq.")).toEqual(["IRN 171 IRQ asserted"]);
  });

  it("does not code a country cooperating with its own state's agents, but codes it arresting them", () => {
    const local = coderFor(["--- SUPPORT [051] ---", "SUPPORT", "--- ARREST [173] ---", "ARREST"]);
    const run = runner(local, [["Iran", "GPE"], ["Iranian", "NORP"]]);
    expect(run("Iran supported Iranian soldiers.")).toEqual([]);
    expect(run("Iran arrested Iranian soldiers.")).toEqual(["IRN 173 IRNMIL asserted"]);
  });

  it("codes engaging in fighting or mass violence as force, engaging in an attempt or talks not", () => {
    const local = coderFor(["--- ENGAGE [190] ---", "ENGAGE"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran engaged in fierce fighting with Iraq.")).toEqual(["IRN 190 IRQ asserted"]);
    expect(run("Iran engaged in ethnic cleansing against Iraq.")).toEqual(["IRN 190 IRQ asserted"]);
    expect(run("Iran engaged in an attempt to help Iraq.")).toEqual([]);
    expect(run("Iran engaged in talks with Iraq.")).not.toContain("IRN 190 IRQ asserted");
  });

  it("does not make private people going to a country a visit ('Iraqi tourists visited Iran'), but codes officials' visits", () => {
    const local = coderFor(["--- VISIT [042:043] ---", "VISIT"]);
    const run = runner(local, [["Iraqi", "NORP"], ["Iran", "GPE"]]);
    expect(run("Iraqi tourists visited Iran.")).toEqual([]);
    expect(run("Iraqi lawmakers visited Iran.")).toEqual(["IRQLEG 042 IRN asserted", "IRN 043 IRQLEG asserted"]);
  });

  it("does not code private people backing a politician ('Iraqi tourists support Hassan Rouhani'), but codes a state's support", () => {
    const local = coderFor(["--- SUPPORT [051] ---", "SUPPORT"]);
    expect(runner(local, [["Iraqi", "NORP"], ["Hassan Rouhani", "PERSON"]])("Iraqi tourists support Hassan Rouhani.")).toEqual([]);
    expect(runner(local, [["Iraq", "GPE"], ["Hassan Rouhani", "PERSON"]])("Iraq supports Hassan Rouhani.")).toEqual(["IRQ 051 IRNGOV asserted"]);
  });

  it("does not make a building or site visited its host ('visited the hospital'), but codes a visit to others named alike", () => {
    const local = coderFor(["--- VISIT [042:043] ---", "VISIT"], { newActorLength: 2 });
    const hospital = local.code(code("Iran visited the hospitals.", [["Iran", "GPE"]]).doc);
    expect(summary(hospital.events)).toEqual([]);
    expect(hospital.trace.map((t) => t.message).join("\n")).toContain("is where the visit happens");
    expect(summary(local.code(code("Iran visited the guild.", [["Iran", "GPE"]]).doc).events)).toEqual(['IRN 042 "THE GUILD" asserted', '"THE GUILD" 043 IRN asserted']);
  });

  it("does not code what a that-clause asks for as done ('demanded that Iraq attack Turkey', 'its demand that …')", () => {
    const local = coderFor(["--- DEMAND [100] ---", "DEMAND", "--- REPEAT [010] ---", "REPEAT", "--- ATTACK [190] ---", "ATTACK", "--- REFUSE [120] ---", "REFUSE", "--- MEET [040] ---", "MEET"]);
    const entities: [string, EntityType][] = [["Iran", "GPE"], ["Iraq", "GPE"], ["Turkey", "GPE"]];
    const run = runner(local, entities);
    expect(run("Iran demanded that Iraq attack Turkey.").filter((e) => e.startsWith("IRQ"))).toEqual([]);
    expect(run("Iran repeated its demand today that Iraq attack Turkey.").filter((e) => e.startsWith("IRQ"))).toEqual([]);
    expect(run("Iran demanded that Iraq refuse to meet Turkey.").filter((e) => e.startsWith("IRQ"))).toEqual([]);
    // What is said to have happened is coded.
    expect(run("Iran said that Iraq attacked Turkey.")).toContain("IRQ 190 TUR reported");
    // "suggest" and "insist" mostly report a fact in their that-clause.
    const suggest = coderFor(["--- SUGGEST [---] ---", "SUGGEST", "--- ATTACK [190] ---", "ATTACK"]);
    expect(summary(suggest.code(code("Iran suggested that Iraq attacked Turkey.", entities).doc).events).filter((e) => e.startsWith("IRQ 190 TUR"))).toHaveLength(1);
  });

  it("does not code what a noun of permission allows ('defended the right of Iraqi troops to attack Iran')", () => {
    const local = coderFor(["--- DEFEND [---] ---", "DEFEND", "--- HELP [---] ---", "HELP", "--- ATTACK [190] ---", "ATTACK"]);
    const run = runner(local, [["Iraqi", "NORP"], ["Iran", "GPE"]]);
    expect(run("Turkey defended the right of Iraqi troops to attack Iran.")).toEqual([]);
    expect(run("Turkey helped Iraqi troops to attack Iran.")).toContain("IRQMIL 190 IRN asserted");
    // Only the head noun says permission: "freedom fighters" act.
    expect(run("Turkey helped the Iraqi freedom fighters to attack Iran.").filter((e) => e.startsWith("IRQ") && e.includes(" 190 IRN"))).toHaveLength(1);
  });

  it("does not make a clause's subject the doer of an event noun after a prepositional participle ('following the invasion of Iraq')", () => {
    const { events } = code("Iran offered help following the invasion of Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(summary(events).filter((e) => e.includes("192"))).toEqual([]);
  });

  it("takes a gerund's doer from the head of the phrase before its preposition ('accused Iraq of attacking', not 'an Iraqi appeal for attacking')", () => {
    const local = coderFor(["--- ACCUSE [112] ---", "ACCUSE", "--- REJECT [120] ---", "REJECT", "--- ATTACK [190] ---", "ATTACK"]);
    const entities: [string, EntityType][] = [["Iran", "GPE"], ["Iraq", "GPE"], ["Turkey", "GPE"]];
    const run = runner(local, entities);
    expect(run("Iran accused Iraq of attacking Turkey.")).toContain("IRQ 190 TUR reported");
    expect(run("Iran rejected an Iraq appeal for attacking Turkey.").filter((e) => e.includes(" 190 "))).toEqual([]);
  });

  it("reads the place after 'the vicinity of', 'the outskirts of' as where a deed is done ('shelled the outskirts of Kabul')", () => {
    const local = coderFor(["--- HALT [192] ---", "HALT"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran halted its march in the vicinity of Iraq.")).toEqual(["IRN 192 IRQ asserted"]);
    // "area" and "region" also head a place's name before them ("Basra region"); after it, "of" still names the place.
    expect(run("Iran halted its march in the area of Iraq.")).toEqual(["IRN 192 IRQ asserted"]);
    // Another head noun is not a place around the name after its "of".
    expect(run("Iran halted its march in the name of Iraq.")).not.toContain("IRN 192 IRQ asserted");
  });

  it("does not aim a complaint an official voices at the official's own country", () => {
    const local = coderFor(["--- CLAIM [110] ---", "CLAIM"]);
    const run = (text: string, entities: [string, EntityType][]) => summary(local.code(code(text, entities).doc).events);
    expect(run("Hassan Rouhani claimed a right to Iran.", [["Hassan Rouhani", "PERSON"], ["Iran", "GPE"]])).not.toContain("IRNGOV 110 IRN asserted");
    expect(run("Hassan Rouhani claimed a right to Iraq.", [["Hassan Rouhani", "PERSON"], ["Iraq", "GPE"]])).toContain("IRNGOV 110 IRQ asserted");
  });

  it("does not take a country named as a currency for a party ('a million Iraqi dinar reward')", () => {
    const local = coderFor(["--- OFFER [070] ---", "OFFER"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraqi", "NORP"]]);
    expect(run("Iran offered a million Iraqi dinar reward.")).toEqual([]);
    expect(run("Iran offered Iraqi towns a reward.")).toEqual(["IRN 070 IRQCVL asserted"]);
  });

  it("reads the place a passive happened in as its source when no doer is named", () => {
    const run = runner(coderFor(["--- ARREST [173] ---", "ARREST"]), [["Iraqi", "NORP"], ["Turkey", "GPE"]]);
    expect(run("Iraqi soldiers were arrested in Turkey.")).toEqual(["TUR 173 IRQMIL asserted"]);
    // A place inside a phrase of movement says where that phrase's place is.
    expect(run("Iraqi soldiers were arrested on their way to a village in Turkey.").filter((e) => e.startsWith("TUR"))).toEqual([]);
  });

  it("finds the target through an -ing participle describing the object", () => {
    const { events } = code("Iran attacked convoys heading to Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(summary(events)).toEqual(["IRN 190 IRQ asserted"]);
  });

  it("takes a place as target only when nothing else is: not over a 'with' phrase or two who meet", () => {
    const countries: [string, EntityType][] = [["Iran", "GPE"], ["Iraq", "GPE"], ["Turkey", "GPE"]];
    expect(summary(code("Iran and Iraq met in Turkey.", countries).events).sort()).toEqual(["IRN 040 IRQ asserted", "IRQ 040 IRN asserted"]);
    expect(summary(code("Iran met in Turkey with Iraq.", [["Iran", "GPE"], ["Turkey", "GPE"], ["Iraq", "GPE"]]).events)).toEqual(["IRN 040 IRQ asserted"]);
    expect(summary(code("Iran attacked in Turkey.", [["Iran", "GPE"], ["Turkey", "GPE"]]).events)).toEqual(["IRN 190 TUR asserted"]);
  });

  it("codes a sentence's one-sided event only when it needs no recipient, and as the dyad option says", () => {
    const strict = coderFor(null, { requireDyad: true });
    const all = coderFor(null, { requireDyad: false });
    const attack = code("Iran attacked the convoy.", [["Iran", "GPE"]]);
    expect(summary(attack.events)).toEqual(["IRN 190 undefined asserted"]);
    expect(attack.events[0].target).toBeNull();
    expect(strict.code(attack.doc).events).toEqual([]);
    // A consultation with no one coded is not an event by default, but is kept when dyads are optional.
    const meeting = code("Iran met the delegation.", [["Iran", "GPE"]]);
    expect(meeting.events).toEqual([]);
    expect(summary(all.code(meeting.doc).events)).toEqual(["IRN 040 undefined asserted"]);
    // Beside a dyadic event, a one-sided event of a subordinate clause is background even then.
    const background = code("Iran met Iraq, two years after Turkey attacked the convoy.", [["Iran", "GPE"], ["Iraq", "GPE"], ["Turkey", "GPE"]]);
    expect(summary(all.code(background.doc).events)).toEqual(["IRN 040 IRQ asserted"]);
    expect(summary(all.code(code("Two years after Turkey attacked the convoy, Iran met.", [["Turkey", "GPE"], ["Iran", "GPE"]]).doc).events).sort()).toEqual(["IRN 040 undefined asserted", "TUR 190 undefined asserted"]);
    // Not beside another event of the sentence, and not from a modifier of the subject.
    expect(summary(code("Iran attacked the convoy and met Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]).events)).toEqual(["IRN 040 IRQ asserted"]);
    expect(code("The Iranian convoy attacked the town.", [["Iranian", "NORP"]]).events).toEqual([]);
  });

  it("keeps a main clause's one-sided event beside its -ing clause's event; a protest takes its demand's recipient", () => {
    const local = coderFor(["--- DEMONSTRATE [141] ---", "DEMONSTRATE", "--- CALL [---] ---", "CALL", "- * (FOR INDEPENDENCE) [1044]", "--- ATTACK [190] ---", "ATTACK", "--- MEET [040] ---", "MEET {MEETS MET MEETING}"]);
    const run = (text: string, entities: [string, EntityType][]) => summary(local.code(code(text, entities).doc).events);
    // The demand is the protest's topic: one protest event, aimed at whom the demand is made of.
    expect(run("Iran demonstrated on Sunday calling for independence from Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]])).toEqual(["IRN 141 IRQ asserted"]);
    // A protest aimed at someone keeps no demand of its own source at the same target beside it.
    expect(run("Iran demonstrated against Iraq, calling for independence from Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"], ["Iraq", "GPE"]])).toEqual(["IRN 141 IRQ asserted"]);
    // A protest of a main clause is kept beside an attack of its participle clause …
    expect(run("Iran demonstrated on Sunday, attacking Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]).sort()).toEqual(["IRN 141 undefined asserted", "IRN 190 IRQ asserted"]);
    // … but not beside another main clause's event.
    expect(run("Iran attacked the convoy and met Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]])).toEqual(["IRN 040 IRQ asserted"]);
  });

  it("codes a refused or failed cooperation as a rejection that happened, and a threat by its specific code only", () => {
    const local = coderFor(["--- MEET [040] ---", "MEET {MEETS MET MEETING}", "--- REACH [---] ---", "REACH", "- * AGREEMENT [057]", "--- THREATEN [130] ---", "THREATEN", "--- ATTACK [190] ---", "ATTACK"]);
    const run = (text: string, entities: [string, EntityType][]) => summary(local.code(code(text, entities).doc).events);
    const iraqIran: [string, EntityType][] = [["Iraq", "GPE"], ["Iran", "GPE"]];
    expect(run("Iraq would not meet Iran.", iraqIran)).toEqual(["IRQ 120 IRN asserted"]);
    expect(local.code(code("Iraq would not meet Iran.", iraqIran).doc).events[0].negated).toBe(false);
    expect(run("Iraq and Iran failed to reach agreement.", iraqIran).sort()).toEqual(["IRN 120 IRQ asserted", "IRQ 120 IRN asserted"]);
    expect(run("Iraq threatened to attack Iran.", iraqIran)).toEqual(["IRQ 1384 IRN asserted"]);
  });

  it("codes a promise to yield on its own ('agreed to resign')", () => {
    const local = coderFor(["--- AGREE [050] ---", "AGREE", "--- RESIGN [083] ---", "RESIGN"]);
    expect(summary(local.code(code("Hassan Rouhani agreed to resign.", [["Hassan Rouhani", "PERSON"]]).doc).events)).toEqual(["IRNGOV 034 undefined intended"]);
  });

  it("aims a warning of what the speaker's own state will do at whom that act is aimed at, not at its own side", () => {
    const local = coderFor(["--- WARN [130] ---", "WARN", "--- ATTACK [190] ---", "ATTACK"]);
    const run = (text: string, entities: [string, EntityType][]) => summary(local.code(code(text, entities).doc).events);
    expect(run("The Iranian minister warned that Iranian police will attack Iraq.", [["Iranian", "NORP"], ["Iranian", "NORP"], ["Iraq", "GPE"]])).toContain("IRNGOV 130 IRQ asserted");
    // Another country's forces are whom the warning is about.
    expect(run("The Iranian minister warned that Iraqi police will attack Turkey.", [["Iranian", "NORP"], ["Iraqi", "NORP"], ["Turkey", "GPE"]])).toContain("IRNGOV 130 IRQCOP asserted");
  });

  it("reads an infinitive the dictionary does not know as part of the verb that governs it ('vowed to wage war on Iraq')", () => {
    const local = coderFor(["--- VOW [170] ---", "VOW", "- * WAR [173]"], { requireDyad: true });
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran vowed on Monday to wage war on Iraq.")).toEqual(["IRN 173 IRQ asserted"]);
  });

  it("reads a pattern on through a past participle describing the object ('welcomed proposals sent from Iraq')", () => {
    const local = coderFor(["--- WELCOME [050] ---", "WELCOME", "- * PROPOSALS FROM [051]"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran welcomed proposals sent from Iraq.")).toEqual(["IRN 051 IRQ asserted"]);
    // A verb of its own, not describing the phrase before it, still ends the words the pattern reads.
    expect(run("Iran welcomed proposals and Iraq sent from there.")).not.toContain("IRN 051 IRQ asserted");
  });

  it("aims at the target of an -ing participle describing the object, past quotation marks closing the object", () => {
    const local = coderFor(["--- APPROVE [080] ---", "APPROVE", "--- RECOGNIZE [051] ---", "RECOGNIZE"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran approved a ``special law'' recognizing Iraq.")).toContain("IRN 080 IRQ asserted");
    expect(run("Iran approved a special law recognizing Iraq.")).toContain("IRN 080 IRQ asserted");
    expect(run("Iran approved a \u201cspecial law\u201d recognizing Iraq.")).toContain("IRN 080 IRQ asserted");
  });

  it("does not make a reporter the attacker of the violence it reports ('Iran reported the attack on Iraq')", () => {
    const local = coderFor(["--- REPORT [010] ---", "REPORT", "- * ATTACK [190]", "--- ATTACK [190] ---", "ATTACK"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran reported the attack on Iraq.").filter((e) => e.startsWith("IRN 190"))).toEqual([]);
    expect(run("Iran attacked Iraq.")).toEqual(["IRN 190 IRQ asserted"]);
  });

  it("reads a verb of struggle before its infinitive as trying, not fighting ('struggled to contain')", () => {
    const local = coderFor(["--- STRUGGLE [190] ---", "STRUGGLE", "FIGHT", "--- CONTAIN [---] ---", "CONTAIN"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran struggled to contain the protests in Iraq.")).toEqual([]);
    expect(run("Iran fought Iraq.")).toEqual(["IRN 190 IRQ asserted"]);
  });

  it("codes an attempt at violence as the violence done, an attempted assassination as 185", () => {
    expect(summary(code("Iran attempted to attack Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]).events)).toEqual(["IRN 190 IRQ asserted"]);
    const local = coderFor(["--- ATTEMPT [---] ---", "ATTEMPT", "--- ASSASSINATE [186] ---", "ASSASSINATE"]);
    expect(summary(local.code(code("Iran tried to assassinate Rouhani.", [["Iran", "GPE"], ["Rouhani", "PERSON"]]).doc).events)).toEqual(["IRN 185 IRNGOV asserted"]);
  });

  it("reads a name before a place noun heading a locative phrase as that place ('in Gondor province')", () => {
    const local = coderFor(["--- EASE [081] ---", "EASE"]);
    const run = runner(local, [["Iran", "GPE"], ["Gondor", "GPE"]]);
    expect(run("Iran eased the measures on Monday in Gondor province.")).toEqual(["IRN 081 GON asserted"]);
  });

  it("takes the recipient of what is given from its 'to' phrase, not from the thing given", () => {
    const local = coderFor(["--- PROVIDE [070] ---", "PROVIDE"]);
    const run = (text: string, entities: [string, EntityType][]) => summary(local.code(code(text, entities).doc).events);
    expect(run("Iran provided Iraqi military advisers to Gondor.", [["Iran", "GPE"], ["Iraqi", "NORP"], ["Gondor", "GPE"]])).toEqual(["IRN 070 GON asserted"]);
    expect(run("Iran provided Gondor with weapons.", [["Iran", "GPE"], ["Gondor", "GPE"]])).toEqual(["IRN 070 GON asserted"]);
  });

  it("aims a threatened act with no one named at the place where it would happen", () => {
    const local = coderFor(["--- THREATEN [130] ---", "THREATEN", "--- RESUME [---] ---", "RESUME"]);
    expect(summary(local.code(code("Iran threatened on Monday to resume its campaign in Gondor.", [["Iran", "GPE"], ["Gondor", "GPE"]]).doc).events)).toEqual(["IRN 130 GON asserted"]);
  });

  it("codes a meeting held to complain or a dispatch sent to investigate as that act, aimed at whom was met or where they were sent", () => {
    const local = coderFor(["--- SUMMON [040] ---", "SUMMON", "--- COMPLAIN [114] ---", "COMPLAIN"], { requireDyad: true });
    const run = runner(local, [["Iran", "GPE"], ["Gondor", "GPE"]]);
    expect(run("Iran summoned the Gondor ambassador to complain of inaction.")).toEqual(["IRN 114 GON asserted"]);
    expect(run("Iran summoned the Gondor ambassador on Monday.")).toEqual(["IRN 040 GON asserted"]);
    const dispatch = coderFor(["--- SEND [062] ---", "SEND", "--- INVESTIGATE [090] ---", "INVESTIGATE"], { requireDyad: true });
    expect(summary(dispatch.code(code("Iran sent experts to Gondor on Monday to investigate the accident.", [["Iran", "GPE"], ["Gondor", "GPE"]]).doc).events)).toEqual(["IRN 090 GON asserted"]);
  });

  it("aims coercion announced by a speech verb at the place named ('declared a curfew in Gondor')", () => {
    const local = coderFor(["--- DECLARE [1724] ---", "DECLARE"]);
    expect(summary(local.code(code("Iran declared a curfew in Gondor on Monday.", [["Iran", "GPE"], ["Gondor", "GPE"]]).doc).events)).toEqual(["IRN 1724 GON asserted"]);
  });

  it("takes no place as target of an act on a person the dictionaries do not know ('captured Juma Khalil in Gondor'), but does of an act on a thing", () => {
    const local = coderFor(["--- CAPTURE [173] ---", "CAPTURE", "--- LIFT [081] ---", "LIFT"]);
    const run = runner(local, [["Iran", "GPE"], ["Sam Brown", "PERSON"], ["Gondor", "GPE"]]);
    expect(run("Iran captured Sam Brown in Gondor.")).toEqual(["IRN 173 undefined asserted"]);
    expect(summary(local.code(code("Iran lifted the curfew in Gondor.", [["Iran", "GPE"], ["Gondor", "GPE"]]).doc).events)).toEqual(["IRN 081 GON asserted"]);
  });

  it("takes no target of a bare statement from a participle describing what is stated", () => {
    const local = coderFor(["--- ANNOUNCE [010] ---", "ANNOUNCE", "--- SURROUND [---] ---", "SURROUND"]);
    expect(summary(local.code(code("Iran announced the expansion of settlements surrounding Gondor.", [["Iran", "GPE"], ["Gondor", "GPE"]]).doc).events)).toEqual([]);
  });

  it("does not make those who take up another's request agree with each other ('agreed to the king's request')", () => {
    const local = coderFor(["--- AGREE [050] ---", "AGREE"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran and Iraq agreed to the king's request.")).toEqual([]);
    expect(run("Iran and Iraq agreed to a ceasefire.")).toEqual(["IRN 050 IRQ asserted", "IRQ 050 IRN asserted"]);
    expect(run("Iran and Iraq agreed to the request.")).toEqual(["IRN 050 IRQ asserted", "IRQ 050 IRN asserted"]);
  });

  it("codes no praise or recognition of a clause recognized ('recognized that Iraq attacked Turkey'), and the clause's own event as its own", () => {
    const local = coderFor(["--- ACCLAIM [051] ---", "RECOGNIZE", "--- ATTACK [190] ---", "ATTACK"]);
    expect(runner(local, [["Iran", "GPE"], ["Iraq", "GPE"], ["Turkey", "GPE"]])("Iran recognized that Iraq attacked Turkey.")).toEqual(["IRQ 190 TUR asserted"]);
    expect(runner(local, [["Iran", "GPE"], ["Gondor", "GPE"]])("Iran recognized Gondor.")).toEqual(["IRN 051 GON asserted"]);
    // Praise for a fact still praises.
    const praise = coderFor(["--- ACCLAIM [051] ---", "PRAISE"]);
    expect(runner(praise, [["Iran", "GPE"], ["Iraq", "GPE"]])("Iran praised that Iraq withdrew.")).toContain("IRN 051 IRQ asserted");
  });

  it("takes no place right after a gathering as the target ('joined talks in Gondor')", () => {
    const local = coderFor(["--- JOIN [030] ---", "JOIN"]);
    const run = runner(local, [["Iran", "GPE"], ["Gondor", "GPE"]]);
    expect(run("Iran joined in talks in Gondor.")).toEqual([]);
    expect(run("Iran joined in efforts in Gondor.")).toEqual(["IRN 030 GON asserted"]);
    // Force still falls on the place.
    const attack = coderFor(["--- ATTACK [190] ---", "ATTACK"]);
    expect(runner(attack, [["Iran", "GPE"], ["Gondor", "GPE"]])("Iran attacked talks in Gondor.")).toEqual(["IRN 190 GON asserted"]);
  });

  it("keeps a particle pattern written for one verb of a block to that verb when it would change another's root ('crushed X with tanks' is no 'broke with')", () => {
    const local = coderFor(["--- DESTROY [190] ---", "BREAK", "CRUSH", "- * (WITH)                                         [130]         # BREAK"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran crushed Iraq with tanks.")).toEqual(["IRN 190 IRQ asserted"]);
    expect(run("Iran broke with Iraq.")).toEqual(["IRN 130 IRQ asserted"]);
  });

  it("codes an arrest as an arrest when a pattern of the block's seizing verbs says abduction ('arrested the minister'), and an armed group's as abduction", () => {
    const local = coderFor(["--- APPREHEND [173] ---", "ARREST", "SEIZE", "- * MINISTER                                        [181]         # SEIZE"]);
    expect(runner(local, [["Iran", "GPE"], ["Iraqi", "NORP"]])("Iran arrested the Iraqi minister.")).toEqual(["IRN 173 IRQGOV asserted"]);
    expect(runner(local, [["Iran", "GPE"], ["Iraqi", "NORP"]])("Iran seized the Iraqi minister.")).toEqual(["IRN 181 IRQGOV asserted"]);
    expect(runner(local, [["Iraqi", "NORP"]])("Terrorists arrested the Iraqi minister.")).toEqual(["IRQREB 181 IRQGOV asserted"]);
  });

  it("codes an intent pattern of a doing verb told as done in the past as the deed ('lifted sanctions' 0351 → 081), not of a promising verb", () => {
    const local = coderFor(["--- LIFT [---] ---", "LIFT", "- * SANCTION                                       [0351]", "--- AGREE [---] ---", "AGREE", "APPROVE", "- * SANCTION                                       [0351]"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran lifted the sanction on Iraq.")).toEqual(["IRN 081 IRQ asserted"]);
    expect(run("Iran will lift the sanction on Iraq.")).toEqual(["IRN 0351 IRQ intended"]);
    expect(run("Iran agreed to the sanction on Iraq.")).toEqual(["IRN 0351 IRQ asserted"]);
    expect(run("Iran approved the sanction on Iraq.")).toEqual(["IRN 0351 IRQ asserted"]);
  });

  it("aims the judgement of a deed at whoever did it, named by 'by' or as possessor, not at whom it was done to", () => {
    const local = coderFor(["--- BLAME [111] ---", "CONDEMN"]);
    const judged = (text: string, entities: [string, EntityType][]) => runner(local, entities)(text).filter((x) => x.includes(" 111 "));
    expect(judged("Iran condemned the killing of Iraqi police by Turkey.", [["Iran", "GPE"], ["Iraqi", "NORP"], ["Turkey", "GPE"]])).toEqual(["IRN 111 TUR asserted"]);
    expect(judged("Iran condemned Turkey's killing of Iraqi police.", [["Iran", "GPE"], ["Turkey", "GPE"], ["Iraqi", "NORP"]])).toEqual(["IRN 111 TUR asserted"]);
    expect(runner(local, [["Iran", "GPE"], ["Iraqi", "NORP"]])("Iran condemned the killing of Iraqi police.")).toEqual(["IRN 111 IRQCOP asserted"]);
  });

  it("codes a charge with a crime brought by a state's agents as legal action (173), others' as accusation", () => {
    const local = coderFor(["--- BLAME [112] ---", "CHARGE"]);
    expect(runner(local, [["Iranian", "NORP"], ["Iraqi", "NORP"]])("The Iranian police charged two Iraqi lawmakers with spying.")).toEqual(["IRNCOP 173 IRQLEG asserted"]);
    expect(runner(local, [["Iranian", "NORP"], ["Iraqi", "NORP"]])("Iranian tourists charged two Iraqi lawmakers with spying.")).toEqual(["IRNCVL 112 IRQLEG asserted"]);
  });

  it("codes a permission, not what it allows ('allowed Iraq to visit Turkey', 'was allowed to attack')", () => {
    const local = coderFor(["--- ALLOW [080] ---", "ALLOW", "--- VISIT [042:043] ---", "VISIT", "--- ATTACK [190] ---", "ATTACK"]);
    expect(runner(local, [["Iran", "GPE"], ["Iraq", "GPE"], ["Turkey", "GPE"]])("Iran allowed Iraq to visit Turkey.")).toEqual(["IRN 080 IRQ asserted"]);
    expect(runner(local, [["Iraq", "GPE"], ["Iran", "GPE"]])("Iraq was allowed to attack Iran.")).toEqual([]);
  });

  it("takes no pattern target from a passive's agents ('fears echoed by Iran and Iraq')", () => {
    const local = coderFor(["--- REPEAT [---] ---", "ECHO", "- * +                                              [111]         # ECHO"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Markets fell on fears echoed by Iran and Iraq.")).toEqual([]);
    expect(run("Iran echoed Iraq.")).toEqual(["IRN 111 IRQ asserted"]);
  });

  it("takes no target from elsewhere when a pattern's bare preposition has a phrase naming no one ('spoke about Iraq with hyperbole')", () => {
    const local = coderFor(["--- CONFER [---] ---", "SPEAK {SPEAKS SPOKE SPOKEN SPEAKING}", "- * (WITH)                                         [046:046]     # SPEAK"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran spoke about Iraq with great hyperbole.")).toEqual([]);
    expect(run("Iran spoke about trade with Iraq.")).toEqual(["IRN 046 IRQ asserted", "IRQ 046 IRN asserted"]);
  });

  it("codes no force used or threatened by a company ('the airline crushed its rivals')", () => {
    const local = coderFor(["--- CRUSH [190] ---", "CRUSH"]);
    const run = runner(local, [["Iranian", "NORP"], ["Iraq", "GPE"]]);
    expect(run("The Iranian airline crushed Iraq.")).toEqual([]);
    expect(run("The Iranian minister crushed Iraq.")).toEqual(["IRNGOV 190 IRQ asserted"]);
  });

  it("codes accusing someone of a crime as a charge only by a state's agents, else as an accusation", () => {
    const local = coderFor(["&CRIME", "+MISCONDUCT", "", "--- BLAME [112] ---", "ACCUSE", "- * (OF &CRIME)                                     [173]         # CONVICT"]);
    const run = runner(local, [["Iraqi", "NORP"], ["Iran", "GPE"]]);
    expect(run("Iraqi tourists accused Iran of misconduct.")).toEqual(["IRQCVL 112 IRN asserted"]);
    expect(run("Iraqi police accused Iran of misconduct.")).toEqual(["IRQCOP 173 IRN asserted"]);
    expect(run("An Iraqi court accused Iran of misconduct.")).toEqual(["IRQJUD 173 IRN asserted"]);
  });

  it("codes no event between two companies or of a company alone, but one between a company and a government", () => {
    const run = (text: string) => summary(code(text, [["Iranian", "NORP"], ["Iraqi", "NORP"]]).events);
    expect(run("The Iranian airline met the Iraqi airline.")).toEqual([]);
    expect(run("The Iranian airline met the Iraqi minister.")).toEqual(["IRNBUS 040 IRQGOV asserted"]);
    // Nor of a company acting on no one named.
    const halt = coderFor(["--- HALT [160] ---", "HALT"]);
    expect(summary(halt.code(code("The Iranian airline halted the deal.", [["Iranian", "NORP"]]).doc).events)).toEqual([]);
    expect(summary(halt.code(code("The Iranian minister halted the deal.", [["Iranian", "NORP"]]).doc).events)).toEqual(["IRNGOV 160 undefined asserted"]);
  });

  it("aims a demand that names whom it asks at them, not at the target of what it asks for ('ordered the company to give Iraq information')", () => {
    const local = coderFor(["--- ORDER [100] ---", "ORDER", "--- GIVE [070] ---", "GIVE"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran ordered the company to give Iraq information.")).toEqual([]);
    expect(run("Iran ordered Iraq to give the company information.")).toEqual(["IRN 100 IRQ asserted"]);
  });

  it("codes no meeting by a block default when what is brought together names no one ('could assemble nuclear weapons')", () => {
    const local = coderFor(["--- ASSEMBLE [040] ---", "ASSEMBLE", "DISCUSS"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran and Iraq assembled nuclear weapons.")).toEqual([]);
    expect(runner(local, [["Iran", "GPE"], ["Iraqi", "NORP"]])("Iran assembled Iraqi ministers.")).toContain("IRN 040 IRQGOV asserted");
    // A verb's own meeting code stands: what is discussed is a topic.
    expect(run("Iran and Iraq discussed bilateral relations.")).toEqual(["IRN 040 IRQ asserted", "IRQ 040 IRN asserted"]);
  });

  it("codes holding control or office, or giving in general, by no block default ('ruled Iraq', 'gave Iraq an answer'), only by a pattern", () => {
    const local = coderFor(["--- OVERSEE_MANAGE [060] ---", "RULE", "CONTROL {CONTROLS CONTROLLING CONTROLLED }", "- * (FOR AID)                                      [070]         # CONTROL"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran ruled Iraq for two years.")).toEqual([]);
    expect(run("Iran controlled Iraq.")).toEqual([]);
    expect(run("Iran controlled Iraq for aid.")).toEqual(["IRN 070 IRQ asserted"]);
    // So with giving in general; supplying keeps its default.
    const grant = coderFor(["--- GRANT [060] ---", "GIVE {GIVES GIVING GAVE GIVEN }", "SUPPLY", "- * AID                                            [070]         # GIVE"]);
    const give = runner(grant, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(give("Iran gave Iraq an answer.")).toEqual([]);
    expect(give("Iran gave Iraq aid.")).toEqual(["IRN 070 IRQ asserted"]);
    expect(give("Iran supplied Iraq with equipment.")).toEqual(["IRN 060 IRQ asserted"]);
    // And with taking; one taken by someone is still seized.
    const take = coderFor(["--- APPREHEND [173] ---", "TAKE {TAKES TAKING TOOK TAKEN }", "- * HOSTAGE                                        [181]         # TAKE"]);
    expect(runner(take, [["Iran", "GPE"], ["Turkey", "GPE"]])("Iran took the documents to Turkey.")).toEqual([]);
    expect(runner(take, [["Iran", "GPE"], ["Iraqi", "NORP"]])("Iran took Iraqi diplomats hostage.")).toContain("IRN 181 IRQGOV asserted");
    expect(runner(take, [["Iraqi", "NORP"], ["Iran", "GPE"]])("Iraqi diplomats were taken by Iran.")).toEqual(["IRN 173 IRQGOV asserted"]);
  });

  it("codes telling someone what to do as an appeal, and an appeal not to do something as no appeal for it", () => {
    const local = coderFor(["--- TELL [010] ---", "TELL", "--- URGE [020] ---", "URGE", "--- BUY [061] ---", "BUY", "- * AIRCRAFT                                         [062]         # BUY"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran told Iraq to buy aircraft.")).toEqual(["IRN 0212 IRQ asserted"]);
    expect(run("Iran told Iraq not to buy aircraft.")).toEqual(["IRN 020 IRQ asserted"]);
    expect(run("Iran urged Iraq not to buy aircraft.")).toEqual(["IRN 020 IRQ asserted"]);
    expect(run("Iran told Iraq that Turkey bought aircraft.")).toEqual(expect.arrayContaining(["IRN 010 IRQ asserted"]));
  });

  it("takes no place in the speaker's own country as whom one speaks to, but does for coercion or another country", () => {
    const local = coderFor(["--- SPEAK [010] ---", "SPEAK", "--- DECLARE [1724] ---", "DECLARE"]);
    const run = (text: string, second: string) => summary(local.code(code(text, [["Iraqi", "NORP"], [second, "NORP"]]).doc).events);
    expect(run("The Iraqi minister spoke in Iraqi towns.", "Iraqi")).toEqual([]);
    expect(run("The Iraqi minister spoke in Iranian towns.", "Iranian")).toEqual(["IRQGOV 010 IRN asserted"]);
    expect(run("The Iraqi minister declared a curfew in Iraqi towns.", "Iraqi")).toEqual(["IRQGOV 1724 IRQCVL asserted"]);
  });

  it("aims coercion used for a purpose at those the purpose is about ('used tear gas to disperse demonstrators')", () => {
    const local = coderFor(["--- USE [175] ---", "USE", "--- DISPERSE [---] ---", "DISPERSE"]);
    expect(summary(local.code(code("Iran used tear gas to disperse Iraqi soldiers.", [["Iran", "GPE"], ["Iraqi", "NORP"]]).doc).events)).toEqual(["IRN 175 IRQMIL asserted"]);
  });

  it("reads a passive's doer from the armed operation it happened in ('was killed in a US counterterrorism operation')", () => {
    const local = coderFor(["--- KILL [190] ---", "KILL"]);
    const run = runner(local, [["Iraqi", "NORP"], ["Iranian", "NORP"], ["Iraq", "GPE"]]);
    expect(run("The Iraqi minister was killed during an Iranian operation in Iraq.")).toEqual(["IRN 190 IRQGOV asserted"]);
  });

  it("does not code a state's official ruling their own country, but codes them ruling another", () => {
    const local = coderFor(["--- RULE [---] ---", "RULE", "- * (BY FORCE)                                     [060]         # RULE"]);
    const run = (text: string, second: string) => summary(local.code(code(text, [["Iraqi", "NORP"], [second, "GPE"]]).doc).events);
    expect(run("The Iraqi minister ruled Iraq by force.", "Iraq")).toEqual([]);
    expect(run("The Iraqi minister ruled Iran by force.", "Iran")).toEqual(["IRQGOV 060 IRN asserted"]);
  });

  it("reads force done to something said or decided as criticism of whoever said it ('attacked the decision by Iraq')", () => {
    const local = coderFor(["--- ATTACK [190] ---", "ATTACK"]);
    const countries: [string, EntityType][] = [["Iran", "GPE"], ["Turkey", "GPE"], ["Iraq", "GPE"]];
    const run = runner(local, countries);
    expect(run("Iran attacked the decision on Turkey by Iraq.")).toEqual(["IRN 111 IRQ asserted"]);
    expect(run("Iran attacked the convoy from Turkey with Iraq.")).toContain("IRN 190 TUR asserted");
    // Military positions and moves are places and deeds, not words.
    expect(summary(local.code(code("Iran attacked the positions of Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]).doc).events)).toEqual(["IRN 190 IRQ asserted"]);
  });

  it("takes no doer from a subject naming what someone underwent ('the minister's murder harms Iraq')", () => {
    const local = coderFor(["--- HARM [190] ---", "HARM"]);
    const run = runner(local, [["Iranian", "NORP"], ["Iraq", "GPE"]]);
    expect(run("The Iranian minister's murder harms Iraq.")).toEqual([]);
    expect(run("The Iranian minister's army harms Iraq.")).toEqual(["IRNGOVMIL 190 IRQ asserted"]);
  });

  it("reads 'relating to', like 'according to', as a preposition, not a verb", () => {
    const local = coderFor(["--- RELATE [060] ---", "RELATE"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraqi", "NORP"]]);
    expect(run("Iran spoke out against the attack, calling it a violation of the rules relating to Iraqi soldiers.")).toEqual([]);
    expect(run("Iran relates to Iraqi soldiers.")).toEqual(["IRN 060 IRQMIL asserted"]);
  });

  it("reads 'called X a Y' as naming X, not a call, unless a pattern says what the naming is", () => {
    const local = coderFor(["--- CALL [041:041] ---", "CALL", "- * LIAR [111]"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraqi", "NORP"]]);
    expect(run("Iran called the Iraqi move an act of aggression.")).toEqual([]);
    expect(run('Iran called the Iraqi move a "political maneuver."')).toEqual([]);
    expect(run("Iran called the Iraqi minister Monday.")).toEqual(["IRN 041 IRQGOV asserted", "IRQGOV 041 IRN asserted"]);
    expect(run("Iran called the Iraqi minister the day before.")).toEqual(["IRN 041 IRQGOV asserted", "IRQGOV 041 IRN asserted"]);
    expect(run("Iran called the Iraqi minister a liar.")).toEqual(["IRN 111 IRQGOV asserted"]);
    const judging = coderFor(["--- CONSIDER [040] ---", "CONSIDER"]);
    const judge = (text: string) => summary(judging.code(code(text, [["Iran", "GPE"], ["Iraq", "GPE"]]).doc).events);
    expect(judge("Iran considered Iraq inappropriate.")).toEqual([]);
    expect(judge("Iran considered Iraq.")).toEqual(["IRN 040 IRQ asserted"]);
  });

  it("takes no medium a statement goes through as whom it is said to, nor the doer of a later phrase's noun", () => {
    const withMedia = createActorKnowledge({ hash: "tiny+media", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("television", "MED")], actors: TINY_ACTORS });
    const local = coderFor(["--- ANNOUNCE [010] ---", "ANNOUNCE", "--- FORCE [170] ---", "FORCE"]);
    const run = (text: string, entities: [string, EntityType][]) => {
      const base = emptyDocument(makeArticle({ text, published: "2020-11-15" }));
      Object.assign(base, tokenise(nlp, base.text));
      let from = 0;
      base.entities = entities.map(([needle, type], i) => {
        const start = text.indexOf(needle, from);
        from = start + needle.length;
        return { id: `e${i + 1}`, start, end: start + needle.length, text: needle, type, actorId: null };
      });
      return summary(local.code(resolveActors(base, { knowledge: withMedia, registry: null })).events);
    };
    expect(run("Iran announced the change by Iraqi television on Monday, despite criticism by Turkey.", [["Iran", "GPE"], ["Iraqi", "NORP"], ["Turkey", "GPE"]])).toEqual([]);
    expect(run("Iran forced the closure of the offices by Turkey.", [["Iran", "GPE"], ["Turkey", "GPE"]])).toEqual(["IRN 170 TUR asserted"]);
    // "said on TV": the medium it is said on.
    expect(run("Iran announced on Iraqi television that talks would resume.", [["Iran", "GPE"], ["Iraqi", "NORP"]])).toEqual([]);
  });

  it("gives a passive relative clause on a person no doer from the main clause ('removed people who had been accused')", () => {
    const local = coderFor(["--- ARREST [173] ---", "ARREST", "--- REMOVE [---] ---", "REMOVE"]);
    const entities: [string, EntityType][] = [["Iran", "GPE"], ["Iraqi", "NORP"]];
    const run = (text: string, more: [string, EntityType][] = []) => summary(local.code(code(text, [...entities, ...more]).doc).events);
    expect(run("Iran removed Iraqi soldiers who had been arrested.")).toEqual([]);
    expect(run("Iran removed Iraqi soldiers who had been arrested by Turkey.", [["Turkey", "GPE"]])).toEqual(["TUR 173 IRQMIL asserted"]);
  });

  it("reads a closing verb of complaint as disapproval in words aimed at the subject of the clause it reports", () => {
    const local = coderFor(["--- PROTEST [140] ---", "PROTEST", "--- IGNORE [---] ---", "IGNORE"]);
    const run = runner(local, [["Iraq", "GPE"], ["Iran", "GPE"]]);
    expect(run("Iraq is ignoring the rights of refugees, Iran protested on Monday.")).toEqual(["IRN 111 IRQ asserted"]);
  });

  it("lets an uncoded verb of doing take the event of its object noun, not a verb whose subject undergoes it", () => {
    const local = coderFor(["--- MOUNT [---] ---", "MOUNT", "--- SURVIVE [---] ---", "SURVIVE"]);
    const run = (text: string, entities: [string, EntityType][]) => local.code(code(text, entities).doc).events;
    const mounted = run("Iran mounted an offensive on Monday.", [["Iran", "GPE"]]);
    expect(summary(mounted)).toEqual(["IRN 190 undefined asserted"]);
    expect(mounted[0]).toMatchObject({ trigger: { text: "mounted" }, rule: "light-verb:offensive" });
    expect(summary(run("Iran mounted an attack on Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]))).toEqual(["IRN 190 IRQ asserted"]);
    expect(run("Iran survived the attack.", [["Iran", "GPE"]])).toEqual([]);
  });

  it("codes an inquiry opened by a doing verb without a named suspect, and a hearing only with 'into'", () => {
    const run = (requireDyad: boolean, text: string) => summary(coderFor(["--- OPEN [---] ---", "OPEN"], { requireDyad }).code(code(text, [["Iran", "GPE"]]).doc).events);
    expect(run(false, "Iran opened an investigation into the bombing.")).toEqual(["IRN 090 undefined asserted"]);
    expect(run(true, "Iran opened an investigation into the bombing.")).toEqual([]);
    expect(run(false, "Iran opened a hearing Wednesday into the bombing.")).toEqual(["IRN 090 undefined asserted"]);
    expect(run(false, "Iran opened a hearing on Wednesday.")).toEqual([]);
  });

  it("takes a person whose role phrase heads the subject as its doer ('The government of Hassan Rouhani imposed a curfew')", () => {
    const local = coderFor(["--- IMPOSE [1724] ---", "IMPOSE"]);
    expect(summary(local.code(code("The government of Hassan Rouhani imposed a curfew.", [["Hassan Rouhani", "PERSON"]]).doc).events)).toEqual(["IRNGOV 1724 IRNCVL asserted"]);
  });

  it("codes violence in an agentless passive with no source, only as the sentence's only event and not as a belief", () => {
    const blocks = ["--- KILL [190] ---", "KILL", "--- ATTACK [190] ---", "ATTACK"];
    const run = (text: string, entities: [string, EntityType][], requireDyad?: boolean) => summary(coderFor(blocks, { requireDyad }).code(code(text, entities).doc).events);
    expect(run("An Iranian diplomat was killed in a car bomb explosion.", [["Iranian", "NORP"]])).toEqual(["undefined 183 IRNGOV asserted"]);
    expect(run("An Iranian diplomat was killed in a car bomb explosion.", [["Iranian", "NORP"]], true)).toEqual([]);
    expect(run("Iraq attacked Turkey after an Iranian diplomat was killed.", [["Iraq", "GPE"], ["Turkey", "GPE"], ["Iranian", "NORP"]])).toEqual(["IRQ 190 TUR asserted"]);
    expect(run("Some think that Iran was attacked.", [["Iran", "GPE"]])).toEqual([]);
    // An accident the sentence tells of is how they died; a town falling to someone is not one.
    expect(run("An Iranian diplomat was killed when a tree fell on his car.", [["Iranian", "NORP"]])).toEqual([]);
    expect(run("An Iranian diplomat was killed when Iraq fell to rebels.", [["Iranian", "NORP"], ["Iraq", "GPE"]])).toEqual(["undefined 190 IRNGOV asserted"]);
    // So with a verb joined to that clause, and an accident or disaster the victim's own verb names.
    expect(run("An Iranian diplomat was killed when his car left the road and crashed into trees.", [["Iranian", "NORP"]])).toEqual([]);
    expect(run("An Iranian diplomat was killed in the crash.", [["Iranian", "NORP"]])).toEqual([]);
    // Private people killed by no one named, in a story with no attack and no armed party: an accident.
    const k = createActorKnowledge({ hash: "civilians", countries: TINY_COUNTRIES, agents: [...TINY_AGENTS, agent("civilian", "CVL")], actors: TINY_ACTORS });
    const civilians = (text: string) => summary(coderFor(blocks).code(code(text, [["Iranian", "NORP"]], k).doc).events);
    expect(civilians("Two Iranian civilians were killed in the town.")).toEqual([]);
    expect(civilians("Two Iranian civilians were killed in the town during the fighting.")).toEqual(["undefined 190 IRNCVL asserted"]);
    expect(civilians("Two Iranian civilians were attacked in the town.")).toEqual(["undefined 190 IRNCVL asserted"]);
    // A blow with what is no weapon, attack or party is figurative.
    const hit = (text: string) => summary(coderFor(["--- HIT [190] ---", "HIT"]).code(code(text, [["Iranian", "NORP"]]).doc).events);
    expect(hit("An Iranian diplomat was hit with the release of a video.")).toEqual([]);
    expect(hit("An Iranian diplomat was hit with rockets.")).toEqual(["undefined 190 IRNGOV asserted"]);
  });

  it("matches a verb's patterns across a copula in its that-clause ('allowed that Iraq isn't a really pleasant place')", () => {
    const local = coderFor(["--- ALLOW [080] ---", "ALLOW", "- * REALLY_PLEASANT [024]"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran allowed that Iraq isn't a really pleasant place.")).toEqual(["IRN 024 IRQ asserted"]);
    expect(run("Iran allowed that Iraq rejected a really pleasant offer.")).toEqual(["IRN 080 IRQ asserted"]);
  });

  it("does not code what a directive verb asks for ('urged Iraq to attack Turkey'), only the appeal", () => {
    const local = coderFor(["--- CALL [020] ---", "CALL", "--- ATTACK [190] ---", "ATTACK"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"], ["Turkey", "GPE"]]);
    expect(run("Iran urged Iraq to attack Turkey.")).toEqual([]);
    expect(run("Iran called on Iraq to attack Turkey.")).toEqual(["IRN 020 IRQ asserted"]);
    expect(run("Iran helped Iraq to attack Turkey.")).toEqual(["IRQ 190 TUR asserted"]);
  });

  it("does not make a one-sided event of a light verb's default or of a verb before a gerund", () => {
    const local = coderFor(["--- APPREHEND [171] ---", "TAKE", "SEIZE", "--- TAKE_CONTROL [171] ---", "+TAKE_OVER {+TAKES_OVER +TAKING_OVER +TOOK_OVER +TAKEN_OVER }"]);
    const run = runner(local, [["Iran", "GPE"]]);
    expect(run("Iran took all necessary action.")).toEqual([]);
    expect(run("Iran seized the weapons.")).toEqual(["IRN 171 undefined asserted"]);
    expect(run("Iran took over guarding the prisoners.")).toEqual([]);
    expect(run("Iran took over the town.")).toEqual(["IRN 171 undefined asserted"]);
  });

  it("codes standing down in an agentless passive as done by its subject ('One third of the rebels have been demobilized')", () => {
    const local = coderFor(["--- DEMOBILIZE [0873] ---", "DEMOBILIZE", "--- ARREST [173] ---", "ARREST"]);
    const run = runner(local, [["Iranian", "NORP"]]);
    expect(run("One third of the Iranian rebels have been demobilized.")).toEqual(["IRN 0873 undefined asserted"]);
    expect(run("Iranian rebels have been arrested.")).toEqual([]);
  });

  it("does not make the subject of 'die' a doer unless a pattern says how", () => {
    const local = coderFor(["--- DIE [190] ---", "DIE", "- * (IN CLASHES) [190:190]"]);
    const run = (text: string, entities: [string, EntityType][]) => summary(local.code(code(text, entities).doc).events);
    expect(run("Rouhani died at home in Tehran.", [["Rouhani", "PERSON"], ["Tehran", "GPE"]])).toEqual([]);
    expect(run("Iranian soldiers died in clashes with Iraq.", [["Iranian", "NORP"], ["Iraq", "GPE"]])).toContain("IRNMIL 190 IRQ asserted");
  });

  it("does not make what is left a consultation's counterpart; a departure's counterpart is its destination", () => {
    const local = coderFor(["--- GO_SOMEWHERE [040] ---", "LEAVE {LEAVES LEAVING LEFT }"]);
    const run = (text: string, entities: [string, EntityType][]) => summary(local.code(code(text, entities).doc).events);
    expect(run("Iran left Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]])).toEqual([]);
    expect(run("Iran left Iraq for Turkey.", [["Iran", "GPE"], ["Iraq", "GPE"], ["Turkey", "GPE"]])).toEqual(["IRN 040 TUR asserted"]);
    // Nor when a vote or plan makes it an intent to meet (036).
    const intent = coderFor(["--- GO_SOMEWHERE [040] ---", "LEAVE {LEAVES LEAVING LEFT }", "--- SELECT [---] ---", "VOTE"]);
    expect(summary(intent.code(code("Iran voted to leave Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]).doc).events)).toEqual([]);
  });

  it("codes neither holding an office ('served as ambassador to') nor naming ('a colony called …')", () => {
    const local = coderFor(["--- SERVE [060] ---", "SERVE", "--- CALL [041] ---", "CALL"]);
    const run = (text: string, entities: [string, EntityType][]) => summary(local.code(code(text, entities).doc).events);
    expect(run("Hassan Rouhani served as ambassador to Iraq.", [["Hassan Rouhani", "PERSON"], ["Iraq", "GPE"]])).toEqual([]);
    expect(run("Hassan Rouhani served Iraq.", [["Hassan Rouhani", "PERSON"], ["Iraq", "GPE"]])).toEqual(["IRNGOV 060 IRQ asserted"]);
    expect(run("Iran was an Iraqi colony called Persia.", [["Iran", "GPE"], ["Iraqi", "NORP"]])).toEqual([]);
  });

  it("reads 'called Iraq the \"enemy\"' and 'what they call justice in Iraq' as naming, not a call", () => {
    const local = coderFor(["--- CALL [041] ---", "CALL"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run('Iran called Iraq the "enemy".')).toEqual([]);
    expect(run("Iran called Iraq on Monday.")).toEqual(["IRN 041 IRQ asserted"]);
    expect(runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]])("Iran condemned what its people call justice in Iraq.")).toEqual([]);
  });

  it("codes an appeal verb whose that-clause tells what is as a statement ('suggested that Iraq is rearming'), a proposal as an appeal", () => {
    const local = coderFor(["--- SUGGEST [020] ---", "SUGGEST"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran suggested that Iraq is rearming.")).toEqual(["IRN 010 IRQ asserted"]);
    expect(run("Iran suggested that Iraq had lied.")).toEqual(["IRN 010 IRQ asserted"]);
    expect(run("Iran suggested that Iraq join the talks.")).toEqual(["IRN 020 IRQ asserted"]);
  });

  it("codes a generic appeal by what its infinitive's pattern asks for, and keeps 020 for a block default", () => {
    const local = coderFor(["--- URGE [020] ---", "URGE", "--- RELEASE [084] ---", "RELEASE", "- * PRISONERS [0841]", "--- LEAVE [040] ---", "LEAVE"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran urged Iraq to release the prisoners.")).toEqual(["IRN 0253 IRQ asserted"]);
    expect(run("Iran urged Iraq to leave the region.")).toEqual(["IRN 020 IRQ asserted"]);
  });

  it("reads the verb's own infinitive right after it as a pattern word ('declined to comment' is '* COMMENT'), not what follows it", () => {
    const local = coderFor(["--- DECLINE [120] ---", "DECLINE", "- * COMMENT [011]", "- * TALKS [125]", "--- COMMENT [010] ---", "COMMENT"]);
    const entities: [string, EntityType][] = [["Iran", "GPE"], ["Iraq", "GPE"]];
    const declined = local.code(code("Iran declined to comment on the report.", entities.slice(0, 1)).doc);
    expect(declined.trace.map((t) => t.message)).toContain("DECLINE → 011: source IRN but no coded target");
    // Declining to comment, with no one addressed, is no event; the refusal's default (120) is not coded.
    expect(summary(declined.events)).toEqual([]);
    // "talks" belongs to the infinitive's own phrase, not to the declining.
    expect(summary(local.code(code("Iran declined to comment on talks with Iraq.", entities).doc).events)).not.toContain("IRN 125 IRQ asserted");
  });

  it("codes 'take' by its seizing default only when it takes its object ('took Iraq'), not 'took on', 'took issue with', 'taken aback', 'took action'", () => {
    const local = coderFor(["--- APPREHEND [171] ---", "TAKE", "- * HOSTAGE [181]"]);
    const run = runner(local, [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(run("Iran took Iraq.")).toEqual(["IRN 171 IRQ asserted"]);
    expect(run("Iran took on Iraq.")).toEqual([]);
    expect(run("Iran took issue with Iraq.")).toEqual([]);
    expect(run("Iran took action against Iraq.")).toEqual([]);
    expect(runner(local, [["Iraq", "GPE"], ["Iran", "GPE"]])("Iraq was taken aback by Iran.")).toEqual([]);
  });

  it("codes armed forces leaving a place, with no destination, as a withdrawal from it", () => {
    const local = coderFor(["--- GO_SOMEWHERE [040] ---", "LEAVE", "+PULL_OUT"]);
    const run = (text: string, entities: [string, EntityType][]) => summary(local.code(code(text, entities).doc).events);
    expect(run("Iraqi troops left Iran on Monday.", [["Iraqi", "NORP"], ["Iran", "GPE"]])).toEqual(["IRQMIL 0874 IRN asserted"]);
    expect(run("Iraqi troops pulled out of Iran.", [["Iraqi", "NORP"], ["Iran", "GPE"]])).toEqual(["IRQMIL 0874 IRN asserted"]);
    expect(run("Iraq left Iran.", [["Iraq", "GPE"], ["Iran", "GPE"]])).toEqual([]);
  });

  it("does not let a country and its own official, named in one list of those who met, meet each other", () => {
    const local = coderFor(["--- MEET [040] ---", "MEET"]);
    const events = summary(local.code(code("Iraq, Iran and Hassan Rouhani met on Monday.", [["Iraq", "GPE"], ["Iran", "GPE"], ["Hassan Rouhani", "PERSON"]]).doc).events);
    expect(events).toEqual(["IRQ 040 IRNGOV asserted", "IRNGOV 040 IRQ asserted"]);
  });

  it("finds the target through the doer of a past participle describing the object", () => {
    const { events } = code("Iran attacked convoys sent by Iraq.", [["Iran", "GPE"], ["Iraq", "GPE"]]);
    expect(summary(events)).toEqual(["IRN 190 IRQ asserted"]);
  });
});

describe("compound prepositions", () => {
  it("does not read 'according to' as the verb 'accord' (grant)", () => {
    const local = coderFor(["--- ACCORD [060] ---", "ACCORD", "- * STATUS                                         [060]         # ACCORD", "--- ATTACK [190] ---", "ATTACK"], { requireDyad: true });
    const run = (text: string, entities: [string, EntityType][]) => summary(local.code(code(text, entities).doc).events);
    expect(run("Iran has attacked Turkey, according to Iraq.", [["Iran", "GPE"], ["Turkey", "GPE"], ["Iraq", "GPE"]])).toEqual(["IRN 190 TUR reported"]);
    expect(run("Iran accorded Iraq the status of a partner.", [["Iran", "GPE"], ["Iraq", "GPE"]])).toEqual(["IRN 060 IRQ asserted"]);
  });
});

describe("conditional threats", () => {
  it("aims a threat with no target of its own at whoever must meet its condition", () => {
    const entities: [string, EntityType][] = [["Iraq", "GPE"], ["Iran", "GPE"]];
    const unless = code("Iraq threatened to attack unless Iran withdraws its troops.", entities);
    expect(summary(unless.events)).toEqual(["IRQ 1384 IRN asserted"]);
    expect(unless.trace.join("\n")).toMatch(/target from the condition "unless Iran"/);
    expect(summary(code("Iraq threatened to attack if Iran refuses the deal.", entities).events)).toEqual(["IRQ 1384 IRN asserted"]);
    // A threat that names its target keeps it; a clause of time is no condition.
    expect(summary(code("Iraq threatened to attack Turkey unless Iran withdraws.", [["Iraq", "GPE"], ["Turkey", "GPE"], ["Iran", "GPE"]]).events)).toEqual(["IRQ 1384 TUR asserted"]);
    expect(summary(code("Iraq threatened to attack when Iran withdraws.", entities).events)).toEqual(["IRQ 1384 undefined asserted"]);
  });
});

describe("force used for a purpose", () => {
  it("aims violence with no target of its own at those its purpose acts on, unless the purpose helps them", () => {
    const entities: [string, EntityType][] = [["Iraq", "GPE"], ["Iran", "GPE"]];
    const punish = code("Iraq attacked to punish Iran.", entities);
    expect(summary(punish.events)).toEqual(["IRQ 190 IRN asserted"]);
    expect(punish.trace.join("\n")).toMatch(/target from the purpose "punish"/);
    expect(summary(code("Iraq attacked to help Iran.", entities).events)).not.toContain("IRQ 190 IRN asserted");
  });
});
