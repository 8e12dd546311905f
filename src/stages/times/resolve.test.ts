import { describe, expect, it } from "vitest";
import { resolveMeaning, type ResolveContext } from "./resolve.js";

const sunday = { year: 2020, month: 11, day: 15 };
const ctx = (over: Partial<ResolveContext> = {}): ResolveContext => ({ document: sunday, previous: null, tense: "none", ...over });

describe("resolveMeaning", () => {
  it("takes the nearest weekday in present or verbless clauses, ties to the past", () => {
    expect(resolveMeaning({ kind: "weekday", weekday: 1, direction: null }, ctx()).value).toBe("2020-11-16");
    expect(resolveMeaning({ kind: "weekday", weekday: 5, direction: null }, ctx()).value).toBe("2020-11-13");
    expect(resolveMeaning({ kind: "weekday", weekday: 1, direction: null }, ctx({ tense: "past" })).value).toBe("2020-11-09");
  });

  it("takes the nearest year for a yearless date unless the tense decides", () => {
    const jan3 = { kind: "date", year: null, month: 1, day: 3 } as const;
    expect(resolveMeaning(jan3, ctx({ tense: "past" })).value).toBe("2020-01-03");
    expect(resolveMeaning(jan3, ctx({ tense: "present" })).value).toBe("2021-01-03");
    expect(resolveMeaning({ kind: "date", year: null, month: 6 }, ctx({ tense: "present" })).value).toBe("2020-06");
  });

  it("moves a yearless February 29 to a leap year", () => {
    const r = resolveMeaning({ kind: "date", year: null, month: 2, day: 29 }, ctx({ document: { year: 2009, month: 3, day: 1 }, tense: "past" }));
    expect(r.value).toBe("2008-02-29");
  });

  it("anchors narrative shifts on the previous time, and day-level ones on the publication day when that is only a year", () => {
    const previous = { granularity: "year", year: 2014, month: 1, day: 1 } as const;
    expect(resolveMeaning({ kind: "shift", unit: "year", amount: 3, anchor: "previous" }, ctx({ previous })).value).toBe("2017");
    expect(resolveMeaning({ kind: "shift", unit: "day", amount: 0, anchor: "previous", hour: 8, minute: 30, utc: true }, ctx({ previous })).value).toBe(
      "2020-11-15T08:30Z",
    );
  });

  it("chooses the century of a two-digit decade so it is not in the future", () => {
    expect(resolveMeaning({ kind: "decade", decade: 8, twoDigit: true }, ctx()).value).toBe("198X");
    expect(resolveMeaning({ kind: "decade", decade: 1, twoDigit: true }, ctx()).value).toBe("201X");
  });

  it("leaves relative meanings unresolved without a publication date", () => {
    const r = resolveMeaning({ kind: "shift", unit: "day", amount: -1, anchor: "document" }, ctx({ document: null }));
    expect(r).toMatchObject({ value: null, unresolved: true });
  });
});
