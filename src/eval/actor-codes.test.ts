import { describe, expect, it } from "vitest";
import { codesMatch, readGoldActor, readPredictedCode } from "./actor-codes.js";

describe("readPredictedCode", () => {
  it("takes the country and the first sector group", () => {
    expect(readPredictedCode("IRQGOVMIL")).toEqual({ country: "IRQ", sector: "GOV" });
    expect(readPredictedCode("USA")).toEqual({ country: "USA", sector: null });
  });
  it("skips organisation groups of international codes", () => {
    expect(readPredictedCode("IGOUNO")).toEqual({ country: "IGO", sector: null });
    expect(readPredictedCode("IGOUNOMIL")).toEqual({ country: "IGO", sector: "MIL" });
  });
  it("maps legacy country codes to ISO", () => {
    expect(readPredictedCode("JAPGOV").country).toBe("JPN");
    expect(readPredictedCode("TMP").country).toBe("TLS");
  });
  it("reads a federation's member republic as the country", () => {
    expect(readPredictedCode("SCGSRBLEG")).toEqual({ country: "SRB", sector: "LEG" });
    expect(readPredictedCode("YUGBIH")).toEqual({ country: "BIH", sector: null });
    expect(readPredictedCode("YUGGOV")).toEqual({ country: "YUG", sector: "GOV" });
  });
});

describe("readGoldActor", () => {
  it("reads the first three letters of the sector, ignoring *** and case suffixes", () => {
    expect(readGoldActor("SRB", "CVLalb")).toEqual({ country: "SRB", sector: "CVL" });
    expect(readGoldActor("IRQ", "REFKUR")).toEqual({ country: "IRQ", sector: "REF" });
    expect(readGoldActor("PSE", "***")).toEqual({ country: "PSE", sector: null });
    expect(readGoldActor("ITL", null)).toEqual({ country: "ITA", sector: null });
    expect(readGoldActor("EGY", "MOS").sector).toBe("MUS");
  });
});

describe("codesMatch", () => {
  it("needs the same country", () => {
    expect(codesMatch(readGoldActor("IRQ", null), readPredictedCode("IRNGOV"))).toBe(false);
  });
  it("checks the sector only when the gold gives one", () => {
    expect(codesMatch(readGoldActor("ISR", null), readPredictedCode("ISRMIL"))).toBe(true);
    expect(codesMatch(readGoldActor("ISR", "MIL"), readPredictedCode("ISRMIL"))).toBe(true);
    expect(codesMatch(readGoldActor("ISR", "MIL"), readPredictedCode("ISRGOV"))).toBe(false);
    expect(codesMatch(readGoldActor("ISR", "MIL"), readPredictedCode("ISRGOV"), false)).toBe(true);
  });
});
