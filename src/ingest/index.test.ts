import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBuffer, readInputs } from "./index.js";
import type { ReadOptions, ReadResult } from "./types.js";

const ARTICLE = "IranIraq\n\nMinisters meet in Tehran\n\nThe defence ministers met in Tehran on Sunday.\n\nBack to top button\n";
let dir: string;

async function collect(paths: string[], options?: ReadOptions): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(paths, options)) out.push(r);
  return out;
}

function summary(results: ReadResult[]): [string, string][] {
  return results.map((r) => [r.input.slice(dir.length + 1), r.ok ? `ok: ${r.article.title ?? r.article.text.slice(0, 20)}` : `${r.error.code}: ${r.error.reason.replace(/^(invalid JSON): .*/, "$1: …")}`]);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-ingest-"));
  const batch = join(dir, "batch");
  mkdirSync(join(batch, "sub"), { recursive: true });
  mkdirSync(join(batch, ".git"));
  writeFileSync(join(batch, "a-article.txt"), ARTICLE);
  writeFileSync(join(batch, "b-empty.txt"), "");
  writeFileSync(join(batch, "c-image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(batch, "d-lines.jsonl"), '{"id":"x1","text":"First line article."}\n{broken\n{"id":"x3","text":"Third line article."}\n');
  writeFileSync(join(batch, "e-big.txt"), "word ".repeat(400));
  writeFileSync(join(batch, "f-page.html.gz"), gzipSync("<html><head><title>Zipped page</title></head><body><p>Text of the zipped page.</p></body></html>"));
  writeFileSync(join(batch, "g-cut.txt.gz"), gzipSync("Some text that will be cut off.".repeat(20)).subarray(0, 30));
  writeFileSync(join(batch, "h-bad.xml"), "<rss><channel><item><title>x</title></channel></rss>");
  writeFileSync(join(batch, ".hidden.txt"), ARTICLE);
  writeFileSync(join(batch, ".git", "config.txt"), ARTICLE);
  writeFileSync(join(batch, "sub", "z-nested.txt"), "A nested article about talks in Geneva.");
  symlinkSync(join(batch, "sub"), join(batch, "sub", "loop"));
  symlinkSync(join(batch, "missing.txt"), join(batch, "sub", "dangling.txt"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readInputs", () => {
  it("reads a directory mixing good and bad files: every article comes through, every bad input is named", async () => {
    const results = await collect([join(dir, "batch")], { maxBytes: 1000 });
    expect(summary(results)).toEqual([
      ["batch/a-article.txt", "ok: Ministers meet in Tehran"],
      ["batch/b-empty.txt", "ingest.empty: empty file"],
      ["batch/c-image.png", "ingest.binary: binary file, not text"],
      ["batch/d-lines.jsonl:1", "ok: First line article."],
      ["batch/d-lines.jsonl:2", "ingest.json: invalid JSON: …"],
      ["batch/d-lines.jsonl:3", "ok: Third line article."],
      ["batch/e-big.txt", "ingest.too-large: file is 2 KB, over the 1000 bytes limit"],
      ["batch/f-page.html.gz", "ok: Zipped page"],
      ["batch/g-cut.txt.gz", "ingest.gzip: truncated gzip (unexpected end of file)"],
      ["batch/h-bad.xml", "ingest.xml: malformed XML: line 1: </channel> closes <item> opened at line 1"],
      ["batch/sub/z-nested.txt", "ok: A nested article abo"],
    ]);
  });

  it("keeps the founding-style article's tags and drops the theme button", async () => {
    const [r] = await collect([join(dir, "batch", "a-article.txt")]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.article).toMatchObject({ title: "Ministers meet in Tehran", tags: ["Iran", "Iraq"], text: "The defence ministers met in Tehran on Sunday." });
  });

  it("expands glob patterns in sorted order and reports a pattern that matches nothing", async () => {
    const results = await collect([join(dir, "batch", "**", "*-n*.txt"), join(dir, "batch", "*.nothing")]);
    expect(summary(results)).toEqual([
      ["batch/sub/z-nested.txt", "ok: A nested article abo"],
      ["batch/*.nothing", "ingest.not-found: no files match this pattern"],
    ]);
  });

  it("yields a failed result, not a throw, for a missing path and goes on", async () => {
    const results = await collect([join(dir, "nope.txt"), join(dir, "batch", "a-article.txt")]);
    expect(summary(results)).toEqual([
      ["nope.txt", "ingest.not-found: no such file or directory"],
      ["batch/a-article.txt", "ok: Ministers meet in Tehran"],
    ]);
  });

  it("resolves relative paths against cwd and keeps them as given in the results", async () => {
    const results = await collect(["batch/sub"], { cwd: dir });
    expect(results.map((r) => r.input)).toEqual([join("batch", "sub", "z-nested.txt")]);
  });

  it('reads "-" from the injected stdin', async () => {
    const results = await collect(["-"], { readStdin: async () => new TextEncoder().encode('{"text":"From stdin."}\n') });
    expect(results.map((r) => [r.input, r.ok && r.article.text])).toEqual([["stdin:1", "From stdin."]]);
    const big = await collect(["-"], { maxBytes: 10, readStdin: async () => new TextEncoder().encode("x".repeat(11)) });
    expect(!big[0].ok && big[0].error.reason).toBe("input is 11 bytes, over the 10 bytes limit");
  });

  it("lets the caller's options replace the url, date and source a reader found, and only then", async () => {
    const jsonl = new TextEncoder().encode('{"text":"A.","url":"https://a.example/","published":"2019-01-01","source":"A"}\n');
    const [given] = await readBuffer("x.jsonl", jsonl, { published: "2020-11-15", url: "https://b.example/", source: "B" });
    expect(given.ok && given.article).toMatchObject({ published: "2020-11-15", url: "https://b.example/", source: "B" });
    const [kept] = await readBuffer("x.jsonl", jsonl, { published: null });
    expect(kept.ok && kept.article).toMatchObject({ published: "2019-01-01", url: "https://a.example/", source: "A" });
  });

  it("refuses a published option that is not a date", async () => {
    await expect(collect([join(dir, "batch")], { published: "last week" })).rejects.toThrow('published: "last week" is not a date (expected YYYY-MM-DD)');
  });

  it("checks the size limit on buffers too, with sizes in MB when large", async () => {
    const [r] = await readBuffer("upload.txt", new Uint8Array(3 * 1024 * 1024).fill(0x61), { maxBytes: 2 * 1024 * 1024 });
    expect(!r.ok && r.error.message).toBe("upload.txt: file is 3 MB, over the 2 MB limit");
  });
});

describe("metadata sidecars", () => {
  it("fill what the reader did not find, and are not read as articles themselves", async () => {
    const side = join(dir, "sidecar");
    mkdirSync(side);
    writeFileSync(join(side, "story.txt"), ARTICLE);
    writeFileSync(join(side, "story.meta.json"), JSON.stringify({ published: "2020-11-15", source: "Example News" }));
    const skipped: string[] = [];
    const results = await collect([side], { onSkip: (s) => skipped.push(s.input) });
    expect(results).toHaveLength(1);
    expect(results[0].ok && results[0].article).toMatchObject({ published: "2020-11-15", source: "Example News", title: "Ministers meet in Tehran" });
    expect(skipped).toEqual([join(side, "story.meta.json")]);
  });

  it("never override the command line, and a broken sidecar fails its article with a reason", async () => {
    const side = join(dir, "sidecar2");
    mkdirSync(side);
    writeFileSync(join(side, "a.txt"), ARTICLE);
    writeFileSync(join(side, "a.meta.json"), JSON.stringify({ published: "2020-11-15" }));
    writeFileSync(join(side, "b.txt"), ARTICLE + "More.");
    writeFileSync(join(side, "b.meta.json"), "{not json");
    const results = await collect([side], { published: "2021-01-02" });
    expect(results[0].ok && results[0].article.published).toBe("2021-01-02");
    expect(!results[1].ok && results[1].error.reason).toMatch(/b\.meta\.json: invalid JSON/);
  });
});
