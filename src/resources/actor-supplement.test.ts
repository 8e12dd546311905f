import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnnotator } from "../annotator.js";
import { parseSupplement } from "./build/supplement.js";
import { defaultDictionaryDir } from "./dictionaries.js";

// sitrep's actor supplement (resources/dictionaries/supplement.json) is reviewed data: every name
// must be matchable, and the groups, organisations and state media it adds must reach the coder.
const text = readFileSync(join(defaultDictionaryDir(), "supplement.json"), "utf8");

describe("sitrep's actor supplement", () => {
  it("parses without diagnostics: every name can match text", () => {
    expect(parseSupplement(text).diagnostics).toEqual([]);
  });

  it("codes non-state groups the Phoenix dictionaries lack, with their dated status", () => {
    const annotate = (text: string, published: string) =>
      createAnnotator().annotate({ text, published }).events.map((e) => `${e.source?.code} ${e.cameo.code} ${e.target?.code ?? "-"}`);
    expect(annotate("Egyptian police arrested 20 members of the Muslim Brotherhood.", "2015-03-01")).toEqual(["EGYCOP 173 EGYOPP"]);
    expect(annotate("The Pakistani Taliban attacked a police station in Peshawar.", "2023-08-20")).toEqual(["PAKREB 190 PAKCOP"]);
    expect(annotate("Ethiopian troops fought the Tigray People's Liberation Front.", "2021-05-01")).toEqual(["ETHMIL 190 ETHREB"]);
    // The ANC: a banned armed movement before 1990, the ruling party since 1994 (Phoenix: ZAFREB always).
    expect(annotate("South African police arrested ANC guerrillas.", "1985-06-01")).toEqual(["ZAFCOP 173 ZAFREB"]);
    expect(annotate("The African National Congress asked President Jacob Zuma to resign.", "2018-02-13")).toEqual(["ZAFGOVPTY 020 ZAFGOV"]);
  });

  it("codes state news agencies as government media of their country, and the WHO only in capitals", () => {
    const actors = (text: string) => createAnnotator().annotate({ text, published: "2024-01-10" }).actors.map((a) => `${a.name}=${a.code}`);
    expect(actors("IRNA said the talks had ended.")).toContain("IRNA=IRNGOVMED");
    expect(actors("The WHO warned that the outbreak could spread.")).toContain("WHO=IGOUNOHLHWHO");
    expect(actors("Officials asked who had fired.").some((a) => a.startsWith("WHO"))).toBe(false);
  });
});
