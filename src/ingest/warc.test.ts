import iconv from "iconv-lite";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { WARCRecord, WARCSerializer, type WARCType } from "warcio";
import { readBuffer } from "./index.js";
import type { ReadResult, SkippedInput } from "./types.js";

const PROSE = "Defence ministers from both countries met in the capital on Sunday and agreed to expand joint training.";

function page(title: string, body: string, head = ""): string {
  return `<html><head>${head}<title>${title}</title></head><body><article><p>${body}</p><p>${body}</p></article></body></html>`;
}

interface RecordSpec {
  type: WARCType;
  url: string;
  body?: Uint8Array | string;
  httpHeaders?: Record<string, string>;
  statusline?: string;
}

async function record(spec: RecordSpec, gzip: boolean): Promise<Buffer> {
  const body = typeof spec.body === "string" ? new TextEncoder().encode(spec.body) : (spec.body ?? new Uint8Array());
  const isHttp = spec.type === "response" || spec.type === "request";
  const created = await WARCRecord.create(
    {
      url: spec.url,
      date: "2020-11-16T09:00:00Z",
      type: spec.type,
      warcVersion: "WARC/1.1",
      ...(isHttp ? { httpHeaders: spec.httpHeaders ?? {}, statusline: spec.statusline ?? (spec.type === "request" ? "GET / HTTP/1.1" : "HTTP/1.1 200 OK") } : {}),
    },
    [body],
  );
  return Buffer.from(await WARCSerializer.serialize(created, { gzip }));
}

const SPECS: RecordSpec[] = [
  { type: "warcinfo", url: "", body: "software: test\r\n" },
  { type: "request", url: "https://news.example/a", httpHeaders: { Host: "news.example" } },
  { type: "response", url: "https://news.example/a", httpHeaders: { "Content-Type": "text/html; charset=utf-8" }, body: page("First story", PROSE, '<meta property="article:published_time" content="2020-11-15T10:00:00Z">') },
  { type: "response", url: "https://news.example/missing", statusline: "HTTP/1.1 404 Not Found", httpHeaders: { "Content-Type": "text/html" }, body: "<p>Not found</p>" },
  { type: "response", url: "https://news.example/logo.png", httpHeaders: { "Content-Type": "image/png" }, body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) },
  { type: "metadata", url: "https://news.example/a", body: "via: test\r\n" },
  // Charset only in the HTTP header: the page itself declares nothing.
  { type: "response", url: "https://news.example/ar", httpHeaders: { "Content-Type": "text/html; charset=windows-1256" }, body: iconv.encode(page("خبر", "التقى وزيرا الدفاع في طهران يوم الأحد واتفقا على توسيع التدريب المشترك."), "windows-1256") },
];

async function buildWarc(gzip: boolean): Promise<{ bytes: Buffer; offsets: number[] }> {
  const parts = await Promise.all(SPECS.map((s) => record(s, gzip)));
  const offsets: number[] = [];
  let at = 0;
  for (const p of parts) {
    offsets.push(at);
    at += p.length;
  }
  return { bytes: Buffer.concat(parts), offsets };
}

async function read(name: string, bytes: Uint8Array): Promise<{ results: ReadResult[]; skipped: SkippedInput[] }> {
  const skipped: SkippedInput[] = [];
  const results = await readBuffer(name, bytes, { onSkip: (s) => skipped.push(s) });
  return { results, skipped };
}

function expectTwoArticles(results: ReadResult[], name: string): void {
  const ok = results.filter((r): r is Extract<ReadResult, { ok: true }> => r.ok);
  expect(ok.map((r) => r.input)).toEqual([`${name}#record-3`, `${name}#record-7`]);
  expect(ok[0].article).toMatchObject({ url: "https://news.example/a", title: "First story", published: "2020-11-15" });
  expect(ok[0].article.text).toBe(`${PROSE}\n\n${PROSE}`);
  // No date on the page: the capture date stands in.
  expect(ok[1].article).toMatchObject({ url: "https://news.example/ar", title: "خبر", published: "2020-11-16" });
  expect(ok[1].article.text.startsWith("التقى وزيرا الدفاع في طهران")).toBe(true);
}

describe("WARC files", () => {
  it("reads HTML responses and skips the other records, counting them", async () => {
    const { bytes } = await buildWarc(false);
    const { results, skipped } = await read("crawl.warc", bytes);
    expect(results.every((r) => r.ok)).toBe(true);
    expectTwoArticles(results, "crawl.warc");
    expect(skipped.map((s) => s.reason)).toEqual([
      "warcinfo record",
      "request record",
      "HTTP status 404 (https://news.example/missing)",
      "not HTML (image/png) (https://news.example/logo.png)",
      "metadata record",
    ]);
  });

  it("reads record-compressed .warc.gz and whole-file gzip alike", async () => {
    const perRecord = await read("crawl.warc.gz", (await buildWarc(true)).bytes);
    expectTwoArticles(perRecord.results, "crawl.warc.gz");
    const wholeFile = await read("crawl2.warc.gz", gzipSync((await buildWarc(false)).bytes));
    expectTwoArticles(wholeFile.results, "crawl2.warc.gz");
  });

  it("yields the records read before a gzip truncation, then fails naming the file and the reason", async () => {
    const { bytes, offsets } = await buildWarc(true);
    // Cut in the middle of the last record's gzip member.
    const cut = bytes.subarray(0, offsets[6] + Math.floor((bytes.length - offsets[6]) / 2));
    const { results } = await read("cut.warc.gz", cut);
    expect(results.map((r) => [r.input, r.ok])).toEqual([
      ["cut.warc.gz#record-3", true],
      ["cut.warc.gz#record-7", false],
    ]);
    const last = results[1];
    if (last.ok) throw new Error("expected a failure");
    expect(last.error.code).toBe("ingest.gzip");
    expect(last.error.message).toMatch(/^cut\.warc\.gz#record-7: record truncated.* \(truncated gzip \(unexpected end of file\)\)$/);
  });

  it("names the file when a gzip stream breaks exactly between records", async () => {
    const { bytes, offsets } = await buildWarc(false);
    const gz = gzipSync(bytes.subarray(0, offsets[3]));
    const { results } = await read("between.warc.gz", gz.subarray(0, gz.length - 4));
    const last = results[results.length - 1];
    expect(results.filter((r) => r.ok).map((r) => r.input)).toEqual(["between.warc.gz#record-3"]);
    if (last.ok) throw new Error("expected a failure");
    expect(last.error.message).toBe("between.warc.gz: truncated gzip (unexpected end of file) after 3 complete records");
  });

  it("fails a corrupt record after yielding the good ones before it", async () => {
    const { bytes, offsets } = await buildWarc(false);
    const broken = Buffer.concat([bytes.subarray(0, offsets[3]), Buffer.from("GARBAGE LINE\r\n\r\n"), bytes.subarray(offsets[3])]);
    const { results } = await read("bad.warc", broken);
    expect(results.map((r) => [r.input, r.ok])).toEqual([
      ["bad.warc#record-3", true],
      ["bad.warc#record-4", false],
    ]);
    const last = results[1];
    expect(!last.ok && last.error.reason).toBe(`corrupt record: expected a "WARC/1.x" line at byte ${offsets[3]}`);
  });

  it("fails a record whose Content-Length runs past the end of an uncompressed file", async () => {
    const { bytes } = await buildWarc(false);
    const { results } = await read("short.warc", bytes.subarray(0, bytes.length - 50));
    const last = results[results.length - 1];
    expect(last.input).toBe("short.warc#record-7");
    expect(!last.ok && last.error.code).toBe("ingest.warc");
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});
