import { describe, expect, it } from "vitest";
import { emptyDocument, makeArticle } from "../model/document.js";
import { fixtureGazetteer } from "../stages/places/testing.js";
import { createTokensStage } from "../stages/tokens/wink.js";
import { alignToRaw, readGeoGold, readHalterman, resolveGold, spotToponyms } from "./places.js";

const TR_NEWS = `<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <text><![CDATA[Talks in Tehran & Paris ended.]]></text>
    <toponyms>
      <toponym><phrase>Tehran</phrase><start>9</start><end>15</end>
        <gaztag geonameid="112931"><name>Tehran</name><lat>35.69</lat><lon>51.42</lon></gaztag></toponym>
      <toponym><phrase>Paris</phrase><start>19</start><end>24</end>
        <gaztag geonameid="2988507"><name>Paris</name><lat>48.85</lat><lon>2.35</lon></gaztag></toponym>
      <toponym><phrase>Atlantis</phrase><start>0</start><end>8</end></toponym>
    </toponyms>
  </article>
</articles>`;

const GEOVIRUS = `<articles>
  <!--<article><text></text></article>-->
  <article><source>x</source><text>Cases rose in Baghdad.</text>
    <locations><location><name>Baghdad</name><start>15</start><end>22</end><lat>33.34</lat><lon>44.4</lon></location></locations>
  </article>
</articles>`;

describe("readGeoGold", () => {
  it("reads spans and coordinates, re-anchors offsets that drift, drops phrases not in the text", () => {
    const gold = readGeoGold(TR_NEWS, { toponym: "toponym", phrase: "phrase" });
    expect(gold.articles).toHaveLength(1);
    const [article] = gold.articles;
    expect(article.text).toBe("Talks in Tehran & Paris ended.");
    // "Paris" is really at 18 (the file says 19): re-anchored.
    expect(article.toponyms.map((t) => [t.text, t.start, t.end, t.lat])).toEqual([
      ["Tehran", 9, 15, 35.69],
      ["Paris", 18, 23, 48.85],
    ]);
    expect(gold).toMatchObject({ reanchored: 1, dropped: 1 });
  });

  it("reads GeoVirus's one-based offsets and ignores commented-out articles", () => {
    const gold = readGeoGold(GEOVIRUS, { toponym: "location", phrase: "name" });
    expect(gold.articles).toHaveLength(1);
    expect(gold.articles[0].toponyms[0]).toMatchObject({ start: 14, end: 21, text: "Baghdad", lon: 44.4 });
  });
});

describe("resolveGold", () => {
  it("scores resolution on the gold spans, counting unknown names as unresolved", () => {
    const gold = readGeoGold(TR_NEWS, { toponym: "toponym", phrase: "phrase" });
    const scores = resolveGold(fixtureGazetteer(), gold.articles, () => null);
    expect(scores.gold).toBe(2);
    expect(scores.unresolved).toBe(0);
    expect(scores.distances.every((d) => d < 5)).toBe(true);
  });
});

describe("readHalterman", () => {
  it("maps token-index spans through the tokens and skips records without one verb", () => {
    const lines = [
      JSON.stringify({
        _id: "a",
        text: "Rebels captured Kandahar.",
        tokens: [{ start: 0, end: 6 }, { start: 7, end: 15 }, { start: 16, end: 24 }],
        spans: [
          { start: 7, end: 15, label: "VERB", text: "captured" },
          { start: 2, end: 2, token_start: 2, token_end: 2, label: "LOCATION", text: "Kandahar" },
        ],
      }),
      JSON.stringify({ _id: "b", text: "No spans here." }),
    ].join("\n");
    const { records, skipped } = readHalterman(lines);
    expect(records).toEqual([{ id: "a", text: "Rebels captured Kandahar.", verb: { start: 7, end: 15 }, location: { start: 16, end: 24 } }]);
    expect(skipped).toBe(1);
  });
});

describe("alignToRaw", () => {
  it("maps normalised offsets back over folded spaces", () => {
    const raw = "In  Tehran,\tofficials";
    const normalised = "In Tehran, officials";
    const map = alignToRaw(raw, normalised);
    const at = normalised.indexOf("Tehran");
    expect(raw.slice(map[at], map[at + 5] + 1)).toBe("Tehran");
    expect(raw.slice(map[normalised.indexOf("officials")])).toBe("officials");
  });
});

describe("spotToponyms", () => {
  it("finds proper-noun runs the gazetteer knows, longest first", () => {
    const doc = createTokensStage().run(emptyDocument(makeArticle({ text: "Flights from Baghdad International Airport to Tehran resumed, Smith said." })));
    const spans = spotToponyms(doc, fixtureGazetteer()).map((s) => doc.text.slice(s.start, s.end));
    expect(spans).toEqual(["Baghdad International Airport", "Tehran"]);
  });
});
