// The small slice of the DOM that the readers use, typed here because the project does not load the DOM
// lib; linkedom provides the implementation for both HTML and XML.
import { DOMParser, parseHTML } from "linkedom";

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly localName: string;
  readonly children: ArrayLike<DomElement>;
  readonly innerHTML: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const HEAD = /<head\b[^>]*>([\s\S]*?)(?:<\/head\s*>|(?=<body\b))/i;
const BODY_OPEN = /<body\b[^>]*>/i;
const SKELETON_TAGS = /<!doctype[^>]*>|<\/?html\b[^>]*>|<\/?body\b[^>]*>|<\/?head\b[^>]*>/gi;
const HEAD_ONLY = /<title\b[^>]*>[\s\S]*?<\/title\s*>|<meta\b[^>]*>|<link\b[^>]*>|<base\b[^>]*>/gi;

/**
 * Rebuild the html/head/body skeleton. linkedom does no HTML5 tree repair: without an explicit <body>
 * it drops the content, and without <head> it can fail outright, and real pages often omit both.
 */
export function repairSkeleton(html: string): string {
  const headMatch = HEAD.exec(html);
  let head: string;
  let rest: string;
  if (headMatch) {
    head = headMatch[1];
    rest = html.slice(0, headMatch.index) + html.slice(headMatch.index + headMatch[0].length);
  } else {
    const bodyOpen = BODY_OPEN.exec(html);
    // Without <head>, what precedes <body> is head matter; with neither, head-only tags are copied up.
    head = bodyOpen ? html.slice(0, bodyOpen.index) : (html.match(HEAD_ONLY) ?? []).join("");
    rest = bodyOpen ? html.slice(bodyOpen.index) : html;
  }
  const body = rest.replace(/<\/body\s*>[\s\S]*$/i, "").replace(SKELETON_TAGS, "");
  return `<!DOCTYPE html><html><head>${head.replace(SKELETON_TAGS, "")}</head><body>${body}</body></html>`;
}

/** Parse an HTML page or fragment with linkedom, after repairing its skeleton. */
export function parseHtmlDocument(html: string): DomDocument {
  return parseHTML(repairSkeleton(html)).document as unknown as DomDocument;
}

/** Parse XML with linkedom's XML mode (lenient: check well-formedness first with `checkXml`). */
export function parseXmlDocument(xml: string): DomDocument {
  return new DOMParser().parseFromString(xml, "text/xml") as unknown as DomDocument;
}

/** Element children of a node, as an array. */
export function childElements(node: DomElement): DomElement[] {
  return Array.from(node.children);
}
