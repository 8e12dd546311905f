import { describe, expect, it } from "vitest";
import { emptyDocument, makeArticle } from "../../model/document.js";
import { checkDocumentOffsets } from "../../model/offsets.js";
import type { TimeExpression } from "../../model/schema.js";
import { Chrono } from "chrono-node";
import { loadWink, tokenise } from "../tokens/wink.js";
import { createChrono, parseCued, parserNames, PARSER_CUES } from "./chrono-adapter.js";
import { createTimesStage, findTimes } from "./times.js";

const nlp = loadWink();
const chrono = createChrono();
const PUBLISHED = "2020-11-15"; // a Sunday

function timesOf(text: string, published: string | null = PUBLISHED) {
  const { sentences, tokens } = tokenise(nlp, text);
  return findTimes({ text, sentences, tokens, published }, chrono);
}

function only(text: string, published: string | null = PUBLISHED): TimeExpression {
  const { times } = timesOf(text, published);
  expect(times, JSON.stringify(times)).toHaveLength(1);
  return times[0];
}

function find(times: readonly TimeExpression[], phrase: string): TimeExpression {
  const hit = times.find((t) => t.text.includes(phrase));
  expect(hit, `no time containing ${JSON.stringify(phrase)} in ${JSON.stringify(times.map((t) => t.text))}`).toBeDefined();
  return hit!;
}

describe("times relative to the publication date", () => {
  it("dates a weekday to the publication week, looking back", () => {
    expect(only("He met the Iraqi minister in Tehran on Sunday.")).toMatchObject({ text: "Sunday", value: "2020-11-15", precision: "day" });
    expect(only("The ministers met on Friday.")).toMatchObject({ value: "2020-11-13" });
  });

  it("moves a weekday forward when the clause is in the future or says next", () => {
    expect(only("The delegation will return on Friday.")).toMatchObject({ value: "2020-11-20" });
    expect(only("They meet again next Monday.")).toMatchObject({ value: "2020-11-16" });
    expect(only("They met last Sunday.")).toMatchObject({ value: "2020-11-08" });
  });

  it("puts a yearless date in the past for past-tense news, as chrono alone would not", () => {
    const t = only("Soleimani was assassinated in a US drone strike at Baghdad airport on January 3.");
    expect(t).toMatchObject({ text: "January 3", value: "2020-01-03", precision: "day" });
  });

  it("puts a yearless date in the future when the clause is in the future tense", () => {
    expect(only("The agreement will be signed on January 3.")).toMatchObject({ value: "2021-01-03" });
    expect(only("Talks are expected in December.")).toMatchObject({ value: "2020-12", precision: "month" });
  });

  it("reads a year alone with year precision", () => {
    expect(only("In 2014, Daesh unleashed its campaign of terror.")).toMatchObject({ text: "2014", value: "2014", precision: "year" });
  });

  it("anchors 'some three years later' on the time before it", () => {
    const { times } = timesOf("In 2014, Daesh unleashed its campaign; the advisers liberated the country some three years later.");
    expect(find(times, "later")).toMatchObject({ text: "some three years later", value: "2017", precision: "year" });
  });

  it("gives vague futures and pasts", () => {
    expect(only("The document will be signed in the near future.")).toMatchObject({ text: "the near future", value: "FUTURE_REF", precision: "vague" });
    expect(only("Iraq has faced several conspiracies in recent years.")).toMatchObject({ text: "recent years", value: "PAST_REF", precision: "vague" });
  });

  it("resolves days, weeks and months counted from publication", () => {
    expect(only("Protesters gathered last week.")).toMatchObject({ text: "last week", value: "2020-W45" });
    expect(only("The minister resigned yesterday.")).toMatchObject({ value: "2020-11-14", precision: "day" });
    expect(only("The convoy was attacked two days ago.")).toMatchObject({ text: "two days ago", value: "2020-11-13" });
    expect(only("Prices rose this month.")).toMatchObject({ value: "2020-11", precision: "month" });
  });

  it("reads decades, datelines and modified dates", () => {
    expect(only("The war in the 1990s left scars.")).toMatchObject({ text: "1990s", value: "199X", precision: "decade" });
    expect(only("Monday, January 14, 2019\nThe mayor was stabbed.")).toMatchObject({ text: "Monday, January 14, 2019", value: "2019-01-14" });
    expect(only("The plant closed by mid-2019.")).toMatchObject({ text: "mid-2019", value: "2019", precision: "year" });
    expect(only("The offensive began in early March.")).toMatchObject({ text: "early March", value: "2020-03", precision: "month" });
  });

  it("reads durations and recurrences with ISO values", () => {
    const { times } = timesOf("The four-year war ended; the council holds annual meetings twice a year.");
    expect(find(times, "four-year")).toMatchObject({ value: "P4Y", precision: "vague" });
    expect(find(times, "annual")).toMatchObject({ value: "P1Y" });
    expect(find(times, "a year")).toMatchObject({ value: "P1Y" });
  });

  it("places yearless dates in the year of a full date just before them", () => {
    const { times } = timesOf("The army moved on November 15, 2017. He resigned on November 21 in exchange for immunity.");
    expect(find(times, "November 21")).toMatchObject({ value: "2017-11-21" });
  });

  it("anchors a part of the day on the last day mentioned, not on a year", () => {
    const { times } = timesOf("Mugabe died on Friday. He had been ill for months this year and died in the morning.");
    expect(find(times, "the morning")).toMatchObject({ value: "2020-11-13TMO" });
  });

  it("reads 'this coming' and 'this past' weekdays", () => {
    const { times } = timesOf("The court must rule by this coming Friday. The princess spoke this past Friday.");
    expect(find(times, "coming Friday")).toMatchObject({ value: "2020-11-20" });
    expect(find(times, "past Friday")).toMatchObject({ value: "2020-11-13" });
  });

  it("marks 'now' but not a sentence-initial discourse 'Now,'", () => {
    expect(only("The talks are now over.")).toMatchObject({ text: "now", value: "PRESENT_REF" });
    expect(timesOf("Now, let us turn to the budget.").times).toEqual([]);
  });
});

describe("false positives chrono is prone to", () => {
  it.each([
    ["the modal may", "Officials said the ceasefire may collapse."],
    ["a protest march", "Thousands joined a protest march through the capital."],
    ["March as a noun at a sentence start", "March organisers said the route was blocked."],
    ["bare numbers and counts", "The army deployed 2000 troops and 1500 police in 3 cities."],
    ["an ordinal second", "The party came second in the vote."],
    ["a number inside a name", "The Russell 2000 Index fell sharply."],
    ["an age", "Most of the victims were in their 80s."],
    ["a lowercase month word", "They may march on the palace."],
    ["a fraction", "About a quarter of the population voted."],
    ["a holiday inside a name", "He was stabbed during the Great Orchestra of Christmas Charity."],
    ["a narrative 'later'", "He was arrested and later returned to Rhodesia."],
  ])("ignores %s", (_label, text) => {
    expect(timesOf(text).times).toEqual([]);
  });
});

describe("articles without a publication date", () => {
  it("keeps absolute dates", () => {
    expect(only("In 2014, Daesh unleashed its campaign.", null)).toMatchObject({ value: "2014" });
    expect(only("The accord was signed on January 14, 2019.", null)).toMatchObject({ value: "2019-01-14" });
  });

  it("leaves relative ones unresolved with a diagnostic", () => {
    const { times, diagnostics } = timesOf("The minister met his counterpart on Sunday.", null);
    expect(times).toEqual([expect.objectContaining({ text: "Sunday", value: null })]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: "times.unresolved-relative", stage: "times", start: times[0].start, end: times[0].end })]);
  });
});

describe("createTimesStage", () => {
  it("declares its place in the pipeline", () => {
    const stage = createTimesStage();
    expect({ id: stage.id, version: stage.version, requires: stage.requires, assigns: stage.assigns }).toEqual({
      id: "times",
      version: 1,
      requires: ["sentences", "tokens"],
      assigns: ["times"],
    });
  });

  it("fills doc.times with spans that slice to their text", () => {
    const text = "Gen. Baqeri spoke on Sunday.\n\n“And now, as the Americans seek to redeploy terrorists,” he said. In 2014, Daesh rose; it fell some three years later, on 10 December 2017.";
    const article = makeArticle({ text, published: PUBLISHED });
    const { sentences, tokens } = tokenise(nlp, article.text);
    const doc = createTimesStage().run({ ...emptyDocument(article), sentences, tokens });
    expect(doc.times.map((t) => t.text)).toEqual(["Sunday", "now", "2014", "some three years later", "10 December 2017"]);
    for (const t of doc.times) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    expect(() => checkDocumentOffsets(doc)).not.toThrow();
  });

  it("runs chrono without the relative-unit parsers sitrep replaces", () => {
    const names = parserNames(chrono);
    expect(names).toContain("ENMonthNameMiddleEndianParser");
    expect(names).not.toContain("ENTimeUnitAgoFormatParser");
    expect(names).not.toContain("ENRelativeDateFormatParser");
  });

  it("cues every chrono parser on whatever it parses alone, and numeric dates on their punctuation", () => {
    const reference = { instant: new Date(Date.UTC(2020, 10, 15, 12)), timezone: 0 };
    const texts = [
      "2020-11-03T10:30Z", "on 2020-1-3", "2019/11/3", "2019 Nov 3", "2019.11.03", "2019 sept. 3", "5/11", "11.3.2020",
      "3-11-19", "11/2020", "1/2020", "2019 March", "2019, of March", "2019 of March", "5 AD March", "at 10:30 p.m.",
      "from 9 to 5", "at 10", "Sept. 3, 2019", "3rd of May", "Thurs. afternoon", "last night", "now and tmrw",
    ];
    const names = parserNames(chrono);
    let parsed = 0;
    chrono.parsers.forEach((parser, k) => {
      const alone = new Chrono({ parsers: [parser], refiners: chrono.refiners });
      const cue = PARSER_CUES.get(names[k])!;
      for (const text of texts) {
        if (alone.parse(text, reference).length === 0) continue;
        parsed++;
        expect(cue.test(text), `${names[k]} on ${text}`).toBe(true);
      }
    });
    expect(parsed).toBeGreaterThan(30);
    // Counts and years alone wake only the clock-time parser among the numeric ones.
    const counting = "Police said 15 people were killed in 2019 and 3,000 fled on 12 March.";
    const numeric = ["ENYearMonthDayParser", "ISOFormatParser", "SlashDateFormatParser", "ENSlashMonthFormatParser", "ENTimeExpressionParser", "ENYearMonthNameParser"];
    expect(numeric.filter((name) => PARSER_CUES.get(name)!.test(counting))).toEqual(["ENTimeExpressionParser", "ENYearMonthNameParser"]);
    expect(numeric.filter((name) => PARSER_CUES.get(name)!.test("Police said 15 people were killed in 2019."))).toEqual(["ENTimeExpressionParser"]);
  });

  it("runs only the chrono parsers a sentence has cues for, with chrono's own results", () => {
    // The cues were read off exactly these parsers: a chrono upgrade that changes them fails here.
    expect(parserNames(chrono)).toEqual([...PARSER_CUES.keys()]);
    const reference = { instant: new Date(Date.UTC(2020, 10, 15, 12)), timezone: 0 };
    const texts = [
      "on 2020-11-03 at 10:30 a.m.",
      "the 3rd of Sept. 2019",
      "Thurs. afternoon",
      "last night and this weekend",
      "at noon tmrw",
      "5/11 or 11/2020",
      "In March 2019, troops left on Friday, May 8.",
      "The vote is now set for later, officials said.",
      "No time here.",
    ];
    const plain = (text: string) => JSON.stringify(chrono.parse(text, reference).map((r) => [r.index, r.text, r.start.date(), r.end?.date()]));
    let found = 0;
    for (const text of texts) {
      const cued = parseCued(chrono, text, reference);
      found += cued.length;
      expect(JSON.stringify(cued.map((r) => [r.index, r.text, r.start.date(), r.end?.date()])), text).toBe(plain(text));
    }
    expect(found).toBeGreaterThan(8);
    // A chrono with a parser the cues do not know runs whole.
    const other = new Chrono();
    expect(parseCued(other, "the fifth of November", reference).length).toBe(other.parse("the fifth of November", reference).length);
  });
});
