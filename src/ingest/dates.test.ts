import { describe, expect, it } from "vitest";
import { datelineDate, toIsoDate } from "./dates.js";

describe("publication dates", () => {
  it.each([
    ["2020-11-15", "2020-11-15"],
    ["2020-11-15T22:30:00-05:00", "2020-11-15"],
    ["20201115", "2020-11-15"],
    ["2020/11/5", "2020-11-05"],
    ["Sun, 15 Nov 2020 10:00:00 +0330", "2020-11-15"],
    ["Monday, January 14, 2019", "2019-01-14"],
    ["15 November 2020", "2020-11-15"],
  ])("normalises %j to %s", (raw, iso) => {
    expect(toIsoDate(raw)).toBe(iso);
  });

  it.each(["", "yesterday", "3 hours ago", "Nov 15", "January 2019", "2020-02-30", "not a date"])("refuses %j", (raw) => {
    expect(toIsoDate(raw)).toBeNull();
  });

  it("recognises whole-line datelines only", () => {
    expect(datelineDate("Monday, January 14, 2019")).toBe("2019-01-14");
    expect(datelineDate("Published: 15 Nov 2020 10:13 GMT")).toBe("2020-11-15");
    expect(datelineDate("The talks began on January 14, 2019 and ended in March.")).toBeNull();
    expect(datelineDate("Politics")).toBeNull();
  });
});
