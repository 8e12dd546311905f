import { describe, expect, it } from "vitest";
import { emptyDocument, makeArticle } from "../../model/document.js";
import { loadWink, tokenise } from "../tokens/wink.js";
import { chunkDocument, sentenceWords } from "./chunk.js";

const nlp = loadWink();

/** The first sentence's chunks as "[NP a b] [VG c]". */
function chunks(text: string): string {
  const doc = emptyDocument(makeArticle({ text }));
  Object.assign(doc, tokenise(nlp, doc.text));
  const [s] = chunkDocument(doc);
  return s.chunks.map((c) => `[${c.kind} ${s.words.slice(c.first, c.last + 1).map((w) => w.text).join(" ")}]`).join(" ");
}

describe("phrase ends", () => {
  it("ends a day's name before a name after it ('said on Thursday Iran had attacked')", () => {
    expect(chunks("Syria said on Thursday Iran had attacked Iraq.")).toContain("[NP Thursday] [NP Iran]");
    expect(chunks("Syria said Thursday Iran had attacked Iraq.")).toContain("[NP Thursday] [NP Iran]");
  });
});

describe("tag repairs", () => {
  it("reads a past form tagged as a noun after a subject and before its object as the verb ('insurgents abducted dozens of schoolgirls')", () => {
    expect(chunks("Boko Haram insurgents abducted dozens of schoolgirls in Borno state.")).toContain("[VG abducted]");
    expect(chunks("The hundred delegates met.")).not.toContain("[VG hundred]");
    expect(chunks("Boko Haram militants abducted more than 300 schoolboys.")).toContain("[VG abducted]");
  });

  it("reads an -ing form after 'of' with an object as a gerund, not an 'of' complement ('accused Iran of arming the Houthis')", () => {
    expect(chunks("Britain accused Iran of arming the Houthis.")).toContain("[VG arming] [NP the Houthis]");
    expect(chunks("Britain accused Iran of poisoning opposition politician Alexei Navalny.")).toContain("[VG poisoning]");
    expect(chunks("The cost of housing the refugees in the city rose.")).toContain("[VG housing]");
    expect(chunks("The cost of housing in the city rose.")).not.toContain("[VG housing]");
  });

  it("reads an -s noun after the name opening a sentence with no verb as a headline's present-tense verb ('Pakistan arrests former PM')", () => {
    expect(chunks("Pakistan arrests former prime minister Imran Khan.")).toContain("[NP Pakistan] [VG arrests]");
    expect(chunks("Russia expels two Polish diplomats.")).toContain("[NP Russia] [VG expels]");
    // A title naming no deed stays a noun phrase.
    expect(chunks("Iran talks in Geneva.")).not.toContain("[VG");
  });

  it("reads a past form ending an 'of' complement before 'at' or 'on' and an object as the verb ('… of the city shot at a car')", () => {
    expect(chunks("Croat police in the western part of the city shot at a car.")).toContain("[NP the western part of the city] [VG shot]");
  });

  it("reads an -ing form whose object comes with 'of' as a noun ('the arrests and jailing of activists'), unless its verb takes 'of'", () => {
    expect(chunks("Rights groups protested the arrests and jailing of activists.")).toContain("[NP jailing of activists]");
    expect(chunks("The army began shelling of the town.")).toContain("[NP shelling of the town]");
    expect(chunks("Sharif condemned the extra-judicial killing of innocent youths.")).toContain("killing of innocent youths]");
    expect(chunks("The envoys were warning of a war.")).toContain("[VG were warning]");
  });

  it("reads an -s form right after a subordinator and before a verb as the clause's plural subject ('when rebels attacked')", () => {
    expect(chunks("Ten soldiers were killed when rebels attacked an army post.")).toContain("[NP rebels] [VG attacked]");
    // A past participle opening an "of" complement modifies its noun ("scores of masked rebels").
    expect(chunks("Scores of masked rebels struck at police posts.")).toContain("[NP Scores of masked rebels]");
  });

  it("reads a capitalised verb form inside a run of capitalised words as part of a title ('Supreme Allied Commander')", () => {
    expect(chunks("NATO's Supreme Allied Commander John Sheehan visited Bosnia.")).not.toContain("[VG Allied]");
    expect(chunks("Rebels Attacked the town.")).toContain("[VG Attacked]");
  });

  it("reads an -ing form after 'by' with a plural object as the gerund's verb ('responded by expelling diplomats')", () => {
    expect(chunks("Moscow responded by expelling diplomats from the United States.")).toContain("[O by] [VG expelling] [NP diplomats]");
  });

  it("reads a past form after an adjective heading its phrase, or after a name, as the clause's verb ('The military launched airstrikes', 'Qatar mediated talks')", () => {
    expect(chunks("The military launched airstrikes on rebel positions.")).toContain("[NP The military] [VG launched] [NP airstrikes]");
    expect(chunks("Qatar mediated talks between Israel and Hamas.")).toContain("[NP Qatar] [VG mediated] [NP talks]");
    expect(chunks("Qatar mediated between Israel and Hamas.")).toContain("[NP Qatar] [VG mediated]");
    expect(chunks("Zimbabwe's military placed President Robert Mugabe under house arrest.")).toContain("[NP Zimbabwe 's military] [VG placed]");
    expect(chunks("Iraq's armed forces launched an offensive.")).toContain("[NP Iraq 's armed forces] [VG launched]");
    // A participle right after the determiner still modifies the noun.
    expect(chunks("The armed forces launched airstrikes.")).toContain("[NP The armed forces] [VG launched]");
    expect(chunks("Iraqi armed forces launched airstrikes.")).toContain("[NP Iraqi armed forces] [VG launched]");
  });

  it("reads a verb of saying after a possessive's adjective and before a name as the clause's verb ('Thailand's military said Cambodia …')", () => {
    expect(chunks("Thailand's military said Cambodia attacked its troops.")).toContain("[VG said] [NP Cambodia]");
    // Another participle there modifies the noun after it.
    expect(chunks("The nation's top elected Republican criticized Iran.")).toContain("[NP The nation 's top elected Republican]");
  });

  it("reads an -ing or -ed form opening the sentence before a name and its verb as the name's modifier ('Neighbouring Pakistan condemned …')", () => {
    expect(chunks("Neighbouring Pakistan condemned the attack by India.")).toContain("[NP Neighbouring Pakistan] [VG condemned]");
    // With a comma after the name it opens a participle clause.
    expect(chunks("Visiting Iran, Putin praised the deal.")).toContain("[VG Visiting] [NP Iran]");
  });

  it("reads a verb form after a possessive determiner as a noun ('broke off his address') or a modifier ('their shared border')", () => {
    expect(chunks("He broke off his address to take a call.")).toContain("[NP his address]");
    expect(chunks("They agreed on a line as their shared maritime border.")).toContain("[NP their shared maritime border]");
  });

  it("reads an -ing word after a preposition that takes a gerund, before a name or determiner, as the gerund's verb ('after meeting Patten')", () => {
    expect(chunks("Axworthy spoke after meeting Hong Kong Governor Chris Patten.")).toContain("[VG meeting]");
    expect(chunks("Axworthy spoke after the meeting.")).toContain("[NP the meeting]");
  });

  it("keeps an adverb joined by a hyphen to a participle inside the noun phrase ('the so-called alliance forces')", () => {
    expect(chunks("They went to the so-called alliance forces.")).toContain("[NP the so - called alliance forces]");
    // A hyphenated compound modifies like an adjective: a participle after it still modifies the head.
    expect(chunks("Prodi paid a one-day working visit to Turkey.")).toContain("[NP a one - day working visit]");
  });

  it("reads a noun right after ', which' or ', who' and before an object as the relative clause's verb", () => {
    expect(chunks("The Taliban, which control the city, captured the airport.")).toContain("[VG control] [NP the city]");
  });

  it("reads a bare verb form between a preposition and a phrase of time as a noun ('cases of plague every year')", () => {
    expect(chunks("Doctors treat many cases of plague every year.")).toContain("[NP plague] [NP every year]");
  });

  it("reads an -s form right after a preposition as a plural noun ('amid hopes that …')", () => {
    expect(chunks("Carter rushed back amid hopes that the hostages would be freed.")).toContain("[NP hopes]");
    // So after a modifier opening the phrase ("for closer ties").
    expect(chunks("Iran called for closer ties with Saudi Arabia.")).toContain("[NP closer ties]");
  });

  it("ends a hyphenated compound with the word after the hyphen, never the clause's verb ('the President-Elect praised')", () => {
    expect(chunks("The President-Elect praised Mexico.")).toContain("[NP The President - Elect] [VG praised]");
    expect(chunks("The Iran-backed militia attacked the embassy.")).toContain("[NP The Iran - backed militia] [VG attacked]");
  });

  it("keeps a participle after an adjective after a possessive in the phrase ('the nation's top elected Republican')", () => {
    expect(chunks("Paul Ryan, the nation's top elected Republican, criticized Russia.")).toContain("[NP the nation 's top elected Republican]");
    expect(chunks("The Iraqi defense chief held talks with Iran.")).toContain("[VG held]");
  });

  it("reads 'her' with no noun after it as the object pronoun ('blasted her as a liar'), before a noun as a possessive", () => {
    expect(chunks("Trump blasted her as a liar.")).toContain("[VG blasted] [NP her] [O as]");
    expect(chunks("Trump blasted her record.")).toContain("[NP her record]");
  });

  it("reads 'shot dead' as a verb completed by 'dead' before its object, however the tagger read the pair", () => {
    expect(chunks("Israeli troops shot dead a Palestinian teenager near Hebron.")).toContain("[NP Israeli troops] [VG shot dead] [NP a Palestinian teenager]");
    expect(chunks("A man was shot dead by soldiers.")).toContain("[VG was shot dead]");
    // A dead man is no verb's result.
    expect(chunks("Soldiers found a dead man.")).toContain("[NP a dead man]");
  });

  it("reads a bare verb form alone after a preposition as a noun ('as a result of torture while …')", () => {
    const out = chunks("A prisoner died as a result of torture while in police custody.");
    expect(out).toContain("[NP torture]");
    expect(out).not.toContain("[VG torture]");
    // "On live television Erdogan …": with a noun after it the form is left alone.
    expect(chunks("On live television Erdogan attacked the plan.")).toContain("[VG attacked]");
    // So after "for", which the tagger may read as a subordinator.
    expect(chunks("Officials were not available for comment on the remarks.")).toContain("[NP comment]");
  });

  it("reads an -ing form after a possessive 's as a noun ('the president's handling of'), not after 'he's'", () => {
    expect(chunks("They differ over the president's handling of issues with Iran.")).toContain("[NP handling of issues]");
    expect(chunks("He's leaving Iran.")).toContain("[VG 's leaving]");
  });

  it("keeps an adverb-graded participle after a possessive inside the phrase ('Lynch's highly criticized meeting')", () => {
    expect(chunks("They spoke of the minister's highly criticized meeting with Iraq.")).toContain("[NP the minister 's highly criticized meeting]");
  });

  it("reads a past participle after a preposition as an adjective, also before another adjective ('of suspected terrorist Osama bin Laden')", () => {
    expect(chunks("Washington condemned its support of suspected terrorist Osama bin Laden.")).toContain("[NP suspected terrorist Osama bin Laden]");
    expect(chunks("The troops fought against besieged Osgiliath.")).toContain("[NP besieged Osgiliath]");
  });

  it("reads a bare verb form before a noun closing the phrase as a compound's first noun ('used tear gas to disperse')", () => {
    expect(chunks("Police used tear gas to disperse demonstrators.")).toContain("[NP tear gas] [VG to disperse]");
    expect(chunks("Two soldiers were caught in cross fire near the border.")).toContain("[NP cross fire]");
    // After "and" closing an object, when the clause's verb is inflected: "used water cannons and tear gas".
    expect(chunks("The police used water cannons and tear gas against protesters.")).toContain("[NP tear gas]");
    expect(chunks("Rebels often raid the villages and burn houses.")).toContain("[VG burn]");
    // A verb whose past is its bare form: "arrested journalists and shut newspapers".
    expect(chunks("Turkey arrested journalists and shut newspapers.")).toContain("[VG shut]");
    // A verb that takes a bare infinitive keeps it: "help rebuild schools".
    expect(chunks("The army will help rebuild schools.")).toContain("[VG rebuild]");
  });

  it("reads a bare noun after a plural noun in a clause with no verb as the plural subject's verb ('negotiators return to Geneva')", () => {
    expect(chunks("Russian negotiators return to Geneva this week for talks on European-based missiles.")).toContain("[NP Russian negotiators] [VG return]");
    expect(chunks("Officials said peace talks resume in Geneva on Monday.")).toContain("[NP peace talks] [VG resume]");
    // With a verb elsewhere in the clause, the compound stands: "the arms embargo on Iran remains".
    expect(chunks("The arms embargo on Iran remains.")).toContain("[NP The arms embargo]");
    expect(chunks("The U.S. imposed an arms embargo on Iran.")).toContain("[NP an arms embargo]");
  });

  it("reads 'police' or 'people' before a bare noun as the subject of that verb only when an object follows ('Police raid the offices')", () => {
    expect(chunks("Police raid the offices of the newspaper.")).toContain("[NP Police] [VG raid] [NP the offices of the newspaper]");
    expect(chunks("Gunmen attack a police station.")).toContain("[NP Gunmen] [VG attack]");
    // A collective noun modifies the next noun more often than not ("police disapproval in …").
    expect(chunks("Despite the rain and police disapproval in the city.")).toContain("[NP police disapproval]");
  });

  it("reads a verb's past or -s form the tagger called a noun, between the subject and a determined object, as the verb in a clause with no other ('Gunmen shot a policeman')", () => {
    expect(chunks("Gunmen shot a policeman in Baghdad.")).toContain("[NP Gunmen] [VG shot] [NP a policeman]");
    expect(chunks("Iran arrests a British diplomat.")).toContain("[NP Iran] [VG arrests] [NP a British diplomat]");
    // A compound before a preposition opens no object; with a verb elsewhere in the clause the phrase
    // stands ("the border attacks the army launched failed").
    expect(chunks("Witnesses said police shots in the air scattered the crowd.")).toContain("[NP police shots]");
    expect(chunks("The border attacks the army launched failed.")).toContain("[NP The border attacks]");
    expect(chunks("The gunshot wounds were fatal.")).toContain("[NP The gunshot wounds]");
  });

  it("reads a verb's past form after 'and' in a sentence with a verb as a verb joined to it ('Police arrived and shot him dead')", () => {
    expect(chunks("Police arrived and shot him dead.")).toContain("[VG shot]");
    expect(chunks("He drew his pistol, pointed it, and shot at one person.")).toContain("[VG shot] [O at]");
    // An -s form before a preposition stays a noun ("fired tear gas and shots at the crowd").
    expect(chunks("Police fired tear gas and shots at the crowd.")).toContain("[NP shots]");
    expect(chunks("The army attacked the town and shells the city.")).toContain("[VG shells] [NP the city]");
  });

  it("ends a subject's clause at a subordinator when looking for its verb ('was killed when gunmen shot him')", () => {
    expect(chunks("A policeman was killed when gunmen shot him.")).toContain("[NP gunmen] [VG shot] [NP him]");
  });

  it("reads 'late' or 'early' before a weekday as one time phrase, never the subject ('Late Thursday, Palestinians shot …')", () => {
    expect(chunks("Late Thursday, Palestinians shot and killed an Israeli motorist.")).toContain("[NP Late Thursday] [O ,] [NP Palestinians]");
  });

  it("closes a date after its day's number before a name or determiner ('On December 18 Eritrea captured …'), not before a noun it modifies", () => {
    expect(chunks("On December 18 Eritrea captured the island.")).toContain("[NP December 18] [NP Eritrea] [VG captured]");
    expect(chunks("The May 5 elections were postponed.")).toContain("[NP The May 5 elections]");
  });

  it("ends a phrase before 'due to', 'owing to', 'prior to' ('killed on Saturday due to the bombardment')", () => {
    expect(chunks("Seven civilians were killed on Saturday due to the bombardment.")).toContain("[NP Saturday] [O due] [O to]");
  });

  it("reads a verb form hyphenated to a noun or adjective after it as the start of a compound ('Dozens of left-wing activists')", () => {
    expect(chunks("Dozens of left-wing activists demonstrated in Tel Aviv.")).toContain("[NP Dozens of left - wing activists] [VG demonstrated]");
  });

  it("reads a compass point hyphenated to another as part of the phrase ('into north-eastern Syria')", () => {
    expect(chunks("Turkey began an offensive into north-eastern Syria.")).toContain("[NP north - eastern Syria]");
  });

  it("reads a bare verb form joined by 'and' to an adjective before a noun as an adjective ('awful and cool minister')", () => {
    expect(chunks("Ithilen's awful and cool minister Calimehtar warned of the Prince.")).toContain("[NP Ithilen 's awful and cool minister Calimehtar] [VG warned]");
  });
});

describe("sentence words", () => {
  it("gives each token its surface text, lower case with straight apostrophes, and lower-case lemma", () => {
    const doc = emptyDocument(makeArticle({ text: "Iraq didn’t attack them." }));
    const tokens = [
      { start: 0, end: 4, pos: "PROPN", lemma: "Iraq" },
      { start: 5, end: 8, pos: "AUX", lemma: "do" },
      { start: 8, end: 11, pos: "PART", lemma: "n’t" },
      { start: 12, end: 18, pos: "VERB", lemma: "attack" },
      { start: 19, end: 23, pos: "PRON", lemma: "they" },
      { start: 23, end: 24, pos: "PUNCT", lemma: "." },
    ];
    const entities = [{ id: "e1", start: 0, end: 4, text: "Iraq", type: "GPE" as const, actorId: null }];
    const [words] = sentenceWords({ ...doc, sentences: [{ start: 0, end: 24 }], tokens, entities });
    expect(words.map((w) => [w.text, w.lower, w.lemma, w.entity])).toEqual([
      ["Iraq", "iraq", "iraq", 0],
      ["did", "did", "do", null],
      ["n’t", "n't", "n’t", null],
      ["attack", "attack", "attack", null],
      ["them", "them", "they", null],
      [".", ".", ".", null],
    ]);
  });
});
