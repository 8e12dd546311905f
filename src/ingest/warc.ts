// WARC files (as in Common Crawl's CC-NEWS): HTML response records become articles, other records are
// skipped and counted. Record framing is checked here; warcio parses each complete record.
import { WARCParser, type WARCRecord } from "warcio";
import { toIsoDate } from "./dates.js";
import { charsetFromContentType, decodeBytes } from "./encoding.js";
import { extractHtml } from "./html.js";
import { failure, finish } from "./result.js";
import type { ReadResult, ResolvedOptions } from "./types.js";

const HTML_TYPES = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;
const MAX_HEADER_BYTES = 256 * 1024;
const CRLFCRLF = Buffer.from("\r\n\r\n");
const LFLF = Buffer.from("\n\n");

/** Where one record lies in the file, or why it cannot be framed. */
type Frame = { end: number } | { error: string };

/**
 * Frame the record that starts at `start`: version line, headers, Content-Length bytes of block.
 * warcio stops without complaint on a truncated record, so completeness is checked before parsing.
 */
function frameRecord(bytes: Buffer, start: number): Frame {
  const head = bytes.subarray(start, Math.min(bytes.length, start + 16)).toString("latin1");
  if (!/^WARC\/\d\.\d+\r?\n/.test(head)) return { error: `corrupt record: expected a "WARC/1.x" line at byte ${start}` };
  const window = bytes.subarray(start, Math.min(bytes.length, start + MAX_HEADER_BYTES));
  let headerEnd = window.indexOf(CRLFCRLF);
  let separator = 4;
  if (headerEnd < 0) {
    headerEnd = window.indexOf(LFLF);
    separator = 2;
  }
  if (headerEnd < 0) {
    return { error: window.length < MAX_HEADER_BYTES ? "record truncated inside its headers" : "corrupt record: headers never end" };
  }
  const headers = window.subarray(0, headerEnd).toString("latin1");
  const m = /^content-length[ \t]*:[ \t]*(\d+)[ \t]*\r?$/im.exec(headers);
  if (!m) return { error: "corrupt record: no valid Content-Length header" };
  const length = Number(m[1]);
  const blockStart = start + headerEnd + separator;
  const available = bytes.length - blockStart;
  if (length > available) return { error: `record truncated: Content-Length is ${length} but only ${available} bytes remain` };
  return { end: blockStart + length };
}

/** Skip the blank lines that separate records. */
function skipSeparators(bytes: Buffer, pos: number): number {
  while (pos < bytes.length && (bytes[pos] === 0x0d || bytes[pos] === 0x0a)) pos++;
  return pos;
}

function headerValue(record: WARCRecord, name: string): string | null {
  return record.warcHeaders.headers.get(name) ?? null;
}

/**
 * Read a WARC file's bytes (already decompressed). `truncation` reports a gzip stream that ended early;
 * complete records before the break are still read, then the file is reported as failed.
 */
export async function* readWarc(name: string, data: Uint8Array, options: ResolvedOptions, truncation: string | null = null): AsyncGenerator<ReadResult> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let pos = skipSeparators(bytes, 0);
  let count = 0;
  while (pos < bytes.length) {
    count++;
    const input = `${name}#record-${count}`;
    const frame = frameRecord(bytes, pos);
    if ("error" in frame) {
      // Without a trustworthy length the next record boundary is unknown, so reading stops here.
      yield failure(input, truncation ? "ingest.gzip" : "ingest.warc", truncation ? `${frame.error} (${truncation})` : frame.error);
      return;
    }
    const slice = bytes.subarray(pos, frame.end);
    pos = skipSeparators(bytes, frame.end);
    yield* readRecord(input, slice, options);
  }
  if (truncation) yield failure(name, "ingest.gzip", `${truncation} after ${count} complete records`);
}

async function* readRecord(input: string, slice: Uint8Array, options: ResolvedOptions): AsyncGenerator<ReadResult> {
  let record: WARCRecord | null;
  try {
    record = await WARCParser.parse([slice]);
  } catch (error) {
    yield failure(input, "ingest.warc", `corrupt record: ${(error as Error).message}`, error);
    return;
  }
  if (!record) {
    yield failure(input, "ingest.warc", "corrupt record: no WARC headers");
    return;
  }
  const type = record.warcType ?? "unknown";
  const uri = record.warcTargetURI ?? null;
  const where = uri ? ` (${uri})` : "";
  let contentType: string | null;
  if (type === "response") {
    const status = record.httpHeaders?.statusCode;
    if (status !== 200) {
      options.onSkip({ input, reason: `HTTP status ${status ?? "missing"}${where}` });
      return;
    }
    contentType = record.httpHeaders?.headers.get("content-type") ?? null;
  } else if (type === "resource") {
    contentType = headerValue(record, "Content-Type");
  } else {
    options.onSkip({ input, reason: `${type} record` });
    return;
  }
  if (!contentType || !HTML_TYPES.test(contentType)) {
    options.onSkip({ input, reason: `not HTML (${contentType ?? "no Content-Type"})${where}` });
    return;
  }

  let payload: Uint8Array;
  try {
    payload = await record.readFully(true);
  } catch (error) {
    yield failure(input, "ingest.warc", `cannot decode the HTTP payload${where}: ${(error as Error).message}`, error);
    return;
  }
  if (payload.length === 0) {
    yield failure(input, "ingest.empty", `empty HTML payload${where}`);
    return;
  }
  const decoded = decodeBytes(payload, "html", charsetFromContentType(contentType));
  const page = extractHtml(decoded.text, uri);
  const warcDate = toIsoDate(headerValue(record, "WARC-Date"));
  const result = finish(
    input,
    {
      ...page,
      url: uri ?? page.url,
      published: page.published ?? warcDate,
      warnings: [...decoded.warnings, ...(page.warnings ?? [])],
    },
    options,
  );
  yield result.ok ? result : failure(input, "ingest.no-text", `no article text found${where}`);
}
