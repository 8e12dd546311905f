// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item, its HTML content turned into text by the
// HTML path, with link, date and categories. Malformed XML fails the whole file with the first error.
import { toIsoDate } from "./dates.js";
import { childElements, parseXmlDocument, type DomElement } from "./dom.js";
import { dedupeTags, htmlFragmentToText } from "./html.js";
import { failure, finish } from "./result.js";
import type { ReadResult, ResolvedOptions } from "./types.js";
import { checkXml } from "./xml-check.js";

// Where an item's body may be, best first: full content before summaries.
const CONTENT_ELEMENTS = ["content:encoded", "content", "description", "summary", "atom:content", "atom:summary"];
const DATE_ELEMENTS = ["pubdate", "published", "dc:date", "atom:published", "issued", "updated", "atom:updated", "modified"];

function nameOf(el: DomElement): string {
  return el.tagName.toLowerCase();
}

function child(el: DomElement, ...names: string[]): DomElement | null {
  for (const name of names) {
    const found = childElements(el).find((c) => nameOf(c) === name);
    if (found) return found;
  }
  return null;
}

/** Text of an element that may hold escaped HTML (RSS descriptions, Atom type="html"/"xhtml"). */
function markupText(el: DomElement): string {
  const type = el.getAttribute("type")?.toLowerCase();
  if (type === "text") return el.textContent ?? "";
  const html = type === "xhtml" ? el.innerHTML : (el.textContent ?? "");
  return /[<&]/.test(html) ? htmlFragmentToText(html).text : html;
}

function itemLink(item: DomElement): string | null {
  const links = childElements(item).filter((c) => nameOf(c) === "link" || nameOf(c) === "atom:link");
  for (const link of links) {
    const href = link.getAttribute("href");
    const rel = link.getAttribute("rel");
    if (href && (!rel || rel === "alternate")) return href.trim();
  }
  const text = links.map((l) => l.textContent?.trim()).find((t) => t);
  if (text) return text;
  const guid = child(item, "guid", "id");
  const permalink = guid?.getAttribute("isPermaLink") !== "false" ? guid?.textContent?.trim() : null;
  return permalink && /^https?:\/\//.test(permalink) ? permalink : null;
}

function itemTags(item: DomElement): string[] {
  return childElements(item)
    .filter((c) => ["category", "dc:subject", "media:keywords"].includes(nameOf(c)))
    .flatMap((c) => {
      const term = c.getAttribute("label") ?? c.getAttribute("term") ?? c.textContent ?? "";
      return nameOf(c) === "media:keywords" ? term.split(",") : [term];
    });
}

/** Read an RSS or Atom document; items are named `file#record-N`. */
export function* readFeed(name: string, xml: string, options: ResolvedOptions): Generator<ReadResult> {
  const error = checkXml(xml);
  if (error) {
    yield failure(name, "ingest.xml", `malformed XML: ${error}`);
    return;
  }
  const doc = parseXmlDocument(xml);
  const root = doc.documentElement;
  const rootName = root ? nameOf(root) : "";
  let items: DomElement[];
  let channel: DomElement | null;
  if (root && rootName === "rss") {
    channel = child(root, "channel");
    items = channel ? childElements(channel).filter((c) => nameOf(c) === "item") : [];
  } else if (root && (rootName === "feed" || rootName === "atom:feed")) {
    channel = root;
    items = childElements(root).filter((c) => nameOf(c) === "entry" || nameOf(c) === "atom:entry");
  } else if (root && rootName.endsWith("rdf")) {
    channel = child(root, "channel");
    items = childElements(root).filter((c) => nameOf(c) === "item");
  } else {
    yield failure(name, "ingest.feed", `XML is not an RSS or Atom feed (root element <${root ? root.tagName : "none"}>)`);
    return;
  }
  const feedTitle = channel ? child(channel, "title") : null;
  const source = feedTitle ? markupText(feedTitle).trim() || null : null;
  if (items.length === 0) {
    options.onSkip({ input: name, reason: "feed has no items" });
    return;
  }

  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const input = `${name}#record-${i + 1}`;
    const titleElement = child(item, "title", "atom:title", "dc:title");
    const title = titleElement ? markupText(titleElement).trim() || null : null;
    let text = "";
    const tags = itemTags(item);
    for (const elementName of CONTENT_ELEMENTS) {
      const el = child(item, elementName);
      if (!el) continue;
      const type = el.getAttribute("type")?.toLowerCase();
      const html = type === "xhtml" ? el.innerHTML : (el.textContent ?? "");
      const converted = type === "text" ? { text: html, tags: [] } : htmlFragmentToText(html);
      if (converted.text.trim()) {
        text = converted.text;
        tags.push(...converted.tags);
        break;
      }
    }
    if (!text) {
      options.onSkip({ input, reason: `feed item has no text${title ? ` ("${title}")` : ""}` });
      continue;
    }
    const dateElement = child(item, ...DATE_ELEMENTS);
    const rawDate = dateElement?.textContent?.trim() ?? null;
    const published = toIsoDate(rawDate);
    yield finish(
      input,
      {
        text,
        title,
        url: itemLink(item),
        published,
        source,
        tags: dedupeTags(tags),
        warnings: rawDate && !published ? [`unreadable date "${rawDate}" ignored`] : [],
      },
      options,
    );
  }
}
