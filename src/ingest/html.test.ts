import { describe, expect, it } from "vitest";
import { extractHtml, htmlFragmentToText } from "./html.js";
import { readBuffer } from "./index.js";

const enc = (s: string) => new TextEncoder().encode(s);
const PROSE = "The defence ministers met in Tehran on Sunday and agreed to expand joint training, officials said.";

const PAGE = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Iran and Iraq sign pact | World News Daily</title>
<meta property="og:title" content="Iran and Iraq sign defence pact | World News Daily">
<meta property="og:site_name" content="World News Daily">
<meta property="og:url" content="https://news.example/world/iran-iraq-pact">
<meta property="article:published_time" content="2020-11-15T22:30:00-05:00">
<meta property="article:tag" content="Iran"><meta property="article:tag" content="Iraq">
<meta name="keywords" content="defence, iraq">
<script type="application/ld+json">[{"@graph":[{"@type":"WebSite","name":"WND"},{"@type":["NewsArticle"],"headline":"LD headline","datePublished":"2020-11-14","keywords":"Middle East, Security","author":{"name":"Jane Roe"}}]}]</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article>
<h1>Iran and Iraq sign defence pact</h1>
<p>${PROSE}&nbsp;The pact covers training, equipment and joint exercises along the shared border.</p>
<p>Share this article</p>
<p>Advertisement</p>
<p>“This cooperation guarantees regional stability,” the Iranian minister told reporters after the ceremony, adding that more meetings were planned.</p>
<h2>Background</h2>
<p>Iraq has bought Iranian equipment under previous accords, and the two armies have held border talks several times since 2014.<br>Officials gave no figures.</p>
<p>Read more: Iran hosts regional security forum</p>
<p>Follow us on Twitter for the latest news</p>
<p>Back to top</p>
</article></main>
<footer><p>© 2020 World News Daily. All rights reserved.</p></footer>
</body></html>`;

describe("HTML pages", () => {
  it("takes title, date, url, source and tags from page metadata", () => {
    const r = extractHtml(PAGE);
    expect(r.title).toBe("Iran and Iraq sign defence pact");
    expect(r.published).toBe("2020-11-15");
    expect(r.url).toBe("https://news.example/world/iran-iraq-pact");
    expect(r.source).toBe("World News Daily");
    expect(r.tags).toEqual(["Iran", "Iraq", "defence", "Middle East", "Security"]);
    expect(r.author).toBe("Jane Roe");
  });

  it("separates paragraphs by blank lines, keeps <br> as a line break and drops boilerplate", () => {
    const r = extractHtml(PAGE);
    expect(r.text).toBe(
      [
        `${PROSE}\u00a0The pact covers training, equipment and joint exercises along the shared border.`,
        "“This cooperation guarantees regional stability,” the Iranian minister told reporters after the ceremony, adding that more meetings were planned.",
        "Background",
        "Iraq has bought Iranian equipment under previous accords, and the two armies have held border talks several times since 2014.\nOfficials gave no figures.",
      ].join("\n\n").replace(/\u00a0/g, " "),
    );
  });

  it("falls back to JSON-LD and <time> when Open Graph is missing", () => {
    const html = `<html><head><title>Plain title</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ceasefire agreed","datePublished":"2021-03-02T08:00:00Z","publisher":{"@type":"Organization","name":"Example Wire"},"keywords":["Yemen"]}</script></head><body><article><p>${PROSE}</p></article></body></html>`;
    const r = extractHtml(html);
    expect(r.title).toBe("Ceasefire agreed");
    expect(r.published).toBe("2021-03-02");
    expect(r.source).toBe("Example Wire");
    expect(r.tags).toEqual(["Yemen"]);
    const withTime = extractHtml(`<html><body><article><time datetime="2019-07-04T10:00:00+02:00">4 July</time><p>${PROSE}</p></article></body></html>`);
    expect(withTime.published).toBe("2019-07-04");
  });

  it("resolves a relative canonical link against the page's address", () => {
    const r = extractHtml(`<html><head><link rel="canonical" href="/a/b"></head><body><p>${PROSE}</p></body></html>`, "https://site.example/x?y=1");
    expect(r.url).toBe("https://site.example/a/b");
  });

  it("reads malformed HTML: no <html>/<head>/<body>, unclosed and stray tags", async () => {
    const html = `<title>Broken page</title><div><p>${PROSE} <b>Bold claim <i>inside</p></span><p>Second paragraph follows here.</div></em>`;
    const [r] = await readBuffer("broken.html", enc(html));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.title).toBe("Broken page");
    expect(r.article.text).toContain(`${PROSE} Bold claim inside`);
    expect(r.article.text).toContain("Second paragraph follows here.");
  });

  it("fails an HTML page with no readable text, naming it", async () => {
    const [r] = await readBuffer("shell.html", enc("<html><head><title>App</title><script>var x = 1;</script></head><body><div id=root></div></body></html>"));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.input).toBe("shell.html");
    expect(r.error.code).toBe("ingest.no-text");
    expect(r.error.message).toBe("shell.html: no article text found in the HTML");
  });

  it("converts fragments block by block and collects labelled tags", () => {
    const r = htmlFragmentToText("<p>One &amp; two.</p><ul><li>Three</li><li>Four</li></ul><p>Tags: Iran, Iraq</p><p>Back to top</p>");
    expect(r.text).toBe("One & two.\n\nThree\n\nFour");
    expect(r.tags).toEqual(["Iran", "Iraq"]);
  });
});
