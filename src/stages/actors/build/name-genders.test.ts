import { describe, expect, it } from "vitest";
import { genderedFirstNames, parseCensusFirstNames, withWorldNames } from "./name-genders.js";

const MALE = ["JAMES          3.318  3.318      1", "LESLIE         0.081  3.399      2", "ANDREA         0.006  3.405      3", "TERRY          0.311  3.716      4", ""].join("\n");
const FEMALE = ["MARY           2.629  2.629      1", "LESLIE         0.154  2.783      2", "ANDREA         0.236  3.019      3", "MOON           0.001  3.020      4", "TERRY          0.020  3.040      5"].join("\n");

describe("genderedFirstNames", () => {
  const male = parseCensusFirstNames(MALE);
  const female = parseCensusFirstNames(FEMALE);
  const rule = { ratio: 10, floor: 0.01, exclude: new Set(["ANDREA"]) };

  it("reads name and frequency from the fixed-width lines", () => {
    expect(male.get("JAMES")).toBeCloseTo(3.318);
    expect(female.size).toBe(5);
  });

  it("keeps names clearly more frequent for one sex, lower-cased", () => {
    const out = genderedFirstNames(male, female, rule);
    expect(out.male).toEqual(["james", "terry"]);
    expect(out.female).toEqual(["mary"]);
  });

  it("leaves out names shared by both sexes, rare names and excluded names", () => {
    const out = genderedFirstNames(male, female, rule);
    for (const name of ["leslie", "moon", "andrea"]) expect([...out.male, ...out.female]).not.toContain(name);
    expect(genderedFirstNames(male, female, { ...rule, exclude: new Set() }).female).toContain("andrea");
  });
});

describe("withWorldNames", () => {
  it("adds a world name to its sex unless the Census gives it to the other", () => {
    const out = withWorldNames({ male: ["james"], female: ["mary", "sasha"] }, { male: ["ahmed", "sasha"], female: ["olga"] });
    expect(out).toEqual({ male: ["ahmed", "james"], female: ["mary", "olga", "sasha"] });
  });
});
