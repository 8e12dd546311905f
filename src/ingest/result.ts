// Building read results: options applied over what a reader found, the article made, failures named.
import { InputError } from "../model/errors.js";
import { makeArticle } from "../model/document.js";
import { toIsoDate } from "./dates.js";
import { DEFAULT_MAX_BYTES, type ArticleFields, type ReadOptions, type ReadResult, type ResolvedOptions } from "./types.js";

/** Stable error codes for unreadable input, one per kind of reason. */
export type IngestErrorCode =
  | "ingest.not-found"
  | "ingest.unreadable"
  | "ingest.empty"
  | "ingest.binary"
  | "ingest.too-large"
  | "ingest.gzip"
  | "ingest.json"
  | "ingest.record"
  | "ingest.xml"
  | "ingest.feed"
  | "ingest.warc"
  | "ingest.no-text"
  | "ingest.option";

/** A failed result naming the input and the reason. */
export function failure(input: string, code: IngestErrorCode, reason: string, cause?: unknown): ReadResult {
  return { ok: false, input, error: new InputError(code, input, reason, cause === undefined ? undefined : { cause }) };
}

/** Build the article from a reader's fields, letting the caller's options replace url, date and source. */
export function finish(input: string, fields: ArticleFields, options: ResolvedOptions): ReadResult {
  const { warnings, ...rest } = fields;
  const article = makeArticle({
    ...rest,
    url: options.url ?? rest.url ?? null,
    published: options.published ?? rest.published ?? null,
    source: options.source ?? rest.source ?? null,
  });
  if (!article.text) return failure(input, "ingest.no-text", "no article text found");
  return warnings && warnings.length > 0 ? { ok: true, input, article, warnings } : { ok: true, input, article };
}

/** Validate and complete the caller's options; a published override that is not a date is refused. */
export function resolveOptions(options: ReadOptions = {}): ResolvedOptions {
  let published: string | null = null;
  if (options.published != null) {
    published = toIsoDate(options.published);
    if (!published) throw new InputError("ingest.option", "published", `"${options.published}" is not a date (expected YYYY-MM-DD)`);
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(maxBytes > 0)) throw new InputError("ingest.option", "maxBytes", `must be a positive number of bytes, got ${maxBytes}`);
  return {
    published,
    url: options.url ?? null,
    source: options.source ?? null,
    maxBytes,
    onSkip: options.onSkip ?? (() => {}),
    readStdin: options.readStdin ?? null,
    cwd: options.cwd ?? null,
  };
}

/** A byte count for messages: "50.0 MB", "12 KB", "300 bytes". */
export function formatSize(bytes: number): string {
  const mib = 1024 * 1024;
  if (bytes >= mib) return `${Number.isInteger(bytes / mib) ? bytes / mib : (bytes / mib).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
