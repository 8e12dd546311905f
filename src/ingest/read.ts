// Routing one named input's bytes to the right reader: size and emptiness checks, gzip, sniffing, decoding.
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { decodeBytes } from "./encoding.js";
import { readFeed } from "./feed.js";
import { extractHtml } from "./html.js";
import { readJson, readJsonl } from "./jsonl.js";
import { failure, finish, formatSize } from "./result.js";
import { isBinary, isGzip, sniffKind } from "./sniff.js";
import { parseScrapedText } from "./text.js";
import type { ReadResult, ResolvedOptions } from "./types.js";
import { readWarc } from "./warc.js";

// A gzip member may expand to at most this many times the file size limit (a guard against gzip bombs).
export const GUNZIP_RATIO = 10;

interface Gunzipped {
  bytes: Uint8Array;
  /** Why decompression stopped early, if it did; `bytes` then holds what came out before. */
  error: string | null;
}

/** Decompress gzip (all members), keeping the output produced before a truncation or corruption. */
export async function gunzip(bytes: Uint8Array, maxOutput: number): Promise<Gunzipped> {
  const chunks: Buffer[] = [];
  let total = 0;
  const stream = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]).pipe(createGunzip());
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxOutput) {
        stream.destroy();
        return { bytes: Buffer.concat(chunks), error: `decompresses to more than ${formatSize(maxOutput)}` };
      }
      chunks.push(chunk);
    }
  } catch (error) {
    const message = (error as Error).message;
    const reason = /unexpected end of file/i.test(message) ? "truncated gzip (unexpected end of file)" : `corrupt gzip (${message})`;
    return { bytes: Buffer.concat(chunks), error: reason };
  }
  return { bytes: Buffer.concat(chunks), error: null };
}

/** Read one named input from its bytes, yielding an article or a named failure per file, line or record. */
export async function* readBytes(name: string, bytes: Uint8Array, options: ResolvedOptions): AsyncGenerator<ReadResult> {
  if (bytes.length === 0) {
    yield failure(name, "ingest.empty", "empty file");
    return;
  }
  if (bytes.length > options.maxBytes) {
    yield failure(name, "ingest.too-large", `file is ${formatSize(bytes.length)}, over the ${formatSize(options.maxBytes)} limit`);
    return;
  }
  let data = bytes;
  let truncation: string | null = null;
  if (isGzip(bytes)) {
    const out = await gunzip(bytes, options.maxBytes * GUNZIP_RATIO);
    data = out.bytes;
    truncation = out.error;
    if (data.length === 0) {
      yield failure(name, "ingest.gzip", truncation ?? "gzip holds an empty file");
      return;
    }
  }
  const kind = sniffKind(name, data);
  if (kind === "warc") {
    // Records completed before a gzip break are still good; readWarc reports the break after them.
    yield* readWarc(name, data, options, truncation);
    return;
  }
  if (truncation) {
    yield failure(name, "ingest.gzip", truncation);
    return;
  }
  if (kind === "gzip") {
    yield failure(name, "ingest.gzip", "gzip inside gzip is not supported");
    return;
  }
  if (isBinary(data)) {
    yield failure(name, "ingest.binary", "binary file, not text");
    return;
  }
  switch (kind) {
    case "html": {
      const decoded = decodeBytes(data, "html");
      const page = extractHtml(decoded.text);
      const result = finish(name, { ...page, warnings: [...decoded.warnings, ...(page.warnings ?? [])] }, options);
      yield result.ok ? result : failure(name, "ingest.no-text", "no article text found in the HTML");
      return;
    }
    case "feed":
      yield* readFeed(name, decodeBytes(data, "xml").text, options);
      return;
    case "jsonl":
      yield* readJsonl(name, decodeBytes(data, "plain").text, options);
      return;
    case "json":
      yield* readJson(name, decodeBytes(data, "plain").text, options);
      return;
    case "text": {
      const decoded = decodeBytes(data, "plain");
      const scraped = parseScrapedText(decoded.text);
      yield finish(name, { ...scraped, warnings: decoded.warnings }, options);
      return;
    }
  }
}
