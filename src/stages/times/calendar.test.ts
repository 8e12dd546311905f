import { describe, expect, it } from "vitest";
import { addMonths, formatPoint, isoWeek, parseIsoDate, precisionOf } from "./calendar.js";
import { durationValue, readNumber } from "./lexicon.js";

describe("calendar", () => {
  it("numbers ISO weeks across year ends", () => {
    expect(isoWeek({ year: 2020, month: 11, day: 15 })).toEqual({ year: 2020, week: 46 });
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeek({ year: 2008, month: 12, day: 29 })).toEqual({ year: 2009, week: 1 });
  });

  it("clamps month arithmetic to the month's last day", () => {
    expect(addMonths({ year: 2020, month: 1, day: 31 }, 1)).toEqual({ year: 2020, month: 2, day: 29 });
    expect(addMonths({ year: 2020, month: 1, day: 15 }, -13)).toEqual({ year: 2018, month: 12, day: 15 });
  });

  it("formats TimeML values and maps granularities onto the schema's precisions", () => {
    const day = { year: 2020, month: 11, day: 15 };
    expect(formatPoint({ granularity: "decade", ...day })).toBe("202X");
    expect(formatPoint({ granularity: "quarter", ...day })).toBe("2020-Q4");
    expect(formatPoint({ granularity: "part", ...day, part: "NI" })).toBe("2020-11-15TNI");
    expect(formatPoint({ granularity: "minute", ...day, hour: 8, minute: 5, utc: true })).toBe("2020-11-15T08:05Z");
    expect(precisionOf("week")).toBe("vague");
    expect(precisionOf("minute")).toBe("day");
  });

  it("rejects impossible publication dates", () => {
    expect(parseIsoDate("2021-02-29")).toBeNull();
    expect(parseIsoDate("2020-02-29")).toEqual({ year: 2020, month: 2, day: 29 });
  });
});

describe("lexicon", () => {
  it("reads spelled-out and vague counts", () => {
    expect(readNumber("twenty-five")).toBe(25);
    expect(readNumber("two and a half")).toBe(2.5);
    expect(readNumber("several")).toBeNull();
  });

  it("writes ISO 8601 durations", () => {
    expect(durationValue(4, "years")).toBe("P4Y");
    expect(durationValue(30, "minutes")).toBe("PT30M");
    expect(durationValue(null, "decades")).toBe("PXDE");
    expect(durationValue(2, "decades")).toBe("P20Y");
    expect(durationValue(1, "fortnight")).toBe("P2W");
  });
});
