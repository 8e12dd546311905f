import { describe, expect, it } from "vitest";
import { checkXml } from "./xml-check.js";

describe("XML well-formedness", () => {
  it("accepts a feed with declaration, comments, CDATA, entities and empty elements", () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE rss [<!ENTITY x "y">]>\n<!-- c -->\n<rss version="2.0"><channel><title>A &amp; B &#233;</title><item><description><![CDATA[<p>x & y</p>]]></description><link/></item></channel></rss>\n`;
    expect(checkXml(xml)).toBeNull();
  });

  it.each([
    ["<rss><channel><item></channel></rss>", "line 1: </channel> closes <item> opened at line 1"],
    ["<rss>\n<channel>\n<item>", "<item> opened at line 3 is never closed (is the file truncated?)"],
    ["<rss><title>A & B</title></rss>", 'line 1: unescaped "&" in text'],
    ["<rss></rss><rss></rss>", "line 1: a second root element <rss>"],
    ["<rss><a href=x></a></rss>", 'line 1: malformed tag starting "<a href=x></a></rss>"'],
    ["<rss><channel><ti", "line 1: the document ends inside a tag (is the file truncated?)"],
    ["just text", "line 1: text outside the root element"],
    ["", "no root element"],
    ["<rss><!-- never closed </rss>", "line 1: unterminated comment"],
  ])("reports %j", (xml, message) => {
    expect(checkXml(xml)).toBe(message);
  });
});
