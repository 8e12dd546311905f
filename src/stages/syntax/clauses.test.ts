import { describe, expect, it } from "vitest";
import { emptyDocument, makeArticle } from "../../model/document.js";
import { loadWink, tokenise } from "../tokens/wink.js";
import { chunkDocument, type NounPhrase } from "./chunk.js";
import { predications, type Predication } from "./clauses.js";

const nlp = loadWink();

function analyse(text: string): { text: string; preds: Predication[]; np: (n: NounPhrase | null) => string } {
  const doc = emptyDocument(makeArticle({ text }));
  Object.assign(doc, tokenise(nlp, doc.text));
  const [sentence] = chunkDocument(doc);
  const np = (n: NounPhrase | null) =>
    n ? doc.text.slice(sentence.words[n.first].start, sentence.words[n.last].end) : "-";
  return { text, preds: predications(sentence), np };
}

const byLemma = (preds: Predication[], lemma: string) => {
  const p = preds.find((x) => x.verb.lemma === lemma);
  if (!p) throw new Error(`no predication for ${lemma}: ${preds.map((x) => x.verb.lemma).join(", ")}`);
  return p;
};

describe("predications", () => {
  it("goes on with the subject after a relative clause that interrupts it ('The women who have accused Clinton criticized …')", () => {
    const { preds, np } = analyse("The four women who have accused Rouhani criticized Zarif.");
    expect(np(byLemma(preds, "accuse").object)).toBe("Rouhani");
    expect(np(byLemma(preds, "criticize").subject)).toBe("The four women");
    // A verb's complement clause without "that" elsewhere stays one ("Iran accused Iraq attacked Kuwait").
    const plain = analyse("Officials concluded evidence supported the charge.");
    expect(plain.np(byLemma(plain.preds, "support").subject)).toBe("evidence");
  });

  it("resumes the main clause at a finite verb after a relative clause that interrupts the subject, with no comma ('Gunmen who attacked soldiers were arrested')", () => {
    const { preds, np } = analyse("Gunmen who attacked soldiers in Basra were arrested by police.");
    const arrested = byLemma(preds, "arrest");
    expect(np(arrested.subject)).toBe("Gunmen");
    expect([arrested.clauseOpener, arrested.subjectSource]).toEqual(["resume", "direct"]);
    expect(arrested.clauseFirst).toBe(arrested.verb.first);
    // The relative clause keeps its own verb and object.
    expect(np(byLemma(preds, "attack").object)).toBe("soldiers");
  });

  it("reads an infinitive describing 'the first' or 'the only' one to do something as done ('the first minister to visit China')", () => {
    const first = analyse("Downer is the first Australian minister to visit China.");
    expect(byLemma(first.preds, "visit").modality).toBe("asserted");
    const plain = analyse("Downer is the Australian minister to visit China.");
    expect(byLemma(plain.preds, "visit").modality).toBe("intended");
  });

  it("reads bare past participles listed with commas after a passive as passive too ('were harassed, killed and taken hostage'), not one joined by 'and' alone", () => {
    const listed = analyse("Peacekeepers were harassed, killed and taken hostage.");
    expect(["harass", "kill", "take"].map((l) => byLemma(listed.preds, l).verb.passive)).toEqual([true, true, true]);
    const fired = analyse("Iraqi police were attacked and fired back at the gunmen.");
    expect(byLemma(fired.preds, "fire").verb.passive).toBe(false);
  });

  it("reads what one waits to do, and a bare verb joined by 'and' to an intended infinitive, as intended", () => {
    const waiting = analyse("Lebed is still waiting in Moscow to meet Yeltsin.");
    expect(byLemma(waiting.preds, "meet").modality).toBe("intended");
    const joined = analyse("The PUK pledged to end the war and cooperate with the U.S.");
    expect(byLemma(joined.preds, "cooperate").modality).toBe("intended");
    const done = analyse("The PUK ended the war and cooperated with the U.S.");
    expect(byLemma(done.preds, "cooperate").modality).toBe("asserted");
  });

  it("reads an infinitive after a noun of intent, past its 'by' phrase, as intended ('plans by a minister to visit Taiwan')", () => {
    const plans = analyse("The issues include plans by an Australian minister to visit Taiwan.");
    expect(byLemma(plans.preds, "visit").modality).toBe("intended");
    const order = analyse("The ministry gave an order to arrest the gunmen.");
    expect(byLemma(order.preds, "arrest").modality).toBe("intended");
    const refusal = analyse("Syria was dismayed by Netanyahu's refusal to trade the occupied lands.");
    expect([byLemma(refusal.preds, "trade").governor, byLemma(refusal.preds, "trade").modality]).toEqual(["refuse", "intended"]);
    const reasons = analyse("The issues include reasons for an Australian minister to visit Taiwan.");
    expect(byLemma(reasons.preds, "visit").modality).toBe("asserted");
  });

  it("gives the infinitive of one's own will, voiced or held, to its holder ('Russia expressed readiness to cooperate'), not someone else's decision", () => {
    const subjectOf = (text: string, lemma: string) => {
      const a = analyse(text);
      return a.np(byLemma(a.preds, lemma).subject);
    };
    expect(subjectOf("Russia expressed readiness to cooperate with NATO.", "cooperate")).toBe("Russia");
    expect(subjectOf("Iran announced plans to send troops to Syria.", "send")).toBe("Iran");
    expect(subjectOf("Iraq welcomed the decision to withdraw from Kuwait.", "withdraw")).not.toBe("Iraq");
    // No wish to do something refuses it.
    const none = analyse("Iraq has no desire to meet Kuwait.");
    expect(byLemma(none.preds, "meet").governor).toBe("refuse");
    // So with a will's "of" and gerund.
    const noIntention = analyse("Iraq has no intention of holding talks with Kuwait.");
    expect(noIntention.np(byLemma(noIntention.preds, "hold").subject)).toBe("Iraq");
    expect(byLemma(noIntention.preds, "hold").governor).toBe("refuse");
  });

  it("gives a gerund after a noun and 'for' or 'of', or after 'guilty of', the one charged or found guilty as its doer", () => {
    const charged = analyse("Prosecutors filed charges against two men for sexually abusing children.");
    expect(charged.np(byLemma(charged.preds, "abuse").subject)).toBe("two men");
    const guilty = analyse("The court sentenced the men after finding the rebels guilty of killing soldiers.");
    expect(guilty.np(byLemma(guilty.preds, "kill").subject)).toMatch(/^the rebels/);
    const them = analyse("The court sentenced the rebels after finding them guilty of killing soldiers.");
    expect(them.np(byLemma(them.preds, "kill").subject)).toBe("them");
  });

  it("gives a relative clause opened by a preposition and 'which' its own subject ('a conflict in which thousands were killed')", () => {
    const a = analyse("Iran criticised the war, a conflict in which thousands of people have been killed.");
    expect(a.np(byLemma(a.preds, "kill").subject)).toBe("thousands of people");
  });

  it("refuses what one is unwilling, or not willing or ready, to do ('Iraq is not willing to meet Kuwait')", () => {
    const governed = (text: string) => byLemma(analyse(text).preds, "meet").governor;
    expect([governed("Iraq is not willing to meet Kuwait."), governed("Iraq is unwilling to meet Kuwait."), governed("Iraq is not yet ready to meet Kuwait.")]).toEqual(["refuse", "refuse", "refuse"]);
    expect(governed("Iraq is willing to meet Kuwait.")).toBe("willing");
  });

  it("reads a bare 'visiting' after a verb or preposition as describing its phrase: the visitor visits the clause's subject", () => {
    const told = analyse("Saddam has told visiting Russian nationalist Vladimir Zhirinovsky that Iraq wants peace.");
    expect([told.np(byLemma(told.preds, "visit").subject), told.np(byLemma(told.preds, "visit").object)]).toEqual(["Russian nationalist Vladimir Zhirinovsky", "Saddam"]);
    const talks = analyse("Rouhani held talks with visiting Iraqi officials.");
    expect([talks.np(byLemma(talks.preds, "visit").subject), talks.np(byLemma(talks.preds, "visit").object)]).toEqual(["Iraqi officials", "Rouhani"]);
    // After a verb an -ing form completes ("kept visiting Iraqi towns"), the clause's subject visits.
    const kept = analyse("Rouhani kept visiting Iraqi towns.");
    expect([kept.np(byLemma(kept.preds, "visit").subject), kept.np(byLemma(kept.preds, "visit").object)]).toEqual(["Rouhani", "Iraqi towns"]);
  });

  it("reads a bare past participle with only place phrases before a form of 'be' as describing the phrase before it ('The militants killed in Rumaila were …')", () => {
    const { preds, np } = analyse("The militants killed in Rumaila were Tunisians.");
    expect(byLemma(preds, "kill")).toMatchObject({ subjectSource: "relative" });
    expect(byLemma(preds, "kill").verb.passive).toBe(true);
    expect(np(byLemma(preds, "be").subject)).toBe("The militants");
    // An active verb with its object stays active ("The militants killed three soldiers in Rumaila").
    const active = analyse("The militants killed three soldiers in Rumaila.");
    expect(byLemma(active.preds, "kill").verb.passive).toBe(false);
  });

  it("keeps a preposition's phrase after an adverb its own ('deploying into previously held territory'), not the verb's object", () => {
    const { preds, np } = analyse("Troops began deploying into previously Kurdish territory.");
    const deploy = byLemma(preds, "deploy");
    expect(np(deploy.object)).toBe("-");
    expect(deploy.preps.map((pp) => `${pp.prep.lower} ${np(pp.np)}`)).toEqual(["into Kurdish territory"]);
  });

  it("reads 'according to X', opening or closing the sentence, as X reporting the main clause", () => {
    for (const text of ["According to Iraqi officials, Iran attacked Kuwait.", "Iran attacked Kuwait, according to Iraqi officials."]) {
      const { preds, np } = analyse(text);
      const attack = byLemma(preds, "attack");
      expect(np(attack.reportedBy)).toBe("Iraqi officials");
      expect(attack).toMatchObject({ modality: "reported", clauseOpener: "start" });
    }
  });

  it("keeps a quotation opening a that-clause in that clause ('warned that \"containment is not feasible\"')", () => {
    const { preds } = analyse('Fukuda warned that "containment is not feasible".');
    expect(byLemma(preds, "be")).toMatchObject({ clauseOpener: "complement", governor: "warn" });
  });

  it("takes no object from a noun's that-clause ('amid hopes that the hostages would be freed')", () => {
    const { preds, np } = analyse("Carter rushed back to Washington amid hopes that the hostages would be freed.");
    expect(np(byLemma(preds, "rush").object)).toBe("-");
    // A verb's own that-clause is still read through (PETRARCH's "allowed that Iraq isn't …").
    const own = analyse("Iran allowed that Iraq isn't a pleasant place.");
    expect(own.np(byLemma(own.preds, "allow").object)).toBe("Iraq");
  });

  it("gives a participle after a message its subject blocks the message, not the subject, and makes it hypothetical", () => {
    const blocked = analyse("Hungary blocked an EU statement criticising China.");
    const criticise = byLemma(blocked.preds, "criticize");
    expect(blocked.np(criticise.subject)).toBe("an EU statement");
    expect(criticise.modality).toBe("hypothetical");
    // A message one issues is one's own act.
    const issued = analyse("Hungary issued a statement criticising China.");
    expect(issued.np(byLemma(issued.preds, "criticize").subject)).toBe("Hungary");
  });

  it("leaves an absolute 'with' clause out of the verb's phrases, reads 'be' + infinitive as arranged, and no time as a particle's object", () => {
    const { preds, np } = analyse("Rouhani is to step down today, with Zarif succeeding him.");
    const step = byLemma(preds, "step");
    expect(step.preps.map((x) => x.prep.lower)).not.toContain("with");
    expect(step.modality).toBe("intended");
    expect(np(step.object)).toBe("-");
    expect(np(byLemma(preds, "succeed").subject)).toBe("Zarif");
  });

  it("reads what a body votes or resolves to do as intended, not done", () => {
    const { preds } = analyse("The parliament voted to expel the troops.");
    expect(byLemma(preds, "expel").modality).toBe("intended");
  });

  it("gives a bare verb joined to a relative clause's verb the relative's subject ('who have accommodated or endorsed him')", () => {
    const { preds, np } = analyse("Rouhani criticized ministers who have accommodated or endorsed Iraq.");
    expect(np(byLemma(preds, "endorse").subject)).toBe("ministers");
  });

  it("reads a clause's opening prepositional phrase, up to its comma, as an adverbial, not the subject", () => {
    const after = analyse("After the meeting in Paris, Iraq accused Iran of lying.");
    expect(after.np(byLemma(after.preds, "accuse").subject)).toBe("Iraq");
    const tweet = analyse("In his earlier speech, Rouhani also attacked Iraq.");
    expect(tweet.np(byLemma(tweet.preds, "attack").subject)).toBe("Rouhani");
    // An apposition still belongs to the subject before it.
    const apposition = analyse("Iraq's minister, Juma Khalil, accused Iran.");
    expect(apposition.np(byLemma(apposition.preds, "accuse").subject)).toBe("Iraq's minister");
  });

  it("attaches subject, object and prepositional phrases", () => {
    const { preds, np } = analyse("The minister supplied the army with new equipment in May.");
    const p = byLemma(preds, "supply");
    expect(np(p.subject)).toBe("The minister");
    expect(np(p.object)).toBe("the army");
    expect(p.preps.map((x) => `${x.prep.text} ${np(x.np)}`)).toEqual(["with new equipment", "in May"]);
    expect(p.modality).toBe("asserted");
  });

  it("opens a clause at 'how'/'why' with its own subject, and goes on with the sentence's subject after a semicolon", () => {
    const { preds, np } = analyse("Trump questioned how Clinton would negotiate with Russia; blamed Obama for the downturn.");
    expect(np(byLemma(preds, "question").object)).toBe("-");
    expect(np(byLemma(preds, "negotiate").subject)).toBe("Clinton");
    expect(np(byLemma(preds, "blame").subject)).toBe("Trump");
    const why = analyse("Iran asked why Iraq had attacked Syria.");
    expect(why.np(byLemma(why.preds, "attack").subject)).toBe("Iraq");
  });

  it("reads a speaker after the speech verb (\"…,\" said Rouhani to reporters) as the one who reports the rest", () => {
    for (const text of ['"Iran will win," said Rouhani to reporters in Tehran.', "Iran will win, said Rouhani on Monday."]) {
      const { preds, np } = analyse(text);
      expect(np(byLemma(preds, "say").subject)).toBe("Rouhani");
      expect(np(byLemma(preds, "say").object)).toBe("-");
      expect(np(byLemma(preds, "win").reportedBy)).toBe("Rouhani");
    }
  });

  it("gives an -ing participle after the object of 'of' or 'about' to that object, not after other prepositions", () => {
    const { preds, np } = analyse("Iran warned of Iraqi troops massing on the border.");
    expect(np(byLemma(preds, "mass").subject)).toBe("Iraqi troops");
    const wrote = analyse("Iran wrote to the embassy in London asking for visas.");
    expect(wrote.np(byLemma(wrote.preds, "ask").subject)).toBe("Iran");
  });

  it("opens what is said at 'that' after a verb of saying and a word of when ('said today that cattle rustlers have killed')", () => {
    const { preds, np } = analyse("The minister said today that cattle rustlers have killed eleven people.");
    expect(np(byLemma(preds, "kill").subject)).toBe("cattle rustlers");
    expect(np(byLemma(preds, "kill").reportedBy)).toBe("The minister");
  });

  it("reads a clause of time after what is said as the writer's ('announced it had signed a deal after Turkey attacked Syria')", () => {
    const { preds, np } = analyse("The Kurds announced they had signed a deal after Turkey attacked Syria.");
    expect(np(byLemma(preds, "sign").reportedBy)).toBe("The Kurds");
    expect(byLemma(preds, "attack")).toMatchObject({ reportedBy: null, modality: "asserted" });
    // Another subordinate clause stays in the report ("said … because Turkey attacked").
    const because = analyse("The Kurds said they had signed a deal because Turkey attacked Syria.");
    expect(because.np(byLemma(because.preds, "attack").reportedBy)).toBe("The Kurds");
  });

  it("goes on with a subordinate clause's subject after a bare 'and' ('was killed when assailants crept in and stabbed him')", () => {
    const { preds, np } = analyse("A policeman was killed when assailants crept into his house and stabbed him.");
    expect(np(byLemma(preds, "stab").subject)).toBe("assailants");
    // After a comma the sentence's subject goes on ("…, and was buried on Friday").
    const comma = analyse("A policeman was wounded when assailants crept into his house, and sued them.");
    expect(comma.np(byLemma(comma.preds, "sue").subject)).toBe("A policeman");
  });

  it("reads a bare participle joined with its own subject after a passive as passive too ('a captain was killed and two soldiers wounded in clashes')", () => {
    const { preds, np } = analyse("A captain was killed and two soldiers wounded in clashes with gunmen.");
    expect(np(byLemma(preds, "wound").subject)).toBe("two soldiers");
    expect(byLemma(preds, "wound").verb.passive).toBe(true);
    // After an active verb, or with an object, it stays active.
    const active = analyse("Rebels attacked the post and soldiers fired in panic.");
    expect(byLemma(active.preds, "fire").verb.passive).toBe(false);
    const object = analyse("A captain was killed and gunmen wounded two soldiers.");
    expect(byLemma(object.preds, "wound").verb.passive).toBe(false);
  });

  it("opens a clause at 'after' whose subject an -ing participle phrase describes ('after French forces backing government troops attacked')", () => {
    const { preds, np } = analyse("The rebels lost the town after French forces backing government troops attacked their positions.");
    expect(np(byLemma(preds, "attack").subject)).toBe("French forces");
  });

  it("reads no inverted attribution with an object pronoun after the verb ('…, pointed it, and shot')", () => {
    const { preds } = analyse("He drew his pistol, pointed it, and fired at one person.");
    expect(byLemma(preds, "fire").reportedBy).toBeNull();
    expect(byLemma(preds, "draw").reportedBy).toBeNull();
  });

  it("reads a phrase set off by commas after a fronted preposition's object as its apposition, not the subject ('in Papua, another province, troops shot …')", () => {
    const { preds, np } = analyse("Meanwhile, in Papua, another restive province, troops attacked two rebels.");
    expect(np(byLemma(preds, "attack").subject)).toBe("troops");
    // Also when the preposition opens the sentence.
    const opening = analyse("In Papua, another restive province, troops attacked two rebels.");
    expect(opening.np(byLemma(opening.preds, "attack").subject)).toBe("troops");
    // A name set off after a time phrase is the subject, and a list after one is no apposition.
    const named = analyse("Late on Sunday, Trump, in a statement, announced troops would leave Syria.");
    expect(named.np(byLemma(named.preds, "announce").subject)).toBe("Trump");
    const listed = analyse("On Thursday, the leaders of Cyprus, Greece and Israel met in Athens.");
    expect(listed.np(byLemma(listed.preds, "meet").subject)).toBe("the leaders of Cyprus");
  });

  it("reads 'that' after the places an attack's phrase names as about the attack ('the attack on peacekeepers in Mali that killed …')", () => {
    const { preds, np } = analyse("The council condemned the attack on peacekeepers in Mali that killed 10 soldiers.");
    expect(np(byLemma(preds, "kill").subject)).toBe("the attack");
    // Another noun before them stays out ("the school in Kabul that …" is about Kabul's school).
    const school = analyse("Gunmen raided a school in Kabul that trained girls.");
    expect(school.np(byLemma(school.preds, "train").subject)).toBe("a school");
  });

  it("reads a count hedged by 'at least' as the object, and the preposition before a hedge as the phrase's ('in at least three states')", () => {
    const { preds, np } = analyse("A suicide bomber killed at least 20 people at a mosque in Peshawar.");
    expect(np(byLemma(preds, "kill").object)).toBe("20 people");
    const launched = analyse("Rebels launched attacks in at least three states.");
    const launch = byLemma(launched.preds, "launch");
    expect(launch.preps.map((pp) => `${pp.prep.lower} ${launched.np(pp.np)}`)).toEqual(["in three states"]);
  });

  it("reads an -ing participle after a decision or text as what it does, even after a preposition ('over a court ruling ordering …')", () => {
    const { preds, np } = analyse("Japan lodged a protest over a court ruling ordering Mitsubishi to compensate workers.");
    expect(np(byLemma(preds, "order").subject)).toBe("a court ruling");
    // Another phrase after a preposition leaves the participle to the clause's subject.
    const wrote = analyse("Iran wrote to the embassy in London asking to waive the fees.");
    expect(wrote.np(byLemma(wrote.preds, "ask").subject)).toBe("Iran");
  });

  it("opens what is said at a subject followed by appositions one after another ('said Paul Thompson, 34, from Wiltshire, was arrested')", () => {
    const { preds, np } = analyse("Xhelili said Paul Thompson, 34, from Wiltshire, was arrested on Sunday.");
    expect(np(byLemma(preds, "arrest").subject)).toBe("Paul Thompson");
    expect(byLemma(preds, "arrest").reportedBy).not.toBeNull();
  });

  it("opens what is said after a time phrase following the speech verb ('said on Tuesday he would press …')", () => {
    const { preds, np } = analyse("Zhirinovsky said on Tuesday he would press the government.");
    const press = byLemma(preds, "press");
    expect(np(press.subject)).toBe("he");
    expect(press.modality).toBe("intended");
    // After another verb a time phrase takes no clause.
    const other = analyse("Police arrested on Tuesday the men who attacked the bank.");
    expect(other.np(byLemma(other.preds, "attack").subject)).toBe("the men");
  });

  it("reads a that-clause after a noun of what is said as its content, reported by whoever utters it ('made accusations that Russian forces had targeted civilians')", () => {
    const { preds, np } = analyse("Ukraine made accusations that Russian forces had targeted civilians.");
    const targeted = byLemma(preds, "target");
    expect(np(targeted.subject)).toBe("Russian forces");
    expect(targeted.modality).toBe("reported");
    // A clause ending at its verb, which lacks its object, describes the noun.
    const relative = analyse("Ukraine investigated the claims that Russia made.");
    expect(relative.np(byLemma(relative.preds, "make").subject)).toBe("Russia");
    expect(byLemma(relative.preds, "make").clauseOpener).not.toBe("complement");
  });

  it("gives an infinitive after 'call on X' to X ('called on the military to abandon Maduro')", () => {
    const { preds, np } = analyse("Guaido called on the military to abandon Maduro.");
    expect(np(byLemma(preds, "abandon").subject)).toBe("the military");
    // A topic after "on" is no doer ("voted on a resolution to expel …").
    const topic = analyse("The council voted on a resolution to expel the envoy.");
    expect(topic.np(byLemma(topic.preds, "expel").subject)).not.toBe("a resolution");
  });

  it("gives a gerund after a participle describing a phrase to that phrase ('expelled a diplomat accused of targeting a lawmaker')", () => {
    const { preds, np } = analyse("Canada expelled a diplomat accused of targeting a lawmaker.");
    expect(np(byLemma(preds, "target").subject)).toBe("a diplomat");
  });

  it("reads what a yes-no question asks as hypothetical, not what a question word takes as given ('Did Putin threaten NATO?')", () => {
    const asked = analyse("Did Putin threaten NATO?");
    expect(byLemma(asked.preds, "threaten").modality).toBe("hypothetical");
    const quoted = analyse("“Has Iran attacked Iraq?” he asked.");
    expect(byLemma(quoted.preds, "attack").modality).toBe("hypothetical");
    const why = analyse("Why did Russia invade Ukraine?");
    expect(byLemma(why.preds, "invade").modality).toBe("asserted");
  });

  it("reads a past participle in an aside opened by a preposition as describing its object ('Trump, in a statement delivered via …, announced …')", () => {
    const { preds, np } = analyse("Trump, in a statement delivered via the press secretary, announced troops would be leaving Syria.");
    const announced = byLemma(preds, "announce");
    expect(np(announced.subject)).toBe("Trump");
    expect(announced.subjectSource).toBe("direct");
    expect(byLemma(preds, "leave").modality).toBe("intended");
  });

  it("gives a result participle right after a subordinate clause that clause's subject ('since bombers hit Istanbul, killing 58 people')", () => {
    const { preds, np } = analyse("Police have arrested dozens of militants since bombers attacked Istanbul, killing 58 people.");
    expect(np(byLemma(preds, "kill").subject)).toBe("bombers");
    // Another participle goes on with the sentence's subject.
    const other = analyse("Police have arrested dozens of militants since bombers attacked Istanbul, saying they were dangerous.");
    expect(other.np(byLemma(other.preds, "say").subject)).toBe("Police");
  });

  it("opens what is said without 'that' across an apposition set off by commas ('said the blast in Kayseri, a calm city, was carried out by …')", () => {
    const { preds, np } = analyse("The governor said the blast in Kayseri, a calm industrial hub, was carried out by militants.");
    expect(np(byLemma(preds, "carry").subject)).toBe("the blast");
    expect(np(byLemma(preds, "carry").reportedBy)).toBe("The governor");
  });

  it("reads a deed told with 'allegedly' or 'reportedly' as reported ('FARC rebels allegedly detonated a car bomb')", () => {
    expect(byLemma(analyse("The rebels allegedly attacked the town.").preds, "attack").modality).toBe("reported");
    expect(byLemma(analyse("The rebels reportedly attacked the town.").preds, "attack").modality).toBe("reported");
    expect(byLemma(analyse("The rebels quickly attacked the town.").preds, "attack").modality).toBe("asserted");
  });

  it("takes 'the following day' for no subject ('The following day several thousand people demonstrated')", () => {
    const { preds, np } = analyse("The following day several thousand people protested.");
    expect(np(byLemma(preds, "protest").subject)).toBe("several thousand people");
  });

  it("takes 'late' before a time phrase for no subject ('Late on Thursday, Palestinians shot …')", () => {
    const { preds, np } = analyse("Late on Thursday, Palestinians attacked an Israeli motorist.");
    expect(np(byLemma(preds, "attack").subject)).toBe("Palestinians");
  });

  it("reads a past participle with its 'by' agent after the subject as part of the subject ('a report obtained by AFP and Reuters has suggested')", () => {
    const { preds, np } = analyse("A UN report obtained by AFP and Reuters has suggested the army is growing.");
    expect(np(byLemma(preds, "suggest").subject)).toBe("A UN report");
    expect(byLemma(preds, "obtain").verb.passive).toBe(true);
    expect(np(byLemma(preds, "obtain").agent)).toBe("AFP");
  });

  it("opens a that-clause after a verb of finding, and reads a floated quantifier's verb of saying as the verb", () => {
    const { preds, np } = analyse("The inquiry found that Iranian troops had attacked Iraq.");
    expect(np(byLemma(preds, "attack").subject)).toBe("Iranian troops");
    expect(byLemma(preds, "attack").clauseOpener).toBe("complement");
    const all = analyse("Iran, Iraq and Turkey all report new cases.");
    expect(all.np(byLemma(all.preds, "report").subject)).toBe("Iran");
  });

  it("opens a clause without 'that' after 'hear' and after verbs that take a that-clause", () => {
    const heard = analyse("The court heard Hickson had worked for a crime boss.");
    expect(heard.np(byLemma(heard.preds, "work").subject)).toBe("Hickson");
    expect(heard.np(byLemma(heard.preds, "hear").object)).toBe("-");
    // Not a participle with its "by" agent, nor past an "and" for verbs other than saying.
    const shown = analyse("The video showed a police officer surrounded by protesters.");
    expect(byLemma(shown.preds, "surround").verb.passive).toBe(true);
    expect(shown.np(byLemma(shown.preds, "surround").agent)).toBe("protesters");
    const ties = analyse("Sri Lanka has established diplomatic ties with and opened an embassy in Tehran.");
    expect(ties.np(byLemma(ties.preds, "open").subject)).toBe("Sri Lanka");
    const agrees = analyse("The detective agrees offences committed by children in the north are a major problem.");
    expect(agrees.np(byLemma(agrees.preds, "be").subject)).toBe("offences");
    expect(agrees.np(byLemma(agrees.preds, "agree").object)).toBe("-");
    // Not past a subordinator that opens a clause of its own: the phrase before it is the object.
    const called = analyse("Merkel called Putin after Russia annexed Crimea.");
    expect(called.np(byLemma(called.preds, "call").object)).toBe("Putin");
    expect(called.np(byLemma(called.preds, "annex").subject)).toBe("Russia");
  });

  it("negates an infinitive after 'not' or 'never', and the rest of its verb chain", () => {
    const { preds } = analyse("Iran decided not to attack Iraq.");
    expect(byLemma(preds, "attack").negated).toBe(true);
    expect(byLemma(analyse("Iran promised never to return.").preds, "return").negated).toBe(true);
    expect(byLemma(analyse("Iran is believed not to have attacked Iraq.").preds, "attack").negated).toBe(true);
    expect(byLemma(analyse("Iran decided to attack Iraq.").preds, "attack").negated).toBe(false);
    expect(byLemma(analyse("Iran didn’t attack Iraq.").preds, "attack").negated).toBe(true);
  });

  it("negates a verb whose subject or object opens with 'neither'", () => {
    expect(byLemma(analyse("Neither Iran nor Iraq attacked Kuwait.").preds, "attack").negated).toBe(true);
    expect(byLemma(analyse("Neither side attacked the town.").preds, "attack").negated).toBe(true);
    expect(byLemma(analyse("Iran attacked neither Kuwait nor Iraq.").preds, "attack").negated).toBe(true);
    expect(byLemma(analyse("Iran attacked Kuwait but neither side won.").preds, "attack").negated).toBe(false);
  });

  it("reads a verb in a 'whether' clause as hypothetical, not a 'whether' phrase before a comma", () => {
    expect(byLemma(analyse("Officials asked whether Iran attacked Iraq.").preds, "attack").modality).toBe("hypothetical");
    // So is a condition's verb ("if", "unless"), but not the main clause after its comma.
    const condition = analyse("If Iran attacked Iraq, Turkey will protest.");
    expect([byLemma(condition.preds, "attack").modality, byLemma(condition.preds, "protest").modality]).toEqual(["hypothetical", "intended"]);
    expect(byLemma(analyse("Officials said Iran attacked Iraq.").preds, "attack").modality).toBe("reported");
    expect(byLemma(analyse("Whether by accident or design, Iran attacked Iraq.").preds, "attack").modality).toBe("asserted");
  });

  it("reads past participles after a noun as reduced passives, but never a verb that takes no object", () => {
    expect(byLemma(analyse("Syria rejected evidence gathered by UN investigators.").preds, "gather").verb.passive).toBe(true);
    const hostage = analyse("They wanted the release of soldiers taken hostage by the rebels.");
    const taken = byLemma(hostage.preds, "take");
    expect([taken.verb.passive, hostage.np(taken.subject), hostage.np(taken.agent)]).toEqual([true, "the release of soldiers", "the rebels"]);
    const died = byLemma(analyse("It was the first time since Algeria gained its independence that a journalist died in jail.").preds, "die");
    expect([died.verb.passive, died.subjectSource]).toEqual([false, "direct"]);
  });

  it("joins 'shot and killed' as two verbs of one subject", () => {
    const shot = analyse("Three people were wounded before police shot and killed the attacker.");
    expect(shot.np(byLemma(shot.preds, "kill").subject)).toBe("police");
  });

  it("gives an effort's infinitive to the effort, even after a preposition, but 'his efforts' to the clause subject", () => {
    const effort = analyse("When it comes to efforts to combat climate change, it is the best of times.");
    expect(effort.np(byLemma(effort.preds, "combat").subject)).toBe("efforts");
    const own = analyse("He asked for it in his efforts to complete the withdrawal.");
    expect(own.np(byLemma(own.preds, "complete").subject)).toBe("He");
    const rally = analyse("They held a rally in Lagos to protest the arrests.");
    expect(rally.np(byLemma(rally.preds, "protest").subject)).toBe("They");
  });

  it("gives an -ing form after 'with' and a noun phrase that phrase as its subject", () => {
    const absolute = analyse("Both are former critics of Trump, with Haley once saying she was not a fan.");
    expect(absolute.np(byLemma(absolute.preds, "say").subject)).toBe("Haley");
  });

  it("opens a phrase with 'another' like 'a'", () => {
    const other = analyse("In another attack, gunmen fired on a patrol.");
    expect(other.np(byLemma(other.preds, "fire").subject)).toBe("gunmen");
  });

  it("reads a bare past participle between a preposition's object and a noun as a modifier, not a verb", () => {
    const { preds } = analyse("The agency issued a recall on Salmonella contaminated pistachios.");
    expect(preds.map((p) => p.verb.lemma)).toEqual(["issue"]);
    // Before the clause's verb it is the verb: "Gunmen in Iraq killed five soldiers".
    const { preds: killed, np } = analyse("Gunmen in Iraq killed five soldiers.");
    expect(np(byLemma(killed, "kill").object)).toBe("five soldiers");
  });

  it("opens a subordinate clause whose subject starts with a quantity ('because at least 75 people have died')", () => {
    const { preds, np } = analyse("The decree was issued because at least 75 people have died.");
    expect(np(byLemma(preds, "die").subject)).toBe("75 people");
    expect(np(byLemma(preds, "issue").object)).toBe("-");
    const after = analyse("Iran attacked Iraq after more than 20 soldiers were killed.");
    expect(after.np(byLemma(after.preds, "kill").subject)).toBe("20 soldiers");
  });

  it("gives an infinitive after a reduced relative the relative's subject, through its auxiliaries", () => {
    const { preds, np } = analyse("Iran issued warrants for 36 people believed to have been involved in the attack.");
    expect(np(byLemma(preds, "believe").subject)).toBe("36 people");
    expect(np(byLemma(preds, "have").subject)).toBe("36 people");
    expect(np(byLemma(preds, "be").subject)).toBe("36 people");
    // Not through a gerund, whose doer is read on its own.
    const praised = analyse("Israel was praised by Egypt for agreeing to release the prisoners.");
    expect(praised.np(byLemma(praised.preds, "release").subject)).not.toBe("Egypt");
  });

  it("gives an infinitive right after a gerund the gerund's doer and governor ('for failing to reject'); a passive's agent does not do the gerund", () => {
    const failing = analyse("Rouhani upbraided Zarif for failing to reject the plan.");
    const reject = byLemma(failing.preds, "reject");
    expect(failing.np(reject.subject)).toBe("Zarif");
    expect(reject.governor).toBe("fail");
    const praised = analyse("Israel was praised by Egypt for agreeing to release the prisoners.");
    expect(praised.np(byLemma(praised.preds, "agree").subject)).toBe("Israel");
    expect(praised.np(byLemma(praised.preds, "release").subject)).toBe("Israel");
  });

  it("reads an -ing participle right after an object as said of the object, unless it is a weapon or message or follows a preposition", () => {
    const fires = analyse("Macron condemned the wildfires currently destroying the rainforest.");
    expect(fires.np(byLemma(fires.preds, "destroy").subject)).toBe("the wildfires");
    const result = analyse("Israeli jets struck the town killing ten people.");
    expect(result.np(byLemma(result.preds, "kill").subject)).toBe("Israeli jets");
    const missiles = analyse("Iran launched missiles targeting US troops.");
    expect(missiles.np(byLemma(missiles.preds, "target").subject)).toBe("Iran");
    const embassy = analyse("The chief wrote to the embassy in London asking for help.");
    expect(embassy.np(byLemma(embassy.preds, "ask").subject)).toBe("The chief");
  });

  it("ends a fronted adverbial at its comma even when an infinitive stands in it ('In an incident likely to heighten tensions in Mostar, Croat police shot …')", () => {
    const { preds, np } = analyse("In an incident likely to heighten tensions in Mostar, Croat police in the western part of the city shot at a car.");
    expect(np(byLemma(preds, "shot").subject)).toBe("Croat police");
  });

  it("gives an infinitive right after a verb's object that verb as governor, not the clause's main verb ('sent a letter asking him to intervene')", () => {
    const { preds } = analyse("She sent a letter to the Pope asking him to intervene in Syria.");
    expect(byLemma(preds, "intervene").governor).toBe("ask");
    const main = analyse("Iran urged Iraq to withdraw.");
    expect(byLemma(main.preds, "withdraw").governor).toBe("urge");
  });

  it("takes no bare year before an infinitive as its doer ('pledged money in 2009 and 2013 to support …')", () => {
    const { preds, np } = analyse("Pfizer pledged money in 2009 and 2013 to support the programs.");
    expect(np(byLemma(preds, "support").subject)).toBe("Pfizer");
  });

  it("gives an infinitive after a weapon its user's subject, and after a person that person ('used rifles to attack' / 'urged troops to attack')", () => {
    const rifles = analyse("The gunmen used rifles to attack a police station.");
    expect(rifles.np(byLemma(rifles.preds, "attack").subject)).toBe("The gunmen");
    const troops = analyse("The general urged the troops to attack the town.");
    expect(troops.np(byLemma(troops.preds, "attack").subject)).toBe("the troops");
  });

  it("keeps a phrase joined to a preposition's object in that prepositional phrase, not the verb's object", () => {
    const { preds, np } = analyse("The plan was backed by Japan and China.");
    const back = byLemma(preds, "back");
    expect(np(back.agent)).toBe("Japan");
    expect(np(back.object)).toBe("-");
  });

  it("gives no doer to an -ing phrase that is the subject of what is said, or compared with 'than'", () => {
    const { preds, np } = analyse("Trump said defeating the rebels is a higher priority than persuading Assad to resign.");
    expect(np(byLemma(preds, "defeat").subject)).toBe("-");
    expect(np(byLemma(preds, "persuade").subject)).toBe("-");
    const done = analyse("Trump said his troops were defeating the rebels.");
    expect(done.np(byLemma(done.preds, "defeat").subject)).toBe("his troops");
  });

  it("opens a that-clause after a prepositional phrase of the verb ('agreed in a phone call that …')", () => {
    const { preds, np } = analyse("Putin agreed in a phone call that Russian investigators would fly to Ankara.");
    expect(np(byLemma(preds, "fly").subject)).toBe("Russian investigators");
  });

  it("reads a 'that' clause after 'N in <place>' as said of N ('bombings in Istanbul that killed 44 people')", () => {
    const { preds, np } = analyse("Militants claimed the bombings in Istanbul that killed 44 people.");
    expect(np(byLemma(preds, "kill").subject)).toBe("the bombings");
    // Not past a noun that is itself a preposition's object: "the attack on a school in Kabul that killed".
    const school = analyse("Turkey condemned the attack on a school in Kabul that killed 10 children.");
    expect(school.np(byLemma(school.preds, "kill").subject)).not.toBe("a school");
  });

  it("continues a reported clause with a verb joined to it, but not with a joined verb of saying", () => {
    const { preds, np } = analyse("Police said the gunman left the hall and attacked the guards.");
    const attack = byLemma(preds, "attack");
    expect(np(attack.subject)).toBe("the gunman");
    expect(np(attack.reportedBy)).toBe("Police");
    const added = analyse("Police said the gunman left the hall and added that he was armed.");
    expect(added.np(byLemma(added.preds, "add").subject)).toBe("Police");
    // After a copula, a passive or a perfect the joined verb goes on with the speaker.
    const copula = analyse("Turkey said the attack was a provocation and summoned the ambassador.");
    expect(copula.np(byLemma(copula.preds, "summon").subject)).toBe("Turkey");
    const perfect = analyse("The army said the rebels had withdrawn and sent troops into the town.");
    expect(perfect.np(byLemma(perfect.preds, "send").subject)).toBe("The army");
  });

  it("does not make a place the doer of an infinitive in a clause without a verb ('While in New York to attend …')", () => {
    const { preds, np } = analyse("While in New York to attend the assembly, the president told reporters about it.");
    // No doer is read from the verbless clause (not the place).
    expect(np(byLemma(preds, "attend").subject)).toBe("-");
    const with_ = analyse("Iran agreed with Airbus to open an office.");
    expect(with_.np(byLemma(with_.preds, "open").subject)).toBe("Airbus");
  });

  it("gives a gerund after 'NP of/for/from/with' that phrase as its doer ('accused Iran of sending', 'an appeal for deploying')", () => {
    const accused = analyse("The minister accused Iran of sending troops to Syria.");
    expect(accused.np(byLemma(accused.preds, "send").subject)).toBe("Iran");
    expect(byLemma(accused.preds, "send").subjectSource).toBe("gerund");
    const appeal = analyse("Beirut rejected a United Nations appeal for deploying army troops.");
    expect(appeal.np(byLemma(appeal.preds, "deploy").subject)).toBe("a United Nations appeal");
    // After an adverbial preposition the clause's subject acts.
    const by = analyse("Iran responded to the crisis by sending troops.");
    expect(by.np(byLemma(by.preds, "send").subject)).toBe("Iran");
  });

  it("keeps a phrase joined to a fronted preposition's object out of the subject ('On health and the city's hospitals, he said')", () => {
    const { preds, np } = analyse("On health care and the city's hospitals, he said the plan would work.");
    expect(np(byLemma(preds, "say").subject)).toBe("he");
    // A sentence may open with "And" before its subject.
    const and = analyse("And the minister has called for a boycott.");
    expect(and.np(byLemma(and.preds, "call").subject)).toBe("the minister");
  });

  it("reads quotation marks around a short verbless phrase as scare quotes inside the clause, not a clause boundary", () => {
    const { preds, np } = analyse("The parliament approved a \u201cspecial law\u201d recognizing the opposition.");
    expect(np(byLemma(preds, "approve").object)).toBe("special law");
    expect(byLemma(preds, "recognize").verb.participle).toBe(true);
    expect(byLemma(preds, "recognize").clauseOpener).toBe("start");
    // A quotation with a verb in it still opens a clause of its own.
    const quoted = analyse('The minister said: "We will fight." The army attacked.');
    expect(byLemma(quoted.preds, "fight").clauseOpener).toBe("punct");
  });

  it("keeps an infinitive chain after an intended infinitive intended ('willing to send … to help defend')", () => {
    const { preds } = analyse("Norway is willing to send material to help defend Saudi Arabia.");
    expect(["send", "help", "defend"].map((l) => byLemma(preds, l).modality)).toEqual(["intended", "intended", "intended"]);
    const done = analyse("Norway sent material to help defend Saudi Arabia.");
    expect(byLemma(done.preds, "send").modality).toBe("asserted");
  });

  it("reads a closing attribution whose speaker has a prepositional phrase (', a spokeswoman for the U.S. embassy said.')", () => {
    const { preds, np } = analyse("Haiti declared a state of siege, suspending the constitution, a spokeswoman for the U.S. embassy said.");
    const suspend = byLemma(preds, "suspend");
    expect(suspend.preps.map((x) => np(x.np))).toEqual([]);
    expect(np(suspend.reportedBy)).toBe("a spokeswoman");
    expect(byLemma(preds, "say").clauseOpener).toBe("attribution");
  });

  it("gives an infinitive governed by an adjective describing a phrase that phrase as subject ('an issue likely to dominate')", () => {
    const { preds, np } = analyse("The negotiators met in Geneva, an issue likely to dominate relations.");
    expect(np(byLemma(preds, "dominate").subject)).toBe("an issue");
    const ready = analyse("Iran is ready to send troops.");
    expect(ready.np(byLemma(ready.preds, "send").subject)).toBe("Iran");
  });

  it("opens a that-clause after a speech verb and an adverb ('said yesterday that removing the sanctions is …')", () => {
    const { preds } = analyse("US authorities said yesterday that removing the sanctions on Burma is out of the question.");
    const removing = byLemma(preds, "remove");
    expect(removing.clauseOpener).toBe("complement");
    expect(removing.subject).toBeNull();
  });

  it("reads a that-clause after a noun of attitude as its content ('expressed hopes on Thursday that Osgiliath could …')", () => {
    const { preds, np } = analyse("Eriador expressed hopes on Thursday that Osgiliath could be drawn into the peace process.");
    const drawn = byLemma(preds, "draw");
    expect(drawn.clauseOpener).toBe("complement");
    expect(np(drawn.subject)).toBe("Osgiliath");
    expect(drawn.governor).toBe("express");
  });

  it("ends a noun phrase before 'last month', 'next week' (not before 'next week of')", () => {
    const { preds, np } = analyse("Some Kurds sought refuge in Germany last month.");
    expect(byLemma(preds, "seek").preps.map((x) => `${x.prep.text} ${np(x.np)}`)).toEqual(["in Germany"]);
    const meeting = analyse("Jihad rejected a meeting next week of the factions.");
    expect(meeting.np(byLemma(meeting.preds, "reject").object)).toBe("a meeting next week of the factions");
  });

  it("reads 'as' before a role as a preposition, not a clause opener or an object", () => {
    const served = analyse("He twice served as prime minister.");
    const p = byLemma(served.preds, "serve");
    expect(served.np(p.object)).toBe("-");
    expect(p.preps.map((x) => x.prep.lower)).toEqual(["as"]);
    const { preds, np } = analyse("Benin opened its borders to Africans ordered out of Nigeria as illegal aliens, but was still refusing admittance to Ghanaians.");
    const refusing = byLemma(preds, "refuse");
    expect(refusing.clauseOpener).toBe("coordinate");
    expect(np(refusing.subject)).toBe("Benin");
  });

  it("does not take a bare day between verb and object as the object", () => {
    const { preds, np } = analyse("Beirut again rejected Thursday a United Nations appeal.");
    expect(np(byLemma(preds, "reject").object)).toBe("a United Nations appeal");
  });

  it("opens what is said after an infinitive speech verb and 'that' ('came forward to say that he had …')", () => {
    const { preds, np } = analyse("The women came forward to say that he had assaulted them.");
    const assault = byLemma(preds, "assault");
    expect(np(assault.subject)).toBe("he");
    expect(np(assault.reportedBy)).toBe("The women");
  });

  it("takes no phrase after a preposition as a finite verb's subject ('dealing with Iraq inflicts harm')", () => {
    const { preds } = analyse("They said that dealing with Iraq inflicts harm.");
    expect(byLemma(preds, "inflict").subject).toBeNull();
  });

  it("gives an infinitive after a gerund a preposition opens to that gerund ('responded by threatening to attack Iraq')", () => {
    const { preds } = analyse("Iran responded by threatening to attack Iraq.");
    const attack = byLemma(preds, "attack");
    expect(attack.governor).toBe("threaten");
    expect(attack.modality).toBe("intended");
  });

  it("takes the doer of an 'of' gerund from an aside before it ('accused foreign forces, notably the United States, of seeking')", () => {
    const { preds, np } = analyse("China accused foreign forces, notably the United States, of seeking to support rebels.");
    expect(np(byLemma(preds, "seek").subject)).toBe("the United States");
    const backed = analyse("Iran accused the rebels, backed by Iraq, of attacking Turkey.");
    expect(backed.np(byLemma(backed.preds, "attack").subject)).not.toBe("Iraq");
  });

  it("reads a bare past form of a verb that needs someone before its infinitive as a headline's passive ('Boeing allowed to bid')", () => {
    expect(byLemma(analyse("Boeing allowed to bid for contracts again").preds, "allow").verb.passive).toBe(true);
    expect(byLemma(analyse("Iran allowed Iraq to bid for contracts.").preds, "allow").verb.passive).toBe(false);
  });

  it("takes the phrase after a verb of telling as whom it tells when 'that' or another phrase follows ('told the BBC that police suspect …')", () => {
    const told = analyse("He told the BBC that police suspect the attackers.");
    expect(told.np(byLemma(told.preds, "tell").object)).toBe("the BBC");
    expect(told.np(byLemma(told.preds, "suspect").subject)).toBe("police");
    const reporters = analyse("Iran told reporters the army would attack Iraq.");
    expect(reporters.np(byLemma(reporters.preds, "attack").subject)).toBe("the army");
    // A verb joined to what is said shares its subject, not the teller's.
    const joined = analyse("They told reporters the guerrillas stopped the buses and forced the passengers out.");
    expect(joined.np(byLemma(joined.preds, "force").subject)).toBe("the guerrillas");
  });

  it("takes the phrase before an -ing form that says where it lies as that form's subject, even after a preposition ('on the road linking Erzincan and Sivas')", () => {
    const { preds, np } = analyse("Rebels stopped the buses on the road linking Erzincan and Sivas.");
    expect(np(byLemma(preds, "link").subject)).toBe("the road");
  });

  it("reads 'would' in what is said as the future seen from then, unless asked or supposed", () => {
    const modality = (text: string, lemma: string) => byLemma(analyse(text).preds, lemma).modality;
    expect(modality("Poland said it would send a team to Libya.", "send")).toBe("intended");
    expect(modality("Iran asked whether Iraq would attack Turkey.", "attack")).toBe("hypothetical");
    expect(modality("Iraq would attack Turkey.", "attack")).toBe("hypothetical");
    expect(modality("Poland said it could send a team to Libya.", "send")).toBe("hypothetical");
    expect(modality("The report said Iraq would have attacked Kuwait.", "attack")).toBe("hypothetical");
    expect(modality("Iran said it did not know whether Iraq would attack Turkey.", "attack")).toBe("hypothetical");
  });

  it("does not take a time placed from now ('this week', 'last month') as the object", () => {
    const { preds, np } = analyse("Nyerere arrived in Rome this week on a private visit.");
    expect(byLemma(preds, "arrive").object).toBeNull();
    const announced = analyse("Israel announced last month the expansion of settlements.");
    expect(announced.np(byLemma(announced.preds, "announce").object)).toBe("the expansion of settlements");
    const rejected = analyse("Iran rejected the plan this week.");
    expect(rejected.np(byLemma(rejected.preds, "reject").object)).toBe("the plan");
  });

  it("lets a subjectless first verb (an adjective read as a verb) give way to the verb that has a subject", () => {
    const { preds, np } = analyse("Ousted President Askar Akayev has agreed to resign.");
    const p = byLemma(preds, "resign");
    expect(p.governor).toBe("agree");
    expect(np(p.subject)).toBe("President Askar Akayev");
  });

  it("recognises a passive without an agent and keeps the patient as subject", () => {
    const { preds, np } = analyse("The general was killed in an air strike near the airport.");
    const p = byLemma(preds, "kill");
    expect(p.verb.passive).toBe(true);
    expect(np(p.subject)).toBe("The general");
    expect(p.agent).toBeNull();
  });

  it("reads 'were engaged in' as what the subject takes part in, not a passive", () => {
    const { preds, np } = analyse("Serb forces were engaged in ethnic cleansing against the Albanian population.");
    const p = byLemma(preds, "engage");
    expect(p.verb.passive).toBe(false);
    expect(np(p.subject)).toBe("Serb forces");
    expect(byLemma(analyse("Serb forces were engaged by the army.").preds, "engage").verb.passive).toBe(true);
  });

  it("finds the by-agent of a passive", () => {
    const { preds, np } = analyse("The convoy was attacked by rebels on Monday.");
    expect(np(byLemma(preds, "attack").agent)).toBe("rebels");
  });

  it("reads 'no longer' as negating the verb it precedes", () => {
    const { preds } = analyse("The police will no longer tolerate rallies by the group.");
    const p = byLemma(preds, "tolerate");
    expect(p.negated).toBe(true);
    expect(p.verb.modal).toBe("future");
  });

  it("marks negation and future modality", () => {
    const { preds } = analyse("The army did not attack the village, but it will sign the deal.");
    expect(byLemma(preds, "attack").negated).toBe(true);
    expect(byLemma(preds, "sign").modality).toBe("intended");
  });

  it("gives a relative clause the antecedent as subject, and resumes the main clause after it", () => {
    const { preds, np } = analyse("The commander, who led the campaign, was arrested in the capital.");
    expect(np(byLemma(preds, "lead").subject)).toBe("The commander");
    expect(np(byLemma(preds, "arrest").subject)).toBe("The commander");
  });

  it("reports clauses attributed with a clause-final speech verb", () => {
    const { preds, np } = analyse("The two countries prepared a treaty, the president said.");
    const p = byLemma(preds, "prepare");
    expect(np(p.reportedBy)).toBe("the president");
    expect(p.modality).toBe("reported");
  });

  it("reports a that-complement and gives a participle clause the previous subject", () => {
    const { preds, np } = analyse("The envoy said the talks failed, adding that the army shelled the town.");
    expect(np(byLemma(preds, "add").subject)).toBe("The envoy");
    const shell = byLemma(preds, "shell");
    expect(np(shell.subject)).toBe("the army");
    expect(np(shell.reportedBy)).toBe("The envoy");
  });

  it("gives an infinitive after an intent verb the matrix subject and intended modality", () => {
    const { preds, np } = analyse("The rebels plan to attack the base.");
    const p = byLemma(preds, "attack");
    expect(np(p.subject)).toBe("The rebels");
    expect(p.modality).toBe("intended");
  });

  it("starts a new clause at a comma followed by a new subject and verb", () => {
    const { preds, np } = analyse("In 2014, when the militants seized the city, foreign advisers rushed to the aid of the army.");
    expect(np(byLemma(preds, "seize").subject)).toBe("the militants");
    expect(np(byLemma(preds, "rush").subject)).toBe("foreign advisers");
  });

  it("reads a verb-tagged word right after a verb as a noun or a modifier", () => {
    const a = analyse("The government rejected calls by the opposition.");
    expect(a.np(byLemma(a.preds, "reject").object)).toBe("calls");
    const b = analyse("The rebels reject proposed Israeli changes.");
    expect(b.np(byLemma(b.preds, "reject").object)).toBe("proposed Israeli changes");
  });

  it("keeps adverbial time nouns and quantities out of the subject's way", () => {
    const a = analyse("Prime Minister Robert Mugabe today accused the United States.");
    expect(a.np(byLemma(a.preds, "accuse").subject)).toBe("Prime Minister Robert Mugabe");
    const b = analyse("Up to 100 ethnic Albanians demonstrated on Tuesday.");
    expect(b.np(byLemma(b.preds, "demonstrate").subject)).toBe("100 ethnic Albanians");
  });

  it("opens complement clauses after demand verbs, past a time phrase", () => {
    const { preds, np } = analyse("Russia demanded on Tuesday that Sudan return the helicopter.");
    const p = byLemma(preds, "return");
    expect(p.clauseOpener).toBe("complement");
    expect(p.governor).toBe("demand");
    expect(np(p.subject)).toBe("Sudan");
  });

  it("keeps a closing acronym in parentheses inside its phrase", () => {
    const { preds, np } = analyse("The European Union (EU) agreed.");
    expect(np(byLemma(preds, "agree").subject)).toBe("The European Union (EU)");
  });

  it("keeps common adjectives joined by 'and' before a noun in one phrase", () => {
    const { preds, np } = analyse("Iran's awful and evil minister warned Iraq.");
    expect(np(byLemma(preds, "warn").subject)).toBe("Iran's awful and evil minister");
  });

  it("reads the phrase after an active verb's particle as its object ('cordoned off the roads')", () => {
    const { preds, np } = analyse("Soldiers have cordoned off the roads leading into Mordor.");
    const p = byLemma(preds, "cordoned");
    expect(np(p.object)).toBe("the roads");
    expect(p.preps.map((x) => x.prep.lower)).not.toContain("off");
  });

  it("opens a clause at 'as' when a subject with its own prepositional phrase and a verb follow", () => {
    const { preds, np } = analyse("Serbia eased measures in Montenegro, as authorities in Croatia cracked down on nationalists.");
    const eased = byLemma(preds, "ease");
    expect(eased.preps.map((x) => np(x.np))).toEqual(["Montenegro"]);
    const cracked = byLemma(preds, "crack");
    expect(np(cracked.subject)).toBe("authorities");
    expect(cracked.clauseOpener).toBe("subordinate");
  });

  it("gives a relative clause after 'NP of NP' the first phrase, after 'NP to NP' the nearest", () => {
    const of = analyse("Rebels killed the leader of the militia, who had ordered the attack.");
    expect(of.np(byLemma(of.preds, "order").subject)).toBe("the leader of the militia");
    const to = analyse("The United States sent weapons to Macedonia, which is preparing an offensive.");
    expect(to.np(byLemma(to.preds, "prepare").subject)).toBe("Macedonia");
    // After a verb's object, "from" says whence the verb moves it: "which" stays on the phrase after it.
    const from = analyse("The president withdrew the country from a treaty with Iran, which had been signed in 2015.");
    expect(from.np(byLemma(from.preds, "sign").subject)).toBe("a treaty");
  });

  it("reads an -ed form with an object after a noun as a past tense, not a reduced passive relative", () => {
    const used = analyse("British aircraft using precision guided missiles killed four Iraqis in Basra.");
    const kill = byLemma(used.preds, "kill");
    expect(kill.verb.passive).toBe(false);
    expect(used.np(kill.subject)).toBe("British aircraft");
    expect(used.np(kill.object)).toBe("four Iraqis");
    const complement = analyse("A UN report concluded evidence supported his murder.");
    expect(complement.np(byLemma(complement.preds, "support").subject)).toBe("evidence");
    // Without an object, or with only a time phrase after it, it stays a reduced relative.
    const related = analyse("The minister discussed issues related to the border.");
    expect(byLemma(related.preds, "relate").verb.passive).toBe(true);
    const issued = analyse("The ministry rejected a statement issued Tuesday by the rebels.");
    expect(issued.np(byLemma(issued.preds, "issue").subject)).toBe("a statement");
    const ago = analyse("The government rejected the measures announced ten days ago.");
    expect(byLemma(ago.preds, "announce").verb.passive).toBe(true);
  });

  it("does not climb from a relative pronoun past an adverbial preposition, nor give 'who' an activity", () => {
    const { preds, np } = analyse("Government forces took the village after fierce fighting with guerrillas who overran it last month.");
    expect(np(byLemma(preds, "overrun").subject)).toBe("guerrillas");
    const after = analyse("Troops entered the town after talks with the rebels, which ended in a truce.");
    expect(after.np(byLemma(after.preds, "end").subject)).toBe("talks");
  });

  it("reads an irregular participle the tagger lacks after a perfect 'have' as the verb ('have retaken')", () => {
    const { preds, np } = analyse("Government forces have retaken a strategic village.");
    const p = preds.find((x) => x.verb.lemma.startsWith("retak"));
    expect(p).toBeDefined();
    expect(np(p!.subject)).toBe("Government forces");
    expect(np(p!.object)).toBe("a strategic village");
    // A noun after "have" stays a noun.
    expect(analyse("The rebels have children in the camps.").preds.map((x) => x.verb.lemma)).not.toContain("child");
  });

  it("reads a prepositional participle between commas as an aside, not a clause ('X, following the deal, has taken')", () => {
    const { preds, np } = analyse("President Bashir, following the partial peace deal, has taken several steps.");
    expect(np(byLemma(preds, "take").subject)).toBe("President Bashir");
    const saying = analyse("The rebels attacked the town, saying the army had fled.");
    expect(byLemma(saying.preds, "say").clauseOpener).toBe("participle");
  });

  it("gives an infinitive after an effort noun the effort's maker ('has taken steps to enhance'), after other nouns the noun", () => {
    const { preds, np } = analyse("The military has taken decisive action to protect its personnel.");
    expect(np(byLemma(preds, "protect").subject)).toBe("The military");
    const steps = analyse("The president took several steps to enhance political freedoms.");
    expect(steps.np(byLemma(steps.preds, "enhance").subject)).toBe("The president");
    const abandoned = analyse("The rebels abandoned efforts to stop the parade.");
    expect(abandoned.np(byLemma(abandoned.preds, "stop").subject)).not.toBe("The rebels");
    const talks = analyse("The envoy proposed talks to end the war.");
    expect(talks.np(byLemma(talks.preds, "end").subject)).toBe("talks");
  });

  it("reads a bare past participle after a comma and before an infinitive as a reduced passive ('…, expected to be joined')", () => {
    const { preds } = analyse("French and Egyptian warships launched war games, expected to be joined later by Italian vessels.");
    expect(byLemma(preds, "expect").verb.passive).toBe(true);
    const active = analyse("The rebels attacked the town, killed twenty people and burned the market.");
    expect(byLemma(active.preds, "kill").verb.passive).toBe(false);
  });

  it("does not take the object of a preposition of place or topic as an infinitive's doer ('remained in Iraq to prevent')", () => {
    const { preds, np } = analyse("The troops have remained in Iraq to prevent attacks.");
    expect(np(byLemma(preds, "prevent").subject)).toBe("The troops");
    const vote = analyse("The parliament voted on a resolution to expel the troops.");
    expect(vote.np(byLemma(vote.preds, "expel").subject)).toBe("The parliament");
    const allies = analyse("The US has been encouraging allies such as Germany to restrict the airline.");
    expect(allies.np(byLemma(allies.preds, "restrict").subject)).toBe("Germany");
  });

  it("does not take a plural time phrase before an infinitive as its doer ('after four years to allow')", () => {
    const { preds, np } = analyse("Uzbekistan opened the bridge after four years to allow the delivery of grain.");
    expect(np(byLemma(preds, "allow").subject)).toBe("Uzbekistan");
  });

  it("reads a past participle between a preposition and a noun as the noun's modifier ('against besieged Sarajevo')", () => {
    const { preds, np } = analyse("Serb forces launched an offensive against besieged Sarajevo.");
    const p = byLemma(preds, "launch");
    expect(p.preps.map((x) => `${x.prep.text} ${np(x.np)}`)).toEqual(["against besieged Sarajevo"]);
    expect(preds.map((x) => x.verb.lemma)).not.toContain("besiege");
  });

  it("reads a speech verb the tagger took for a plural noun before a name as the verb", () => {
    const { preds, np } = analyse("The government claims Iran flies weapons to Syria.");
    expect(np(byLemma(preds, "claim").subject)).toBe("The government");
    expect(np(byLemma(preds, "fly").subject)).toBe("Iran");
  });
});

describe("noun phrases with a parenthesised gloss", () => {
  it("keeps a name's gloss in parentheses inside the phrase when a noun follows it", () => {
    const text = "The Hizbollah (Party of God) group declared a ceasefire.";
    const doc = emptyDocument(makeArticle({ text }));
    Object.assign(doc, tokenise(nlp, doc.text));
    const entity = (needle: string, i: number) => ({ id: `e${i}`, start: text.indexOf(needle), end: text.indexOf(needle) + needle.length, text: needle, type: "ORG" as const, actorId: null });
    doc.entities = [entity("Hizbollah", 1), entity("Party of God", 2)];
    const [sentence] = chunkDocument(doc);
    const p = predications(sentence).find((x) => x.verb.lemma === "declare")!;
    expect(text.slice(sentence.words[p.subject!.first].start, sentence.words[p.subject!.last].end)).toBe("The Hizbollah (Party of God) group");
    expect(p.subject!.entities).toEqual([0, 1]);
    // Without a noun after it, the gloss closes the phrase as before.
    const { preds, np } = analyse("The rebels (mostly farmers) declared a ceasefire.");
    expect(np(byLemma(preds, "declare").subject)).not.toContain("(");
  });
});

describe("adjective-tagged verbs", () => {
  it("reads an 'adjective' between a subject's head and a determiner as the verb, but not 'worth'", () => {
    const { preds, np } = analyse("The rebels welcome the talks with the government.");
    expect(np(byLemma(preds, "welcome").subject)).toBe("The rebels");
    expect(np(byLemma(preds, "welcome").object)).toBe("the talks");
    expect(analyse("The contract worth a billion dollars was signed.").preds.map((p) => p.verb.lemma)).not.toContain("worth");
  });
});
