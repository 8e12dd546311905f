import { describe, expect, it } from "vitest";
import { parseScrapedText, splitGluedTags, tagLineParts } from "./text.js";

// Hand-written in the style of a WordPress news theme: glued tag line, title, body, theme button.
const GLUED_STYLE = [
  "SyriaTurkeyRecep Tayyip Erdogan",
  "",
  "Turkish troops to stay in northern Syria until threat ends: Defense Minister Akar",
  "",
  "Turkey’s Defense Minister Hulusi\u00a0Akar says Turkish forces will remain in northern Syria as long as armed groups threaten the border region.",
  "",
  "He made the remarks during a visit to troops stationed near the border on Saturday.",
  "",
  "‘No withdrawal before stability’",
  "",
  "Akar also held talks with commanders on logistics and on the security of supply routes.",
  "",
  "Back to top button",
].join("\n");

describe("scraped news text", () => {
  it("splits a glued tag line, takes the next short line as title and drops the theme button", () => {
    const r = parseScrapedText(GLUED_STYLE);
    expect(r.tags).toEqual(["Syria", "Turkey", "Recep Tayyip Erdogan"]);
    expect(r.title).toBe("Turkish troops to stay in northern Syria until threat ends: Defense Minister Akar");
    expect(r.text.startsWith("Turkey’s Defense Minister")).toBe(true);
    expect(r.text.endsWith("security of supply routes.")).toBe(true);
    expect(r.text).not.toContain("Back to top");
    expect(r.removed).toEqual([{ line: "Back to top button", reason: "back-to-top control" }]);
  });

  it("keeps an inner quoted heading as body content", () => {
    expect(parseScrapedText(GLUED_STYLE).text).toContain("\n\n‘No withdrawal before stability’\n\n");
  });

  it("reads comma-separated tags, a dateline and boilerplate in another layout", () => {
    const text = [
      "Politics, Middle East, Lebanon",
      "Monday, January 14, 2019",
      "Lebanese parties agree on new cabinet after months of talks",
      "Beirut’s rival parties agreed on Sunday to form a cabinet, ending a nine-month deadlock that had stalled reforms.",
      "Advertisement",
      "The prime minister is expected to announce the line-up on Monday, according to officials.",
      "Share on Facebook",
      "Read more: Lebanon’s economy in crisis",
      "Follow us on Twitter @example",
      "© 2019 Example Media. All rights reserved.",
    ].join("\n");
    const r = parseScrapedText(text);
    expect(r.tags).toEqual(["Politics", "Middle East", "Lebanon"]);
    expect(r.published).toBe("2019-01-14");
    expect(r.title).toBe("Lebanese parties agree on new cabinet after months of talks");
    expect(r.text).toBe(
      "Beirut’s rival parties agreed on Sunday to form a cabinet, ending a nine-month deadlock that had stalled reforms.\n" +
        "The prime minister is expected to announce the line-up on Monday, according to officials.",
    );
    expect(r.removed.map((x) => x.reason)).toEqual(["advertisement marker", "share button", "read-more link", "follow-us line", "copyright line"]);
  });

  it("finds a title without any tag line, and a dateline under the title", () => {
    const text = "Storm hits coastal towns\n\nSunday 15 November 2020\n\nA storm struck the coast on Sunday, cutting power to thousands of homes.\n\nRepairs began at once.";
    const r = parseScrapedText(text);
    expect(r.tags).toEqual([]);
    expect(r.title).toBe("Storm hits coastal towns");
    expect(r.published).toBe("2020-11-15");
    expect(r.text).toBe("A storm struck the coast on Sunday, cutting power to thousands of homes.\n\nRepairs began at once.");
  });

  it("leaves a text that starts with prose untouched: no title, no tags", () => {
    const text = "The talks ended without agreement on Friday.\n\nBoth sides said they would meet again.";
    const r = parseScrapedText(text);
    expect(r.title).toBeNull();
    expect(r.tags).toEqual([]);
    expect(r.text).toBe(text);
  });

  it("does not take a lone short line for a title when no body follows", () => {
    const r = parseScrapedText("Iran Iraq talks");
    expect(r.title).toBeNull();
    expect(r.text).toBe("Iran Iraq talks");
  });

  it("treats a title-cased headline followed by prose as a title, not as tags", () => {
    const text = "Iran, Iraq Sign Defense Pact\n\nThe two neighbours signed a defence pact in Tehran on Sunday after a day of talks.";
    const r = parseScrapedText(text);
    expect(r.tags).toEqual([]);
    expect(r.title).toBe("Iran, Iraq Sign Defense Pact");
  });

  it("collects labelled tag lines anywhere", () => {
    const text = "Ceasefire holds in Idlib\n\nThe ceasefire held for a third day, monitors said on Tuesday.\n\nTags: Syria, Idlib, Ceasefire";
    const r = parseScrapedText(text);
    expect(r.tags).toEqual(["Syria", "Idlib", "Ceasefire"]);
    expect(r.text).toBe("The ceasefire held for a third day, monitors said on Tuesday.");
  });
});

describe("tag line heuristics", () => {
  it("splits glued labels at case boundaries and keeps name prefixes whole", () => {
    expect(splitGluedTags("IranIraqQasem Suleimani")).toEqual(["Iran", "Iraq", "Qasem Suleimani"]);
    expect(splitGluedTags("USIranCOVID-19WHO")).toEqual(["US", "Iran", "COVID-19", "WHO"]);
    expect(splitGluedTags("BrexitMcDonald")).toEqual(["Brexit", "McDonald"]);
  });

  it("accepts separated, glued and single labels, and refuses sentences", () => {
    expect(tagLineParts("World | Middle East")).toEqual(["World", "Middle East"]);
    expect(tagLineParts("Politics • Economy")).toEqual(["Politics", "Economy"]);
    expect(tagLineParts("Politics")).toEqual(["Politics"]);
    expect(tagLineParts("Iran, Iraq sign defence pact")).toBeNull();
    expect(tagLineParts("Talks ended.")).toBeNull();
  });
});
