// Attribution conventions of news prose, each on a sentence written for it (not copied from any source).
import { describe, expect, it } from "vitest";
import { createAnnotator } from "../../annotator.js";
import type { Document, Quote } from "../../model/schema.js";
import { createNormaliseStage } from "../normalise/normalise.js";
import { createTokensStage } from "../tokens/wink.js";
import { createQuotesStage } from "./quotes.js";

const withQuotes = createAnnotator({ stages: [createNormaliseStage(), createTokensStage(), createQuotesStage()] });

function annotate(text: string): Document {
  return withQuotes.annotate({ text });
}

function only(text: string): Quote {
  const quotes = annotate(text).quotes;
  expect(quotes).toHaveLength(1);
  return quotes[0];
}

describe("sources", () => {
  it("takes a relative 'who' as a source whatever its antecedent ('those who touted …')", () => {
    expect(only("Voters turned against those who touted their managerial skills.")).toMatchObject({ cue: { text: "touted" }, text: "their managerial skills" });
    expect(only("Those who touted the plan now regret it.")).toMatchObject({ cue: { text: "touted" }, text: "the plan" });
  });

  it("keeps a gerund clause before a parenthetical attribution out of the speaker ('Owning Time Warner, Mr. Stephenson said, would …')", () => {
    const q = only("Buying Acme Steel, Mr. Lopez said, would double the output.");
    expect(q).toMatchObject({ cue: { text: "said" }, kind: "indirect" });
    expect(q.speaker?.name).toBe("Lopez");
  });

  it("names a 'who' speaker by the name before an age in apposition ('Thomas Gray, 24, who …')", () => {
    const q = only("The second man was Tom Ellis, 31, who cited his training as a nurse.");
    expect(q).toMatchObject({ cue: { text: "cited" }, text: "his training as a nurse" });
    expect(q.speaker?.name).toBe("Tom Ellis");
  });
});

describe("who can hold a view", () => {
  it("lets a business named by its trade and an incumbent take positions", () => {
    expect(only("The tech giant lobbied for lower tariffs.")).toMatchObject({ cue: { text: "lobbied for" }, text: "lower tariffs" });
    expect(only("The incumbent backed the new plan.")).toMatchObject({ cue: { text: "backed" }, text: "the new plan" });
  });

  it("lets no place take a position by a verb that also counts or hosts ('the city welcomed 2 million tourists')", () => {
    expect(annotate("The city welcomed 2 million tourists last year.").quotes).toEqual([]);
    expect(annotate("The county supports 500 jobs.").quotes).toEqual([]);
  });
});

describe("cue verbs the tagger misreads", () => {
  it("reads an '-ing' adjective after 'be' with an addressee as a progressive cue", () => {
    expect(only("The ministry is promising farmers that the subsidy will be paid in May.")).toMatchObject({
      cue: { text: "is promising" },
      text: "the subsidy will be paid in May",
    });
  });
});

describe("contents", () => {
  it("keeps an addressee's 'of' phrase out of the content ('told members of Congress that …')", () => {
    expect(only("The senator told members of the committee that the inquiry would be brief.")).toMatchObject({ cue: { text: "told" }, text: "the inquiry would be brief" });
  });

  it("reads an indefinite pronoun as the object of a stance ('has proposed nothing that …')", () => {
    expect(only("So far the council has proposed nothing that would cut the deficit.")).toMatchObject({ cue: { text: "has proposed" }, text: "nothing that would cut the deficit" });
  });

  it("names the holder of a passive characterisation by its agent ('seen by many in the party as …')", () => {
    const q = only("He rose fast, despite being seen by many in the party as too ambitious.");
    expect(q).toMatchObject({ cue: { text: "being seen" }, text: "too ambitious" });
    expect(q.speaker?.name).toBe("many in the party");
    expect(annotate("He was seen by police as he crossed the border.").quotes).toEqual([]);
  });

  it("reads deliberation over a course as an intent ('has been mulling potential responses')", () => {
    expect(only("The cabinet has been mulling new sanctions.")).toMatchObject({ cue: { text: "has been mulling" }, text: "new sanctions" });
    expect(only("The governor pondered whether to run again.")).toMatchObject({ cue: { text: "pondered" }, text: "whether to run again" });
  });

  it("ends a possessed cue noun's that-clause in subject position where the sentence's own verb begins", () => {
    expect(only("The minister's warning that prices would rise was ignored.")).toMatchObject({ cue: { text: "warning" }, text: "prices would rise" });
  });

  it("ends a content inside a fronted 'with' phrase at the comma where the main clause begins", () => {
    const quotes = annotate("With the ministry urging banks to cut rates, several lenders have announced new loans.").quotes;
    expect(quotes.map((q) => [q.cue?.text, q.text])).toEqual([
      ["urging", "to cut rates"],
      ["have announced", "new loans"],
    ]);
  });

  it("reads a plan's noun phrase ('planned a marathon day')", () => {
    expect(only("The union planned a national strike for May.")).toMatchObject({ cue: { text: "planned" }, text: "a national strike for May" });
  });

  it("reads a decision's bare clause ('decided that was important')", () => {
    expect(only("Voters in the north decided that was important.")).toMatchObject({ cue: { text: "decided" }, text: "that was important" });
  });
});

describe("reactions", () => {
  it("attributes a feeling to the object of a verb of feeling, about its subject", () => {
    const q = only("The new tariff infuriated the farmers.");
    expect(q).toMatchObject({ cue: { text: "infuriated" }, text: "The new tariff" });
    expect(q.speaker?.name).toBe("the farmers");
    // (The tagger reads this past tense as an adjective.)
    expect(only("His late-night posts embarrassed them.")).toMatchObject({ cue: { text: "embarrassed" }, text: "His late-night posts" });
  });

  it("takes a subject with a participle modifier and a time phrase whole ('His attempted comeback in 2013 disgusted them')", () => {
    expect(only("Her failed bid in 2019 dismayed them.")).toMatchObject({ cue: { text: "dismayed" }, text: "Her failed bid in 2019" });
  });

  it("reads no reaction in a participle before a noun, a passive, or the tail of a longer subject", () => {
    expect(annotate("The embarrassed officials left the room.").quotes).toEqual([]);
    expect(annotate("The farmers were infuriated.").quotes).toEqual([]);
    expect(annotate("The plan to raise the tariff infuriated farmers.").quotes).toEqual([]);
  });

  it("reads no reaction in a result between named sides, and ends the object before an adjunct", () => {
    expect(annotate("The Lakers shocked the Celtics 110-98.").quotes).toEqual([]);
    expect(annotate("Chelsea frustrated Arsenal in a goalless draw.").quotes).toEqual([]);
    expect(only("Rain disappointed the crowd at Wimbledon.").speaker?.name).toBe("the crowd");
  });
});

describe("title-case headlines", () => {
  it("reads a past-tense verb of saying and a title-cased quotation after it", () => {
    const q = only("Senator Ellis Joked “You Are The Bravest People.”");
    expect(q).toMatchObject({ cue: { text: "Joked" }, text: "You Are The Bravest People.", kind: "direct" });
    expect(q.speaker?.name).toBe("Ellis");
  });

  it("reads a quoted title after the verb as content when the clause goes on after it", () => {
    expect(only("Mayor Claims ‘The Gloves’ Have Now Come Off In The Race")).toMatchObject({ cue: { text: "Claims" }, text: "‘The Gloves’ Have Now Come Off In The Race" });
  });

  it("takes a cue's particle into the cue and reads no cue in another phrasal verb", () => {
    expect(only("Mayor Warned Of Rising Costs In Ohio Speech")).toMatchObject({ cue: { text: "Warned Of" }, text: "Rising Costs In Ohio Speech" });
    expect(annotate("Mayor Backed Away From Pledge On Student Debt").quotes).toEqual([]);
  });

  it("starts the speaker after a kicker", () => {
    const q = only("Leaked Memo: Ellis Urged Staff To ‘Delete Everything.’");
    expect(q.speaker?.name).toBe("Ellis");
  });
});

describe("more cue forms", () => {
  it("takes the particle of 'blurted out' into the cue before its quotation", () => {
    expect(only("The mayor blurted out, “Not again,” when he heard the news.")).toMatchObject({ cue: { text: "blurted out" }, text: "Not again", kind: "direct" });
  });

  it("hands a possessed answer noun the quotation after its colon ('Abedin's reply: “…”')", () => {
    const q = only("The aide's terse reply: “NOT NOW.”");
    expect(q).toMatchObject({ cue: { text: "terse reply" }, text: "NOT NOW.", kind: "direct" });
  });

  it("reads no content in what a reply or response answers ('Trump's reply to the letter came later')", () => {
    expect(annotate("The mayor's reply to the letter came a week later.").quotes).toEqual([]);
    expect(annotate("The government's response to the crisis was slow.").quotes).toEqual([]);
  });

  it("reads 'I'm told' as hearsay without a named source, but not an order ('I was told to leave')", () => {
    expect(only("I'm told the governor considered resigning.")).toMatchObject({ cue: { text: "told" }, text: "the governor considered resigning", speaker: null });
    expect(only("We were told that the vote would be delayed.")).toMatchObject({ cue: { text: "were told" }, text: "the vote would be delayed", speaker: null });
    expect(annotate("I was told to leave the building.").quotes).toEqual([]);
  });
});

describe("claims without a named holder", () => {
  it("reads a plural cue noun after a preposition as a noun whatever its tag ('amid hopes that …')", () => {
    expect(only("Leaders met amid hopes that the hostages would be freed.")).toMatchObject({ cue: { text: "hopes" }, text: "the hostages would be freed", speaker: null });
  });
});

describe("things that came to light", () => {
  it("reads 'it emerged that …' as a report without a named source, but not a plain 'emerged'", () => {
    expect(only("It has emerged that the minister lied.")).toMatchObject({ cue: { text: "It has emerged" }, text: "the minister lied", speaker: null });
    expect(annotate("The truth emerged that day.").quotes).toEqual([]);
  });
});

describe("questions put by unnamed askers", () => {
  it("reads a passive or fronted 'asked' with its question or topic as a quote without a source", () => {
    const quotes = annotate("When the minister was asked whether he trusts the envoy, he said nothing.").quotes;
    expect(quotes[0]).toMatchObject({ cue: { text: "was asked" }, text: "whether he trusts the envoy", speaker: null });
    const fronted = annotate("Asked about the budget in an interview, the mayor said cuts were coming.").quotes;
    expect(fronted[0]).toMatchObject({ cue: { text: "Asked about" }, text: "the budget in an interview", speaker: null });
  });

  it("reads no question in a request to act ('was asked to resign')", () => {
    expect(annotate("The minister was asked to resign.").quotes).toEqual([]);
  });
});

describe("portrayals", () => {
  it("reads verbs of portrayal as stances, 'cast', 'paint', 'frame' and 'portray' only with 'as'", () => {
    expect(only("The ministry characterized the attack as a violation of sovereignty.")).toMatchObject({ cue: { text: "characterized" }, text: "the attack as a violation of sovereignty" });
    expect(only("The senator has cast her candidacy as a safe harbor for moderates.")).toMatchObject({ cue: { text: "has cast" }, text: "her candidacy as a safe harbor for moderates" });
    expect(annotate("Voters cast their ballots on Sunday.").quotes).toEqual([]);
    expect(annotate("The workers painted the school last year.").quotes).toEqual([]);
    expect(only("The senator portrayed the deal as a betrayal.")).toMatchObject({ cue: { text: "portrayed" }, text: "the deal as a betrayal" });
    expect(annotate("Tom Hanks portrays a soldier in the new film.").quotes).toEqual([]);
  });
});

describe("idioms and phrasal cues", () => {
  it("reads criticism aimed at someone and a picture painted or presented of something", () => {
    expect(only("The senator aimed his criticism at the governor.")).toMatchObject({ cue: { text: "aimed his criticism at" }, text: "the governor" });
    expect(only("The mayor presented a picture of decline.")).toMatchObject({ cue: { text: "presented a picture of" }, text: "decline" });
  });

  it("reads 'spelled out' and 'laid out how' as expositions, not laying out furniture", () => {
    expect(only("The minister spelled out the terms of the deal.")).toMatchObject({ cue: { text: "spelled out" }, text: "the terms of the deal" });
    expect(only("The lawyer laid out how the fund could be used.")).toMatchObject({ cue: { text: "laid out" }, text: "how the fund could be used" });
    expect(annotate("Workers laid out the chairs for the meeting.").quotes).toEqual([]);
  });
});

describe("coordinated predicates", () => {
  it("gives a verb after 'and' the subject of the verb before it, even when that verb reports nothing", () => {
    const doc = annotate("After he mimicked his rivals and referenced their pleas for calm, the senator left the stage.");
    const q = doc.quotes.find((x) => x.cue?.text === "referenced");
    expect(q).toBeDefined();
    expect(doc.text.slice(q!.speaker!.start!, q!.speaker!.end!)).toBe("he");
  });

  it("looks past an object's '-ed' complement for the shared subject", () => {
    const doc = annotate("The minister found the strike justified and called the order decisive.");
    const q = doc.quotes.find((x) => x.cue?.text === "called");
    expect(q).toBeDefined();
    expect(doc.text.slice(q!.speaker!.start!, q!.speaker!.end!)).toBe("The minister");
  });
});

describe("fronted topics", () => {
  it("reads a fronted 'On' phrase before a reporting clause as the topic of its subject's words", () => {
    const quotes = annotate("On the Iran deal, the minister said talks would resume.").quotes;
    expect(quotes.map((q) => [q.cue?.text, q.text])).toEqual([
      ["On", "the Iran deal"],
      ["said", "talks would resume"],
    ]);
    expect(quotes[0].speaker?.name).toBe(quotes[1].speaker?.name);
  });

  it("reads no topic in a time, an occasion, a medium or a phrase naming nothing by name", () => {
    for (const text of [
      "On Friday in Istanbul, the minister said talks would resume.",
      "On the campaign trail, the senator said talks would resume.",
      "On television, the minister said talks would resume.",
      "On condition of anonymity, officials said talks would resume.",
      "On the sidelines of the G20 summit, the minister said talks would resume.",
      "On the tariff dispute, the minister said talks would resume.",
      "On CNN, the minister said talks would resume.",
      "On Instagram, the singer said talks would resume.",
      "On Capitol Hill, lawmakers said talks would resume.",
      "On Bourbon Street, revellers said talks would resume.",
    ]) {
      expect(annotate(text).quotes.map((q) => q.cue?.text)).toEqual(["said"]);
    }
  });
});

describe("relative clauses and small clauses", () => {
  it("takes a restrictive 'which' as the source, named by its noun, and keeps an object's participle in the content", () => {
    const q = only("A video which showed him mocking the judge surfaced on Friday.");
    expect(q).toMatchObject({ cue: { text: "showed" }, text: "him mocking the judge" });
    expect(q.speaker?.name).toBe("A video");
    expect(annotate("The post sparked a reaction across social media which shows no sign of letting up.").quotes).toEqual([]);
  });

  it("gives a statement which says something to whoever put it out", () => {
    const q = only('The group released a statement which said, "The museum must stay open."');
    expect(q).toMatchObject({ cue: { text: "released a statement which said" }, text: "The museum must stay open.", kind: "direct" });
    expect(q.speaker?.name).toBe("The group");
  });
});

describe("according to", () => {
  it("ends a sentence-opening source at its comma, not in an apposition that runs through the clause", () => {
    expect(only("According to the report, the army shelled the town.")).toMatchObject({ cue: { text: "According to" }, text: "the army shelled the town" });
    const q = only("According to John Smith, a spokesman for the army, the town was shelled.");
    expect(q).toMatchObject({ text: "the town was shelled" });
    expect(q.speaker?.name).toBe("John Smith");
  });

  it("reads a lone word after 'according to' as the source whatever its tag ('according to police')", () => {
    expect(only("According to police, the suspect fled.")).toMatchObject({ cue: { text: "According to" }, text: "the suspect fled" });
    expect(only("According to him, the suspect fled.")).toMatchObject({ cue: { text: "According to" }, text: "the suspect fled" });
  });

  it("reads no source in an idiom ('went according to plan')", () => {
    expect(annotate("According to plan, the troops withdrew at dawn.").quotes).toEqual([]);
    expect(only("Everything went according to plan, officials said.")).toMatchObject({ cue: { text: "said" }, text: "Everything went according to plan" });
  });
});

describe("infinitives", () => {
  it("reads a split infinitive after 'the first/latest N' as the subject's act, the cue starting at 'to'", () => {
    const q = only("The union became the first group to publicly endorse the mayor.");
    expect(q).toMatchObject({ cue: { text: "to publicly endorse" }, text: "the mayor" });
    expect(q.speaker?.name).toBe("The union");
  });
});
