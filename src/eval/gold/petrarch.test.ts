import { describe, expect, it } from "vitest";
import { parsePetrarchRecords, splitJoinedWords } from "./petrarch.js";

const xml = `<Validation>
<!-- a comment with ### -->
<Environment>
  <Verbfile>V.txt</Verbfile>
  <Actorfile>A.txt</Actorfile>
  <Config option="require_dyad" value="True"></Config>
</Environment>
<Sentences>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode='"INJURY TOLL"' targetcode="---" eventcode="223"></EventCoding>
<Text>
Arnor is about to restore
ties with Gondor.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date = "20080801" id ="ERR-1"  category="ERROR" sentence="false">
<EventCoding noevents = "True"></EventCoding>
<EventCoding error="storydiscard"></EventCoding>
<Text>Nothing.</Text>
</Sentence>
</Sentences>
</Validation>`;

describe("parsePetrarchRecords", () => {
  it("reads records, codings, flags and the config in force", () => {
    const suite = parsePetrarchRecords(xml, "t.xml");
    expect(suite.files).toEqual({ verbs: "V.txt", actors: "A.txt", agents: null, discards: null });
    const [first, second] = suite.records;
    expect(first).toMatchObject({
      id: "DEMO-00",
      category: "DEMO",
      date: "1995-01-01",
      text: "Arnor is about to restore ties with Gondor.",
      sentence: true,
      noEvents: false,
      error: null,
      config: { require_dyad: "True" },
    });
    expect(first.expected).toEqual([
      { source: "ARN", target: "GON", event: "064" },
      { source: '"INJURY TOLL"', target: "---", event: "223" },
    ]);
    expect(second).toMatchObject({ id: "ERR-1", date: "2008-08-01", sentence: false, noEvents: true, error: "storydiscard" });
    expect(second.config).toEqual({ require_dyad: "false" });
  });

  it("names the file and record when a record is malformed", () => {
    const bad = `<Validation><Sentences><Sentence date="1995" id="X-1" category="DEMO"><Text>t</Text>
      <EventCoding noevents="True"></EventCoding></Sentence></Sentences></Validation>`;
    expect(() => parsePetrarchRecords(bad, "bad.xml")).toThrow(/bad\.xml: <Sentence> #1 \(X-1\): date "1995" is not YYYYMMDD/);
    const noText = `<Validation><Sentences><Sentence date="19950101" id="X-2"><EventCoding noevents="True"/></Sentence></Sentences></Validation>`;
    expect(() => parsePetrarchRecords(noText, "bad.xml")).toThrow(/X-2\): missing or empty <Text>/);
  });

  it("reads a record without any <EventCoding> as expecting no events", () => {
    const xml = `<Validation><Sentences><Sentence date="19950101" id="P-6" category="PATTERN"><Text>t</Text></Sentence></Sentences></Validation>`;
    expect(parsePetrarchRecords(xml, "t.xml").records[0]).toMatchObject({ noEvents: true, expected: [], error: null });
  });
});

describe("splitJoinedWords", () => {
  it("writes an underscored name as the parse's two words, and leaves joins the parse keeps", () => {
    const parse = "(PP (IN of) (NP (NNP Dol) (NNP Amroth)))";
    expect(splitJoinedWords("the Prince of Dol_Amroth.", parse)).toBe("the Prince of Dol Amroth.");
    expect(splitJoinedWords("the Prince of Dol_Amroth.", "(NP (NNP Dol_Amroth))")).toBe("the Prince of Dol_Amroth.");
  });
});
