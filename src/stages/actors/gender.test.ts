import { describe, expect, it } from "vitest";
import { createNameGenders, personGender, pronounGender, wordGender } from "./gender.js";

const names = createNameGenders({ male: ["james", "leslie"], female: ["mary", "leslie"] });

describe("personGender", () => {
  it("reads a title or person noun first, then the first name of a full name", () => {
    expect(personGender(["Mrs."], ["James", "Smith"], names)).toBe("female");
    expect(personGender(["husband"], ["Mary", "Smith"], names)).toBe("male");
    expect(personGender([], ["Mary", "Smith"], names)).toBe("female");
    expect(personGender(["Queen", "Prince"], ["Mary", "Smith"], names)).toBeNull();
  });

  it("does not read a lone word or a name on both lists", () => {
    expect(personGender([], ["Mary"], names)).toBeNull();
    expect(personGender([], ["Leslie", "Smith"], names)).toBeNull();
  });

  it("reads filiation particles, Slavic patronymics and feminine family names", () => {
    expect(personGender([], ["Mohammed", "bin", "Salman"], names)).toBe("male");
    expect(personGender([], ["Fatima", "bint", "Mubarak"], names)).toBe("female");
    expect(personGender([], ["Vladimir", "Vladimirovich", "Putin"], names)).toBe("male");
    expect(personGender([], ["Sviatlana", "Tsikhanouskaya"], names)).toBe("female");
    expect(personGender([], ["Maria", "Zakharova"], names)).toBe("female");
    expect(personGender([], ["Sergei", "Lavrov"], names)).toBeNull();
  });
});

describe("word and pronoun sex", () => {
  it("knows titles, person nouns and pronouns, not possessives or neutral words", () => {
    expect(wordGender("Mr.")).toBe("male");
    expect(wordGender("spokeswoman")).toBe("female");
    expect(wordGender("Queen's")).toBeNull();
    expect(wordGender("spokesperson")).toBeNull();
    expect(pronounGender("Her")).toBe("female");
    expect(pronounGender("they")).toBeNull();
  });
});
