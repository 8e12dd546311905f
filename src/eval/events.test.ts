import { describe, expect, it } from "vitest";
import { emptyDocument, makeArticle } from "../model/document.js";
import type { Document, Event } from "../model/schema.js";
import type { PetrarchRecord } from "./gold/petrarch.js";
import { codingsOf, newActorLengthOf, ploverEventsOf, requiresDyad, scorePetrarchRecord, scorePloverRecord, summarisePetrarch } from "./events.js";

function event(partial: Partial<Event> & { code: string }): Event {
  return {
    id: `e${partial.code}`,
    sentence: 0,
    trigger: { start: 0, end: 1, text: "x" },
    source: null,
    target: null,
    cameo: { code: partial.code, label: "", goldstein: null, quadClass: null },
    plover: null,
    modality: "asserted",
    negated: false,
    date: null,
    location: null,
    rule: "test",
    confidence: 1,
    ...partial,
  };
}
const participant = (code: string | null, actorId: string | null = null) => ({ start: 0, end: 1, text: "x", actorId, code });

function doc(events: Event[]): Document {
  const base = emptyDocument(makeArticle({ text: "x" }));
  return {
    ...base,
    events,
    actors: [{ id: "a1", name: "Gondor", code: "GONGOV", country: "GON", sectors: ["GOV"], aliases: [], roles: [], mentions: [], basis: null, members: [] }],
  };
}

describe("codingsOf", () => {
  it("writes absent actors as ---, falls back to the actor's code, and leaves out negated events", () => {
    const d = doc([
      event({ code: "064", source: participant("ARN"), target: participant(null, "a1") }),
      event({ code: "190", source: participant("ARN"), negated: true }),
      event({ code: "010", source: participant("ARN") }),
    ]);
    expect(codingsOf(d)).toEqual([
      { source: "ARN", target: "GONGOV", event: "064" },
      { source: "ARN", target: "---", event: "010" },
    ]);
  });
});

describe("PETRARCH <Config> switches", () => {
  it("reads require_dyad (default true) and new_actor_length (default 0) as PETRARCH does", () => {
    expect(requiresDyad({})).toBe(true);
    expect(requiresDyad({ require_dyad: "FALSE" })).toBe(false);
    expect(newActorLengthOf({})).toBe(0);
    expect(newActorLengthOf({ new_actor_length: "4" })).toBe(4);
    expect(newActorLengthOf({ new_actor_length: "x" })).toBe(0);
  });
});

describe("scorePetrarchRecord", () => {
  const expected = [
    { source: "ARN", target: "GON", event: "064" },
    { source: "ARN", target: "GON", event: "064" },
    { source: "GON", target: "ARN", event: "043" },
  ];
  it("passes everything for a perfect coding and nothing for an empty one", () => {
    expect(scorePetrarchRecord({ expected }, expected)).toEqual({ expected: 3, passed: 3, extra: 0, exact: true });
    expect(scorePetrarchRecord({ expected }, [])).toEqual({ expected: 3, passed: 0, extra: 0, exact: false });
  });
  it("lets each produced coding satisfy one expectation and counts the rest as extra", () => {
    const produced = [expected[0], { source: "ARN", target: "GON", event: "190" }, expected[2]];
    expect(scorePetrarchRecord({ expected }, produced)).toEqual({ expected: 3, passed: 2, extra: 1, exact: false });
  });
  it("counts any coding of a no-event record as extra", () => {
    expect(scorePetrarchRecord({ expected: [] }, [])).toMatchObject({ extra: 0, exact: true });
    expect(scorePetrarchRecord({ expected: [] }, [expected[0]])).toMatchObject({ extra: 1, exact: false });
  });
});

describe("summarisePetrarch", () => {
  it("sums per category and counts silent no-event records", () => {
    const rec = (category: string, n: number) => ({ category, expected: Array(n).fill({ source: "A", target: "B", event: "01" }) }) as PetrarchRecord;
    const records = [rec("DEMO", 2), rec("DEMO", 1), rec("VERB", 1), rec("ERROR", 0), rec("DEMO", 0)];
    const outcomes = [
      { expected: 2, passed: 2, extra: 0, exact: true },
      { expected: 1, passed: 0, extra: 1, exact: false },
      { expected: 1, passed: 1, extra: 0, exact: true },
      { expected: 0, passed: 0, extra: 0, exact: true },
      { expected: 0, passed: 0, extra: 2, exact: false },
    ];
    const s = summarisePetrarch(records, outcomes);
    expect(s).toMatchObject({ expected: 4, passed: 3, extra: 3, records: 5, exactRecords: 3, silent: { correct: 1, total: 2 } });
    expect(s.byCategory).toEqual({ DEMO: { expected: 3, passed: 2 }, VERB: { expected: 1, passed: 1 } });
  });
});

describe("scorePloverRecord", () => {
  const gold = {
    event: "DEMAND",
    mode: null,
    source: [{ text: "Palestinian officials", code: "PSE", sector: "GOV" }],
    target: [{ text: "United States", code: "USA", sector: null }],
  };

  it("maps the 0.5 type and judges both actors on the best event of that type", () => {
    const o = scorePloverRecord(gold, [
      { type: "REQUEST", source: "PSEREB", target: "USA" },
      { type: "REQUEST", source: "PSEGOV", target: "USAGOV" },
    ]);
    expect(o).toEqual({ typeCorrect: true, sourceCorrect: true, targetCorrect: true, missed: false, spurious: 0 });
  });

  it("counts a missed event as wrong type and wrong actors", () => {
    expect(scorePloverRecord(gold, [])).toEqual({ typeCorrect: false, sourceCorrect: false, targetCorrect: false, missed: true, spurious: 0 });
  });

  it("still judges actors on a wrongly typed event, and counts it as spurious", () => {
    const o = scorePloverRecord(gold, [{ type: "ACCUSE", source: "PSEGOV", target: "ISR" }]);
    expect(o).toEqual({ typeCorrect: false, sourceCorrect: true, targetCorrect: false, missed: false, spurious: 1 });
  });

  it("does not judge a target the gold record does not have", () => {
    expect(scorePloverRecord({ ...gold, target: [] }, [{ type: "REQUEST", source: "PSEGOV", target: null }]).targetCorrect).toBeNull();
  });
});

describe("ploverEventsOf", () => {
  it("keeps PLOVER-typed, non-negated events", () => {
    const d = doc([
      event({ code: "042", plover: { type: "consult", mode: "visit", context: null }, source: participant("ARN") }),
      event({ code: "010", plover: null }),
      event({ code: "190", plover: { type: "ASSAULT", mode: null, context: null }, negated: true }),
    ]);
    expect(ploverEventsOf(d)).toEqual([{ type: "CONSULT", source: "ARN", target: null }]);
  });
});
