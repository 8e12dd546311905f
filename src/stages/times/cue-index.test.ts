import { describe, expect, it } from "vitest";
import { CueIndex } from "./cue-index.js";

// Repeated regexes (/\d/ twice) share one run per text.
const CUES = [/week|month|year/i, /night|midnight|nightly/i, /ties/i, /\d{4}/, /UTC|GMT|Z/, /day/, /mon|tue/i, /fy/iu, /\d/, /\d{4}/, /\d/];

const TEXTS = [
  "",
  "Last WEEK and the Month before",
  "at MIDNIGHT, a nightly curfew",
  "in the Eighties",
  "in 2019 at 0800 UTC",
  "Zone",
  "Today, Monday", // /day/ has no i flag, so it stays a regex
  "DAY ONE",
  "TUESDAY",
  "İstanbul, \u212Aelvin, ſome weeks", // non-ASCII letters never match a–z without the u flag
  "monthly", // "mon" and "month" overlap
  "FY2020",
  "ﬁscal",
  "room 9",
];

describe("CueIndex", () => {
  it("answers every cue as the cue's own regex would", () => {
    const index = new CueIndex(CUES);
    for (const text of TEXTS) {
      const hits = index.scan(text);
      CUES.forEach((cue, k) => expect(hits.has(k), `${cue} on ${JSON.stringify(text)}`).toBe(cue.test(text)));
    }
  });

  it("finds words inside longer words and overlapping words", () => {
    const hits = new CueIndex([/night/i, /midnight/i, /ties/i]).scan("before Midnight in the sixties");
    expect([hits.has(0), hits.has(1), hits.has(2)]).toEqual([true, true, true]);
    const none = new CueIndex([/night/i]).scan("nigh t");
    expect(none.has(0)).toBe(false);
  });

  it("agrees with the regexes on random text full of overlapping words", () => {
    // Words that are prefixes, suffixes and infixes of each other, where a failed match must fall
    // back to the longest suffix still in play ("mont" → "ont" → "nt").
    const cues = [/month|on|nth/i, /mon|onth|thon/i, /ont|hon/i, /tho|o/i, /nn/i, /mom/i];
    const alphabet = "montahMONTH -9";
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const index = new CueIndex(cues);
    for (let n = 0; n < 2000; n++) {
      let text = "";
      const length = Math.floor(random() * 12);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const hits = index.scan(text);
      cues.forEach((cue, k) => expect(hits.has(k), `${cue} on ${JSON.stringify(text)}`).toBe(cue.test(text)));
    }
  });
});
