import { describe, expect, it } from "vitest";
import { emptyDocument, makeArticle } from "../../model/document.js";
import type { Document, Event } from "../../model/schema.js";
import { loadWink, tokenise } from "../tokens/wink.js";
import { withText } from "./clauses.js";
import { createEventDatesStage, dateEvent, eventDateOf } from "./event-dates.js";
import { createTimesStage } from "./times.js";

const nlp = loadWink();
const times = createTimesStage();
const dates = createEventDatesStage();

/** A hand-made document: tokens and times from the stages, one event per trigger word. */
function documentWith(text: string, triggers: string[], published: string | null = "2020-11-15"): Document {
  const article = makeArticle({ text, published });
  const layers = tokenise(nlp, article.text);
  const doc = times.run({ ...emptyDocument(article), ...layers });
  const events: Event[] = triggers.map((word, i) => {
    const start = doc.text.indexOf(word);
    if (start < 0) throw new Error(`trigger ${word} not in text`);
    const sentence = doc.sentences.findIndex((s) => s.start <= start && start < s.end);
    return {
      id: `e${i}`,
      sentence,
      trigger: { start, end: start + word.length, text: word },
      source: null,
      target: null,
      cameo: { code: "010", label: "test", goldstein: null, quadClass: null },
      plover: null,
      modality: "asserted",
      negated: false,
      date: null,
      location: null,
      rule: "test",
      confidence: 1,
    };
  });
  return { ...doc, events };
}

function datesOf(doc: Document) {
  return Object.fromEntries(dates.run(doc).events.map((e) => [e.trigger.text, e.date]));
}

describe("createEventDatesStage", () => {
  it("declares its place in the pipeline", () => {
    expect({ id: dates.id, version: dates.version, requires: dates.requires, assigns: dates.assigns }).toEqual({
      id: "events.dates",
      version: 1,
      requires: ["times", "events"],
      assigns: ["events"],
    });
  });

  it("takes the time after the trigger in its clause", () => {
    const doc = documentWith(
      "Soleimani, who played a key role in the region, was assassinated in a US drone strike at Baghdad airport on January 3 at the invitation of the government.",
      ["assassinated", "strike"],
    );
    const d = datesOf(doc);
    expect(d.assassinated).toEqual({ value: "2020-01-03", precision: "day", text: "January 3", inherited: false });
    expect(d.strike).toMatchObject({ value: "2020-01-03", inherited: false });
  });

  it("lets a fronted time govern the whole sentence but not a clause with its own time", () => {
    const doc = documentWith(
      "In 2014, when Daesh unleashed its campaign in Iraq, Iranian advisers rushed to the aid of Iraqi forces, helping them liberate their homeland some three years later.",
      ["unleashed", "rushed", "liberate"],
    );
    const d = datesOf(doc);
    expect(d.unleashed).toMatchObject({ value: "2014", precision: "year", inherited: false });
    expect(d.rushed).toMatchObject({ value: "2014", text: "2014" });
    expect(d.liberate).toMatchObject({ value: "2017", text: "some three years later" });
  });

  it("dates a nominal trigger by the time of its verb's stretch", () => {
    const doc = documentWith("He made the remarks on the sidelines of a meeting with the minister in Tehran on Sunday.", ["meeting"]);
    expect(datesOf(doc).meeting).toMatchObject({ value: "2020-11-15", text: "Sunday", inherited: false });
  });

  it("keeps clauses joined by ', and' apart", () => {
    const doc = documentWith("On Monday the minister arrived in Baghdad, and on Tuesday the talks collapsed.", ["arrived", "collapsed"]);
    const d = datesOf(doc);
    expect(d.arrived).toMatchObject({ value: "2020-11-09" });
    expect(d.collapsed).toMatchObject({ value: "2020-11-10" });
  });

  it("inherits the publication date when the sentence has no time, or only a duration", () => {
    const doc = documentWith("Iranian officials held talks with their Iraqi counterparts. The war lasted four years.", ["held", "lasted"]);
    const d = datesOf(doc);
    expect(d.held).toEqual({ value: "2020-11-15", precision: "day", text: null, inherited: true });
    expect(d.lasted).toMatchObject({ value: "2020-11-15", inherited: true });
  });

  it("dates the founding article's events as the issue expects", () => {
    const doc = documentWith(
      [
        "He made the remarks on the sidelines of a meeting with Iraq’s Defense Minister Lieutenant General Juma Anad Saadoun Khattab in Tehran on Sunday.",
        "In 2014, when Daesh unleashed its campaign of terror in Iraq, Iranian military advisers rushed to the aid of Iraqi armed forces on Baghdad’s request, helping them reverse Daesh’s gains and ultimately liberate their entire homeland from the US-sponsored Takfiri terrorist group some three years later.",
        "Top Iranian anti-terror commander General Qassem Soleimani, who played a key role in eliminating Daesh in the region, was assassinated in a US drone strike upon his arrival at Baghdad International Airport on January 3 at the invitation of the Iraqi government.",
        "Also on Sunday, the Iraqi defense chief held talks with Secretary of Iran’s Supreme National Security Council (SNSC) Ali Shamkhani on bilateral, regional and international developments.",
      ].join("\n\n"),
      ["meeting", "campaign", "strike", "talks"],
    );
    const d = datesOf(doc);
    expect(d.meeting).toMatchObject({ value: "2020-11-15", inherited: false });
    expect(d.campaign).toMatchObject({ value: "2014", precision: "year", inherited: false });
    expect(d.strike).toMatchObject({ value: "2020-01-03", precision: "day", inherited: false });
    expect(d.talks).toMatchObject({ value: "2020-11-15", inherited: false });
  });

  it("has no value to inherit without a publication date", () => {
    const doc = documentWith("Iranian officials held talks with their Iraqi counterparts.", ["held"], null);
    expect(datesOf(doc).held).toEqual({ value: null, precision: "vague", text: null, inherited: true });
  });
});

describe("event dates are sortable ISO prefixes", () => {
  const time = (value: string, precision: "day" | "month" | "year" | "decade" | "vague" = "vague") => ({ start: 0, end: 1, text: "x", value, precision });
  it("keeps ISO values and maps weeks, quarters, decades and now to the start of their period", () => {
    expect(eventDateOf(time("2020-01-03", "day"), "2020-11-15")).toMatchObject({ value: "2020-01-03", precision: "day" });
    expect(eventDateOf(time("2020-W01"), null)).toMatchObject({ value: "2019-12-30", precision: "vague" });
    expect(eventDateOf(time("2020-Q4"), null)).toMatchObject({ value: "2020-10", precision: "vague" });
    expect(eventDateOf(time("201X", "decade"), null)).toMatchObject({ value: "2010", precision: "decade" });
    expect(eventDateOf(time("PRESENT_REF"), "2020-11-15")).toMatchObject({ value: "2020-11-15", precision: "vague" });
    expect(eventDateOf(time("FUTURE_REF"), "2020-11-15")).toMatchObject({ value: null, precision: "vague", text: "x" });
  });
});

describe("dateEvents", () => {
  it("dates each event from its sentence's tokens as from the whole document's", () => {
    const doc = documentWith(
      "Troops left on Monday. Nothing happened. In 2014, when the talks collapsed, rebels attacked the town, which was shelled on March 3.",
      ["left", "happened", "collapsed", "attacked", "shelled"],
    );
    const words = withText(doc.text, doc.tokens ?? []);
    const whole = doc.events.map((e) => dateEvent(e, doc.sentences[e.sentence], words, doc.times, doc.published));
    expect(whole.filter((d) => !d.inherited).length).toBeGreaterThanOrEqual(3);
    expect(dates.run(doc).events.map((e) => e.date)).toEqual(whole);
    // Tokens out of text order fall back to the whole document's.
    const shuffled = { ...doc, tokens: [...(doc.tokens ?? [])].reverse() };
    const reversed = withText(doc.text, shuffled.tokens);
    const wholeShuffled = doc.events.map((e) => dateEvent(e, doc.sentences[e.sentence], reversed, doc.times, doc.published));
    expect(dates.run(shuffled).events.map((e) => e.date)).toEqual(wholeShuffled);
  });
});
