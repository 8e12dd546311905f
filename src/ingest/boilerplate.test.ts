import { describe, expect, it } from "vitest";
import { BOILERPLATE_RULES, boilerplateReason, filterBoilerplate, labelledTags } from "./boilerplate.js";

describe("boilerplate line table", () => {
  it.each([
    ["Back to top button", "back-to-top control"],
    ["Scroll to top", "back-to-top control"],
    ["Share", "share/print/email buttons"],
    ["Facebook Twitter WhatsApp Email Print", "share/print/email buttons"],
    ["Tweet", "share/print/email buttons"],
    ["ADVERTISEMENT", "advertisement marker"],
    ["Advertisement - Scroll to continue", "advertisement marker"],
    ["Read more: Iran hosts regional forum", "read-more link"],
    ["READ MORE", "read-more link"],
    ["Related: Talks resume in Vienna", "related-links heading"],
    ["Related Articles", "related-links heading"],
    ["Follow Press TV on Twitter", "follow-us line"],
    ["Follow us on Facebook and Instagram", "follow-us line"],
    ["Subscribe to our YouTube channel", "subscribe prompt"],
    ["Sign up for our daily briefing", "sign-up prompt"],
    ["We use cookies to improve your experience. Accept all cookies?", "cookie notice"],
    ["© 2020 Press TV", "copyright line"],
    ["Copyright 2021 Example Media Group", "copyright line"],
    ["Example Media Ltd. All rights reserved.", "copyright line"],
    ["Click here to read the full report", "click-here link"],
    ["Loading…", "loading placeholder"],
    ["Comments", "comments link"],
    ["12 Comments", "comments link"],
    ["By Jane Roe", "byline"],
    ["Reporting by Ali Veli; Editing by Jon Doe", "wire credit line"],
    ["Like this:", "like button"],
    ["By Jane Roe, Staff Writer", "byline"],
  ])("drops %j as %s", (line, reason) => {
    expect(boilerplateReason(line)).toBe(reason);
  });

  it.each([
    "The minister said readers should subscribe to a different view of the war.",
    "Copyright law was also discussed at the meeting.",
    "Officials refused to share details of the agreement with reporters.",
    "By contrast, the opposition rejected the plan.",
    "By Monday, the talks had collapsed",
    "Reporting by state media could not be verified.",
    "‘Iran-Iraq cooperation guarantees regional stability’",
    "Iran said it would follow the talks on Twitter closely, a spokesman told reporters in a long statement on Monday evening after the session ended.",
  ])("keeps the content line %j", (line) => {
    expect(boilerplateReason(line)).toBeNull();
  });

  it("gives every rule a reason", () => {
    for (const rule of BOILERPLATE_RULES) expect(rule.reason.length).toBeGreaterThan(3);
  });

  it("matches through NBSP and stray spaces once the text is normalised", () => {
    const cleaned = filterBoilerplate("Body text stays.\n\u00a0Back\u00a0to top \n\nMore body.");
    expect(cleaned.text).toBe("Body text stays.\n\nMore body.");
    expect(cleaned.removed).toEqual([{ line: "Back to top", reason: "back-to-top control" }]);
  });

  it("turns labelled tag lines into tags", () => {
    expect(labelledTags("Tags: Iran, Iraq, #Defense")).toEqual(["Iran", "Iraq", "Defense"]);
    expect(labelledTags("Filed under: World | Middle East")).toEqual(["World", "Middle East"]);
    expect(labelledTags("Iran and Iraq held talks.")).toBeNull();
  });
});
