import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { charsetFromContentType, decodeBytes, declaredCharset, resolveLabel } from "./encoding.js";
import { readBuffer } from "./index.js";
import type { ReadResult } from "./types.js";

const ARABIC = "قال وزير الدفاع العراقي إن التعاون مع إيران يعزز الأمن في المنطقة.";
const LATIN = "Le ministre a déclaré « coopération » lors d’une réunion à Téhéran — naïve façade.";

function article(results: ReadResult[]) {
  expect(results).toHaveLength(1);
  const [r] = results;
  if (!r.ok) throw new Error(`expected an article, got ${r.error.message}`);
  return r.article;
}

function page(charsetTag: string, title: string, body: string): string {
  return `<html><head>${charsetTag}<title>${title}</title></head><body><article><p>${body}</p><p>${body}</p></article></body></html>`;
}

describe("character encodings", () => {
  it("decodes windows-1256 HTML declared with <meta http-equiv>", async () => {
    const bytes = iconv.encode(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">', "العراق وإيران", ARABIC), "windows-1256");
    const a = article(await readBuffer("ar.html", bytes));
    expect(a.title).toBe("العراق وإيران");
    expect(a.text.startsWith(ARABIC)).toBe(true);
  });

  it("decodes windows-1252 HTML declared with <meta charset>", async () => {
    const bytes = iconv.encode(page('<meta charset="windows-1252">', "Réunion à Téhéran", LATIN), "windows-1252");
    const a = article(await readBuffer("fr.html", bytes));
    expect(a.title).toBe("Réunion à Téhéran");
    expect(a.text.startsWith(LATIN)).toBe(true);
  });

  it("treats a latin-1 declaration as windows-1252 (curly quotes in 0x80–0x9F)", async () => {
    const bytes = iconv.encode(page('<meta charset="iso-8859-1">', "Quote", "He said “no” to the plan, officials reported on Monday."), "windows-1252");
    expect(article(await readBuffer("q.html", bytes)).text).toContain("“no”");
  });

  it("falls back to windows-1252 for invalid UTF-8 without a declaration, with a warning", async () => {
    const bytes = iconv.encode(`Café talks in Zürich ended on Monday.\n\nBoth sides said they would meet again in März.`, "windows-1252");
    const [r] = await readBuffer("legacy.txt", bytes);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.article.text).toContain("Café talks in Zürich");
    expect(r.warnings).toEqual(["not valid UTF-8 and no charset declared: decoded as windows-1252"]);
  });

  it("reads UTF-16 text with a BOM", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("The talks resumed in Geneva on Tuesday.", "utf16le")]);
    expect(article(await readBuffer("u16.txt", bytes)).text).toBe("The talks resumed in Geneva on Tuesday.");
  });

  it("strips a UTF-8 BOM", async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Talks resumed on Tuesday.")]);
    expect(article(await readBuffer("bom.txt", bytes)).text).toBe("Talks resumed on Tuesday.");
  });

  it("normalises NBSP, narrow NBSP and zero-width characters in the article text", async () => {
    const bytes = new TextEncoder().encode("Iran\u00a0and\u202fIraq signed\u200b a\u00a0\u00a0pact.\u00a0\n\nIt covers\u00a0training.");
    expect(article(await readBuffer("nbsp.txt", bytes)).text).toBe("Iran and Iraq signed a pact.\n\nIt covers training.");
  });

  it("lets a transport charset outrank the page's own declaration", () => {
    const bytes = iconv.encode(page('<meta charset="utf-8">', "x", ARABIC), "windows-1256");
    const decoded = decodeBytes(bytes, "html", charsetFromContentType('text/html; charset="Windows-1256"'));
    expect(decoded.encoding).toBe("windows-1256");
    expect(decoded.text).toContain(ARABIC);
  });

  it("finds declarations and maps labels", () => {
    expect(declaredCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-6"?><rss/>'), "xml")).toBe("ISO-8859-6");
    expect(declaredCharset(Buffer.from("<meta charset=utf-8>"), "html")).toBe("utf-8");
    expect(declaredCharset(Buffer.from("<meta charset=utf-8>"), "plain")).toBeNull();
    expect(resolveLabel("Latin1")).toBe("windows-1252");
    expect(resolveLabel("x-unknown-charset")).toBeNull();
  });

  it("warns about an unknown declared charset and decodes anyway", () => {
    const decoded = decodeBytes(Buffer.from('<meta charset="x-klingon"><p>plain ascii</p>'), "html");
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.warnings).toEqual(['unknown charset "x-klingon" ignored']);
  });
});
