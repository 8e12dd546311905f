import { describe, expect, it } from "vitest";
import { readBuffer } from "./index.js";

const enc = (s: string) => new TextEncoder().encode(s);

describe("JSONL input", () => {
  const lines = [
    JSON.stringify({ id: "wn-1", url: "https://en.wikinews.org/1", title: "Talks", published: "2019-01-14", source: "Wikinews", tags: ["Iran"], text: "Talks began on Monday." }),
    "{not json",
    "",
    JSON.stringify({ id: "wn-2", title: "Nothing here" }),
    JSON.stringify({ id: 7, text: "Second article text.", published: "sometime", tags: "A, B" }),
    JSON.stringify({ html: "<html><head><meta property='og:title' content='From HTML'><meta property='article:published_time' content='2020-05-01'></head><body><p>Paragraph one of the page.</p><p>Paragraph two.</p></body></html>", source: "Feed" }),
    JSON.stringify(["an", "array"]),
    JSON.stringify({ text: 42 }),
  ].join("\n");

  it("yields every good line, names each bad one by file:line with the reason", async () => {
    const results = await readBuffer("batch.jsonl", enc(lines));
    expect(results.map((r) => [r.input, r.ok])).toEqual([
      ["batch.jsonl:1", true],
      ["batch.jsonl:2", false],
      ["batch.jsonl:4", false],
      ["batch.jsonl:5", true],
      ["batch.jsonl:6", true],
      ["batch.jsonl:7", false],
      ["batch.jsonl:8", false],
    ]);
    const reasons = results.flatMap((r) => (r.ok ? [] : [r.error.reason]));
    expect(reasons[0]).toMatch(/^invalid JSON: /);
    expect(reasons.slice(1)).toEqual(['no "text" or "html" field', "expected a JSON object, got an array", '"text" must be a string']);
  });

  it("keeps input ids and metadata, and warns about fields it ignores", async () => {
    const results = await readBuffer("batch.jsonl", enc(lines));
    const first = results[0];
    const second = results[3];
    if (!first.ok || !second.ok) throw new Error("expected articles");
    expect(first.article).toMatchObject({ id: "wn-1", url: "https://en.wikinews.org/1", title: "Talks", published: "2019-01-14", source: "Wikinews", tags: ["Iran"], text: "Talks began on Monday." });
    expect(second.article).toMatchObject({ id: "7", published: null, tags: ["A", "B"] });
    expect(second.warnings).toEqual(['"published" ignored: "sometime" is not a date']);
  });

  it("extracts html lines through the HTML reader, the line's own fields winning", async () => {
    const third = (await readBuffer("batch.jsonl", enc(lines)))[4];
    if (!third.ok) throw new Error(third.error.message);
    expect(third.article).toMatchObject({ title: "From HTML", published: "2020-05-01", source: "Feed", text: "Paragraph one of the page.\n\nParagraph two." });
    expect(third.article.id).toBe(third.article.hash);
  });

  it("reads a .json array as records and a single object as one article", async () => {
    const arr = await readBuffer("list.json", enc(JSON.stringify([{ text: "One." }, { nope: 1 }])));
    expect(arr.map((r) => [r.input, r.ok])).toEqual([
      ["list.json#record-1", true],
      ["list.json#record-2", false],
    ]);
    const one = await readBuffer("one.json", enc(JSON.stringify({ text: "Only one." })));
    expect(one.map((r) => [r.input, r.ok])).toEqual([["one.json", true]]);
  });

  it("sniffs JSON lines without a .jsonl extension", async () => {
    const results = await readBuffer("stdin", enc('{"text":"Sniffed line."}\n{"text":"Another."}\n'));
    expect(results.map((r) => r.ok && r.article.text)).toEqual(["Sniffed line.", "Another."]);
  });
});
