import { describe, expect, it } from "vitest";
import { createAnnotator } from "../../annotator.js";
import { checkDocumentOffsets } from "../../model/offsets.js";
import type { Actor, Document, Entity, Quote } from "../../model/schema.js";
import { createNormaliseStage } from "../normalise/normalise.js";
import { createTokensStage } from "../tokens/wink.js";
import { createQuotesStage, findQuotes } from "./quotes.js";

const tokensOnly = createAnnotator({ stages: [createNormaliseStage(), createTokensStage()] });
const withQuotes = createAnnotator({ stages: [createNormaliseStage(), createTokensStage(), createQuotesStage()] });

function annotate(text: string): Document {
  return withQuotes.annotate({ text });
}

function quotesOf(text: string): Quote[] {
  return annotate(text).quotes;
}

function speakerText(doc: Document, q: Quote): string | null {
  return q.speaker && q.speaker.start != null && q.speaker.end != null ? doc.text.slice(q.speaker.start, q.speaker.end) : null;
}

function only(text: string): Quote {
  const quotes = quotesOf(text);
  expect(quotes).toHaveLength(1);
  return quotes[0];
}

// Written for these tests in the style of a news-agency article (not copied from any source).
const ARTICLE = [
  "Iran’s army chief Major General Mohammad Baqeri met Iraq’s visiting Defense Minister Juma Khattab in Tehran on Sunday.",
  "Baqeri further noted that during his meeting with the Iraqi minister, the two sides discussed border security.",
  "“The purpose of this meeting is to deepen security in both countries, but Iraq has faced several plots in recent years,” he said.",
  "“And now, as the Americans seek to bring terrorists back to the region, this cooperation will provide better security for Iraq.”",
  "The two countries have prepared a document on defense cooperation, which will be signed soon, Baqeri said, adding that Iran’s Defense Ministry had supplied Iraq with equipment.",
].join("\n\n");

/** The article with a hand-built entity and actor layer (as the entity and actor stages would give). */
function articleWithActors(): Document {
  const doc = tokensOnly.annotate({ text: ARTICLE });
  const text = doc.text;
  const entity = (id: string, needle: string, type: Entity["type"], actorId: string | null, from = 0): Entity => {
    const start = text.indexOf(needle, from);
    return { id, start, end: start + needle.length, text: needle, type, actorId };
  };
  const entities = [
    entity("e1", "Iran", "GPE", "a3"),
    entity("e2", "Mohammad Baqeri", "PERSON", "a1"),
    entity("e3", "Iraq", "GPE", "a4"),
    entity("e4", "Juma Khattab", "PERSON", "a2"),
    entity("e5", "Tehran", "GPE", null),
    entity("e6", "Baqeri", "PERSON", "a1", text.indexOf("Baqeri further")),
  ].sort((a, b) => a.start - b.start);
  const actor = (id: string, name: string, mentions: string[]): Actor => {
    // Built as a variable, not a literal, so the fixture fits the Actor type as it grows.
    const made = { id, name, code: null, country: null, sectors: [], aliases: [], roles: [], mentions, basis: null, members: [] };
    return made;
  };
  return {
    ...doc,
    entities,
    actors: [actor("a1", "Mohammad Baqeri", ["e2", "e6"]), actor("a2", "Juma Khattab", ["e4"]), actor("a3", "Iran", ["e1"]), actor("a4", "Iraq", ["e3"])],
  };
}

describe("quotes stage declaration", () => {
  it("is declared as quotes@2 requiring sentences and tokens and assigning quotes", () => {
    const stage = createQuotesStage();
    expect(stage).toMatchObject({ id: "quotes", version: 2, requires: ["sentences", "tokens"], assigns: ["quotes"] });
  });
});

describe("founding-article style text", () => {
  it("gives both direct quotations the speaker of “he said”, resolved to the actor named earlier", () => {
    const doc = articleWithActors();
    const quotes = findQuotes(doc);
    const purpose = quotes.find((q) => q.text.startsWith("The purpose of this meeting"));
    const andNow = quotes.find((q) => q.text.startsWith("And now, as the Americans seek"));
    expect(purpose).toMatchObject({ kind: "direct", speaker: { actorId: "a1", name: "Mohammad Baqeri" }, cue: { text: "said" } });
    expect(purpose && speakerText(doc, purpose)).toBe("he");
    expect(andNow).toMatchObject({ kind: "direct", speaker: { actorId: "a1", name: "Mohammad Baqeri" }, cue: null });
  });

  it("reads 'recalled' with a bare object as no report ('recalled its ambassador from Kabul after …'), but 'recalled that …' as one", () => {
    expect(quotesOf("Pakistan recalled its ambassador from Kabul on Thursday after Afghan forces fired mortar shells across the border.")).toEqual([]);
    expect(quotesOf("Baqeri recalled that Iran had helped Iraq in 2014.").map((q) => q.kind)).toEqual(["indirect"]);
  });

  it("finds “Baqeri further noted that …” as indirect speech whose cue keeps its adverb", () => {
    const doc = articleWithActors();
    const noted = findQuotes(doc).find((q) => q.cue?.text === "further noted");
    expect(noted).toMatchObject({ kind: "indirect", speaker: { actorId: "a1", name: "Mohammad Baqeri" } });
    expect(noted?.text).toBe("during his meeting with the Iraqi minister, the two sides discussed border security");
  });

  it("finds the clause-final attribution “…, Baqeri said, adding that …” as two indirect quotes", () => {
    const doc = articleWithActors();
    const quotes = findQuotes(doc);
    const said = quotes.find((q) => q.text.startsWith("The two countries have prepared"));
    const adding = quotes.find((q) => q.cue?.text === "adding");
    expect(said).toMatchObject({ kind: "indirect", cue: { text: "said" }, speaker: { actorId: "a1" } });
    expect(said?.text).toBe("The two countries have prepared a document on defense cooperation, which will be signed soon");
    expect(adding?.text).toBe("Iran’s Defense Ministry had supplied Iraq with equipment");
    expect(adding?.speaker?.actorId).toBe("a1");
  });

  it("fills speaker names without an actor layer, leaving actorId null", () => {
    const doc = annotate(ARTICLE);
    const purpose = doc.quotes.find((q) => q.text.startsWith("The purpose"));
    expect(purpose?.speaker).toMatchObject({ actorId: null, name: "Mohammad Baqeri" });
    expect(purpose && speakerText(doc, purpose)).toBe("he");
  });

  it("keeps every span inside the text (offset invariant)", () => {
    for (const doc of [annotate(ARTICLE), { ...articleWithActors(), quotes: findQuotes(articleWithActors()) }]) {
      expect(() => checkDocumentOffsets(doc)).not.toThrow();
      for (const q of doc.quotes) {
        expect(doc.text.slice(q.start, q.end)).toBe(q.text);
        if (q.cue) expect(doc.text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
      }
    }
  });
});

describe("direct quotations", () => {
  it("takes the speaker after the quotation, inverted or not", () => {
    const text = "“It is not over,” said Mr. Kelly, a retired astronaut.";
    const doc = annotate(text);
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]).toMatchObject({ kind: "direct", text: "It is not over", cue: { text: "said" }, speaker: { name: "Kelly" } });
    expect(speakerText(doc, doc.quotes[0])).toBe("Mr. Kelly, a retired astronaut");
  });

  it("takes the speaker before a colon", () => {
    const q = only("The minister told reporters: “We will not negotiate under pressure.”");
    expect(q).toMatchObject({ kind: "direct", text: "We will not negotiate under pressure.", cue: { text: "told" } });
  });

  it("reads straight quotes like curly ones", () => {
    const q = only('"The talks were useful," the spokesman said.');
    expect(q).toMatchObject({ kind: "direct", text: "The talks were useful", cue: { text: "said" }, speaker: { name: "the spokesman" } });
  });

  it("reads single quotes as a quotation when a cue attributes them", () => {
    const q = only("‘We are ready to talk,’ the envoy said.");
    expect(q).toMatchObject({ kind: "direct", text: "We are ready to talk", speaker: { name: "the envoy" } });
  });

  it("splits a quotation interrupted by its attribution into two quotes sharing speaker and cue", () => {
    const doc = annotate("“Unlike her opponent, she has never been afraid,” Mrs. Clinton said, “and she will fight for you.”");
    expect(doc.quotes.map((q) => q.text)).toEqual(["Unlike her opponent, she has never been afraid", "and she will fight for you."]);
    expect(doc.quotes[0].speaker).toEqual(doc.quotes[1].speaker);
    expect(doc.quotes[0].cue).toEqual(doc.quotes[1].cue);
    expect(doc.quotes[0].speaker?.name).toBe("Clinton");
  });

  it("gives a quote-only paragraph the speaker of the attributed quote before it", () => {
    const doc = annotate("“We have done our part,” the governor said.\n\n“Now it is up to the legislature to act on the budget.”");
    expect(doc.quotes).toHaveLength(2);
    expect(doc.quotes[1]).toMatchObject({ kind: "direct", cue: null, speaker: { name: "the governor" } });
  });

  it("gives a quote sentence after the attribution in the same paragraph the same speaker", () => {
    const doc = annotate("“It was just too much,” Mr. Coale said. “And now it is out of our hands.”");
    expect(doc.quotes[1]).toMatchObject({ text: "And now it is out of our hands.", speaker: { name: "Coale" } });
  });

  it("keeps a sentence opened by a straight quotation mark apart from the indirect speech before it", () => {
    const doc = annotate('The analyst said the army should strike back. "Go after their command posts," he said.');
    expect(doc.quotes.map((q) => [q.text, q.cue?.text])).toEqual([
      ["the army should strike back", "said"],
      ["Go after their command posts", "said"],
    ]);
    expect(speakerText(doc, doc.quotes[1])).toBe("he");
  });

  it("does not give a quotation ending one paragraph to the speaker opening the next", () => {
    const doc = annotate('"Nothing has changed," she said. "The key word is patience."\n\nThe senator urged the government to act.');
    const patience = doc.quotes.find((q) => q.text.startsWith("The key word"));
    expect(patience).toMatchObject({ cue: null });
    expect(patience && speakerText(doc, patience)).toBe("she");
  });

  it("continues a quotation with the speaker of the quotation before, not of indirect speech in between", () => {
    const doc = annotate("“There is new evidence,” McCaul said, though other officials haven't said the case is reopened. “Remember, you need probable cause.”");
    const remember = doc.quotes.find((q) => q.text.startsWith("Remember"));
    expect(remember && speakerText(doc, remember)).toBe("McCaul");
  });

  it("stops an inverted speaker's apposition before a relative clause that reports, and before a quotation", () => {
    const doc = annotate('"We have not seen this before," said Norman Ornstein, a scholar at the institute who describes the campaign as "deviancy."');
    const first = doc.quotes.find((q) => q.text.startsWith("We have not"));
    expect(first && speakerText(doc, first)).toBe("Norman Ornstein, a scholar at the institute");
    expect(doc.quotes.filter((q) => q.cue?.text === "said")).toHaveLength(1);
  });

  it("reports a quotation mark that is never closed as a diagnostic and ends the quote with its paragraph", () => {
    const doc = annotate("“We will never give up the fight for our rights, the envoy said.\n\nTalks resume on Monday.");
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ code: "quotes.unclosed-quotation", stage: "quotes", start: 0 }));
    expect(doc.quotes.every((q) => !q.text.includes("Talks resume"))).toBe(true);
  });

  it("joins a quotation over two paragraphs into one quote", () => {
    const doc = annotate("The senator said:\n\n“We will hold hearings next week\n\n“and we will call every witness.”");
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].text).toBe("We will hold hearings next week\n\n“and we will call every witness.");
    expect(doc.quotes[0].speaker?.name).toBe("The senator");
  });

  it("does not report scare quotes or titles as quotations", () => {
    expect(quotesOf("Sanctions under the so-called “maximum pressure” campaign were tightened.")).toEqual([]);
    expect(quotesOf("The tape from “Access Hollywood” surfaced in October.")).toEqual([]);
    expect(quotesOf("He wrote “The Art of the Deal” decades ago.")).toEqual([]);
  });

  it("resolves “he” without an entity layer to the main subject of the sentence before", () => {
    const doc = annotate("Jonas Pereira led the party for a decade. Last year Pereira agreed to a deal under which Tomas Lind became prime minister. “Nobody will remove me,” he declared.");
    expect(doc.quotes[0]).toMatchObject({ text: "Nobody will remove me", speaker: { actorId: null, name: "Jonas Pereira" } });
  });

  it("does not take apostrophes for single quotes", () => {
    expect(quotesOf("Iran’s rock ’n’ roll scene of the ’90s was the voters’ favourite.")).toEqual([]);
  });
});

describe("headlines and transcripts", () => {
  it("reads a headline ending in “: Name” as the name's statement", () => {
    const doc = annotate("Ties with Iran will boost Iraq’s security: Gen. Baqeri\n\nMajor General Mohammad Baqeri spoke in Tehran.");
    expect(doc.quotes[0]).toMatchObject({ kind: "indirect", text: "Ties with Iran will boost Iraq’s security", cue: { text: ":" }, speaker: { name: "Mohammad Baqeri" } });
  });

  it("reads a transcript turn “NAME: …” as a quote of that name", () => {
    const doc = annotate("MS. CLINTON: We have to do better on trade. And we will.");
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]).toMatchObject({ text: "We have to do better on trade. And we will.", cue: { text: ":" } });
    expect(speakerText(doc, doc.quotes[0])).toBe("MS. CLINTON");
  });

  it("does not take a capitalised label before a colon for a speaker", () => {
    expect(quotesOf("UPDATE: The border crossing reopened on Monday morning.")).toEqual([]);
  });
});

describe("indirect speech", () => {
  it.each([
    ["Baqeri said that the talks were productive.", "said", "Baqeri", "the talks were productive"],
    ["Baqeri said the talks were productive.", "said", "Baqeri", "the talks were productive"],
    ["The minister stressed that cooperation would continue.", "stressed", "The minister", "cooperation would continue"],
    ["The spokesman told reporters on Sunday that the border would reopen.", "told", "The spokesman", "the border would reopen"],
    ["The general warned that any attack would be answered.", "warned", "The general", "any attack would be answered"],
    ["The ministry announced that the drills had ended.", "announced", "The ministry", "the drills had ended"],
    ["The rebels claimed they had taken the town.", "claimed", "The rebels", "they had taken the town"],
    ["The envoy insisted that no deal had been signed.", "insisted", "The envoy", "no deal had been signed"],
    ["The government denied the reports.", "denied", "The government", "the reports"],
    ["The president added that more aid would follow.", "added", "The president", "more aid would follow"],
  ])("%s", (text, cue, speaker, content) => {
    const q = only(text);
    expect(q).toMatchObject({ kind: "indirect", cue: { text: cue }, speaker: { name: speaker }, text: content });
  });

  it("reads “according to X” before and after the clause", () => {
    expect(only("According to the ministry, the talks went well.")).toMatchObject({
      cue: { text: "According to" },
      speaker: { name: "the ministry" },
      text: "the talks went well",
    });
    expect(only("The talks went well, according to state media.")).toMatchObject({
      cue: { text: "according to" },
      speaker: { name: "state media" },
      text: "The talks went well",
    });
  });

  it("widens the cue over adverbs and short time adjuncts but not over an addressee or a place", () => {
    expect(only("The minister also said on Tuesday that the border would reopen.").cue?.text).toBe("also said on Tuesday");
    expect(only("The border will reopen, the minister said Sunday.").cue?.text).toBe("said Sunday");
    expect(only("The spokesman told reporters on Sunday that the talks had failed.").cue?.text).toBe("told");
    expect(only("The envoy said at a conference in Geneva that talks would resume.").cue?.text).toBe("said");
  });

  it("widens the cue over a programme named by its title after “on”", () => {
    const doc = annotate("“Enough is enough,” Pence said on “Fox News Sunday.” Tension ran high.");
    expect(doc.quotes[0]).toMatchObject({ cue: { text: "said on “Fox News Sunday.”" }, text: "Enough is enough" });
  });

  it("widens the cue over a time phrase only when it holds nothing but time words", () => {
    expect(only("The pastor said during a press call last Thursday that the law was unfair.").cue?.text).toBe("said");
    expect(only("Sources said over the weekend that the minister would resign.").cue?.text).toBe("said over the weekend");
  });

  it("keeps “this” before a noun and a degree adverb before a number in the content, not the cue", () => {
    expect(only("The president announced this change on live television.")).toMatchObject({ cue: { text: "announced" }, text: "this change on live television" });
    expect(only("Organizers indicate roughly one million people marched.")).toMatchObject({ cue: { text: "indicate" } });
  });

  it("does not read a capitalised name or a compound noun as a cue", () => {
    expect(quotesOf("On Friday, Qaboos bin Said, the long-serving Sultan of Oman, died aged 79.")).toEqual([]);
    expect(quotesOf("A Greek think tank published the border figures on Monday.")).toEqual([]);
  });

  it("skips a coordinated addressee and inherits the subject for “…, adding “…””", () => {
    const doc = annotate('The premier called on Italy and Egypt to join the project, adding "We call on any other country to do so".');
    expect(doc.quotes.map((q) => q.text)).toEqual(["to join the project", "We call on any other country to do so"]);
    expect(doc.quotes.map((q) => q.speaker?.name)).toEqual(["The premier", "The premier"]);
  });

  it("reads “spoke to the press: “…”” as a quotation of the speaker", () => {
    const q = only('The legislator spoke to the press after the speech: "I urge her to step down. This is the only way."');
    expect(q).toMatchObject({ cue: { text: "spoke" }, speaker: { name: "The legislator" } });
  });

  it("takes the verb governing an infinitive cue into the cue", () => {
    expect(only("The senator went on to say that the deal was dead.")).toMatchObject({ cue: { text: "went on to say" }, speaker: { name: "The senator" } });
  });

  it("marks a relative pronoun as the speaker phrase and names its antecedent", () => {
    const doc = annotate("The plan was criticised by Senator Ron Johnson, who told reporters that it would fail.");
    const q = doc.quotes.find((x) => x.cue?.text === "told");
    expect(q).toMatchObject({ text: "it would fail", speaker: { name: "Ron Johnson" } });
    expect(q && speakerText(doc, q)).toBe("who");
  });

  it("gives “…, saying” the subject of the main clause, not a noun inside a fronted phrase or a time", () => {
    const crowd = annotate("Before a crowd of 15,000 people gathered outside, Trump continued his speech, saying the election was rigged.");
    expect(crowd.quotes[0] && speakerText(crowd, crowd.quotes[0])).toBe("Trump");
    const time = annotate("The Post on Thursday endorsed Clinton, saying she was qualified.");
    const saying = time.quotes.find((q) => q.cue?.text === "saying");
    expect(saying && speakerText(time, saying)).toBe("The Post");
  });

  it("skips a time phrase between a subject and its cue", () => {
    const doc = annotate("Senior officials in recent weeks had begun to hint that a response was coming.");
    expect(doc.quotes[0] && speakerText(doc, doc.quotes[0])).toBe("Senior officials");
  });

  it("keeps a participle and its time words in the speaker phrase of a gerund cue", () => {
    const doc = annotate("The warning comes from a U.N. report released Thursday suggesting that emissions must peak by 2020.");
    expect(doc.quotes[0] && speakerText(doc, doc.quotes[0])).toBe("a U.N. report released Thursday");
  });

  it("takes the author into a work speaking as subject, and leaves a time noun out of a name", () => {
    const post = annotate("An analysis by The Post found that most donors gave early.");
    expect(post.quotes[0] && speakerText(post, post.quotes[0])).toBe("An analysis by The Post");
    const weekend = annotate("And yet over the weekend Mr. Bewkes agreed to sell the company.");
    expect(weekend.quotes[0] && speakerText(weekend, weekend.quotes[0])).toBe("Mr. Bewkes");
  });

  it.each([
    ["Geneva Reed-Veal, whose daughter, Sandra Bland, died in a jail last year, called on voters to act.", "Geneva Reed-Veal, whose daughter, Sandra Bland, died in a jail last year"],
    ["NBC News and ABC News both reported Sunday that the talks had failed.", "NBC News and ABC News both"],
    ["Upstart companies like Netflix and Amazon have proven that it is possible.", "Upstart companies like Netflix and Amazon"],
    ["Two conservative groups, the Chamber of Commerce and the Leadership Fund, said they would spend more.", "Two conservative groups, the Chamber of Commerce and the Leadership Fund"],
    ["Owning the network, the chief executive said, would drive investment.", "the chief executive"],
  ])("takes the whole subject phrase: %s", (text, speaker) => {
    const doc = annotate(text);
    expect(doc.quotes[0] && speakerText(doc, doc.quotes[0])).toBe(speaker);
  });

  it("takes the author of a work into an according-to source", () => {
    expect(only("The donors gave $4 billion, according to an analysis by The Post.").speaker?.name).toBe("an analysis by The Post");
  });

  it("reads an infinitive after “agreed to”, a quotation mark after “to”, and a demonstrative object", () => {
    expect(only("The chief executive agreed to sell the company.")).toMatchObject({ text: "to sell the company", speaker: { name: "The chief executive" } });
    expect(only("The candidate has pledged to “cancel” the accord.")).toMatchObject({ cue: { text: "has pledged" }, text: "to “cancel” the accord" });
    expect(only("The chief executive dismissed that notion.")).toMatchObject({ text: "that notion" });
  });

  it("reads the accused and the charge as the content of “accused”", () => {
    expect(only("The administration officially accused Russia of interfering in the elections.")).toMatchObject({
      cue: { text: "officially accused" },
      text: "Russia of interfering in the elections",
    });
  });

  it("ends a noun-phrase content before a relative clause about it", () => {
    expect(quotesOf("The union endorsed Clinton, who has since backed a higher wage.")[0]).toMatchObject({ text: "Clinton" });
  });

  it("steps over a quoted programme title between the cue and its content", () => {
    expect(only('The campaign manager acknowledged on NBC\'s "Meet the Press" that the candidate was trailing.')).toMatchObject({
      text: "the candidate was trailing",
    });
  });

  it("reads “issued a statement saying …” as the act of the subject, the whole act as cue", () => {
    const doc = annotate("The university issued a statement saying the players would not be punished.");
    expect(doc.quotes[0]).toMatchObject({ cue: { text: "issued a statement saying" }, text: "the players would not be punished" });
    expect(speakerText(doc, doc.quotes[0])).toBe("The university");
  });

  it("reads a message characterised by its modifiers as the content of the act that delivers it", () => {
    expect(only("Trump has delivered an insular and self-referential closing message.")).toMatchObject({ cue: { text: "has delivered" }, text: "an insular and self-referential closing message" });
    const doc = annotate("Clinton appeared with a group of mothers to deliver much the same message.");
    expect(doc.quotes.map((q) => q.text)).toEqual(["much the same message"]);
    expect(quotesOf("The company issued a corresponding press release.")).toEqual([]);
  });

  it("ends a content before the reporter's own “even as …” clause and reads the cue inside it", () => {
    const doc = annotate("Clinton pressed her advantage, urging voters to vote early, even as the party increasingly concedes he cannot recover.");
    expect(doc.quotes.map((q) => q.text)).toEqual(["to vote early", "he cannot recover"]);
  });

  it("coordinates subjects but not with a fronted phrase", () => {
    const doc = annotate("In meetings, the ministry and senior officials agreed that the plan should wait.");
    expect(doc.quotes[0] && speakerText(doc, doc.quotes[0])).toBe("the ministry and senior officials");
  });

  it("ends the content of a cue in a fronted subordinate clause where the main clause starts", () => {
    const doc = annotate('While the senator has vowed to honor the agreement, the governor has pledged to "cancel" the accord.');
    expect(doc.quotes.map((q) => q.text)).toEqual(["to honor the agreement", 'to "cancel" the accord']);
  });

  it("reads several adverbs inside a verb group", () => {
    expect(only("Officials have already officially accused Russia of interfering.")).toMatchObject({ cue: { text: "have already officially accused" } });
  });

  it("reads a participle after “while” as a cue though tagged an adjective, ending the content before it", () => {
    const quotes = quotesOf("He spoke at length, vowing to limit military involvement while promising to destroy the Islamic State.");
    expect(quotes.map((q) => [q.cue?.text, q.text])).toEqual([
      ["vowing", "to limit military involvement"],
      ["promising", "to destroy the Islamic State"],
    ]);
  });

  it("reads “since” after an auxiliary as an adverb of the verb group, though tagged a conjunction", () => {
    expect(only("He has since said that the deal was dead.")).toMatchObject({ cue: { text: "has since said" }, text: "the deal was dead" });
  });

  it("reads coordinated predicates of one subject as separate attributions", () => {
    const doc = annotate('The candidate has suggested his rival is on drugs, talked of a "stolen election" and called her the "Devil."');
    expect(doc.quotes.map((q) => q.cue?.text)).toEqual(["has suggested", "talked of", "called"]);
    expect(doc.quotes.map((q) => q.speaker?.name)).toEqual(["The candidate", "The candidate", "The candidate"]);
    expect(doc.quotes[0].text).toBe("his rival is on drugs");
  });

  it("reads the object of a cue as its content when nothing follows it", () => {
    const doc = annotate("He vowed to destroy the group, promising more robust military funding.");
    expect(doc.quotes.map((q) => q.text)).toEqual(["to destroy the group", "more robust military funding"]);
  });

  it("reads a how-clause as the content of a verb of complaint, boast or account, but no other wh-clause", () => {
    const a = only("The senator lamented how difficult it is to pass the budget.");
    expect([a.cue?.text, a.text]).toEqual(["lamented", "how difficult it is to pass the budget"]);
    const b = only("The mayor boasted about how well the city had recovered.");
    expect([b.cue?.text, b.text]).toEqual(["boasted about", "how well the city had recovered"]);
    expect(quotesOf("The senator complained when the vote was delayed.")).toHaveLength(0);
  });

  it("finds the subject before an adjunct set off by commas", () => {
    // (An adjunct the apposition reading accepts stays in the speaker span, as PolNeAR marks it.)
    const a = annotate("The institute's director, in remarks to a local paper, said the fires had doubled.");
    expect(a.quotes.map((q) => [speakerText(a, q), q.cue?.text])).toEqual([["The institute's director, in remarks to a local paper", "said"]]);
    const c = annotate("The governor, in the middle of a tour as thousands began voting, said the polls were wrong.");
    expect(c.quotes.map((q) => [speakerText(c, q), q.cue?.text])).toEqual([["The governor", "said"]]);
    const b = annotate("The senator, despite an effort to stay on script, left his notes and asserted that the generals opposed the plan.");
    expect(b.quotes.map((q) => [q.speaker?.name, q.cue?.text])).toEqual([["The senator", "asserted"]]);
  });

  it("runs the cue of a purpose infinitive or a by-participle from its main verb, as PolNeAR marks it", () => {
    const a = only("The princess used Instagram to thank her supporters.");
    expect([a.cue?.text, a.text]).toEqual(["used Instagram to thank", "her supporters"]);
    const b = annotate("The mayor spent much of the rally on Monday praising the new budget.");
    expect(b.quotes.map((q) => q.cue?.text)).toEqual(["spent much of the rally on Monday praising"]);
    const c = annotate("She tried to rally her supporters by wondering aloud why the agency would decide to jump in.");
    expect(c.quotes.map((q) => q.cue?.text)).toEqual(["rally her supporters by wondering"]);
    // After a comma, another preposition or a reporting verb of its own, the participle stands alone.
    expect(annotate("The mayor spoke for an hour, praising the new budget.").quotes.map((q) => q.cue?.text)).toEqual(["praising"]);
    expect(annotate("The mayor toured the new school before praising the budget.").quotes.map((q) => q.cue?.text)).toEqual(["praising"]);
  });

  it("reads no second content after a speech cue that reports the quotation before it", () => {
    const doc = annotate("“I never questioned their fitness,” she said in her first comments since the tape was released Friday.");
    expect(doc.quotes.map((q) => q.text)).toEqual(["I never questioned their fitness"]);
  });

  it("reads a gerund after a preposition as a noun even when the preposition is tagged as a conjunction", () => {
    const doc = annotate("The governor urged voters to punish the lawmakers for supporting the tax, even as the polls tightened.");
    expect(doc.quotes.map((q) => q.cue?.text)).toEqual(["urged"]);
  });

  it("reads an adverb right after an article as the speaker's head noun", () => {
    const doc = annotate("“The council has failed the city,” the daily wrote.");
    expect(doc.quotes.map((q) => [speakerText(doc, q), q.cue?.text])).toEqual([["the daily", "wrote"]]);
  });

  it("reads a participle after a comma as a cue even when tagged as a noun", () => {
    const doc = annotate("The senator spoke at a fundraiser on Tuesday, musing why his colleagues were “all over the place.”");
    expect(doc.quotes.map((q) => [q.cue?.text, q.speaker?.name])).toEqual([["musing", "The senator"]]);
  });

  it("reads a passive characterisation with its agent, and a scare-quoted phrase before “, saying …” as no quotation", () => {
    const doc = annotate('Election implications regarding the EU were described by Johnson as a "historic mandate", saying he intends to leave in January.');
    expect(doc.quotes.map((q) => [q.cue?.text, q.text])).toEqual([
      ["were described", "Election implications regarding the EU"],
      ["saying", "he intends to leave in January"],
    ]);
    expect(quotesOf("Politicians were reported by local media to have visited the hospital.")).toEqual([]);
  });

  it("joins a word the tokenizer split at a letter it does not know", () => {
    const doc = annotate('Interior Minister Joachim Brudziński called the stabbing "an act of inexplicable barbarity."');
    expect(doc.quotes[0] && speakerText(doc, doc.quotes[0])).toBe("Interior Minister Joachim Brudziński");
  });

  it.each([
    ['"Are we still talking about that guy?" Mr. Burton fumed, using a profane word.', "fumed", "Mr. Burton"],
    ['While predicting defeat, Ms. Kovner sighed: "It is more pain."', "sighed", "Ms. Kovner"],
    ['"Is the issue that she is doing too much?" asked campaign manager Robby Mook.', "asked", "campaign manager Robby Mook"],
    ['"Because you would be in jail," Trump interjected.', "interjected", "Trump"],
  ])("reads manner-of-speaking cues with a quotation: %s", (text, cue, speaker) => {
    const doc = annotate(text);
    const q = doc.quotes.find((x) => x.kind === "direct");
    expect(q?.cue?.text).toBe(cue);
    expect(q && speakerText(doc, q)).toBe(speaker);
  });

  it("does not attribute a quotation closed after a full stop to the next sentence's cue", () => {
    const doc = annotate('"I know what they think," he continued. "It is not for them." The email began, "The visit went well today."');
    expect(doc.quotes.find((q) => q.text.startsWith("It is not"))?.cue).toBeNull();
    expect(doc.quotes.find((q) => q.text.startsWith("The visit"))?.cue?.text).toBe("began");
  });

  it("reads a that-clause whose verb is inside a quotation", () => {
    expect(only('Clinton said during a speech that the deal "sets the gold standard in trade agreements."').cue?.text).toBe("said");
  });

  it("ends an addressee where a name opens the reported clause", () => {
    expect(only("The president told local media Adamowicz's heart was restarted by doctors.")).toMatchObject({
      cue: { text: "told" },
      text: "Adamowicz's heart was restarted by doctors",
    });
  });

  it("gives a fronted participle the subject of the main clause after it", () => {
    const doc = annotate("Insisting it was not rehearsed, the candidate invited employees to the microphone.");
    expect(doc.quotes[0]).toMatchObject({ cue: { text: "Insisting" }, text: "it was not rehearsed" });
    expect(speakerText(doc, doc.quotes[0])).toBe("the candidate");
  });

  it("names the speaker from the phrase, not from a relative clause after it", () => {
    const doc = annotate("“We are not blind to those,” wrote The Post, which nevertheless gave Clinton its support.");
    expect(doc.quotes[0].speaker?.name).toMatch(/Post$/);
  });

  it("reads relative clauses as attributions of their antecedent, ending a restrictive one at the main verb", () => {
    const echoed = annotate("He echoed Senator Ron Johnson (R-Wis.), who told a newspaper Tuesday that the minister could be impeached.");
    expect(echoed.quotes.map((q) => q.cue?.text)).toEqual(["echoed", "told"]);
    expect(echoed.quotes[1]).toMatchObject({ text: "the minister could be impeached", speaker: { name: "Ron Johnson" } });
    const returns = annotate("He was hit by leaked tax returns that showed he reported a loss in 1995.");
    expect(returns.quotes[0]).toMatchObject({ cue: { text: "showed" }, speaker: { name: "leaked tax returns" } });
    expect(returns.quotes[0] && speakerText(returns, returns.quotes[0])).toBe("that");
    expect(annotate("Candidates who touted their managerial skills lost.").quotes[0]?.text).toBe("their managerial skills");
  });

  it("reads a clause-final attribution", () => {
    expect(only("The border will reopen next week, the governor said.")).toMatchObject({
      kind: "indirect",
      cue: { text: "said" },
      speaker: { name: "the governor" },
      text: "The border will reopen next week",
    });
  });

  it("reads a clause-final attribution across an abbreviation after a hyphen (“then-U.S.”)", () => {
    const q = only("The donations came after the administration chose then-U.S. Energy secretary Hazel O'Leary for the mission, The Sun reported.");
    expect(q).toMatchObject({ cue: { text: "reported" }, text: "The donations came after the administration chose then-U.S. Energy secretary Hazel O'Leary for the mission" });
  });

  it("reads a parenthetical attribution as one quote over the clause", () => {
    const q = only("The delegation, he added, also visited an arms fair.");
    expect(q).toMatchObject({ cue: { text: "added" }, text: "The delegation, he added, also visited an arms fair" });
  });

  it.each([
    ["Mrs. Clinton's proposals to increase taxes worried donors.", "proposals", "Mrs. Clinton", "to increase taxes"],
    ["His decision to run for a third term led to tensions.", "decision", "His", "to run for a third term"],
    ["That followed the woman's cancellation of a press conference.", "cancellation of", "the woman", "a press conference"],
  ])("reads a possessed cue noun: %s", (text, cue, speaker, content) => {
    const doc = annotate(text);
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]).toMatchObject({ cue: { text: cue }, text: content });
    expect(speakerText(doc, doc.quotes[0])).toBe(speaker);
  });

  it("reads no cue noun without a possessor", () => {
    expect(quotesOf("The decision to run for a third term led to tensions.")).toEqual([]);
  });

  it("reads a prepositional “to” after a cue noun only where the noun takes no infinitive", () => {
    expect(quotesOf("Trump's appeal to rural voters has limits.")).toEqual([]);
    expect(quotesOf("Trump's appeal to working-class white voters has limits.")).toEqual([]);
    expect(only("The senator's opposition to the merger was clear.")).toMatchObject({ cue: { text: "opposition to" }, text: "the merger" });
  });

  it("reads a possessor's remarks that …", () => {
    expect(only("Trump's remarks that the election was rigged drew criticism.")).toMatchObject({
      cue: { text: "remarks" },
      speaker: { name: "Trump" },
    });
  });

  it("marks indirect speech with quoted words as mixed", () => {
    const q = only("She said the campaign had “a real shot” at winning.");
    expect(q).toMatchObject({ kind: "mixed", text: "the campaign had “a real shot” at winning" });
  });

  it("reads a passive cue with a “by” agent as the agent's statement about the subject", () => {
    const doc = annotate("The nominee and his language toward women was denounced by the national chairman of his party.");
    expect(doc.quotes[0]).toMatchObject({ cue: { text: "was denounced" }, text: "The nominee and his language toward women" });
    expect(speakerText(doc, doc.quotes[0])).toBe("the national chairman of his party");
    expect(quotesOf("The man was killed by police.")).toEqual([]);
  });

  it("reads a passive of hearsay as a quote without a speaker (“is said to …”, “it is widely known that …”)", () => {
    expect(only("The senator is said to have made his peace with the scandal.")).toMatchObject({ cue: { text: "is said to" }, text: "have made his peace with the scandal", speaker: null });
    expect(only("It is widely known that the companies gave money to the foundation.")).toMatchObject({ cue: { text: "is widely known" }, text: "the companies gave money to the foundation", speaker: null });
    expect(quotesOf("The governor is known for his temper.")).toEqual([]);
    // A that-clause whose only verb is an "-ed" form right after its subject noun.
    expect(only("It is thought that the fire started in the kitchen.")).toMatchObject({ text: "the fire started in the kitchen", speaker: null });
  });

  it("keeps a noun's \"-ed\" form a participle in a subject before a parenthetical attribution", () => {
    expect(only("The documents leaked to the press, he said, were forged.").text).toBe("The documents leaked to the press, he said, were forged");
  });

  it("reads a passive characterisation without an agent as a quote without a speaker (“was seen as …”)", () => {
    expect(only("Al Gore had the better resume, but was seen as wooden and off-putting.")).toMatchObject({ cue: { text: "was seen as" }, text: "wooden and off-putting", speaker: null });
    // A "by" agent is someone's view, not a characterisation without a source.
    expect(quotesOf("Al Gore was seen as wooden by many voters.").some((q) => q.speaker === null)).toBe(false);
    expect(quotesOf("The car was seen as it crossed the border.")).toEqual([]);
    expect(quotesOf("The ship was seen as soon as the fog lifted.")).toEqual([]);
    expect(quotesOf("The suspect was known to police.")).toEqual([]);
    expect(quotesOf("The fire was reported to police on Monday.")).toEqual([]);
  });

  it("does not report a passive as speech of its subject", () => {
    expect(quotesOf("The minister was told that the border had closed.")).toEqual([]);
  });
});

describe("directives and requests", () => {
  it("reads 'directed X to …', 'requested …' and 'appealed for …' as speech acts of their subject", () => {
    expect(only("The mayor directed the police to clear the square.")).toMatchObject({ cue: { text: "directed" }, text: "to clear the square" });
    expect(only("The minister requested an exemption for the airport.")).toMatchObject({ cue: { text: "requested" }, text: "an exemption for the airport" });
    expect(only("The president appealed for an end to the violence.")).toMatchObject({ cue: { text: "appealed for" }, text: "an end to the violence" });
    expect(quotesOf("She directed the film in 1998.")).toEqual([]);
  });
});

describe("who can hold a view", () => {
  it("lets advocates and other public roles take positions with verbs that need a source as subject", () => {
    const doc = annotate("Two gun-control advocates who have strongly backed the senator were headlining an event.");
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]).toMatchObject({ cue: { text: "have strongly backed" }, text: "the senator" });
  });

  it("reads no act in an infinitive after a wh-word (an embedded question)", () => {
    expect(quotesOf("The staffers were also working on how to word a press release about the meeting and how to cite the work the president had started.")).toEqual([]);
  });
});

describe("support-verb constructions", () => {
  it("takes an attitude noun and its preposition into the cue of a light verb", () => {
    expect(only("Duterte has expressed open hostility towards the United States.")).toMatchObject({ cue: { text: "has expressed open hostility towards" }, text: "the United States" });
    expect(only("The senator voiced concern about the vote.")).toMatchObject({ cue: { text: "voiced concern about" }, text: "the vote" });
    // Without an attitude noun "voice" is no speech: "She voiced the character of Elsa in the film."
    expect(quotesOf("She voiced the character of Elsa in the film.")).toEqual([]);
  });

  it("leaves the attitude noun in the content before a time phrase or a that-clause", () => {
    expect(only("Leahy expressed frustration on Monday in an interview.")).toMatchObject({ cue: { text: "expressed" } });
    expect(only("Her campaign expressed confidence that she would win.")).toMatchObject({ cue: { text: "expressed" }, text: "confidence that she would win" });
    expect(only("The senator expressed concern in a statement.")).toMatchObject({ cue: { text: "expressed" }, text: "concern in a statement" });
    expect(only("Voters expressed confidence in the mayor.")).toMatchObject({ cue: { text: "expressed confidence in" }, text: "the mayor" });
  });
});

describe("idioms of communication", () => {
  it("reads verb, noun and preposition of an idiom as the cue and the object as content", () => {
    expect(only("Ryan took issue with Trump's talk about rigged elections.")).toMatchObject({ cue: { text: "took issue with" }, text: "Trump's talk about rigged elections" });
    expect(only("The editorial made little mention of the nominee.")).toMatchObject({ cue: { text: "made little mention of" }, text: "the nominee" });
    expect(only("The nominee has offered complimentary words about Putin.")).toMatchObject({ cue: { text: "has offered complimentary words about" }, text: "Putin" });
  });

  it("reads no idiom without its noun, nor in the passive", () => {
    expect(quotesOf("He took the train to Boston.")).toEqual([]);
    expect(quotesOf("Tributes were paid by world leaders to the late president.")).toEqual([]);
  });
});

describe("cue nouns without a named holder", () => {
  it("reads a bare claim noun with its of-phrase as a quote without a speaker, the noun phrase as cue", () => {
    const q = only("Officials investigated the claims of voter fraud.");
    expect(q).toMatchObject({ cue: { text: "the claims of" }, text: "voter fraud", speaker: null, kind: "indirect" });
  });

  it("ends the that-clause of a bare cue noun in subject position where the main verb begins", () => {
    const q = only("The announcement that the inquiry was reopened has slowed the campaign.");
    expect(q).toMatchObject({ cue: { text: "The announcement" }, text: "the inquiry was reopened", speaker: null });
  });

  it("ends a bare cue noun's clause before a coordinated clause with its own reporter", () => {
    const quotes = quotesOf("He shared the rumor that the crash was an “attack,” and a supporter at the rally repeated the suggestion.");
    expect(quotes.map((q) => [q.cue?.text, q.text])).toContainEqual(["the rumor", "the crash was an “attack,”"]);
    expect(quotes.map((q) => q.cue?.text)).toContain("repeated");
  });

  it("reads a that-clause the tagger opens with a pronoun, a participle modifier, and ends it before the main clause", () => {
    const doc = annotate("Amid fears that Mr. Weiner's behavior might undermine the party, Democrats said they had given him a pass.");
    expect(doc.quotes.map((q) => [q.cue?.text, q.text])).toEqual([
      ["fears", "Mr. Weiner's behavior might undermine the party"],
      ["said", "they had given him a pass"],
    ]);
    expect(only("The silence has allowed festering speculation that the emails must be significant.")).toMatchObject({ cue: { text: "festering speculation" }, text: "the emails must be significant" });
  });

  it("reads the clause a copula gives a subject cue noun (“The worry …, of course, is that …”)", () => {
    expect(only("The worry among rivals, of course, is that the company will raise prices.")).toMatchObject({ cue: { text: "The worry" }, text: "the company will raise prices", speaker: null });
    expect(only("The question is whether the deal will pass.")).toMatchObject({ cue: { text: "The question" }, text: "whether the deal will pass" });
  });

  it("keeps a sentence-initial sourceless cue inside the content of a clause-final attribution", () => {
    const said = (text: string) => quotesOf(text).find((q) => q.cue?.text === "said");
    expect(said("The claims of fraud were baseless, the judge said.")?.text).toBe("The claims of fraud were baseless");
    expect(said("He is said to have left the country, aides said.")?.text).toBe("He is said to have left the country");
    expect(said("Al Gore was seen as wooden, aides said.")?.text).toBe("Al Gore was seen as wooden");
  });

  it("reads no claim in a market's demand", () => {
    expect(quotesOf("The demand for oil rose sharply.")).toEqual([]);
  });

  it("reads no bare cue noun in a relative clause, under negation or as a noun modifier's head", () => {
    expect(quotesOf("The claim that he made was false.")).toEqual([]);
    expect(quotesOf("No claims of responsibility were made.")).toEqual([]);
    expect(quotesOf("The land claims of the tribe were settled.")).toEqual([]);
  });
});

describe("stances, plans and beliefs (PolNeAR's wider attributions)", () => {
  it.each([
    ["The union endorsed the senator.", "endorsed", "The union", "the senator"],
    ["The senator plans to visit the border next week.", "plans", "The senator", "to visit the border next week"],
    ["The opposition bemoaned a lack of unity.", "bemoaned", "The opposition", "a lack of unity"],
    ["She touts her ability to create jobs.", "touts", "She", "her ability to create jobs"],
    ["The minister referred to the rebels as terrorists.", "referred to", "The minister", "the rebels as terrorists"],
    ["The campaign wants voters to stay home.", "wants", "The campaign", "to stay home"],
  ])("%s", (text, cue, speaker, content) => {
    const doc = annotate(text);
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]).toMatchObject({ kind: "indirect", cue: { text: cue }, text: content });
    expect(speakerText(doc, doc.quotes[0])).toBe(speaker);
  });

  it.each([
    ["The campaign was optimistic that she would win.", "was optimistic", "The campaign", "she would win"],
    ["Many residents were outraged at the protest.", "were outraged at", "Many residents", "the protest"],
    ["Nobody is willing to predict the outcome.", "is willing", "Nobody", "to predict the outcome"],
  ])("reads an attitude adjective: %s", (text, cue, speaker, content) => {
    const q = only(text);
    expect(q).toMatchObject({ cue: { text: cue }, text: content });
    expect(q.speaker?.name).toBe(speaker);
  });

  it("ends a fronted attitude phrase's content at the main clause and ignores attributive adjectives", () => {
    expect(only("With Democrats increasingly nervous about turnout, Clinton came to Detroit.").text).toBe("turnout");
    expect(quotesOf("The nervous voters stayed home.")).toEqual([]);
  });

  it("reads a title-case headline's cue verb with the words before it as speaker", () => {
    const doc = annotate("Trump Warns Clinton Policy On Syria Would Lead To War\n\nThe candidate spoke on Tuesday.");
    expect(doc.quotes[0]).toMatchObject({ cue: { text: "Warns" }, text: "Clinton Policy On Syria Would Lead To War" });
    expect(speakerText(doc, doc.quotes[0])).toBe("Trump");
  });

  it("reads evidence verbs the tagger takes for nouns, clause-final or after a time phrase", () => {
    expect(only("Donors weighed in with requests and advice, the emails show.")).toMatchObject({ cue: { text: "show" }, speaker: { name: "the emails" } });
    const doc = annotate("New polls out Monday show the senator up by four points.");
    expect(doc.quotes[0] && speakerText(doc, doc.quotes[0])).toBe("New polls");
  });

  it("reads a record's findings only when a poll, document or record is the subject", () => {
    const doc = annotate("The latest survey gave the senator a four-point lead in Ohio.");
    expect(doc.quotes.map((q) => [speakerText(doc, q), q.cue?.text, q.text])).toEqual([["The latest survey", "gave", "the senator a four-point lead in Ohio"]]);
    expect(quotesOf("The poll has the governor leading by six points.").map((q) => q.cue?.text)).toEqual(["has"]);
    expect(quotesOf("The mayor gave the winners a medal.")).toEqual([]);
    expect(quotesOf("The package includes two new engines.")).toEqual([]);
    // A rejected record verb does not cut the clause of a real cue before it.
    expect(quotesOf("The minister said the deal includes new elections.").map((q) => q.text)).toEqual(["the deal includes new elections"]);
  });

  it("reads attack verbs only as verbal attacks by named people on people, stances or records", () => {
    expect(quotesOf("Senator Smith attacked Governor Brown's national security record.").map((q) => q.cue?.text)).toEqual(["attacked"]);
    expect(quotesOf("Senator Smith blasted Brown as a creature of the establishment.").map((q) => q.text)).toEqual(["Brown as a creature of the establishment"]);
    expect(quotesOf("Militants attacked a police station over the weekend.")).toEqual([]);
    expect(quotesOf("Russian forces attacked Kyiv on Monday.")).toEqual([]);
    expect(quotesOf("A man attacked John Smith with a knife.")).toEqual([]);
    // Quoted words in the object are the attacker's own: the attack is verbal.
    expect(quotesOf("Senator Smith hammered the “disgusting” newspapers on Monday.").map((q) => q.cue?.text)).toEqual(["hammered"]);
  });

  it("does not read verbs that also describe things as attributions of a thing", () => {
    expect(quotesOf("The bridge supports the weight of the trains.")).toEqual([]);
    expect(quotesOf("The new road seeks to connect the two valleys.")).toEqual([]);
  });

  it("reads only quotation verbs as inverted attributions", () => {
    expect(quotesOf("The move, called prorogation, came after a vote failed.")).toEqual([]);
  });

  it("finds the subject of a phrasal verb governing the cue infinitive, and no cue in a preposition's 'to'", () => {
    const doc = annotate("Senator Jones, who didn't step up to oppose the bill, lost the vote.");
    expect(doc.quotes.map((q) => [speakerText(doc, q), q.cue?.text])).toEqual([["who", "didn't step up to oppose"]]);
    expect(quotesOf("The firms gave answers to detailed questions from the committee.")).toEqual([]);
  });

  it("reads a message put out as a cue whose content is the message, or what follows its colon", () => {
    const doc = annotate("The senator's daughter sent out a series of angry tweets on Monday aimed at the governor.");
    expect(doc.quotes.map((q) => [speakerText(doc, q), q.cue?.text, q.text])).toEqual([["The senator's daughter", "sent out", "a series of angry tweets on Monday aimed at the governor"]]);
    const colon = annotate("The mayor fired off two tweets with a dozen exclamation marks: “We will win this fight!”");
    expect(colon.quotes.map((q) => [q.cue?.text, q.text])).toEqual([["fired off", "We will win this fight!"]]);
    expect(quotesOf("The ministry issued a statement.")).toEqual([]);
    expect(quotesOf("The minister sent a letter of support, but the mayor said the plan was dead.").map((q) => q.text)).toEqual(["a letter of support", "the plan was dead"]);
  });

  it("reads a cue noun whose source follows it with of or from", () => {
    const doc = annotate("The decision of the committee chairman, John Smith, to release the letter angered many members.");
    expect(doc.quotes.map((q) => [speakerText(doc, q), q.cue?.text, q.text])).toEqual([["the committee chairman, John Smith", "decision", "to release the letter"]]);
    const from = annotate("The aide forwarded requests for meetings with the minister from the head of a large bank.");
    expect(from.quotes.map((q) => [speakerText(from, q), q.cue?.text, q.text])).toEqual([["the head of a large bank", "requests", "meetings with the minister"]]);
    // "criticism of X": X is what the criticism is about, not its source.
    expect(quotesOf("Criticism of the president grew louder this week.")).toEqual([]);
  });

  it("takes a subject with a passive relative clause as the speaker phrase", () => {
    const doc = annotate("Other emails that have recently been released show the aide was worried.");
    expect(doc.quotes.map((q) => [speakerText(doc, q), q.cue?.text])).toEqual([["Other emails that have recently been released", "show"]]);
    const leaked = annotate("The documents which were leaked revealed that he lied.");
    expect(leaked.quotes.map((q) => [speakerText(leaked, q), q.text])).toEqual([["The documents which were leaked", "he lied"]]);
  });

  it("keeps a source's participle phrase with its agent or possessive complement", () => {
    const doc = annotate("Turnout rose sharply, according to a database built by the newspaper.");
    expect(doc.quotes.map((q) => speakerText(doc, q))).toEqual(["a database built by the newspaper"]);
    const flagged = annotate("He met the bankers twice, according to excerpts flagged as sensitive by his own staff.");
    expect(flagged.quotes.map((q) => speakerText(flagged, q))).toEqual(["excerpts flagged as sensitive by his own staff"]);
  });

  it("reads the verb form of a fixed compound as a noun inside a speaker's apposition", () => {
    const doc = annotate("“The plan is dead,” said Jane Roe, a fellow at the think tank Policy Forum.");
    expect(doc.quotes.map((q) => speakerText(doc, q))).toEqual(["Jane Roe, a fellow at the think tank Policy Forum"]);
  });

  it("keeps institution names with 'on' and gerund heads after a possessive inside a speaker phrase", () => {
    const doc = annotate("“Prices will rise,” said Ann Lee of the Center on Budget Priorities. “We won,” Smith wrote on Twitter.");
    expect(doc.quotes.map((q) => speakerText(doc, q))).toEqual(["Ann Lee of the Center on Budget Priorities", "Smith"]);
    const gerund = annotate("The talks will resume, according to a person familiar with his thinking.");
    expect(gerund.quotes.map((q) => speakerText(gerund, q))).toEqual(["a person familiar with his thinking"]);
  });

  it("reads shares of poll respondents as sources", () => {
    const doc = annotate("In the survey, 60 percent of voters polled want the council to resign.");
    expect(doc.quotes.map((q) => [speakerText(doc, q), q.cue?.text])).toEqual([["60 percent of voters polled", "want"]]);
  });

  it("does not take a purpose infinitive's noun for its speaker", () => {
    const doc = annotate("The princess took to Instagram to thank her supporters.");
    expect(doc.quotes[0] && speakerText(doc, doc.quotes[0])).toBe("The princess");
  });

  it("reads no stance in a position verb's infinitive of purpose", () => {
    expect(quotesOf("Donors gave $2 million to support the party's campaign.")).toHaveLength(0);
    expect(quotesOf("The union spent heavily to back the governor.")).toHaveLength(0);
    // A speech verb in the same place still reports its subject's words.
    expect(quotesOf("The princess took to Instagram to thank her supporters.")).toHaveLength(1);
  });

  it("reads no stance in a position verb's -ing form right after a noun ('French forces backing government troops attacked …')", () => {
    expect(quotesOf("Rebels lost the town after French forces backing government troops attacked their positions.")).toHaveLength(0);
    // Opening its own clause it is the subject's declared position.
    expect(quotesOf("The senator spoke for an hour, backing the governor's plan.")).toHaveLength(1);
  });

  it("keeps a cue infinitive inside an infinitive content as part of it", () => {
    const a = only("The governor urged the mayor not to announce the closure.");
    expect([a.cue?.text, a.text]).toEqual(["urged", "not to announce the closure"]);
    const b = only("The host asked the senator to describe the plan.");
    expect([b.cue?.text, b.text]).toEqual(["asked", "to describe the plan"]);
    const c = only("The minister said he planned to ask parliament to cut taxes.");
    expect([c.cue?.text, c.text]).toEqual(["said", "he planned to ask parliament to cut taxes"]);
  });

  it("leaves a non-restrictive anonymity clause out of the speaker phrase, but keeps other relative clauses", () => {
    const a = annotate("The official, who is not authorized to comment publicly, said the talks had failed.");
    expect(speakerText(a, a.quotes[0])).toBe("The official");
    const b = annotate("The aides, who spoke on the condition of anonymity, said the talks had failed.");
    expect(speakerText(b, b.quotes[0])).toBe("The aides");
    const c = annotate("The diplomat, who was named ambassador last year, said the talks had failed.");
    expect(speakerText(c, c.quotes[0])).toBe("The diplomat, who was named ambassador last year");
  });

  it("reads no content in a relative clause or a bare participle after the cue, nor a permission denied", () => {
    expect(quotesOf("The team wrote in a statement that was published in the local paper.")).toHaveLength(0);
    expect(quotesOf("The newspaper wrote while acknowledging the mistakes.").map((q) => q.cue?.text)).toEqual(["acknowledging"]);
    const doc = annotate("Officials, who were not authorized to discuss the case, said the emails were reviewed.");
    expect(doc.quotes.map((q) => q.cue?.text)).toEqual(["said"]);
    // A demonstrative "that" after the cue still opens the reported clause.
    expect(only("He said that was a mistake.").text).toBe("that was a mistake");
  });

  it("attributes a quotation after a topic phrase ('said about X, “…”')", () => {
    const a = only("In the email, the aide said about the governor, “We don't need to be this nice.”");
    expect([a.kind, a.cue?.text, a.speaker?.name]).toEqual(["direct", "said", "the aide"]);
  });

  it("reads a quoted predicate after the subject as a reported clause, and a participle before a quotation as a cue", () => {
    const doc = annotate('The bank president said the use of foreign currencies "costs Africa billions," further saying, "It reduces trade."');
    expect(doc.quotes.map((q) => [q.cue?.text, q.text, speakerText(doc, q)])).toEqual([
      ["said", 'the use of foreign currencies "costs Africa billions,"', "The bank president"],
      ["further saying", "It reduces trade.", "The bank president"],
    ]);
  });

  it("finds the speaker before a bracketed short name, an addressee read as an adjective, and a document's wording", () => {
    const a = annotate('Jane Holland of the National Crime Agency (NCA) said, "Offenders are the worst."');
    expect(speakerText(a, a.quotes[0])).toBe("Jane Holland of the National Crime Agency (NCA)");
    const b = only('The prime minister told the public via Twitter, "The opposition wants to cancel the vote."');
    expect([b.kind, b.speaker?.name]).toEqual(["direct", "The prime minister"]);
    const c = annotate('The summary of the ruling read in part: "The advice was unlawful."');
    expect(c.quotes.map((q) => [q.cue?.text, speakerText(c, q)])).toEqual([["read", "The summary of the ruling"]]);
    expect(quotesOf('He read the statement aloud: "We will win."').map((q) => q.cue)).toEqual([null]);
  });

  it("reads a past tense tagged as an adjective after a name and an adverb as the cue", () => {
    const doc = annotate('Hotak also alleged the government is "hiding casualty figures".');
    expect(doc.quotes.map((q) => [q.cue?.text, speakerText(doc, q)])).toEqual([["alleged", "Hotak"]]);
  });

  it("reads a seat of power as a source and an -ed cue tagged as an adjective after a quotation's speaker", () => {
    const a = only('The palace issued the following statement: "She relinquished her title."');
    expect([a.kind, a.cue?.text, a.speaker?.name]).toEqual(["direct", "issued", "The palace"]);
    const b = only('"The party complies with the command," the party informed reporters.');
    expect([b.cue?.text, b.speaker?.name]).toEqual(["informed", "the party"]);
  });

  it("reads 'made (it) clear' as one cue", () => {
    expect(only("The minister made clear that the talks would continue.").cue?.text).toBe("made clear");
    expect(only("The minister made it clear that the talks would continue.").cue?.text).toBe("made it clear");
    expect(quotesOf("The minister made a clear offer to the union.")).toHaveLength(0);
  });
});

describe("speaker resolution with an actor layer", () => {
  function docWith(text: string, names: [needle: string, type: Entity["type"], actorId: string, from?: number][], actors: Actor[]): Document {
    const doc = tokensOnly.annotate({ text });
    const entities = names
      .map(([needle, type, actorId, from], i) => {
        const start = doc.text.indexOf(needle, from ?? 0);
        return { id: `e${i + 1}`, start, end: start + needle.length, text: needle, type, actorId };
      })
      .sort((a, b) => a.start - b.start);
    return { ...doc, entities, actors };
  }
  const actor = (id: string, name: string): Actor => {
    const made = { id, name, code: null, country: null, sectors: [], aliases: [], roles: [], mentions: [], basis: null, members: [] };
    return made;
  };

  it("resolves “he” to the last speaker rather than a person mentioned since", () => {
    const text = "Ali Shamkhani said the talks were useful. He met John Smith on Monday. “We agreed on a plan,” he said.";
    const doc = docWith(text, [["Ali Shamkhani", "PERSON", "a1"], ["John Smith", "PERSON", "a2"]], [actor("a1", "Ali Shamkhani"), actor("a2", "John Smith")]);
    const q = findQuotes(doc).find((x) => x.text === "We agreed on a plan");
    expect(q?.speaker).toMatchObject({ actorId: "a1", name: "Ali Shamkhani" });
  });

  it("resolves “he” to its own sentence's subject rather than a later object", () => {
    const text = "When Ali Shamkhani was asked whether he trusts John Smith, he said, “We agreed on a plan.”";
    const doc = docWith(text, [["Ali Shamkhani", "PERSON", "a1"], ["John Smith", "PERSON", "a2"]], [actor("a1", "Ali Shamkhani"), actor("a2", "John Smith")]);
    const q = findQuotes(doc).find((x) => x.text.startsWith("We agreed"));
    expect(q?.speaker).toMatchObject({ actorId: "a1", name: "Ali Shamkhani" });
  });

  it("resolves “she” past a male speaker to a woman named with Ms.", () => {
    const text = "Ms. Jane Doe chaired the meeting. “It went well,” Mr. Brown said. “We will meet again,” she said.";
    const doc = docWith(text, [["Jane Doe", "PERSON", "a1"], ["Brown", "PERSON", "a2"]], [actor("a1", "Jane Doe"), actor("a2", "Tom Brown")]);
    const quotes = findQuotes(doc);
    expect(quotes.find((x) => x.text === "It went well")?.speaker?.actorId).toBe("a2");
    expect(quotes.find((x) => x.text === "We will meet again")?.speaker?.actorId).toBe("a1");
  });

  it("takes a description's actor from the mentions layer", () => {
    const text = "The Iraqi defense chief said the visit had strengthened ties.";
    const doc = docWith(text, [["Iraqi", "NORP", "a2"]], [actor("a1", "Juma Khattab"), actor("a2", "Iraq")]);
    const start = doc.text.indexOf("The Iraqi defense chief");
    const mention = { id: "m1", start, end: start + "The Iraqi defense chief".length, text: "The Iraqi defense chief", kind: "description" as const, actorId: "a1", entityId: null };
    const q = findQuotes({ ...doc, mentions: [mention] })[0];
    expect(q.speaker).toMatchObject({ actorId: "a1", name: "Juma Khattab" });
  });

  it("finds a description's mention among others, whether or not the mentions come in text order", () => {
    const text = "The Iraqi defense chief said the visit had strengthened ties with Tehran.";
    const doc = docWith(text, [["Iraqi", "NORP", "a2"], ["Tehran", "GPE", "a3"]], [actor("a1", "Juma Khattab"), actor("a2", "Iraq"), actor("a3", "Iran")]);
    const at = (needle: string, actorId: string, id: string) => {
      const start = doc.text.indexOf(needle);
      return { id, start, end: start + needle.length, text: needle, kind: "description" as const, actorId, entityId: null };
    };
    const chief = at("The Iraqi defense chief", "a1", "m1");
    const tehran = at("Tehran", "a3", "m2");
    for (const mentions of [[chief, tehran], [tehran, chief]]) {
      expect(findQuotes({ ...doc, mentions })[0].speaker).toMatchObject({ actorId: "a1", name: "Juma Khattab" });
    }
  });

  it("reads a name's phrasal reporting verb tagged as a noun as the cue ('Clinton talks about')", () => {
    const text = "In a speech in 2013, Clinton talks about the blame, saying, “I think so.”";
    const doc = docWith(text, [["Clinton", "PERSON", "a1"]], [actor("a1", "Hillary Clinton")]);
    expect(findQuotes(doc).map((q) => [q.cue?.text, q.speaker?.actorId])).toEqual([["talks about", "a1"], ["saying", "a1"]]);
  });

  it("maps a short name to the actor of its entity and a role phrase to the named person in it", () => {
    const text = "Trump attorney Alan Garten told reporters that the suit was a sham.";
    const doc = docWith(text, [["Trump", "PERSON", "a1"], ["Alan Garten", "PERSON", "a2"]], [actor("a1", "Donald Trump"), actor("a2", "Alan Garten")]);
    expect(findQuotes(doc)[0].speaker).toMatchObject({ actorId: "a2", name: "Alan Garten" });
  });
});
