// HTML pages → article fields: Readability finds the article, page metadata (Open Graph, JSON-LD, meta
// tags) gives title, date, url, source and tags, and the shared boilerplate filter cleans the body.
import { Readability } from "@mozilla/readability";
import { filterBoilerplate } from "./boilerplate.js";
import { toIsoDate } from "./dates.js";
import { ELEMENT_NODE, TEXT_NODE, CDATA_SECTION_NODE, parseHtmlDocument, type DomDocument, type DomElement, type DomNode } from "./dom.js";
import type { ArticleFields } from "./types.js";

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

// Elements whose boundaries are paragraph breaks in the extracted text.
const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
  "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
  "tfoot", "tr", "ul",
]);
// Elements whose text is never article prose.
const SKIP_TAGS = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "button", "select", "option", "textarea", "input", "title", "meta", "link", "head"]);
const CELL_TAGS = new Set(["td", "th"]);
const ARTICLE_TYPES = /(?:^|[^a-z])(?:newsarticle|article|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|backgroundnewsarticle|blogposting|liveblogposting|report)$/i;
// Explicit publication stamps outrank JSON-LD, which outranks the looser "date"-like meta names.
const PRIMARY_DATE_META = ["article:published_time", "og:published_time", "og:article:published_time"];
const DATE_META = [
  "datepublished", "date", "pubdate", "publishdate", "publish-date",
  "publish_date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "dcterms.issued", "sailthru.date",
  "parsely-pub-date", "article.published", "originalpublicationdate",
];

/** Everything the HTML reader found on a page. */
export interface HtmlExtract extends ArticleFields {
  author: string | null;
}

/**
 * Text of a DOM subtree with paragraph structure: block elements become blank-line breaks, <br> a line
 * break, inline whitespace collapses as a browser renders it. Readability's textContent loses all of this.
 */
export function blockText(root: DomNode): string {
  const out: string[] = [];
  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      out.push((node.textContent ?? "").replace(/[ \t\n\r\f]+/g, " "));
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as DomElement).localName?.toLowerCase() ?? node.nodeName.toLowerCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === "br") {
      out.push("\n");
      return;
    }
    if (tag === "pre") {
      out.push("\n\n", node.textContent ?? "", "\n\n");
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) out.push("\n\n");
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) out.push("\n\n");
    else if (CELL_TAGS.has(tag)) out.push(" ");
  };
  visit(root);
  return out.join("").replace(/[ \t]*\n[ \t]*/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
}

/** Convert an HTML fragment (a feed item's content) to clean text, through the same boilerplate filter. */
export function htmlFragmentToText(html: string): { text: string; tags: string[] } {
  const doc = parseHtmlDocument(html);
  const cleaned = filterBoilerplate(doc.body ? blockText(doc.body) : "");
  return { text: cleaned.text, tags: cleaned.tags };
}

/** Meta tag values by lower-cased property / name / itemprop, in document order. */
function metaValues(doc: DomDocument): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const meta of Array.from(doc.querySelectorAll("meta"))) {
    const content = meta.getAttribute("content")?.trim();
    if (!content) continue;
    for (const attr of ["property", "name", "itemprop"]) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = values.get(key) ?? [];
      list.push(content);
      values.set(key, list);
    }
  }
  return values;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every object in the page's JSON-LD blocks, unwrapping arrays and @graph. */
function jsonLdObjects(doc: DomDocument, warnings: string[]): { [key: string]: Json }[] {
  const found: { [key: string]: Json }[] = [];
  const collect = (value: Json): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (isObject(value)) {
      found.push(value);
      if (value["@graph"] !== undefined) collect(value["@graph"]);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collect(JSON.parse(script.textContent ?? "") as Json);
    } catch (error) {
      warnings.push(`JSON-LD block ignored: ${(error as Error).message}`);
    }
  }
  return found;
}

function jsonString(value: Json | undefined): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) return jsonString(value[0]);
  if (isObject(value)) return jsonString(value.name ?? value["@id"] ?? value.url);
  return null;
}

function jsonStrings(value: Json | undefined): string[] {
  if (typeof value === "string") return value.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (isObject(value)) return jsonStrings(value.name);
  return [];
}

function typeNames(obj: { [key: string]: Json }): string[] {
  const t = obj["@type"];
  return typeof t === "string" ? [t] : Array.isArray(t) ? t.filter((x): x is string => typeof x === "string") : [];
}

/** The JSON-LD object that describes the article itself, if any. */
function jsonLdArticle(objects: { [key: string]: Json }[]): { [key: string]: Json } | null {
  return objects.find((o) => typeNames(o).some((t) => ARTICLE_TYPES.test(t))) ?? objects.find((o) => typeof o.headline === "string") ?? null;
}

function absoluteUrl(raw: string | null | undefined, base: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = base ? new URL(raw.trim(), base) : new URL(raw.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    // a relative or garbled URL with nothing to resolve it against is no URL at all
    return null;
  }
}

function first<T>(...candidates: (T | null | undefined)[]): T | null {
  for (const c of candidates) if (c !== null && c !== undefined && c !== "") return c;
  return null;
}

/** Drop a " | Site" or " - Site" suffix that pages append to their titles. */
function stripSiteSuffix(title: string, site: string | null): string {
  if (!site) return title;
  for (const sep of [" | ", " - ", " – ", " — ", " :: "]) {
    const suffix = sep + site;
    if (title.toLowerCase().endsWith(suffix.toLowerCase()) && title.length > suffix.length) return title.slice(0, -suffix.length);
  }
  return title;
}

function sameText(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return key(a) === key(b);
}

/**
 * Extract an article from an HTML page. `baseUrl` (where the page came from) resolves relative canonical
 * links. The text is empty when the page holds no readable prose; the caller reports that.
 */
export function extractHtml(html: string, baseUrl?: string | null): HtmlExtract {
  const warnings: string[] = [];
  const doc = parseHtmlDocument(html);
  const meta = metaValues(doc);
  const m = (...keys: string[]): string | null => first(...keys.map((k) => meta.get(k)?.[0]));
  const ld = jsonLdArticle(jsonLdObjects(doc, warnings));
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href");
  const timeElement = doc.querySelector("time[pubdate]") ?? doc.querySelector("article time[datetime]") ?? doc.querySelector("time[datetime]");
  const htmlTitle = doc.querySelector("title")?.textContent?.trim() || null;

  // Metadata is read before Readability runs, because Readability rewrites the document in place.
  let article: ReturnType<Readability["parse"]> = null;
  try {
    article = new Readability(doc as unknown as ReadabilityDocument).parse();
  } catch (error) {
    warnings.push(`readability failed (${(error as Error).message}); using the whole page body`);
  }
  let text = "";
  if (article?.content) {
    const content = parseHtmlDocument(article.content);
    text = content.body ? blockText(content.body) : "";
  }
  if (!text.trim()) {
    const fallback = parseHtmlDocument(html);
    text = fallback.body ? blockText(fallback.body) : "";
  }

  const source = first(m("og:site_name", "application-name"), ld ? jsonString(ld.publisher) : null, article?.siteName?.trim());
  const rawTitle = first(m("og:title", "twitter:title"), ld ? jsonString(ld.headline) : null, article?.title?.trim(), htmlTitle);
  const title = rawTitle ? stripSiteSuffix(rawTitle, source) : null;

  const dateCandidates = [
    ...PRIMARY_DATE_META.map((k) => meta.get(k)?.[0]),
    ld ? jsonString(ld.datePublished) : null,
    ...DATE_META.map((k) => meta.get(k)?.[0]),
    timeElement?.getAttribute("datetime"),
    article?.publishedTime,
    ld ? jsonString(ld.dateCreated) : null,
  ];
  let published: string | null = null;
  for (const candidate of dateCandidates) {
    if (!candidate) continue;
    published = toIsoDate(candidate);
    if (published) break;
    warnings.push(`unreadable date "${candidate}" ignored`);
  }

  const url = first(
    absoluteUrl(m("og:url"), baseUrl),
    absoluteUrl(canonical, baseUrl),
    ld ? absoluteUrl(jsonString(ld.url) ?? jsonString(ld.mainEntityOfPage), baseUrl) : null,
  );
  const author = first(ld ? jsonString(ld.author) : null, m("author", "article:author"), article?.byline?.trim());

  const cleaned = filterBoilerplate(text);
  let body = cleaned.text;
  // Readability often keeps the page's own headline as the first paragraph; the title is not body text.
  const firstBreak = body.indexOf("\n");
  const firstParagraph = firstBreak < 0 ? body : body.slice(0, firstBreak);
  if (title && sameText(firstParagraph, title) && firstBreak >= 0) body = body.slice(firstBreak).trim();

  const tags = [
    ...(meta.get("article:tag") ?? []),
    ...(meta.get("keywords") ?? []).flatMap((k) => k.split(",")),
    ...(meta.get("news_keywords") ?? []).flatMap((k) => k.split(",")),
    ...(ld ? jsonStrings(ld.keywords) : []),
    ...cleaned.tags,
  ];
  return { text: body, title, published, url, source, tags: dedupeTags(tags), author, warnings };
}

/** Trim tags and drop case-insensitive duplicates, keeping the first spelling. */
export function dedupeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
