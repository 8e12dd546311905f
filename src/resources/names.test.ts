import { describe, expect, it } from "vitest";
import { displayName, isMatchable, nameKey, phraseKeys, tokenKey } from "./names.js";

describe("phraseKeys", () => {
  it("splits on underscores and spaces and drops hyphens, as wink-nlp tokenises text", () => {
    expect(phraseKeys("SECRETARY-GENERAL_BAN_KI-MOON")).toEqual(["secretary", "general", "ban", "ki", "moon"]);
    expect(phraseKeys("AL-QAEDA_IN_IRAQ_")).toEqual(["al", "qaeda", "in", "iraq"]);
  });

  it("splits off a possessive and removes parenthesised and quoted insertions", () => {
    expect(phraseKeys("SYRIA'S_GOVERNMENT")).toEqual(["syria", "'s", "government"]);
    expect(phraseKeys("AMERICA_(UNITED_STATES)")).toEqual(["america"]);
    expect(phraseKeys('MANUEL_HELDER_DIAS_"KOPELIPA"_')).toEqual(["manuel", "helder", "dias"]);
  });

  it("folds accents and typographic apostrophes to ASCII", () => {
    expect(phraseKeys("Manfred Wörner")).toEqual(["manfred", "worner"]);
    expect(phraseKeys("Iran’s")).toEqual(["iran", "'s"]);
  });
});

describe("tokenKey", () => {
  it("lower-cases and folds a token, and gives hyphens the empty key", () => {
    expect(tokenKey("Soleimani")).toBe("soleimani");
    expect(tokenKey("’s")).toBe("'s");
    expect(tokenKey("-")).toBe("");
    expect(tokenKey("—")).toBe("");
  });
});

describe("nameKey", () => {
  it("stores one-word names that are English words upper-case, others lower-case", () => {
    expect(nameKey(["us"])).toBe("US");
    expect(nameKey(["turkey"])).toBe("TURKEY");
    expect(nameKey(["the", "us"])).toBe("the us");
    expect(nameKey(["iran"])).toBe("iran");
  });
});

describe("isMatchable", () => {
  it("accepts word keys and separate punctuation tokens, not a leading symbol", () => {
    expect(isMatchable(["u.s.", "army"])).toBe(true);
    expect(isMatchable(["unesco", ",", "paris"])).toBe(true);
    expect(isMatchable([",", "the"])).toBe(false);
    expect(isMatchable([])).toBe(false);
  });
});

describe("displayName", () => {
  it("title-cases a dictionary name, keeping particles lower-case", () => {
    expect(displayName("UNITED_STATES_OF_AMERICA_")).toBe("United States of America");
    expect(displayName("ABU_BAKR_AL-BAGHDADI_")).toBe("Abu Bakr Al-Baghdadi");
    expect(displayName("BASHAR_AL_ASSAD")).toBe("Bashar al Assad");
  });
});
