import { describe, expect, it } from "vitest";
import { expandIssuePhrase, parseDiscards, parseIssues } from "./discards-issues.js";

describe("parseDiscards", () => {
  it("reads story (+) and sentence discards, whole-word marks and comments", () => {
    const { value } = parseDiscards(`# Story-level discards are marked with '+'
+ World Golf Championships   # pas 26-Feb-2014
BASKETBALL
ANDRE AGASSI_   # LRP 10 Mar 2004 ;LRP
1914
`);
    expect(value).toEqual([
      { phrase: "world golf championships", scope: "story", wholeWord: false, line: 2 },
      { phrase: "basketball", scope: "sentence", wholeWord: false, line: 3 },
      { phrase: "andre agassi", scope: "sentence", wholeWord: true, line: 4 },
      { phrase: "1914", scope: "sentence", wholeWord: false, line: 5 },
    ]);
  });
});

describe("issue phrases", () => {
  it("expands n: (plural), v: (verb forms) and + (space or hyphen)", () => {
    expect(expandIssuePhrase("n:crime against humanity")).toEqual(["crime against humanity", "crimes against humanity"]);
    expect(expandIssuePhrase("ethnic v:purge")).toEqual(["ethnic purge", "ethnic purges", "ethnic purged", "ethnic purging"]);
    expect(expandIssuePhrase("pre+n:school")).toEqual(["pre school", "pre schools"]);
  });

  it("reads categories, codes and sentence/story exclusions", () => {
    const { value, diagnostics } = parseIssues(`<ISSUE CATEGORY="ID_ATROCITY" TYPE="ALL">
n:genocide [ID_ATROCITY]
war n:crime[ID_ATROCITY]
~Saturday Night massacre
~~Armenian genocide  # not coding historical cases
no code here
</ISSUE>
`);
    expect(value.phrases).toEqual([
      { phrase: "genocide", code: "ID_ATROCITY", category: "ID_ATROCITY", line: 2 },
      { phrase: "genocides", code: "ID_ATROCITY", category: "ID_ATROCITY", line: 2 },
      { phrase: "war crime", code: "ID_ATROCITY", category: "ID_ATROCITY", line: 3 },
      { phrase: "war crimes", code: "ID_ATROCITY", category: "ID_ATROCITY", line: 3 },
    ]);
    expect(value.exclusions).toEqual([
      { phrase: "saturday night massacre", scope: "sentence", category: "ID_ATROCITY", line: 4 },
      { phrase: "armenian genocide", scope: "story", category: "ID_ATROCITY", line: 5 },
    ]);
    expect(diagnostics.map((d) => d.code)).toEqual(["issues.no-code"]);
  });
});
