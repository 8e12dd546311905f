import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readBuffer } from "./index.js";
import type { SkippedInput } from "./types.js";

const enc = (s: string) => new TextEncoder().encode(s);

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example World News</title>
  <link>https://news.example/</link>
  <item>
    <title>Iran and Iraq sign pact</title>
    <link>https://news.example/a</link>
    <pubDate>Sun, 15 Nov 2020 10:00:00 +0330</pubDate>
    <category>Iran</category><category>Iraq</category>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>The ministers met in Tehran.</p><p>They signed a pact.</p><p>Read more: other story</p>]]></content:encoded>
  </item>
  <item>
    <title>Summary only &amp; escaped</title>
    <link>https://news.example/b</link>
    <dc:date>2020-11-16T08:00:00Z</dc:date>
    <description>&lt;p&gt;Escaped &amp;amp; HTML summary.&lt;/p&gt;</description>
  </item>
  <item><title>Headline only</title><link>https://news.example/c</link></item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Atom Wire</title>
  <entry>
    <title type="html">Ceasefire &lt;em&gt;holds&lt;/em&gt;</title>
    <link rel="self" href="https://wire.example/self/1"/>
    <link rel="alternate" href="https://wire.example/1"/>
    <published>2021-03-02T08:00:00Z</published>
    <updated>2021-03-03T08:00:00Z</updated>
    <category term="yemen" label="Yemen"/>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The truce held.</p><p>Monitors agreed.</p></div></content>
  </entry>
  <entry>
    <title>Plain</title>
    <link href="https://wire.example/2"/>
    <updated>2021-03-04</updated>
    <summary type="text">A &lt; B in plain text.</summary>
  </entry>
</feed>`;

describe("RSS and Atom feeds", () => {
  it("reads RSS items: content:encoded before description, categories as tags, pubDate", async () => {
    const skipped: SkippedInput[] = [];
    const results = await readBuffer("news.rss", enc(RSS), { onSkip: (s) => skipped.push(s) });
    expect(results).toHaveLength(2);
    const [a, b] = results;
    if (!a.ok || !b.ok) throw new Error("expected articles");
    expect(a.input).toBe("news.rss#record-1");
    expect(a.article).toMatchObject({
      title: "Iran and Iraq sign pact",
      url: "https://news.example/a",
      published: "2020-11-15",
      source: "Example World News",
      tags: ["Iran", "Iraq"],
      text: "The ministers met in Tehran.\n\nThey signed a pact.",
    });
    expect(b.article).toMatchObject({ title: "Summary only & escaped", published: "2020-11-16", text: "Escaped & HTML summary." });
    expect(skipped).toEqual([{ input: "news.rss#record-3", reason: 'feed item has no text ("Headline only")' }]);
  });

  it("reads Atom entries: alternate link, published date, xhtml and text content", async () => {
    const results = await readBuffer("wire.xml", enc(ATOM));
    const [a, b] = results;
    if (!a.ok || !b.ok) throw new Error("expected articles");
    expect(a.article).toMatchObject({
      title: "Ceasefire holds",
      url: "https://wire.example/1",
      published: "2021-03-02",
      source: "Atom Wire",
      tags: ["Yemen"],
      text: "The truce held.\n\nMonitors agreed.",
    });
    expect(b.article).toMatchObject({ url: "https://wire.example/2", published: "2021-03-04", text: "A < B in plain text." });
  });

  it("decodes a feed by its XML declaration", async () => {
    const xml = `<?xml version="1.0" encoding="windows-1256"?><rss><channel><title>أخبار</title><item><title>طهران</title><description>التقى الوزيران في طهران.</description></item></channel></rss>`;
    const [r] = await readBuffer("ar.rss", iconv.encode(xml, "windows-1256"));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.article).toMatchObject({ source: "أخبار", title: "طهران", text: "التقى الوزيران في طهران." });
  });

  it("sniffs a feed without an extension", async () => {
    const results = await readBuffer("download", enc(RSS));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
  });

  it("fails malformed XML with the first error and its line", async () => {
    const broken = RSS.replace("</item>\n  <item>\n    <title>Summary", "\n  <item>\n    <title>Summary");
    const results = await readBuffer("broken.rss", enc(broken));
    expect(results).toHaveLength(1);
    const [r] = results;
    if (r.ok) throw new Error("expected a failure");
    expect(r.error.code).toBe("ingest.xml");
    expect(r.error.message).toBe("broken.rss: malformed XML: line 21: </channel> closes <item> opened at line 6");
  });

  it("fails a truncated feed and XML that is not a feed", async () => {
    const [cut] = await readBuffer("cut.xml", enc(RSS.slice(0, 400)));
    expect(!cut.ok && cut.error.reason).toMatch(/^malformed XML: .*\(is the file truncated\?\)$/);
    const [other] = await readBuffer("sitemap.xml", enc('<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>'));
    expect(!other.ok && other.error.reason).toBe("XML is not an RSS or Atom feed (root element <urlset>)");
  });
});
