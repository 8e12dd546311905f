import { describe, expect, it } from "vitest";
import { nameTokenKey, sameName, splitTitle } from "./names.js";

describe("splitTitle", () => {
  it("strips multi-word ranks and keeps them as the title", () => {
    expect(splitTitle("Major General Mohammad Baqeri".split(" "))).toEqual({ title: ["Major", "General"], name: ["Mohammad", "Baqeri"] });
    expect(splitTitle("Lieutenant General Juma Anad Saadoun Khattab".split(" ")).name).toEqual(["Juma", "Anad", "Saadoun", "Khattab"]);
    expect(splitTitle(["Gen.", "Baqeri"])).toEqual({ title: ["Gen."], name: ["Baqeri"] });
  });

  it("strips a word a tagged span took in before an honorific", () => {
    expect(splitTitle(["Earlier", "Mr", "Trump"])).toEqual({ title: ["Earlier", "Mr"], name: ["Trump"] });
    expect(splitTitle(["Since", "Mr.", "James", "Comey"]).name).toEqual(["James", "Comey"]);
  });

  it("never strips the last word, even if it looks like a title", () => {
    expect(splitTitle(["General"])).toEqual({ title: [], name: ["General"] });
  });
});

describe("name variants", () => {
  it("gives transliteration variants the same key", () => {
    expect(nameTokenKey("Baqeri")).toBe(nameTokenKey("Bagheri"));
    expect(nameTokenKey("Soleimani")).toBe(nameTokenKey("Suleimani"));
    expect(nameTokenKey("Qassem")).toBe(nameTokenKey("Qasem"));
  });

  it("keeps different names apart", () => {
    expect(nameTokenKey("Baqeri")).not.toBe(nameTokenKey("Bakri"));
    expect(nameTokenKey("Khattab")).not.toBe(nameTokenKey("Khatami"));
  });

  it("matches a short or variant name to a full name, not to someone else", () => {
    expect(sameName(["Baqeri"], ["Mohammad", "Baqeri"])).toBe(true);
    expect(sameName(["Bagheri"], ["Mohammad", "Baqeri"])).toBe(true);
    expect(sameName(["Qasem", "Suleimani"], ["Qassem", "Soleimani"])).toBe(true);
    expect(sameName(["Bakri"], ["Mohammad", "Baqeri"])).toBe(false);
    expect(sameName(["Ali", "Baqeri"], ["Mohammad", "Baqeri"])).toBe(false);
    expect(sameName(["Mohammad"], ["Mohammad", "Baqeri"])).toBe(false);
  });
});
